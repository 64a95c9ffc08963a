namespace Cascade.Web.Pages.Import;

/// <summary>Where two versions of a review form differ, field by field, for the conflict panel.</summary>
public static class ReviewDifferences
{
    public sealed record Difference(string Field, string? Theirs, string? Yours);

    public static IReadOnlyList<Difference> Between(ReviewInput theirs, ReviewInput yours)
    {
        var differences = new List<Difference>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal))
            {
                differences.Add(new Difference(field, a, b));
            }
        }

        Compare("Số, ký hiệu", theirs.Number, yours.Number);
        Compare("Ngày ban hành", theirs.Date, yours.Date);
        Compare("Cơ quan ban hành", theirs.Issuer, yours.Issuer);
        Compare("Địa phương", theirs.Locality, yours.Locality);
        Compare("Trích yếu", theirs.Title, yours.Title);
        for (var i = 0; i < Math.Max(theirs.Tasks.Count, yours.Tasks.Count); i++)
        {
            var a = i < theirs.Tasks.Count ? theirs.Tasks[i] : null;
            var b = i < yours.Tasks.Count ? yours.Tasks[i] : null;
            var name = $"Nhiệm vụ {b?.Ref ?? a?.Ref}";
            Compare($"{name}: nội dung", a?.Title, b?.Title);
            Compare($"{name}: chủ trì", a?.Lead, b?.Lead);
            Compare($"{name}: phối hợp", a?.Support, b?.Support);
            Compare($"{name}: thời hạn", a is null ? null : $"{a.TimeframeText} ({a.TimeframeKind})", b is null ? null : $"{b.TimeframeText} ({b.TimeframeKind})");
            Compare($"{name}: sản phẩm", a?.Product, b?.Product);
            Compare($"{name}: bỏ", a?.Remove.ToString(), b?.Remove.ToString());
        }

        return differences;
    }

    private static string Normalize(string? text) => Core.Text.VietnameseText.Clean(text?.Replace("\r", string.Empty, StringComparison.Ordinal));
}
