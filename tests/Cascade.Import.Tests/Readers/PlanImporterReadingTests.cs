namespace Cascade.Import.Tests.Readers;

/// <summary>The import pipeline takes uploads through the readers: documents reach the parsers, bad files come back as failures.</summary>
public sealed class PlanImporterReadingTests
{
    [Theory]
    [InlineData("000_a067e6b2a3273be3.docx")]
    [InlineData("000_a067e6b2a3273be3.pdf")]
    [InlineData("004_953892a000611854.docx")]
    [InlineData("004_953892a000611854.pdf")]
    public void UploadedPlanReachesTheParsers(string file)
    {
        using var stream = File.OpenRead(Fixtures.PathOf(file));

        var result = PlanImporter.Import(stream, file);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Null(result.Failure);
    }

    [Theory]
    [InlineData("encrypted.pdf", "encrypted-pdf")]
    [InlineData("image-only.pdf", "needs-ocr")]
    public void UnreadableUploadComesBackAsAFailure(string file, string code)
    {
        using var stream = File.OpenRead(Fixtures.PathOf(file));

        var result = PlanImporter.Import(stream, file);

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Failure?.Code);
    }
}
