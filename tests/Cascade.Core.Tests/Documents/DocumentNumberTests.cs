using Cascade.Core.Documents;

namespace Cascade.Core.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("105/KH-UBND", "105", "KH", "UBND", false, DocumentKind.Plan)]
    [InlineData("36-NQ/TW", "36", "NQ", "TW", true, DocumentKind.Resolution)]
    [InlineData("24-CTr/TU", "24", "CTr", "TU", true, DocumentKind.ActionProgram)]
    [InlineData("189/NQ-CP", "189", "NQ", "CP", false, DocumentKind.Resolution)]
    [InlineData("429/QĐ-TTg", "429", "QĐ", "TTg", false, DocumentKind.Decision)]
    public void AStateOrPartySymbolIsReadIntoItsParts(string text, string serial, string type, string issuer, bool party, DocumentKind kind)
    {
        var number = DocumentNumber.Parse(text);

        Assert.Equal(text, number.Text);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(type, number.TypeCode);
        Assert.Equal(issuer, number.IssuerCode);
        Assert.Equal(party, number.IsParty);
        Assert.Equal(kind, number.Kind);
    }

    [Fact]
    public void ALegalDocumentCarriesItsYear()
    {
        var decree = DocumentNumber.Parse("09/2019/NĐ-CP");

        Assert.Equal(2019, decree.Year);
        Assert.Equal("NĐ", decree.TypeCode);
        Assert.Equal("CP", decree.IssuerCode);
    }

    [Theory]
    [InlineData("36 - NQ/TW", "36-NQ/TW")]
    [InlineData("36–NQ/TW", "36-NQ/TW")]
    [InlineData(" 255/KH-UBND. ", "255/KH-UBND")]
    public void SpacesAreDroppedAndDashesBecomePlainHyphens(string printed, string expected) =>
        Assert.Equal(expected, DocumentNumber.Parse(printed).Text);

    [Fact]
    public void TwoSpellingsOfOneNumberAreEqual()
    {
        Assert.Equal(DocumentNumber.Parse("24-CTr/TU"), DocumentNumber.Parse("24-CTR/TU"));
        Assert.NotEqual(DocumentNumber.Parse("24-CTr/TU"), DocumentNumber.Parse("24-KH/TU"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kế hoạch")]
    [InlineData("105")]
    [InlineData("KH-UBND")]
    [InlineData("105/")]
    public void TextThatIsNotANumberAndSymbolIsRefused(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
    }
}
