using System.Reflection;
using Cascade.Export;
using Cascade.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Tests;

/// <summary>
/// The exported files word the domain's states in <see cref="DocumentWords"/>, the pages in
/// <see cref="Labels"/> (Vietnamese resource keys). Wherever both name one kind of thing, they must
/// name each value the same, so a report and a page never call one state two things.
/// </summary>
public sealed class ExportsWordingTests
{
    [Fact]
    public void EveryStateBothThePagesAndTheFilesNameIsNamedAlike()
    {
        var files = typeof(DocumentWords).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Of")
            .ToDictionary(m => m.GetParameters()[0].ParameterType);
        var shared = typeof(Labels).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "Of" && m.GetParameters().Length == 2 && files.ContainsKey(m.GetParameters()[1].ParameterType))
            .ToList();

        Assert.NotEmpty(shared);
        foreach (var page in shared)
        {
            var type = page.GetParameters()[1].ParameterType;
            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            var values = Enum.GetValues(enumType).Cast<object?>().Concat(type == enumType ? [] : [null]);
            foreach (var value in values)
            {
                var onPage = (string)page.Invoke(null, [new KeysLocalizer(), value])!;
                var inFile = (string)files[type].Invoke(null, [value])!;
                Assert.True(onPage == inFile, $"{type.Name}.{value}: the pages say \"{onPage}\", the files \"{inFile}\".");
            }
        }
    }

    /// <summary>The Vietnamese reading: every key is its own text.</summary>
    private sealed class KeysLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
