using Cascade.Core.Links;

namespace Cascade.Core.Tests.Links;

/// <summary>The coordinator's decision on a proposed link.</summary>
public sealed class TaskLinkTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AProposedLinkIsConfirmedOnce()
    {
        var link = new TaskLink(5, 9, 0.61234, At);
        var user = Guid.NewGuid();

        Assert.Null(link.Confirm(user, At));
        Assert.Equal(TaskLinkStatus.Confirmed, link.Status);
        Assert.Equal(user, link.DecidedBy);
        Assert.Equal(0.612, link.Score);
        Assert.Equal(LinkError.AlreadyConfirmed, link.Confirm(user, At));
    }

    [Fact]
    public void AConfirmedLinkCanBeUndoneByRejectingIt()
    {
        var link = new TaskLink(5, 9, 0.5, At);
        link.Confirm(Guid.NewGuid(), At);

        Assert.Null(link.Reject(Guid.NewGuid(), At));
        Assert.Equal(TaskLinkStatus.Rejected, link.Status);
        Assert.Equal(LinkError.AlreadyRejected, link.Reject(Guid.NewGuid(), At));
    }

    [Fact]
    public void ATaskDoesNotCarryOutItself() => Assert.Throws<ArgumentException>(() => new TaskLink(5, 5, 1, At));
}
