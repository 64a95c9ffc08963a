using System.Text;
using System.Text.RegularExpressions;
using Cascade.Core.Agencies;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Tasks;

/// <summary>
/// Splits a lead or coordinating cell into one entry per agency (plan-register spec, tasks):
/// on ";", on new-line dashes, on a comma or "và" between two named bodies (a shared locality
/// going to both), and "Các sở: A; B" into "Sở A", "Sở B". Collective names stay whole ("Các sở,
/// ban, ngành tỉnh"); abbreviations are expanded and the first letter capitalised.
/// </summary>
public static partial class AgencyListParser
{
    public static IReadOnlyList<string> Parse(string? cell)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return result;
        }

        foreach (var item in Items(cell))
        {
            foreach (var name in SplitItem(item))
            {
                var clean = Finish(name);
                if (clean.Length > 0 && !result.Contains(clean, StringComparer.Ordinal))
                {
                    result.Add(clean);
                }
            }
        }

        return result;
    }

    /// <summary>The dashed items of a cell; a line without a dash goes on with the item above it.</summary>
    private static IEnumerable<string> Items(string cell)
    {
        var current = new StringBuilder();
        foreach (var raw in cell.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                line = line[bullet.Length..];
            }

            Reading.Text.ParagraphBuilder.Append(current, line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static IEnumerable<string> SplitItem(string item)
    {
        var prefixed = PrefixList().Match(item);
        if (prefixed.Success)
        {
            // "Các sở: Công Thương, Y tế" names each department without its "Sở".
            var head = VietnameseText.CapitaliseFirst(prefixed.Groups["head"].Value.ToLower(VietnameseText.Vi));
            var list = prefixed.Groups["list"].Value;
            var names = list.Contains(';', StringComparison.Ordinal) ? list.Split(';') : list.Split(',');
            foreach (var name in names.Select(n => Trim(n)).Where(n => n.Length > 0))
            {
                yield return AgencyHead().IsMatch(name) ? name : $"{head} {name}";
            }

            yield break;
        }

        foreach (var piece in item.Split(';'))
        {
            foreach (var byComma in SplitOnComma(Trim(piece)))
            {
                foreach (var name in SplitOnAnd(byComma))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>A comma separates two bodies when a named body follows it; "Các sở, ban, ngành" stays one.</summary>
    private static IEnumerable<string> SplitOnComma(string text)
    {
        var start = 0;
        foreach (Match m in CommaBeforeBody().Matches(text))
        {
            var left = text[start..m.Index];
            if (Words(left) >= 2)
            {
                yield return left;
                start = m.Index + m.Length;
            }
        }

        yield return text[start..];
    }

    /// <summary>
    /// "và" separates two bodies when a named body follows it; a locality the second one ends with
    /// belongs to both ("Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện").
    /// </summary>
    private static IEnumerable<string> SplitOnAnd(string text)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (Match m in AndBeforeBody().Matches(text))
        {
            var left = text[start..m.Index];
            if (Words(left) >= 2)
            {
                parts.Add(left);
                start = m.Index + m.Length;
            }
        }

        parts.Add(text[start..]);
        if (parts.Count > 1 && SharedQualifier().Match(parts[^1]) is { Success: true } q)
        {
            for (var i = 0; i < parts.Count - 1; i++)
            {
                if (!HasLocality().IsMatch(parts[i]))
                {
                    parts[i] = $"{parts[i].TrimEnd()} {q.Groups["q"].Value}";
                }
            }
        }

        return parts;
    }

    private static string Finish(string name)
    {
        var text = AgencyNames.Expand(Trim(name));
        text = Trim(text);
        return text.Length == 0 || text == "-" ? string.Empty : VietnameseText.CapitaliseFirst(text);
    }

    private static string Trim(string text) => VietnameseText.Clean(text).Trim(' ', '.', ',', ';', ':', '-', '–', '+', '•');

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    private const string Body = @"(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|UBMTTQ|HĐND|Hội đồng|Báo|Đài|Công an|Cục|Chi cục|Tổng cục|Liên hiệp|Liên minh|Liên đoàn|Hội|Mặt trận|MTTQ|Trung tâm|Trường|Viện|Học viện|Đại học|Văn phòng|Thanh tra|Kho bạc|Ngân hàng|Bảo hiểm|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Vườn|Bệnh viện|Công ty|Tổng công ty|Quỹ|Phòng|Thường trực|Tòa án|Toà án|Viện kiểm sát|Chi nhánh|Bộ Chỉ huy|Cảnh sát|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Doanh nghiệp|Cơ quan|Đơn vị|Tổ chức|Các|các)(?![\p{L}\p{N}])";

    [GeneratedRegex(@"^\s*[-–+•]\s*", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*Các\s+(?<head>sở|bộ|ban|cơ quan|đơn vị)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PrefixList();

    [GeneratedRegex(@"^" + Body, RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AgencyHead();

    [GeneratedRegex(@",\s*(?=" + Body + ")", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex CommaBeforeBody();

    [GeneratedRegex(@"\s+và\s+(?=" + Body + ")", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AndBeforeBody();

    [GeneratedRegex(@"[^,]\s(?<q>các cấp|cấp (?:tỉnh|huyện|xã)|tỉnh|huyện|thành phố|thị xã|quận|xã|phường)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SharedQualifier();

    [GeneratedRegex(@"(?:^|\s)(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|các cấp|Trung ương)(?:\s|$)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex HasLocality();
}
