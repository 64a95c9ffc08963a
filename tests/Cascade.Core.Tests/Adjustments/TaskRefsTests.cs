using Cascade.Core.Adjustments;

namespace Cascade.Core.Tests.Adjustments;

/// <summary>The number a task added by a decision gets.</summary>
public sealed class TaskRefsTests
{
    [Fact]
    public void AFreeProposedNumberIsKept() => Assert.Equal("17", TaskRefs.Next(["1", "16"], "17", "16"));

    [Fact]
    public void ATakenProposedNumberGivesWayToTheNextInTheGroup() => Assert.Equal("III.5", TaskRefs.Next(["III.3", "III.4", "IV.1"], "III.4", "III.3"));

    [Fact]
    public void TheNumberAfterALetteredOneDropsTheLetter() => Assert.Equal("III.4", TaskRefs.Next(["III.3", "III.3b"], null, "III.3b"));

    [Fact]
    public void ARegisterWithoutNumbersGetsSupplementNumbers() => Assert.Equal("BS2", TaskRefs.Next(["a", "BS1"], null, "a"));
}
