using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Reporting;

/// <summary>
/// Where a plan sets its duties: from the implementation section (Tổ chức thực hiện) or a
/// reporting section (Chế độ báo cáo) to the list of recipients (Nơi nhận). Reports named in
/// the purpose section ("làm cơ sở để ... báo cáo kết quả") are not duties.
/// </summary>
public static partial class ReportingSection
{
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paragraphs)
    {
        var start = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (Heading().IsMatch(paragraphs[i]))
            {
                start = i;
                break;
            }
        }

        var section = new List<string>();
        for (var i = start; i < paragraphs.Count && !End().IsMatch(paragraphs[i]); i++)
        {
            section.Add(paragraphs[i]);
        }

        return section;
    }

    // Numbered in any case, or in capitals on its own.
    [GeneratedRegex(@"^(?:(?:[IVXLC]{1,6}|\d{1,2})[.)]\s(?:Tổ chức thực hiện|Chế độ báo cáo)|(?:(?:[IVXLC]{1,6}|\d{1,2})[.)]\s)?(?:TỔ CHỨC THỰC HIỆN|CHẾ ĐỘ BÁO CÁO))")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:Nơi nhận|NƠI NHẬN|T\.?\s?/?\s?M\.?\s\p{Lu}|PHỤ LỤC|Phụ lục)")]
    private static partial Regex End();
}
