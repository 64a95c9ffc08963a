namespace Cascade.Import.Reading;

/// <summary>
/// The ways an upload can be refused before any parsing, with the message shown to the person
/// who uploaded it. Codes are stable (the UI and the CLI may branch on them); messages are Vietnamese.
/// </summary>
public static class ReadFailures
{
    public const string EmptyCode = "empty";
    public const string TooLargeCode = "too-large";
    public const string UnsupportedCode = "unsupported-format";
    public const string LegacyOrProtectedWordCode = "legacy-or-protected-word";
    public const string EncodingCode = "bad-encoding";
    public const string CorruptDocxCode = "corrupt-docx";
    public const string DocxTooLargeUnpackedCode = "docx-too-large-unpacked";
    public const string CorruptPdfCode = "corrupt-pdf";
    public const string EncryptedPdfCode = "encrypted-pdf";
    public const string NeedsOcrCode = "needs-ocr";
    public const string TooComplexCode = "too-complex";
    public const string UnreadableCode = "unreadable";

    public static SourceReadResult Empty() =>
        SourceReadResult.Fail(EmptyCode, "Tệp rỗng, không có nội dung để nhập.");

    public static SourceReadResult TooLarge(long maxBytes) =>
        SourceReadResult.Fail(TooLargeCode, $"Tệp quá lớn (tối đa {maxBytes / (1024 * 1024)} MB).");

    public static SourceReadResult Unsupported() =>
        SourceReadResult.Fail(UnsupportedCode, "Tệp không phải là văn bản được hỗ trợ. Hãy tải lên tệp Word (.docx), PDF hoặc văn bản (.txt, .md).");

    public static SourceReadResult LegacyOrProtectedWord() =>
        SourceReadResult.Fail(LegacyOrProtectedWordCode, "Tệp Word định dạng cũ (.doc) hoặc có đặt mật khẩu chưa được hỗ trợ. Hãy mở tệp, bỏ mật khẩu và lưu lại dưới dạng .docx.");

    public static SourceReadResult Encoding() =>
        SourceReadResult.Fail(EncodingCode, "Tệp văn bản không dùng bảng mã Unicode (UTF-8/UTF-16) nên không đọc được tiếng Việt. Hãy lưu lại tệp với bảng mã UTF-8.");

    public static SourceReadResult CorruptDocx() =>
        SourceReadResult.Fail(CorruptDocxCode, "Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.");

    public static SourceReadResult DocxTooLargeUnpacked() =>
        SourceReadResult.Fail(DocxTooLargeUnpackedCode, "Tệp Word (.docx) khi giải nén quá lớn hoặc có cấu trúc bất thường; tệp bị từ chối để bảo vệ hệ thống.");

    public static SourceReadResult CorruptPdf() =>
        SourceReadResult.Fail(CorruptPdfCode, "Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.");

    public static SourceReadResult EncryptedPdf() =>
        SourceReadResult.Fail(EncryptedPdfCode, "Tệp PDF được bảo vệ bằng mật khẩu. Hãy bỏ mật khẩu rồi tải lên lại.");

    public static SourceReadResult NeedsOcr() =>
        SourceReadResult.Fail(NeedsOcrCode, "Tệp PDF không có lớp văn bản; cần nhận dạng ký tự (OCR) trước khi nhập.");

    public static SourceReadResult TooComplex() =>
        SourceReadResult.Fail(TooComplexCode, "Tệp quá phức tạp để đọc trong thời gian cho phép (quá nhiều trang hoặc nội dung bất thường).");

    public static SourceReadResult Unreadable() =>
        SourceReadResult.Fail(UnreadableCode, "Không đọc được tệp tải lên.");
}
