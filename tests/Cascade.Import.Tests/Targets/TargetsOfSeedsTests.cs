using Cascade.Import.Registers;
using Cascade.Import.Tests.Header;

namespace Cascade.Import.Tests.Targets;

public sealed class TargetsOfSeedsTests
{
    [Theory]
    [MemberData(nameof(SeedRegisters.Names), MemberType = typeof(SeedRegisters))]
    public void TargetsEqualTheGoldRegister(string seed)
    {
        var gold = SeedRegisters.Gold(seed).Targets.Select(Key).Order(StringComparer.Ordinal);
        var actual = SeedRegisters.Imported(seed).Targets.Select(Key).Order(StringComparer.Ordinal);

        Assert.Equal(gold, actual);
    }

    [Theory]
    [MemberData(nameof(SeedRegisters.Names), MemberType = typeof(SeedRegisters))]
    public void EachTargetKeepsTheWordsOfItsClause(string seed)
    {
        foreach (var target in SeedRegisters.Imported(seed).Targets)
        {
            Assert.Contains(target.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), target.Text, StringComparison.Ordinal);
        }
    }

    private static string Key(RegisterTarget t) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{t.Year}|{t.Value:0.###}|{t.Max:0.###}|{SeedRegisters.Fold(t.Unit)}|{t.RelativeTo}");
}
