using Cascade.Core.Coverage;
using Cascade.Core.Documents;

namespace Cascade.Core.Tests.Coverage;

public sealed class DocumentCoverageTests
{
    private static DocumentNumber N(string text) => DocumentNumber.Parse(text)!;

    private static CascadeDocument Doc(int id, string? number, GovernmentLevel level, params string[] implements) =>
        new(id, number is null ? null : N(number), level, "UBND", implements.Select(N).ToList());

    [Fact]
    public void APlanImplementsTheResolutionDirectlyOrThroughTheProgramItImplements()
    {
        CascadeDocument[] documents =
        [
            Doc(1, "105/KH-UBND", GovernmentLevel.Province, "138-KH/TU"),
            Doc(2, "138-KH/TU", GovernmentLevel.Province, "36-NQ/TW"),
            Doc(3, "255/KH-UBND", GovernmentLevel.Province, "36-NQ/TW", "50-CTr/TU"),
            Doc(4, "12/KH-UBND", GovernmentLevel.Province, "99/QĐ-UBND"),
            Doc(5, "189/NQ-CP", GovernmentLevel.Central, "36-NQ/TW"),
        ];

        Assert.Equal([1, 2, 3, 5], DocumentCoverage.PlansImplementing(N("36-NQ/TW"), documents).Order());
        Assert.Empty(DocumentCoverage.PlansImplementing(N("189/NQ-CP"), documents));
    }

    [Fact]
    public void ALoopOfCitationsEnds()
    {
        CascadeDocument[] documents = [Doc(1, "1/KH-UBND", GovernmentLevel.Province, "2/KH-UBND"), Doc(2, "2/KH-UBND", GovernmentLevel.Province, "1/KH-UBND")];

        Assert.Empty(DocumentCoverage.PlansImplementing(N("36-NQ/TW"), documents));
    }

    [Fact]
    public void TheCentralDocumentsOfferedAreThoseOfThePolitburoAndTheGovernment()
    {
        CascadeDocument[] documents =
        [
            Doc(1, "105/KH-UBND", GovernmentLevel.Province, "138-KH/TU", "36-NQ/TW"),
            Doc(3, "457/KH-UBND", GovernmentLevel.Province, "24-CTr/TU", "36-NQ/TW", "189/NQ-CP"),
        ];

        Assert.Equal(["36-NQ/TW", "189/NQ-CP"], DocumentCoverage.CentralDocuments(documents).Select(n => n.Text));
    }
}
