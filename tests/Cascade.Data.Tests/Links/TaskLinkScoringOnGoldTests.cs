using Cascade.Core.Links;
using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Data.Tests.Links;

/// <summary>
/// The link rule on the hand-checked registers of the five seed plans: a district's tasks against a
/// province Party committee's (as the district plan carries out the province's 114-KH/TU), and one
/// province's tasks against another's. Pairs a person would link are proposed; tasks with no
/// counterpart get nothing.
/// </summary>
public sealed class TaskLinkScoringOnGoldTests
{
    private const string TraVinh = "000_a067e6b2a3273be3";
    private const string LangSon = "001_2c4ec99dd9c3521a";
    private const string AnGiang = "002_aaf48fd6222eeef6";
    private const string District = "003_02369f452aec5d6c";
    private const string HaiPhong = "004_953892a000611854";

    private static async Task<(IReadOnlyList<LinkProposal> Proposals, Func<string, int> ChildId, Func<string, int> ParentId)> ProposeAsync(string child, string parent)
    {
        var ct = TestContext.Current.CancellationToken;
        var lower = (await PlanRegisterJson.ReadFileAsync(RepoPaths.GoldRegister(child), ct)).Register!;
        var higher = (await PlanRegisterJson.ReadFileAsync(RepoPaths.GoldRegister(parent), ct)).Register!;

        // Ids as the database would give them: the same name in one plan is one agency; the two plans' agencies differ.
        var agencies = new Dictionary<string, int>(StringComparer.Ordinal);
        LinkTask ToTask(RegisterTask t, int id, string plan) => new(id, t.Title,
            t.Lead.Select(name => new LinkAgency(agencies.TryGetValue(plan + name, out var a) ? a : agencies[plan + name] = agencies.Count + 1, name)).ToList());
        var tasks = lower.Tasks.Select((t, i) => ToTask(t, 1000 + i, "c")).ToList();
        var parents = higher.Tasks.Select((t, i) => ToTask(t, 2000 + i, "p")).ToList();

        var proposals = TaskLinkScoring.Propose(tasks, parents, [], [lower.Document.Locality, higher.Document.Locality]);
        return (proposals, r => 1000 + lower.Tasks.ToList().FindIndex(t => t.Ref == r), r => 2000 + higher.Tasks.ToList().FindIndex(t => t.Ref == r));
    }

    private static int? Best(IReadOnlyList<LinkProposal> proposals, int taskId) =>
        proposals.Where(p => p.TaskId == taskId).OrderByDescending(p => p.Score).Select(p => (int?)p.ParentTaskId).FirstOrDefault();

    [Fact]
    public async Task TheDistrictPartyPlansTasksFindTheProvincePartyCommitteesCounterparts()
    {
        var (proposals, task, parent) = await ProposeAsync(District, LangSon);

        Assert.Equal(parent("2"), Best(proposals, task("1"))); // Ban Tuyên giáo Huyện ủy ~ Ban Tuyên giáo Tỉnh ủy: propaganda
        Assert.Equal(parent("3"), Best(proposals, task("5"))); // the Fatherland Front and mass organisations mobilise members
        Assert.Equal(parent("4"), Best(proposals, task("6"))); // the People's Committee follows up and inspects
        Assert.Null(Best(proposals, task("4")));               // the district People's Council's supervision has no counterpart
    }

    [Fact]
    public async Task AProvincesTasksFindAnotherProvincesTasksOfTheSameDepartment()
    {
        var (proposals, task, parent) = await ProposeAsync(HaiPhong, AnGiang);

        Assert.Equal(parent("III.1.1"), Best(proposals, task("III.1"))); // agriculture's biotech industry plan
        Assert.Equal(parent("III.1.2"), Best(proposals, task("III.3")));  // industry and trade
        Assert.Null(Best(proposals, task("III.4")));                      // Realtime RT-PCR has no counterpart
        Assert.Null(Best(proposals, task("V.1")));
        Assert.Null(Best(proposals, task("V.2")));
    }

    [Fact]
    public async Task TasksOfBodiesTheOtherPlanDoesNotNameGetNothing()
    {
        var (proposals, task, parent) = await ProposeAsync(TraVinh, AnGiang);

        Assert.Equal(parent("II.1"), Best(proposals, task("3")));  // mechanisms and policies, the science department
        Assert.Null(Best(proposals, task("10")));                  // the military command
        Assert.Null(Best(proposals, task("11")));                  // the police
        Assert.Null(Best(proposals, task("13")));                  // Trà Vinh University
        Assert.All(proposals, p => Assert.True(p.Score >= TaskLinkScoring.Threshold));
        Assert.True(proposals.Count < 12, $"{proposals.Count} proposals for 16 tasks: too many to review.");
    }
}
