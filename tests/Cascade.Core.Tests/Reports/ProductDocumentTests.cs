using Cascade.Core.Reports;

namespace Cascade.Core.Tests.Reports;

/// <summary>Linking the issued document that is a task's product to a report.</summary>
public sealed class ProductDocumentTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static (ProductDocument? Document, ReportError? Error) Link(string? number = "12/QĐ-UBND", DateOnly? on = null, string? issuer = "Ủy ban nhân dân thành phố Hải Phòng", int? file = null) =>
        ProductDocument.Link(3, 40, number, on ?? new DateOnly(2026, 10, 2), issuer, "Phê duyệt Đề án phát triển công nghệ sinh học", file, Today, Guid.NewGuid(), At);

    [Fact]
    public void ADocumentIsLinkedByNumberDateAndIssuer()
    {
        var (document, error) = Link();

        Assert.Null(error);
        Assert.Equal("12/QĐ-UBND", document!.Number!.Text);
        Assert.Equal(40, document.TaskId);
    }

    [Fact]
    public void ADocumentIsLinkedByItsFileAlone()
    {
        var (document, error) = ProductDocument.Link(3, 40, null, null, null, null, 9, Today, Guid.NewGuid(), At);

        Assert.Null(error);
        Assert.Equal(9, document!.EvidenceFileId);
        Assert.Null(document.Number);
    }

    [Fact]
    public void NothingGivenIsRefused() =>
        Assert.Equal(ProductErrors.Missing, ProductDocument.Link(3, 40, " ", null, "", null, null, Today, Guid.NewGuid(), At).Error);

    [Fact]
    public void HalfTheDetailsAreRefused() => Assert.Equal(ProductErrors.Incomplete, Link(issuer: null).Error);

    [Fact]
    public void ANumberThatDoesNotReadIsRefused() => Assert.Equal(ProductErrors.NumberInvalid, Link(number: "số 12").Error);

    [Fact]
    public void ADateAfterTodayIsRefused() => Assert.Equal(ProductErrors.DateInFuture, Link(on: Today.AddDays(1)).Error);

    [Theory]
    [InlineData("Đề án", true)]
    [InlineData("Kế hoạch", true)]
    [InlineData("Cơ chế, chính sách", true)]
    [InlineData("Nghị định của Chính phủ", true)]
    [InlineData("Các chương trình, sản phẩm truyền thông", false)]
    [InlineData("Các sự kiện", false)]
    [InlineData("Các chuyến khảo sát", false)]
    [InlineData("Các sản phẩm công nghệ sinh học", false)]
    [InlineData(null, false)]
    public void IssuedDocumentsAreTheProductsThatAreDocuments(string? product, bool isDocument) =>
        Assert.Equal(isDocument, IssuedProducts.NamesIssuedDocument(product));
}
