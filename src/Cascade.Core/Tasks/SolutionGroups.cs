using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Tasks;

/// <summary>The five groups of tasks and solutions of Resolution 36-NQ/TW (design notes §2), which most plans follow.</summary>
public enum SolutionGroup
{
    /// <summary>Neither the heading nor the title names one of the five: organising, monitoring, reporting.</summary>
    Other = 0,

    /// <summary>(1) Thống nhất nhận thức: disseminating, communicating, raising awareness.</summary>
    Awareness = 1,

    /// <summary>(2) Thể chế, cơ chế, chính sách, pháp luật.</summary>
    LawsAndPolicies = 2,

    /// <summary>(3) Phát triển, ứng dụng công nghệ sinh học trong sản xuất và đời sống; công nghiệp sinh học.</summary>
    DevelopmentAndApplication = 3,

    /// <summary>(4) Nguồn nhân lực, cơ sở vật chất, tiềm lực.</summary>
    HumanResourcesAndFacilities = 4,

    /// <summary>(5) Hợp tác quốc tế.</summary>
    InternationalCooperation = 5,
}

/// <summary>
/// Which of Resolution 36's five groups a task belongs to: the group heading the plan printed it
/// under decides when it names one, else the task's own title. Both are read folded (no accents,
/// lower case) for the group's words, the groups tried in a fixed order because a heading or title
/// often names more than one: "nhân lực … phục vụ ứng dụng" is about human resources, "cơ chế,
/// chính sách … phát triển và ứng dụng" about policies; application comes last, since nearly every
/// task says "ứng dụng công nghệ sinh học".
/// </summary>
public static partial class SolutionGroups
{
    public static IReadOnlyList<SolutionGroup> All { get; } =
    [
        SolutionGroup.Awareness, SolutionGroup.LawsAndPolicies, SolutionGroup.DevelopmentAndApplication,
        SolutionGroup.HumanResourcesAndFacilities, SolutionGroup.InternationalCooperation, SolutionGroup.Other,
    ];

    public static SolutionGroup Of(string? group, string title) =>
        Recognise(group) ?? Recognise(title) ?? SolutionGroup.Other;

    private static SolutionGroup? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = VietnameseText.FoldAccents(text);
        return Awareness().IsMatch(folded) ? SolutionGroup.Awareness
            : Cooperation().IsMatch(folded) ? SolutionGroup.InternationalCooperation
            : HumanResources().IsMatch(folded) ? SolutionGroup.HumanResourcesAndFacilities
            : Policies().IsMatch(folded) ? SolutionGroup.LawsAndPolicies
            : Application().IsMatch(folded) || Sectors.Of(null, text) != Sector.General ? SolutionGroup.DevelopmentAndApplication
            : null;
    }

    [GeneratedRegex(@"\b(nhan thuc|tuyen truyen|quan triet|pho bien|ban tin)\b")]
    private static partial Regex Awareness();

    // "Hợp tác xã" is a cooperative, not cooperation.
    [GeneratedRegex(@"\b(hop tac(?! xa\b)|quoc te)\b")]
    private static partial Regex Cooperation();

    // "Sở Giáo dục và Đào tạo" named on a task does not make it about training.
    [GeneratedRegex(@"\b(nhan luc|(?<!giao duc va )dao tao|boi duong|huong nghiep|co so vat chat|tiem luc)\b")]
    private static partial Regex HumanResources();

    // "Vi phạm pháp luật" is breaking the law (a security task), not making it.
    [GeneratedRegex(@"\b(the che|co che|chinh sach|(?<!vi pham )phap luat|tieu chuan|quy chuan)\b")]
    private static partial Regex Policies();

    [GeneratedRegex(@"\b(ung dung|cong nghiep sinh hoc|san xuat va doi song)\b")]
    private static partial Regex Application();
}
