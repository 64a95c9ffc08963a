using System.Text.RegularExpressions;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;
using Cascade.Import.Reading;
using Cascade.Import.Reading.Text;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing.Tasks;

/// <summary>
/// The tasks of a plan with no appendix: the numbered items of its implementation section (Tổ
/// chức thực hiện) that assign work to a named body. The body is the item's subject, printed
/// before its first verb or before a colon; "chủ trì, phối hợp với X" names the coordinating
/// bodies; a deadline stated in the item ("xong trong tháng 4/2024") is its timeframe.
/// </summary>
internal static partial class ImplementationTasks
{
    public static IReadOnlyList<RegisterTask> Read(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        var tasks = new List<RegisterTask>();
        var paragraphs = source.Blocks.OfType<Paragraph>().ToList();
        var start = paragraphs.FindIndex(p => SectionHeading().IsMatch(p.Text));
        if (start < 0)
        {
            return tasks;
        }

        var items = new List<(string Number, List<string> Texts)>();
        foreach (var paragraph in paragraphs.Skip(start + 1))
        {
            var text = paragraph.Text;
            if (SectionEnd().IsMatch(text) || LineShapes.IsCapitals(text) && !TopItem().IsMatch(text))
            {
                break;
            }

            var m = TopItem().Match(text);
            if (m.Success)
            {
                items.Add((m.Groups["n"].Value, [m.Groups["text"].Value]));
            }
            else if (items.Count > 0)
            {
                items[^1].Texts.Add(text);
            }
        }

        foreach (var (number, texts) in items)
        {
            // "./." closes the last item of a document; it is not part of the task.
            var title = DocumentEnd().Replace(VietnameseText.Clean(string.Join(' ', texts)), ".");
            var assignment = Assignment(texts[0]);
            if (assignment is null)
            {
                continue;
            }

            var (lead, support) = assignment.Value;
            if (tasks.Any(t => t.Ref == number))
            {
                warnings.Add(new ImportWarning("task-duplicate-ref", $"Item {number} of the implementation section is numbered twice; the second was left out.", number));
                continue;
            }

            var deadline = Deadline().Match(title);
            tasks.Add(new RegisterTask
            {
                Ref = number,
                Title = TaskCells.Title(title, number, warnings),
                Lead = lead,
                Support = support,
                Timeframe = deadline.Success ? TaskCells.Timeframe(deadline.Value) : TaskCells.ToRegister(Timeframe.Unspecified()),
            });
        }

        return tasks;
    }

    /// <summary>The bodies an item assigns, or null when it names none.</summary>
    private static (IReadOnlyList<string> Lead, IReadOnlyList<string> Support)? Assignment(string text)
    {
        text = Request().Replace(text, string.Empty);
        string subject;
        var rest = string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var verb = FirstVerb(text, 0);
        if (colon > 0 && colon < 250 && (verb < 0 || colon < verb || Responsible().IsMatch(text[..colon])))
        {
            subject = Responsible().Replace(text[..colon], string.Empty);
            rest = text[(colon + 1)..];
        }
        else if (verb > 0 && verb < 250)
        {
            subject = text[..verb];
            rest = text[verb..];
        }
        else if (verb < 0 && text.Length < 200 && LineShapes.StartsAgency(text))
        {
            // The item is the body's name alone; its duties follow as lettered sub-items.
            subject = text;
        }
        else
        {
            return null;
        }

        subject = subject.Trim(' ', ',', ';', '-');
        if (!LineShapes.StartsAgency(subject) && !BodyWord().IsMatch(subject))
        {
            return null;
        }

        var support = new List<string>();
        var with = Coordinating().Match(rest);
        if (with.Success && with.Index < 40)
        {
            var from = with.Index + with.Length;
            var end = FirstVerb(rest, from);
            if (end > from)
            {
                support.AddRange(AgencyListParser.Parse(rest[from..end]));
            }
        }

        var lead = AgencyListParser.Parse(subject);
        return lead.Count == 0 ? null : (lead, support);
    }

    /// <summary>Where the first verb of the clause starts; "các tổ chức" is a noun, not the verb "tổ chức".</summary>
    private static int FirstVerb(string text, int from)
    {
        foreach (Match m in Verb().Matches(text, from))
        {
            if (m.Index > from + 1000)
            {
                break;
            }

            var before = text[Math.Max(0, m.Index - 12)..m.Index].TrimEnd();
            var noun = m.Value.StartsWith("tổ chức", StringComparison.Ordinal)
                && (before.EndsWith("các", StringComparison.OrdinalIgnoreCase) || before.EndsWith("những", StringComparison.OrdinalIgnoreCase)
                    || text.AsSpan(m.Index + m.Length).TrimStart().StartsWith("chính trị", StringComparison.Ordinal));
            if (!noun)
            {
                return m.Index;
            }
        }

        return -1;
    }

    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    [GeneratedRegex(@"^(?:(?:Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG|Điều|ĐIỀU)\s+)?(?:[IVXLC]{1,6}\.?\s*|\d{1,2}\.?\s*)?(?:TỔ CHỨC THỰC HIỆN(?:\s+[\p{Lu}\d/-]+){0,4}|Tổ chức thực hiện)\s*:?$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:[IVXLC]{1,6}\.\s|Nơi nhận|Trên đây|TM\.|T/M|KT\.|PHỤ LỤC|Phụ lục)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SectionEnd();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<text>\S.*)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TopItem();

    [GeneratedRegex(@"\.\s*/\s*\.\s*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DocumentEnd();

    [GeneratedRegex(@"^\s*(?:Đề nghị|Giao|Yêu cầu)\s+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Request();

    [GeneratedRegex(@"\s*(?:có|chịu)\s+trách\s+nhiệm\s*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Responsible();

    [GeneratedRegex(@"^\s*chủ\s+trì\s*,?\s*phối\s+hợp(?:\s+với)?\s+|^\s*phối\s+hợp(?:\s+với)?\s+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Coordinating();

    [GeneratedRegex(@"(?:ủy|uỷ|ban|sở|bộ|đảng|mặt trận|đoàn|hội|cơ quan|đơn vị|trường|viện|trung tâm|công an|quân sự|doanh nghiệp|tổ chức)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:tổ chức|chủ trì|chỉ đạo|rà soát|đẩy mạnh|xây dựng|triển khai|theo dõi|phối hợp|tăng cường|thực hiện|tham mưu|hướng dẫn|có trách nhiệm|chịu trách nhiệm|căn cứ|nghiên cứu|tuyên truyền|kiểm tra|giám sát|bố trí|quán triệt|ban hành|lãnh đạo|đôn đốc|cụ thể hóa|cụ thể hoá|lồng ghép|vận động|tập trung|thường xuyên|định kỳ|ưu tiên|đề xuất|hỗ trợ|cân đối|khẩn trương|tích cực|chủ động|nâng cao|phát huy|quan tâm|tiếp tục|làm tốt|bám sát|tạo điều kiện|cập nhật|sơ kết|tổng kết|báo cáo|thẩm định|trình|thúc đẩy|khuyến khích|bảo đảm|đảm bảo|huy động|tổng hợp|tham gia|phổ biến|lập|đưa)(?![\p{L}])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Verb();

    // A completion date the item states: "xong trong tháng 4/2024", "hoàn thành trước ngày 30/6/2025".
    [GeneratedRegex(@"(?:xong|hoàn thành)\s+(?:trong|trước)\s+(?:ngày|tháng|quý|năm)\s+[\dIV/.\s]{0,12}?\d{4}|trước\s+ngày\s+\d{1,2}/\d{1,2}/\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Deadline();
}
