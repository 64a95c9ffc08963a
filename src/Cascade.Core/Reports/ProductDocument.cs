using Cascade.Core.Documents;
using Cascade.Core.Text;

namespace Cascade.Core.Reports;

/// <summary>
/// The issued document a report links as the task's product (the Đề án, Kế hoạch or policy the task
/// was to produce): its number and symbol, date and issuer, or the evidence file holding it. A task
/// whose product is a document counts as done only on a report that links one.
/// </summary>
public sealed class ProductDocument
{
    public const int MaxIssuerLength = 300;
    public const int MaxTitleLength = 1000;

    private ProductDocument()
    {
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    /// <summary>The report's task, kept on the row so registers read products without the reports.</summary>
    public int TaskId { get; private set; }

    public DocumentNumber? Number { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public string? Issuer { get; private set; }

    /// <summary>The document's summary line (trích yếu), when given.</summary>
    public string? Title { get; private set; }

    /// <summary>The evidence file of the report that holds the document, when linked by its file.</summary>
    public int? EvidenceFileId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public Guid AddedBy { get; private set; }

    /// <summary>
    /// A product document as typed: the number, date and issuer together, or a file of the report. A
    /// number that does not read, a date after today, or half the details is refused.
    /// </summary>
    public static (ProductDocument? Document, ReportError? Error) Link(
        int reportId, int taskId, string? number, DateOnly? issuedOn, string? issuer, string? title, int? evidenceFileId,
        DateOnly today, Guid userId, DateTimeOffset at)
    {
        number = VietnameseText.Clean(number);
        issuer = VietnameseText.Clean(issuer);
        title = VietnameseText.Clean(title);
        var typed = number.Length > 0 || issuedOn is not null || issuer.Length > 0;
        if (!typed && evidenceFileId is null)
        {
            return (null, ProductErrors.Missing);
        }

        DocumentNumber? parsed = null;
        if (typed)
        {
            if (number.Length == 0 || issuedOn is null || issuer.Length == 0)
            {
                return (null, ProductErrors.Incomplete);
            }

            if (!DocumentNumber.TryParse(number, out parsed))
            {
                return (null, ProductErrors.NumberInvalid);
            }

            if (issuedOn > today)
            {
                return (null, ProductErrors.DateInFuture);
            }
        }

        if (issuer.Length > MaxIssuerLength || title.Length > MaxTitleLength)
        {
            return (null, ReportError.TooLong);
        }

        return (new ProductDocument
        {
            ReportId = reportId,
            TaskId = taskId,
            Number = parsed,
            IssuedOn = typed ? issuedOn : null,
            Issuer = typed ? issuer : null,
            Title = title.Length == 0 ? null : title,
            EvidenceFileId = evidenceFileId,
            AddedAt = at.ToUniversalTime(),
            AddedBy = userId,
        }, null);
    }
}

/// <summary>Why a product document was refused.</summary>
public static class ProductErrors
{
    public static readonly ReportError Missing = new("product.missing", "Give the issued document's number, date and issuer, or pick its file.");
    public static readonly ReportError Incomplete = new("product.incomplete", "An issued document needs its number and symbol, its date and its issuer.");
    public static readonly ReportError NumberInvalid = new("product.number", "The document's number and symbol is not one such as 12/QĐ-UBND.");
    public static readonly ReportError DateInFuture = new("product.date-future", "The document's date is after today.");
    public static readonly ReportError FileNotOfReport = new("product.file", "The file chosen is not one of this report's evidence files.");
}

/// <summary>Which products a plan names are issued documents (an Đề án, a Kế hoạch, a policy), as against events or goods.</summary>
public static class IssuedProducts
{
    // "Các chương trình, sản phẩm truyền thông", "Các sự kiện", "Các chuyến khảo sát" are outputs, not issued documents.
    private static readonly string[] DocumentWords =
    [
        "đề án", "kế hoạch", "cơ chế", "chính sách", "quyết định", "nghị quyết", "nghị định", "quy định", "quy chế",
        "chỉ thị", "văn bản", "chương trình hành động", "tiêu chuẩn", "quy chuẩn", "hướng dẫn", "thông tư", "đề cương",
    ];

    public static bool NamesIssuedDocument(string? product)
    {
        var folded = VietnameseText.Fold(product);
        return folded.Length > 0 && DocumentWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
