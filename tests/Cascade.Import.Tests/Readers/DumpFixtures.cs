namespace Cascade.Import.Tests.Readers;

public sealed class DumpFixtures
{
    [Theory]
    [InlineData("000_a067e6b2a3273be3.docx")]
    [InlineData("004_953892a000611854.docx")]
    [InlineData("000_a067e6b2a3273be3.pdf")]
    [InlineData("004_953892a000611854.pdf")]
    public void Dump(string name)
    {
        var result = Fixtures.Read(name);
        File.WriteAllText("/tmp/dump-" + name + ".txt", result.Document is null ? result.Failure!.Code : Fixtures.Dump(result.Document));
    }
}
