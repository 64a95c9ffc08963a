using System.Text.RegularExpressions;
using Cascade.Core.Timeframes;
using Cascade.Import.Reading;
using Cascade.Import.Reading.Text;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing.Tasks;

/// <summary>
/// The tasks of a plan's appendix table: one per row that names a task. Roman-numbered rows are
/// groups; a row's ref is its group's numeral and its own number; a second activity printed under
/// the same number takes the previous ref with a letter; a row that only heads numbered sub-rows
/// ("1" over "1.1", "1.2") is not a task itself.
/// </summary>
internal static partial class AppendixTasks
{
    internal sealed record TaskTable(Table Table, IReadOnlyList<ColumnKind?> Columns);

    private sealed record Row(IReadOnlyList<string> Cells, string Where);

    /// <summary>The tables whose heading names a lead column, with the tables that go on from them.</summary>
    public static List<TaskTable> FindTaskTables(SourceDocument source)
    {
        var found = new List<TaskTable>();
        Block? previous = null;
        foreach (var block in source.Blocks)
        {
            if (block is Table table && table.Rows.Count > 0)
            {
                var heading = table.Rows.FirstOrDefault(r => r.IsHeader) ?? table.Rows[0];
                var texts = Grid(heading, heading.Cells.Sum(c => Math.Max(1, c.ColumnSpan)));
                if (TableHeaderWords.IsTaskHeading(texts))
                {
                    found.Add(new TaskTable(table, texts.Select(TableHeaderWords.KindOf).ToList()));
                }
                else if (previous is Table && found.Count > 0 && found[^1].Table == previous
                    && Width(table) == found[^1].Columns.Count && !TableHeaderWords.IsHeading(texts))
                {
                    // A piece of the table above whose heading the page break did not repeat.
                    found.Add(found[^1] with { Table = table });
                }
            }

            previous = block;
        }

        return found;
    }

    public static IReadOnlyList<RegisterTask> Read(IReadOnlyList<TaskTable> tables, ICollection<ImportWarning> warnings)
    {
        var tasks = new List<RegisterTask>();
        foreach (var group in tables.GroupBy(t => t.Columns, ColumnsComparer.Instance))
        {
            var columns = group.Key;
            var rows = group.SelectMany(t => t.Table.Rows.Where(r => !r.IsHeader)
                    .Select(r => new Row(Grid(r, columns.Count), string.Empty)))
                .Where(r => !TableHeaderWords.IsTaskHeading(r.Cells))
                .ToList();
            tasks.AddRange(ReadRows(rows, columns, warnings, tasks.Select(t => t.Ref).ToHashSet(StringComparer.Ordinal)));
        }

        return tasks;
    }

    private static List<RegisterTask> ReadRows(List<Row> rows, IReadOnlyList<ColumnKind?> columns, ICollection<ImportWarning> warnings, HashSet<string> usedRefs)
    {
        int Col(ColumnKind kind) => columns.ToList().IndexOf(kind);
        var number = Col(ColumnKind.Number);
        var content = Col(ColumnKind.Content);
        var lead = Col(ColumnKind.Lead);
        var support = Col(ColumnKind.Support);
        var time = Col(ColumnKind.Time);
        var product = Col(ColumnKind.Product);
        string Cell(Row row, int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column] : string.Empty;

        var tasks = new List<RegisterTask>();
        string? group = null;
        string? prefix = null;
        string? lastRef = null;
        var letter = 'a';
        var counter = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var printed = TaskCells.Text(Cell(row, number)).TrimEnd('.', ')');
            var title = TaskCells.Text(Cell(row, content));
            var numbered = GroupWithTitle().Match(printed);
            if (numbered.Success && title.Length == 0)
            {
                // "I. Thông tin, tuyên truyền" printed in the number cell of a group row.
                printed = numbered.Groups["n"].Value;
                title = numbered.Groups["title"].Value;
            }

            if (number < 0 && title.Length > 0 && row.Cells.Where((_, i) => i != content).All(TaskCells.IsEmpty) && !LineShapes.EndsSentence(title))
            {
                // A table without a number column: a row with nothing but a title is a group.
                group = title;
                continue;
            }
            if (content < 0 || title.Length == 0 && GroupNumber().IsMatch(printed))
            {
                // A group row printed across the whole width: its title sits in the first cell after the number.
                title = row.Cells.Where((_, i) => i != number).Select(TaskCells.Text).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
            }

            if (GroupNumber().IsMatch(printed) && (Others(row, number, content) || CellPerLineTableReader.RomanValue(printed) is not null))
            {
                group = title.Length > 0 ? title : null;
                prefix = printed;
                lastRef = null;
                continue;
            }

            if (title.Length == 0)
            {
                continue;
            }

            string taskRef;
            if (number < 0)
            {
                taskRef = (++counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (RowNumber().IsMatch(printed))
            {
                if (HeadsSubRows(rows, k, number, printed) && Others(row, number, content))
                {
                    continue;
                }

                taskRef = prefix is null ? printed : $"{prefix}.{printed}";
                lastRef = taskRef;
                letter = 'a';
            }
            else if (lastRef is not null && SubLetter().IsMatch(printed))
            {
                // "a", "b" printed under a numbered row: lettered sub-tasks of it.
                taskRef = $"{lastRef}.{printed}";
            }
            else if (lastRef is not null)
            {
                letter++;
                taskRef = $"{lastRef}{letter}";
            }
            else
            {
                warnings.Add(new ImportWarning("task-no-number", $"A task row has no number and no numbered row above it: \"{Short(title)}\".", prefix));
                continue;
            }

            if (!usedRefs.Add(taskRef))
            {
                warnings.Add(new ImportWarning("task-duplicate-ref", $"The ref {taskRef} is printed twice; the second row was left out.", taskRef));
                continue;
            }

            var leads = AgencyListParser.Parse(Cell(row, lead));
            if (leads.Count == 0)
            {
                warnings.Add(new ImportWarning("task-no-lead", $"Task {taskRef} names no lead agency.", taskRef));
            }

            var timeframe = time < 0 ? new RegisterTimeframe { Text = null } : TaskCells.Timeframe(TaskCells.Text(Cell(row, time)));
            if (time >= 0 && timeframe.Kind == TimeframeKind.Unspecified.ToCode() && !TaskCells.IsEmpty(Cell(row, time)) && !Status().IsMatch(timeframe.Text ?? string.Empty))
            {
                warnings.Add(new ImportWarning("timeframe-unread", $"The timeframe of task {taskRef} could not be read: \"{timeframe.Text}\".", taskRef));
            }

            tasks.Add(new RegisterTask
            {
                Ref = taskRef,
                Group = group,
                Title = TaskCells.Title(title, taskRef, warnings),
                Lead = leads,
                Support = AgencyListParser.Parse(Cell(row, support)),
                Timeframe = timeframe,
                Product = product < 0 || TaskCells.IsEmpty(Cell(row, product)) ? null : TaskCells.Text(Cell(row, product)),
            });
        }

        return tasks;
    }

    /// <summary>Every cell other than the number and the content is empty or a dash.</summary>
    private static bool Others(Row row, int number, int content) =>
        row.Cells.Where((_, i) => i != number && i != content).All(TaskCells.IsEmpty);

    /// <summary>"1" directly followed by "1.1": a heading over numbered sub-rows.</summary>
    private static bool HeadsSubRows(List<Row> rows, int index, int number, string printed)
    {
        for (var j = index + 1; j < rows.Count; j++)
        {
            var next = number >= 0 && number < rows[j].Cells.Count ? TaskCells.Text(rows[j].Cells[number]).TrimEnd('.') : string.Empty;
            if (next.Length > 0)
            {
                return next.StartsWith(printed + ".", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>A row's cells by grid column; a cell spanning several columns fills the first.</summary>
    private static List<string> Grid(TableRow row, int columns)
    {
        var grid = Enumerable.Repeat(string.Empty, Math.Max(columns, 1)).ToList();
        var position = 0;
        foreach (var cell in row.Cells)
        {
            if (position >= grid.Count)
            {
                break;
            }

            grid[position] = cell.Text;
            position += Math.Max(1, cell.ColumnSpan);
        }

        return grid;
    }

    private static int Width(Table table) => table.Rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan)));

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private sealed class ColumnsComparer : IEqualityComparer<IReadOnlyList<ColumnKind?>>
    {
        public static ColumnsComparer Instance { get; } = new();

        public bool Equals(IReadOnlyList<ColumnKind?>? x, IReadOnlyList<ColumnKind?>? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<ColumnKind?> obj) => obj.Count;
    }

    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    [GeneratedRegex(@"^(?:[IVXLC]{1,7}|[A-H])$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GroupNumber();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,7})[.)]?\s+(?<title>\S.*)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GroupWithTitle();

    [GeneratedRegex(@"^[a-zđ]$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SubLetter();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){0,4}$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:đã|đang)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Status();
}
