using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// The shapes a line of a Vietnamese administrative text can have: a list marker, a page number,
/// a heading in capitals, the start of an agency name, the start of a timeframe.
/// </summary>
internal static partial class LineShapes
{
    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    /// <summary>"1.", "2.1.", "a)", "đ)", "I.", "-", "+", "•", "Điều 3": a new item starts here.</summary>
    public static bool StartsListItem(string line) => ListMarker().IsMatch(line);

    /// <summary>A list marker printed alone on its line ("1.", "a)"): the item's text is on the next line.</summary>
    public static bool IsBareMarker(string line) => BareMarker().IsMatch(line.Trim());

    /// <summary>A page number alone on its line: "8", "- 8 -", "Trang 8", "8/12".</summary>
    public static bool IsPageNumber(string line) => PageNumber().IsMatch(line.Trim());

    public static bool StartsLowercase(string line)
    {
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '(' or '\'')
            {
                continue;
            }

            return char.IsLetter(c) && char.IsLower(c);
        }

        return false;
    }

    public static bool StartsUppercase(string line)
    {
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '(' or '\'')
            {
                continue;
            }

            return char.IsLetter(c) && char.IsUpper(c);
        }

        return false;
    }

    /// <summary>Mostly capitals, as headings and signature blocks are printed.</summary>
    public static bool IsCapitals(string line)
    {
        int upper = 0, letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 3 && upper >= letters * 0.8;
    }

    public static bool EndsSentence(string line)
    {
        var t = line.TrimEnd(' ', '*', '"', '”', ')', '\'');
        return t.Length > 0 && t[^1] is '.' or ':' or ';' or '!' or '?';
    }

    /// <summary>The line begins with the name of a body ("Sở", "UBND", "Các ...", "- ...").</summary>
    public static bool StartsAgency(string line) => AgencyStart().IsMatch(line);

    /// <summary>The line begins the way a timeframe cell does ("Hàng năm", "Quý II/2024", "2025", "Trình ... sau khi").</summary>
    public static bool StartsTimeframe(string line) => TimeframeStart().IsMatch(line);

    /// <summary>A collective of bodies written in lower case ("các sở, ngành", "các cơ quan liên quan").</summary>
    public static bool StartsLowercaseCollective(string line) => LowercaseCollective().IsMatch(line);

    /// <summary>The line begins with an abbreviation ("KH&amp;CN, doanh nghiệp"), the rest of a name.</summary>
    public static bool StartsAbbreviation(string line) => Abbreviation().IsMatch(line);

    /// <summary>The line begins the way a product cell does ("Đề án", "Kế hoạch", "Báo cáo", "Các sự kiện").</summary>
    public static bool StartsProduct(string line) => ProductStart().IsMatch(line);

    /// <summary>The whole line is a short timeframe ("Hàng năm", "2024-2030", "Quý II/2025").</summary>
    public static bool IsWholeTimeframe(string text) => WholeTimeframe().IsMatch(text.Trim());

    /// <summary>A line that ends with a word that cannot end a name or a clause ("và", "của", ",").</summary>
    public static bool EndsHanging(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && (t[^1] is ',' or ';' or '-' or '–' or '/' or '&' || HangingWord().IsMatch(t) || HangingHead().IsMatch(t));
    }

    /// <summary>"Các" followed by a noun that names bodies ("Các sở", "Các bệnh viện"), not things ("Các chương trình").</summary>
    public static bool StartsCollectiveOfBodies(string line) => CollectiveOfBodies().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.(?:\s|$)|\d{1,2}(?:\.\d{1,2})+(?:\s|$)|[a-zđ]\)(?:\s|$)|\([a-zđ0-9]{1,2}\)(?:\s|$)|[IVXLC]{1,6}\.(?:\s|$)|[-+•–](?:\s|$)|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[IVXLC]{1,6}\.|[-+•–])$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"^(?:\d{1,3}|-\s*\d{1,3}\s*-|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PageNumber();

    /// <summary>The first words of a body's name, in the capitals it is printed with.</summary>
    private const string Heads = @"(?:Các|Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Báo|Đài|Công an|Cục|Chi cục|Tổng cục|Liên hiệp|Liên minh|Liên đoàn|Hội|Mặt trận|MTTQ|UBMTTQ|Trung tâm|Trường|Viện|Học viện|Đại học|Văn phòng|Thanh tra|Kho bạc|Ngân hàng|Bảo hiểm|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Vườn|Bệnh viện|Công ty|Tổng công ty|Quỹ|Phòng|Thường trực|Tòa án|Toà án|Chi nhánh|Hợp tác xã|Bộ Chỉ huy|Cảnh sát|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Cơ quan|Cơ sở|Đơn vị|Doanh nghiệp|Tổ chức|Chủ tịch|Ban Quản lý|Cảng vụ|Chi nhánh|Viện kiểm sát)(?![\p{L}\p{N}])";

    // A dash item is a body only when a body's name follows the dash: "- công nghệ..." goes on with a sentence.
    [GeneratedRegex(@"^\s*(?:[-–+•]\s*(?:" + Heads + @"|các\s+\p{L})|" + Heads + ")", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AgencyStart();

    [GeneratedRegex(@"^\s*(?:(?:Hàng|Hằng|hàng|hằng) năm|Thường xuyên|Thường|Trình|Năm|Quý|Tháng|Từ|Trước|Trong năm|Trong quý|Trong tháng|Giai đoạn|Định kỳ|Sau khi|Đã|Đang|Liên tục|Cả năm|Xong|Hoàn thành|(?:19|20)\d{2}|\d{1,2}/(?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TimeframeStart();

    [GeneratedRegex(@"^(?:(?:Hàng|Hằng) năm|Thường xuyên|Liên tục|(?:Năm\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?|Quý\s+[IV]{1,3}\s*/\s*(?:19|20)\d{2}|Tháng\s+\d{1,2}\s*/\s*(?:19|20)\d{2})\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    private static partial Regex WholeTimeframe();

    [GeneratedRegex(@"^\s*các\s+(?:sở|ban|bộ|ngành|cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp|huyện|xã|quận|phòng|trường|viện|hội)(?![\p{L}])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LowercaseCollective();

    [GeneratedRegex(@"^\s*(?:Các\s+)?(?:Đề án|Kế hoạch|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Báo cáo|Chương trình|Sản phẩm|Sự kiện|Cơ chế|Chính sách|Luật|Hướng dẫn|Văn bản|Tài liệu|Hội nghị|Hội thảo|Mô hình|Dự án|Cơ sở dữ liệu|Phần mềm|Quy trình|Tiêu chuẩn|Quy chuẩn|Chuyến)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    private static partial Regex ProductStart();

    [GeneratedRegex(@"^\s*\p{Lu}{1,6}(?:[&-]\p{Lu}{1,6})+(?![\p{L}])|^\s*\p{Lu}{2,6}(?![\p{L}])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Abbreviation();

    // A list line that ends with the first word of a name ("...; UBND") goes on in the next line.
    [GeneratedRegex(@"[;,]\s*(?:UBND|HĐND|Sở|Ban|Bộ|Ủy ban|Uỷ ban|Trung tâm|Hội|Cục|Phòng|Viện|Trường|Liên hiệp|Đài|Báo|Mặt trận|Văn phòng)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex HangingHead();

    [GeneratedRegex(@"^\s*[-–+•]?\s*[Cc]ác\s+(?:sở|ban|bộ|ngành|cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp|huyện|xã|quận|phường|thị xã|thành phố|tỉnh|phòng|trường|viện|hội|hiệp hội|bệnh viện|cơ sở|chi|đảng bộ|đảng ủy|huyện ủy|thành ủy|tỉnh ủy|ủy ban|UBND|trung tâm|cục|chi cục|đoàn thể|đoàn|hợp tác xã|nhà|cá nhân|lực lượng|thành viên|cấp|hộ|Viện|Trường|Sở|Bộ|Ban)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    private static partial Regex CollectiveOfBodies();

    [GeneratedRegex(@"(?:^|\s)(?:và|của|cho|với|tại|các|số|về|theo|trên|trong|đến|hoặc|thuộc|phối hợp|chủ trì|thực hiện|triển khai|ngày|(?:đến|từ|vào|cuối|đầu|giữa|trong) (?:năm|tháng|quý))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    private static partial Regex HangingWord();
}
