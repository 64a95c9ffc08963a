using Cascade.Core.Revisions;

namespace Cascade.Core.Tests.Revisions;

/// <summary>Changes between two versions when the caller knows which tasks are the same (a decision changing them in place).</summary>
public sealed class TaskChangesFromPairsTests
{
    private static TaskVersion Task(string taskRef, string title, string lead = "Sở Y tế") => new(taskRef, title, [lead], [], "Hàng năm", null);

    [Fact]
    public void ATaskRewrittenEntirelyStaysTheSameTaskWhenPaired()
    {
        TaskVersion[] older = [Task("1", "Tuyên truyền Nghị quyết"), Task("2", "Ứng dụng công nghệ sinh học trong y tế")];
        TaskVersion[] newer = [Task("1", "Tổ chức hội nghị quán triệt cho cán bộ cấp xã sau sắp xếp"), Task("3", "Xây dựng ngân hàng gen cây dược liệu")];

        var changes = TaskChanges.FromPairs(older, newer, new Dictionary<int, int> { [0] = 0 });

        Assert.Equal(TaskChangeKind.Reworded, changes.Single(c => c.NewIndex == 0).Kind);
        Assert.Equal(0, changes.Single(c => c.NewIndex == 0).OldIndex);
        Assert.Equal(TaskChangeKind.Added, changes.Single(c => c.NewIndex == 1).Kind);
        Assert.Equal(1, changes.Single(c => c.Kind == TaskChangeKind.Removed).OldIndex);
        Assert.Equal(TaskChangeKind.Removed, TaskChanges.Compare(older, newer).Single(c => c.OldIndex == 0).Kind);
    }
}
