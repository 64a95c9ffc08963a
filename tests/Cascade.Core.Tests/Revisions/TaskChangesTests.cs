using Cascade.Core.Revisions;

namespace Cascade.Core.Tests.Revisions;

/// <summary>What changed between two versions of a plan's register, task by task.</summary>
public sealed class TaskChangesTests
{
    private static TaskVersion Task(string r, string title, string lead = "Sở Y tế", string time = "Hàng năm") =>
        new(r, title, [lead], ["Các sở, ngành liên quan"], time, null);

    [Fact]
    public void AnIdenticalTaskIsUnchanged()
    {
        var task = Task("1", "Tuyên truyền về công nghệ sinh học");

        Assert.Equal(TaskChangeKind.Unchanged, Assert.Single(TaskChanges.Compare([task], [task])).Kind);
    }

    [Fact]
    public void TheSameNumberWithMostOfItsWordsIsRewordedNotReplaced()
    {
        var changes = TaskChanges.Compare(
            [Task("1", "Tuyên truyền, phổ biến về công nghệ sinh học trên địa bàn tỉnh")],
            [Task("1", "Tuyên truyền, phổ biến kiến thức về công nghệ sinh học trên địa bàn tỉnh")]);

        var change = Assert.Single(changes);
        Assert.Equal(TaskChangeKind.Reworded, change.Kind);
        Assert.Equal(0, change.OldIndex);
    }

    [Fact]
    public void AnotherLeadOrTimeframeIsAReassignment()
    {
        var changes = TaskChanges.Compare([Task("2", "Ứng dụng công nghệ sinh học trong y tế")],
            [Task("2", "Ứng dụng công nghệ sinh học trong y tế", lead: "Sở Khoa học và Công nghệ", time: "2025")]);

        Assert.Equal(TaskChangeKind.Reassigned, Assert.Single(changes).Kind);
    }

    [Fact]
    public void ARenumberedTaskIsFoundByItsWords()
    {
        var changes = TaskChanges.Compare(
            [Task("1", "Xây dựng đề án phát triển công nghiệp sinh học"), Task("2", "Đào tạo nguồn nhân lực công nghệ sinh học")],
            [Task("1", "Đào tạo nguồn nhân lực công nghệ sinh học")]);

        Assert.Contains(changes, c => c.Kind == TaskChangeKind.Reworded && c.OldIndex == 1 && c.NewIndex == 0);
        Assert.Contains(changes, c => c.Kind == TaskChangeKind.Removed && c.OldIndex == 0);
    }

    [Fact]
    public void ANewTaskIsAddedAndADroppedOneRemoved()
    {
        var changes = TaskChanges.Compare([Task("1", "Hợp tác quốc tế về công nghệ sinh học")], [Task("1", "Xây dựng phòng thí nghiệm trọng điểm")]);

        Assert.Equal([TaskChangeKind.Added, TaskChangeKind.Removed], changes.Select(c => c.Kind));
    }
}
