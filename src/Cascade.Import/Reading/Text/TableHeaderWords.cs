using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>What a column of a task table holds, as its heading names it.</summary>
internal enum ColumnKind
{
    Number,
    Content,
    Lead,
    Support,
    Product,
    Time,
    Note,
}

/// <summary>
/// The headings Vietnamese task tables print ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
/// "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành", "Ghi chú"), in any of their wordings.
/// </summary>
internal static partial class TableHeaderWords
{
    /// <summary>The kind a heading cell names, or null for a heading this importer does not know.</summary>
    public static ColumnKind? KindOf(string heading)
    {
        var t = Cascade.Core.Text.VietnameseText.Clean(heading.Replace('\n', ' '));
        if (Number().IsMatch(t))
        {
            return ColumnKind.Number;
        }

        // The role words decide before the content words: "Cơ quan chủ trì thực hiện nhiệm vụ" is a lead column.
        if (Lead().IsMatch(t))
        {
            return ColumnKind.Lead;
        }

        if (Support().IsMatch(t))
        {
            return ColumnKind.Support;
        }

        if (Time().IsMatch(t))
        {
            return ColumnKind.Time;
        }

        if (Product().IsMatch(t))
        {
            return ColumnKind.Product;
        }

        if (Note().IsMatch(t))
        {
            return ColumnKind.Note;
        }

        return Content().IsMatch(t) ? ColumnKind.Content : null;
    }

    /// <summary>The column kinds named in a heading printed as running text, in the order printed.</summary>
    public static List<ColumnKind> KindsIn(string headingText)
    {
        var t = Cascade.Core.Text.VietnameseText.Clean(headingText);
        var found = new List<(int Index, ColumnKind Kind)>();
        void Find(Regex pattern, ColumnKind kind)
        {
            var m = pattern.Match(t);
            if (m.Success)
            {
                found.Add((m.Index, kind));
            }
        }

        Find(NumberAtStart(), ColumnKind.Number);
        Find(Content(), ColumnKind.Content);
        Find(Lead(), ColumnKind.Lead);
        Find(Support(), ColumnKind.Support);
        Find(Product(), ColumnKind.Product);
        Find(Time(), ColumnKind.Time);
        Find(Note(), ColumnKind.Note);
        return found.OrderBy(f => f.Index).Select(f => f.Kind).ToList();
    }

    /// <summary>A heading row of a task table: it names a lead column and a content or number column.</summary>
    public static bool IsTaskHeading(IEnumerable<string> cells)
    {
        var kinds = cells.Select(KindOf).ToList();
        return kinds.Contains(ColumnKind.Lead) && (kinds.Contains(ColumnKind.Content) || kinds.Contains(ColumnKind.Number));
    }

    /// <summary>Any heading row of a table (a task table's, or another table the plan prints).</summary>
    public static bool IsHeading(IReadOnlyList<string> cells) =>
        cells.Count >= 2 && cells.Count(c => KindOf(c) is not null) >= Math.Max(2, (cells.Count + 1) / 2);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:S?TT|Số\s*TT|Số\s+thứ\s+tự|No\.?)$", Options, 2000)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:S?TT|Số\s*TT)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NumberAtStart();

    [GeneratedRegex(@"nội\s+dung|nhiệm\s+vụ|tên\s+(?:đề\s+án|nhiệm\s+vụ|hoạt\s+động|chương\s+trình|công\s+việc)|đề\s+án|hoạt\s+động|công\s+việc|giải\s+pháp", Options, 2000)]
    private static partial Regex Content();

    [GeneratedRegex(@"chủ\s+trì", Options, 2000)]
    private static partial Regex Lead();

    [GeneratedRegex(@"phối\s+hợp", Options, 2000)]
    private static partial Regex Support();

    [GeneratedRegex(@"sản\s+phẩm|kết\s+quả", Options, 2000)]
    private static partial Regex Product();

    [GeneratedRegex(@"thời\s+(?:gian|hạn)|tiến\s+độ|thời\s+điểm", Options, 2000)]
    private static partial Regex Time();

    [GeneratedRegex(@"ghi\s+chú", Options, 2000)]
    private static partial Regex Note();
}
