using Cascade.Core.Links;

namespace Cascade.Core.Tests.Links;

/// <summary>Proposing which task of a plan carries out which task of the higher plan it implements.</summary>
public sealed class TaskLinkScoringTests
{
    private static LinkTask Task(int id, string title, params (int Id, string Name)[] leads) =>
        new(id, title, leads.Select(l => new LinkAgency(l.Id, l.Name)).ToList());

    private static readonly LinkTask[] Province =
    [
        Task(101, "Ban Tuyên giáo Tỉnh ủy chủ trì chỉ đạo, hướng dẫn các cơ quan báo chí tuyên truyền sâu rộng Nghị quyết về công nghệ sinh học", (1, "Ban Tuyên giáo Tỉnh ủy")),
        Task(102, "Sở Y tế ứng dụng công nghệ sinh học trong chẩn đoán, điều trị bệnh", (2, "Sở Y tế")),
        Task(103, "Xây dựng cơ chế, chính sách thu hút nhân lực công nghệ sinh học", (3, "Sở Nội vụ")),
    ];

    [Fact]
    public void ATaskOfTheSameBodyAtAnotherLevelWithTheSameWorkIsProposed()
    {
        LinkTask[] district = [Task(201, "Ban Tuyên giáo Huyện ủy tuyên truyền sâu rộng Nghị quyết về công nghệ sinh học trên báo chí", (10, "Ban Tuyên giáo Huyện ủy"))];

        var proposal = Assert.Single(TaskLinkScoring.Propose(district, Province, [], []));

        Assert.Equal((201, 101), (proposal.TaskId, proposal.ParentTaskId));
        Assert.Equal(AgencyAffinity.SameFunction, proposal.Affinity);
    }

    [Fact]
    public void TheSameWorkOfAnUnrelatedAgencyIsNotProposed()
    {
        LinkTask[] district = [Task(201, "Ứng dụng công nghệ sinh học trong chẩn đoán, điều trị bệnh", (11, "Công an huyện"))];

        Assert.Empty(TaskLinkScoring.Propose(district, Province, [], []));
    }

    [Fact]
    public void ASuccessorAgencyCountsAsTheSameAgency()
    {
        LinkTask[] parent = [Task(301, "Tuyên truyền về công nghệ sinh học trên báo chí và mạng xã hội", (20, "Sở Thông tin và Truyền thông"))];
        LinkTask[] child = [Task(302, "Tuyên truyền về công nghệ sinh học trên báo chí", (21, "Sở Khoa học và Công nghệ"))];

        Assert.Empty(TaskLinkScoring.Propose(child, parent, [], []));
        Assert.Equal(AgencyAffinity.SameAgency, Assert.Single(TaskLinkScoring.Propose(child, parent, [(20, 21)], [])).Affinity);
    }

    [Fact]
    public void AParentWithoutAgenciesNeedsTitlesThatAgreeMore()
    {
        LinkTask[] resolution =
        [
            new(401, "Đẩy mạnh tuyên truyền, nâng cao nhận thức về phát triển và ứng dụng công nghệ sinh học", []),
            new(404, "Hoàn thiện thể chế, cơ chế, chính sách phát triển và ứng dụng công nghệ sinh học", []),
            new(405, "Phát triển nguồn nhân lực công nghệ sinh học chất lượng cao", []),
            new(406, "Đẩy mạnh hợp tác quốc tế về phát triển và ứng dụng công nghệ sinh học", []),
            new(407, "Phát triển công nghiệp sinh học thành ngành kinh tế - kỹ thuật", []),
        ];
        LinkTask[] close = [Task(402, "Tuyên truyền, nâng cao nhận thức của cán bộ, nhân dân về phát triển và ứng dụng công nghệ sinh học", (2, "Sở Y tế"))];
        LinkTask[] loose = [Task(403, "Ứng dụng công nghệ sinh học trong chẩn đoán và điều trị bệnh tại bệnh viện", (2, "Sở Y tế"))];

        var proposal = Assert.Single(TaskLinkScoring.Propose(close, resolution, [], []));
        Assert.Equal(AgencyAffinity.Open, proposal.Affinity);
        Assert.True(proposal.Score >= TaskLinkScoring.OpenThreshold);
        Assert.Empty(TaskLinkScoring.Propose(loose, resolution, [], []));
    }

    [Fact]
    public void TheLocalityInAnAgencysNameDoesNotTellFunctionsApart() =>
        Assert.Equal(AgencyAffinity.SameFunction, TaskLinkScoring.Affinity(
            [new LinkAgency(1, "Báo Trà Vinh")], [new LinkAgency(2, "Báo An Giang")], [], ["Trà Vinh", "An Giang"]));

    [Fact]
    public void OneWordInCommonIsNotTheSameFunction() =>
        Assert.Equal(AgencyAffinity.None, TaskLinkScoring.Affinity(
            [new LinkAgency(1, "Huyện ủy")], [new LinkAgency(2, "Ủy ban nhân dân tỉnh")], [], []));

    [Fact]
    public void TitlesSharingOnlyCommonWordsScoreLow()
    {
        string[] corpus = [.. Province.Select(t => t.Title)];

        Assert.True(TaskLinkScoring.TitleScore("Ứng dụng công nghệ sinh học trong chẩn đoán bệnh", Province[1].Title, corpus) > 0.5);
        Assert.True(TaskLinkScoring.TitleScore("Tổ chức hội thảo quốc tế về công nghệ sinh học", Province[1].Title, corpus) < TaskLinkScoring.Threshold);
    }
}
