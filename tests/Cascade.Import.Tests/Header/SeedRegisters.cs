using System.Text;
using System.Text.RegularExpressions;
using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Import.Tests.Header;

/// <summary>The seed plans imported, their gold registers, and the string folding compare-register uses.</summary>
public static partial class SeedRegisters
{
    public static TheoryData<string> Names => new(RepoPaths.SeedNames);

    public static PlanRegister Gold(string name)
    {
        var read = PlanRegisterJson.Read(File.ReadAllText(RepoPaths.GoldRegister(name)));
        return read.Register ?? throw new InvalidOperationException(read.Error);
    }

    public static PlanRegister Imported(string name) =>
        PlanImporter.ImportText(File.ReadAllText(RepoPaths.SeedText(name))).Register
        ?? throw new InvalidOperationException("The import of " + name + " failed.");

    /// <summary>NFC, case folded, white space folded, trailing ". ; , :" dropped.</summary>
    public static string Fold(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var folded = Whitespace().Replace(text.Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ").Trim();
        return folded.TrimEnd(' ', '.', ';', ',', ':');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
