using Cascade.Import.Registers;

namespace Cascade.Import.Tests.Header;

public sealed class DocumentHeaderOfSeedsTests
{
    [Theory]
    [MemberData(nameof(SeedRegisters.Names), MemberType = typeof(SeedRegisters))]
    public void HeaderEqualsTheGoldRegister(string seed)
    {
        var gold = SeedRegisters.Gold(seed).Document;
        var actual = SeedRegisters.Imported(seed).Document;

        Assert.Equal(Folded(gold), Folded(actual));
    }

    [Theory]
    [MemberData(nameof(SeedRegisters.Names), MemberType = typeof(SeedRegisters))]
    public void ImplementedDocumentsComeInOrderOfFirstAppearance(string seed)
    {
        var gold = SeedRegisters.Gold(seed).Document.Implements.Select(Compact);
        var actual = SeedRegisters.Imported(seed).Document.Implements.Select(Compact);

        Assert.Equal(gold, actual);
    }

    private static object Folded(RegisterDocument d) => new
    {
        Kind = SeedRegisters.Fold(d.Kind),
        Number = SeedRegisters.Fold(d.Number),
        Date = SeedRegisters.Fold(d.Date),
        Issuer = SeedRegisters.Fold(d.Issuer),
        Level = SeedRegisters.Fold(d.Level),
        Locality = SeedRegisters.Fold(d.Locality),
        Title = SeedRegisters.Fold(d.Title),
    };

    private static string Compact(string number) => SeedRegisters.Fold(number).Replace(" ", string.Empty, StringComparison.Ordinal);
}
