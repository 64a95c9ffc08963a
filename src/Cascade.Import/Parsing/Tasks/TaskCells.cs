using System.Globalization;
using System.Text;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;
using Cascade.Import.Reading;
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

    /// <summary>A title cut to the longest a task keeps, with a warning when it had to be cut.</summary>
    public static string Title(string title, string taskRef, ICollection<ImportWarning> warnings)
    {
        if (title.Length <= Cascade.Core.Tasks.PlanTask.MaxTitleLength)
        {
            return title;
        }

        warnings.Add(new ImportWarning("task-title-long", $"The title of task {taskRef} is longer than {Cascade.Core.Tasks.PlanTask.MaxTitleLength} characters and was cut; check the table around it.", taskRef));
        return title[..Cascade.Core.Tasks.PlanTask.MaxTitleLength];
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
