using Cascade.Core.Agencies;

namespace Cascade.Core.Tests.Agencies;

public sealed class AgencyChangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ChangedAgency Finance = new(1, "Sở Tài chính", new DateOnly(2025, 7, 1), null);
    private static readonly ChangedAgency Trade = new(2, "Sở Công Thương", new DateOnly(2025, 7, 1), null);

    private static AgencyChange Change(ChangedAgency[] from, ChangeSuccessor[] to, DateOnly? on = null, string? basis = "Quyết định số 99/QĐ-UBND") =>
        new(from, to, on ?? new DateOnly(2026, 11, 1), basis);

    [Fact]
    public void AnAgencyUnderANewNameIsARenaming()
    {
        var change = Change([Finance], [new(null, "Sở Kinh tế", true)]);

        Assert.Equal(AgencyChangeKind.Renamed, change.Kind);
        Assert.Empty(change.Validate(Today));
    }

    [Fact]
    public void AgenciesIntoOneAreAMergerAndOneIntoSeveralASplit()
    {
        Assert.Equal(AgencyChangeKind.Merged, Change([Finance, Trade], [new(3, null, true)]).Kind);
        Assert.Equal(AgencyChangeKind.Split, Change([Finance], [new(3, null, true), new(null, "Sở Kinh tế", false, "thương mại")]).Kind);
    }

    [Fact]
    public void SeveralIntoSeveralIsRefused() =>
        Assert.Contains(AgencyChangeError.ManyToMany, Change([Finance, Trade], [new(3, null, true), new(4, null, false)]).Validate(Today));

    [Fact]
    public void AChangeToComeIsRecordedWhenItComes() =>
        Assert.Equal([AgencyChangeError.FutureDate], Change([Finance], [new(3, null, true)], new DateOnly(2026, 12, 1)).Validate(Today));

    [Fact]
    public void ASplitNeedsExactlyOneMainSuccessor()
    {
        Assert.Contains(AgencyChangeError.NoMainSuccessor, Change([Finance], [new(3, null, false), new(4, null, false)]).Validate(Today));
        Assert.Contains(AgencyChangeError.NoMainSuccessor, Change([Finance], [new(3, null, true), new(4, null, true)]).Validate(Today));
    }

    [Fact]
    public void EveryMistakeIsNamed()
    {
        var ended = Finance with { ValidTo = new DateOnly(2026, 1, 1) };

        var errors = Change([ended], [new(1, null, true), new(null, " ", false), new(null, "Sở KH&CN", false), new(null, "Sở Khoa học và Công nghệ", false)], new DateOnly(2025, 6, 1), " ").Validate(Today);

        Assert.Equal(
            [AgencyChangeError.SuccessorIsPredecessor, AgencyChangeError.SameSuccessorTwice, AgencyChangeError.SuccessorNameMissing,
             AgencyChangeError.BeforePredecessorBegan, AgencyChangeError.PredecessorEnded, AgencyChangeError.NoLegalBasis],
            errors);
        Assert.Equal([AgencyChangeError.NoPredecessor, AgencyChangeError.NoSuccessor, AgencyChangeError.NoDate, AgencyChangeError.NoLegalBasis],
            new AgencyChange([], [], null, null).Validate(Today));
    }
}
