using System.Globalization;
using System.Text;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;
using Cascade.Import.Reading.Text;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing.Tasks;

/// <summary>Turns cell text into the register's fields.</summary>
internal static class TaskCells
{
    /// <summary>A cell's lines joined back into running text, white space folded.</summary>
    public static string Text(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var line in cell.Split('\n'))
        {
            ParagraphBuilder.Append(text, line);
        }

        return VietnameseText.Clean(text.ToString());
    }

    /// <summary>An empty marker: nothing, or a dash printed in an empty cell.</summary>
    public static bool IsEmpty(string? cell) => Text(cell).Trim('-', '–', ' ', '.', '/') is { Length: 0 };

    public static RegisterTimeframe Timeframe(string? text) => ToRegister(TimeframeParser.Parse(text));

    public static RegisterTimeframe ToRegister(Timeframe timeframe) => new()
    {
        Text = timeframe.Text,
        Kind = timeframe.Kind.ToCode(),
        From = timeframe.From,
        To = timeframe.To,
        Due = timeframe.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
