namespace Cascade.Import.Reading.Text;

/// <summary>One row being rebuilt from printed lines: the lines of each of its cells.</summary>
internal sealed class PrintedRow(string number, bool isGroup, int columns)
{
    public string Number { get; } = number;

    public bool IsGroup { get; } = isGroup;

    public List<string>[] Cells { get; } = Enumerable.Range(0, columns).Select(_ => new List<string>()).ToArray();

    /// <summary>The cell the last line went to.</summary>
    public int Current { get; set; } = 1;

    /// <summary>After a page break cut this row: its cells go on in the order printed.</summary>
    public bool Resumed { get; set; }

    public bool ResumedStarted { get; set; }

    /// <summary>A cell whose text ran down into the next row's lines: it is merged over both rows.</summary>
    public int? Overflow { get; set; }

    public string Last(int column) => Cells[column].Count == 0 ? string.Empty : Cells[column][^1];

    public string Text(int column) => string.Join(' ', Cells[column]);
}
