using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Targets;

/// <summary>
/// The objectives section (Mục tiêu) of a plan: from its Roman-numbered heading ("II. MỤC TIÊU",
/// "I. QUAN ĐIỂM, MỤC TIÊU") to the next one. Plans without Roman sections start it at the first
/// "Mục tiêu" heading and end it at the tasks or the implementation section.
/// </summary>
public static partial class ObjectivesSection
{
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paragraphs)
    {
        var start = IndexOf(paragraphs, 0, p => SectionHeading().IsMatch(p) && Objectives().IsMatch(p));
        if (start < 0)
        {
            start = IndexOf(paragraphs, 0, p => ObjectivesHeading().IsMatch(p));
        }

        if (start < 0)
        {
            return [];
        }

        var end = IndexOf(paragraphs, start + 1, p => SectionHeading().IsMatch(p) || IsNextSectionHeading(p));
        return paragraphs.Skip(start).Take((end < 0 ? paragraphs.Count : end) - start).ToList();
    }

    // A heading is short and not a sentence; an objective may well start with "Nhiệm vụ".
    private static bool IsNextSectionHeading(string paragraph) =>
        NextSection().IsMatch(paragraph) && paragraph.Length <= 120 && !paragraph.TrimEnd().EndsWith('.');

    private static int IndexOf(IReadOnlyList<string> paragraphs, int from, Func<string, bool> predicate)
    {
        for (var i = from; i < paragraphs.Count; i++)
        {
            if (predicate(paragraphs[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^[IVXLC]{1,6}[.)]\s")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[IVXLC]{1,6}[.)]\s[^.;]{0,60}MỤC TIÊU", RegexOptions.IgnoreCase)]
    private static partial Regex Objectives();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s)?(?:MỤC TIÊU|Mục tiêu)\b")]
    private static partial Regex ObjectivesHeading();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s)?(?:NHIỆM VỤ|Nhiệm vụ|GIẢI PHÁP|Giải pháp|TỔ CHỨC THỰC HIỆN|Tổ chức thực hiện|KINH PHÍ|Kinh phí|Nơi nhận|Điều\s\d)")]
    private static partial Regex NextSection();
}
