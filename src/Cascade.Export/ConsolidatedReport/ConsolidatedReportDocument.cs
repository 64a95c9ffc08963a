using System.Globalization;
using Cascade.Core.Progress;
using Cascade.Core.Targets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Cascade.Export.ConsolidatedReport.WordLayout;

namespace Cascade.Export.ConsolidatedReport;

/// <summary>
/// Writes the consolidated report of a plan's year as a .docx in the layout of Decree 30/2020/NĐ-CP
/// (Appendix I): the issuing body and the national motto, the title, sections I–V, the recipients and
/// the signature block. The task and indicator tables sit in a landscape section of their own.
/// </summary>
public static class ConsolidatedReportDocument
{
    private static readonly int[] HeaderColumns = [3600, PortraitText - 3600];
    private static readonly int[] TaskColumns = [700, 4600, 2400, 1700, 1700, LandscapeText - 11100];
    private static readonly int[] IndicatorColumns = [700, 4786, 1900, 1900, 1800, LandscapeText - 11086];
    private static readonly int[] ClosingColumns = [PortraitText / 2, PortraitText - PortraitText / 2];

    private static readonly ProgressStatus[] Headline =
        [ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, ProgressStatus.InProgress, ProgressStatus.Overdue, ProgressStatus.NotStarted];

    /// <summary>The document as the bytes of a .docx file.</summary>
    public static byte[] Write(ConsolidatedReportModel model)
    {
        using var buffer = new MemoryStream();
        Write(model, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the .docx to a stream; the stream need not be seekable (an HTTP response).</summary>
    public static void Write(ConsolidatedReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek)
        {
            WritePackage(model, output);
            return;
        }

        using var buffer = new MemoryStream();
        WritePackage(model, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WritePackage(ConsolidatedReportModel model, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        document.PackageProperties.Title = $"Báo cáo kết quả thực hiện {model.Plan.ShortCitation} năm {model.Year}";
        document.PackageProperties.Creator = model.Issuer.Body;
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var pageNumber = AddPageNumberHeader(main);
        var noNumber = AddEmptyHeader(main);

        var body = new Body();
        body.Append(IssuerAndMotto(model));
        body.Append(Title(model));
        body.Append(General(model));
        body.Append(SectionBreak(Section(landscape: false, pageNumber, firstHeaderId: noNumber)));
        body.Append(TaskResults(model));
        body.Append(Indicators(model));
        body.Append(SectionBreak(Section(landscape: true, pageNumber)));
        body.Append(Difficulties(model));
        body.Append(Recommendations(model));
        body.Append(RecipientsAndSignature(model));
        body.Append(Section(landscape: false, pageNumber));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>The two blocks at the top: the issuing body and "Số: …" on the left, the motto and the place and date on the right.</summary>
    private static Table IssuerAndMotto(ConsolidatedReportModel model)
    {
        var issuer = model.Issuer;
        var place = issuer.Place ?? "……";
        var date = model.Date is { } d ? VietnameseFormat.LongDate(d) : "ngày … tháng … năm …";
        var table = Table(HeaderColumns, bordered: false);
        table.Append(new TableRow(
            Cell(HeaderColumns[0], [
                Centered(Upper(issuer.ParentBody), Look.Body.Sized(13)),
                Centered(Upper(issuer.Body), Look.Strong.Sized(13)),
            ]),
            Cell(HeaderColumns[1], [
                Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Look.Strong.Sized(12)),
                Centered("Độc lập - Tự do - Hạnh phúc", new Look(13, Bold: true, Underline: true)),
            ])));
        table.Append(new TableRow(
            Cell(HeaderColumns[0], [Centered($"Số:       /BC-{issuer.SymbolCode}", Look.Body.Sized(13))]),
            Cell(HeaderColumns[1], [Centered($"{place}, {date}", new Look(14, Italic: true))])));
        return table;
    }

    private static Paragraph Centered(string text, Look look) =>
        Paragraph(text, look, JustificationValues.Center, before: 0, after: 60);

    private static IEnumerable<Paragraph> Title(ConsolidatedReportModel model)
    {
        yield return Paragraph("BÁO CÁO", Look.Strong, JustificationValues.Center, before: 360, after: 0);
        yield return Paragraph($"Kết quả thực hiện {model.Plan.Citation} năm {model.Year}", Look.Strong, JustificationValues.Center, after: 360);
        yield return Body(
            $"Thực hiện {model.Plan.Citation}, {model.Issuer.Body} báo cáo kết quả thực hiện năm {model.Year} "
            + $"(số liệu đến ngày {VietnameseFormat.Date(model.AsOf)}) như sau:");
    }

    /// <summary>I: the counts by status (the headline), and how completely the agencies reported.</summary>
    private static IEnumerable<Paragraph> General(ConsolidatedReportModel model)
    {
        yield return Heading("I. TÌNH HÌNH CHUNG");
        yield return Heading("1. Tình hình thực hiện các nhiệm vụ");
        var tasks = model.Tasks.ToList();
        var due = tasks.Where(t => t.Status != ProgressStatus.NotApplicable).ToList();
        if (due.Count == 0)
        {
            yield return Body($"Kế hoạch có {tasks.Count} nhiệm vụ; năm {model.Year} không có nhiệm vụ nào phải thực hiện.");
        }
        else
        {
            yield return Body($"Kế hoạch có {tasks.Count} nhiệm vụ; năm {model.Year} có {due.Count} nhiệm vụ phải thực hiện, trong đó:");
            var statuses = Headline.Concat(due.Any(t => t.Status == ProgressStatus.AwaitingEvent) ? [ProgressStatus.AwaitingEvent] : []).ToList();
            for (var i = 0; i < statuses.Count; i++)
            {
                var status = statuses[i];
                var these = due.Where(t => t.Status == status).ToList();
                var refs = status == ProgressStatus.Overdue && these.Count > 0 ? $" (nhiệm vụ {string.Join(", ", these.Select(t => t.Ref))})" : string.Empty;
                yield return Body($"- {DocumentWords.Of(status)}: {these.Count} nhiệm vụ{refs}{(i == statuses.Count - 1 ? "." : ";")}");
            }
        }

        var notApplicable = tasks.Count - due.Count;
        if (notApplicable > 0 && due.Count > 0)
        {
            yield return Body($"Ngoài ra, {notApplicable} nhiệm vụ không thuộc năm báo cáo (đã hoàn thành trước năm {model.Year} hoặc chưa đến thời gian thực hiện).");
        }

        yield return Heading("2. Tình hình gửi báo cáo của các cơ quan");
        var reporting = model.Reporting;
        if (reporting.NoReports)
        {
            yield return Body(NoReportsSentence(model.Year)
                + (reporting.Expected > 0 ? $" Các cơ quan phải gửi {reporting.Expected} báo cáo nhiệm vụ." : string.Empty));
            yield break;
        }

        yield return Body(
            $"Các cơ quan phải gửi {reporting.Expected} báo cáo nhiệm vụ; đã nhận {reporting.OnTime + reporting.Late} báo cáo "
            + $"({reporting.OnTime} đúng hạn, {reporting.Late} gửi muộn), còn thiếu {reporting.Missing} báo cáo.");
        var behind = reporting.Agencies.Where(a => a.Late + a.Missing > 0).OrderByDescending(a => a.Missing).ThenByDescending(a => a.Late).ToList();
        if (behind.Count > 0)
        {
            yield return Body("Các cơ quan gửi muộn hoặc chưa gửi báo cáo:");
            for (var i = 0; i < behind.Count; i++)
            {
                var a = behind[i];
                var parts = new List<string>();
                if (a.Missing > 0)
                {
                    parts.Add($"chưa gửi {a.Missing}/{a.Expected} báo cáo");
                }

                if (a.Late > 0)
                {
                    parts.Add($"gửi muộn {a.Late} báo cáo");
                }

                yield return Body($"- {a.Agency}: {string.Join(", ", parts)}{(i == behind.Count - 1 ? "." : ";")}");
            }
        }
    }

    private static string NoReportsSentence(int year) => $"Chưa có báo cáo nào của các cơ quan trong năm {year}.";

    /// <summary>II: a table of tasks for each of the plan's groups of solutions.</summary>
    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> TaskResults(ConsolidatedReportModel model)
    {
        yield return Heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP");
        if (!model.Tasks.Any())
        {
            yield return Body("Kế hoạch chưa có nhiệm vụ nào.");
            yield break;
        }

        var named = model.Groups.Count > 1 || model.Groups[0].Name is not null;
        for (var g = 0; g < model.Groups.Count; g++)
        {
            var group = model.Groups[g];
            if (named)
            {
                yield return Heading($"{g + 1}. {group.Name ?? "Các nhiệm vụ khác"}");
            }

            var table = Table(TaskColumns, bordered: true);
            var small = Look.Body.Sized(TableSize);
            table.Append(Row(TaskColumns, ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Kết quả"], Look.Strong.Sized(TableSize), header: true));
            JustificationValues[] align = [JustificationValues.Center, JustificationValues.Both, JustificationValues.Left, JustificationValues.Center, JustificationValues.Left, JustificationValues.Both];
            foreach (var task in group.Tasks)
            {
                table.Append(Row(TaskColumns, [task.Ref, task.Title, Holder(task), Timeframe(task), Status(task), Results(task)], small, align: align));
            }

            yield return table;
            yield return Paragraph(string.Empty, Look.Body, after: 0);
        }
    }

    private static string Holder(TaskLine task)
    {
        var holder = task.Holder ?? task.PrintedLead ?? "—";
        return task.PrintedLead is { } printed && task.Holder is not null && !string.Equals(printed, task.Holder, StringComparison.Ordinal)
            ? $"{holder}\n(Kế hoạch ghi: {printed})"
            : holder;
    }

    private static string Timeframe(TaskLine task)
    {
        var text = string.IsNullOrWhiteSpace(task.Timeframe) ? "—" : task.Timeframe;
        return task.DueOn is { } due ? $"{text}\nHạn: {VietnameseFormat.Date(due)}" : text;
    }

    private static string Status(TaskLine task) =>
        DocumentWords.Of(task.Status) + (task.DaysOverdue is { } days ? $"\n({days} ngày)" : string.Empty);

    private static string Results(TaskLine task)
    {
        var done = task.Status is ProgressStatus.DoneOnTime or ProgressStatus.DoneLate;
        var percent = task.Percent is { } p && !done ? $"Đạt {p}%." : null;
        var results = string.IsNullOrWhiteSpace(task.Results) ? null : task.Results.Trim();
        return (percent, results) switch
        {
            (null, null) => "—",
            (null, { } r) => r,
            ({ } pc, null) => pc,
            ({ } pc, { } r) => $"{pc} {r}",
        };
    }

    /// <summary>III: the plan's targets read as indicators for the year.</summary>
    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Indicators(ConsolidatedReportModel model)
    {
        yield return Heading("III. CÁC CHỈ TIÊU CỦA KẾ HOẠCH");
        if (model.Indicators.Count == 0)
        {
            yield return Body("Kế hoạch không đặt chỉ tiêu định lượng.");
            yield break;
        }

        var table = Table(IndicatorColumns, bordered: true);
        table.Append(Row(IndicatorColumns, ["TT", "Chỉ tiêu", "Mục tiêu", "Giá trị cơ sở", $"Giá trị năm {model.Year}", "Tiến độ, đánh giá"], Look.Strong.Sized(TableSize), header: true));
        JustificationValues[] align = [JustificationValues.Center, JustificationValues.Both, JustificationValues.Center, JustificationValues.Center, JustificationValues.Center, JustificationValues.Left];
        for (var i = 0; i < model.Indicators.Count; i++)
        {
            var indicator = model.Indicators[i];
            table.Append(Row(IndicatorColumns,
                [(i + 1).ToString(CultureInfo.InvariantCulture), $"{indicator.Text} (đến năm {indicator.Horizon})", Goal(indicator),
                    Reading(indicator.Baseline, indicator.Unit, withYear: true), Reading(indicator.YearValue, indicator.Unit, withYear: false), Progress(indicator, model.Year)],
                Look.Body.Sized(TableSize), align: align));
        }

        yield return table;
        yield return Paragraph(string.Empty, Look.Body, after: 0);
    }

    private static string Goal(IndicatorLine indicator)
    {
        var amount = VietnameseFormat.Number(indicator.Value) + (indicator.Max is { } max ? " – " + VietnameseFormat.Number(max) : string.Empty);
        var withUnit = WithUnit(amount, indicator.Unit);
        if (indicator.Measure == IndicatorMeasure.Level)
        {
            return withUnit;
        }

        return indicator.RelativeTo is { } year ? $"tăng {withUnit} so với năm {year}" : $"tăng {withUnit} so với giá trị cơ sở";
    }

    private static string Reading(Data.Progress.IndicatorReading? reading, string unit, bool withYear) => reading is null
        ? "—"
        : WithUnit(VietnameseFormat.Number(reading.Value), unit) + (withYear ? $" ({reading.Year})" : string.Empty);

    private static string WithUnit(string amount, string unit) => unit == "%" ? amount + "%" : $"{amount} {unit}";

    private static string Progress(IndicatorLine indicator, int year)
    {
        var progress = indicator.Progress;
        var text = DocumentWords.Of(progress.State);
        if (progress.Share is { } share && progress.ExpectedShare is { } expected && progress.State != IndicatorState.Achieved)
        {
            text += $": đạt {VietnameseFormat.Percent(share)} chặng đường, lộ trình {VietnameseFormat.Percent(expected)}";
        }

        if (progress.Latest is { } latest && latest.Year != year)
        {
            text += $" (số liệu năm {latest.Year})";
        }

        return text;
    }

    /// <summary>IV: the difficulties and proposals of the year's reports, agency by agency.</summary>
    private static IEnumerable<Paragraph> Difficulties(ConsolidatedReportModel model)
    {
        yield return Heading("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT CỦA CÁC CƠ QUAN");
        if (model.Reporting.NoReports)
        {
            yield return Body(NoReportsSentence(model.Year));
            yield break;
        }

        if (model.Remarks.Count == 0)
        {
            yield return Body($"Báo cáo năm {model.Year} của các cơ quan không nêu khó khăn, vướng mắc hay đề xuất.");
            yield break;
        }

        for (var i = 0; i < model.Remarks.Count; i++)
        {
            var agency = model.Remarks[i];
            yield return Heading($"{i + 1}. {agency.Agency}");
            foreach (var remark in agency.Difficulties)
            {
                yield return Body($"- Khó khăn, vướng mắc: {Sentence(remark.Text)} (nhiệm vụ {string.Join(", ", remark.Sources)}).");
            }

            foreach (var remark in agency.Proposals)
            {
                yield return Body($"- Đề xuất: {Sentence(remark.Text)} (nhiệm vụ {string.Join(", ", remark.Sources)}).");
            }
        }
    }

    /// <summary>V: what the issuing body asks of its superior, then the standard closing.</summary>
    private static IEnumerable<Paragraph> Recommendations(ConsolidatedReportModel model)
    {
        yield return Heading("V. KIẾN NGHỊ, ĐỀ XUẤT");
        var asks = new List<string>();
        var overdue = model.Tasks.Count(t => t.Status == ProgressStatus.Overdue);
        if (overdue > 0)
        {
            asks.Add($"Chỉ đạo các cơ quan chủ trì khẩn trương thực hiện {overdue} nhiệm vụ đã quá hạn");
        }

        if (model.Reporting.Missing > 0)
        {
            asks.Add($"Yêu cầu các cơ quan chưa gửi báo cáo năm {model.Year} gửi về {model.Issuer.Body} để tổng hợp");
        }

        asks.AddRange(model.Proposals.Select(p => $"{Sentence(p.Text)} (đề xuất của {string.Join(", ", p.Sources)})"));
        if (asks.Count == 0)
        {
            asks.Add("Tiếp tục chỉ đạo các sở, ban, ngành và địa phương triển khai các nhiệm vụ của Kế hoạch theo đúng lộ trình");
        }

        yield return Body($"Để thực hiện hiệu quả Kế hoạch trong thời gian tới, {model.Issuer.Body} kính đề nghị {model.Issuer.Superior}:");
        for (var i = 0; i < asks.Count; i++)
        {
            yield return Body($"- {asks[i]}{(i == asks.Count - 1 ? "." : ";")}");
        }

        yield return Body(
            $"Trên đây là báo cáo kết quả thực hiện {model.Plan.ShortCitation} năm {model.Year}, "
            + $"{model.Issuer.Body} kính báo cáo {model.Issuer.Superior} xem xét, chỉ đạo./.");
    }

    /// <summary>"Nơi nhận:" and its lines on the left, the signature block on the right.</summary>
    private static Table RecipientsAndSignature(ConsolidatedReportModel model)
    {
        var recipients = new List<Paragraph> { Paragraph("Nơi nhận:", new Look(12, Bold: true, Italic: true), before: 120, after: 0) };
        recipients.AddRange(model.Recipients.Select(r => Paragraph($"- {r};", Look.Body.Sized(11), before: 0, after: 0)));
        recipients.Add(Paragraph("- Lưu: VT, ….", Look.Body.Sized(11), before: 0, after: 0));

        var signature = model.Signature;
        var signing = new List<Paragraph>
        {
            Paragraph(signature.Authority, Look.Strong, JustificationValues.Center, before: 120, after: 0),
            Paragraph(signature.Title, Look.Strong, JustificationValues.Center, before: 0, after: 0),
        };

        // Room for the signature and the seal.
        signing.AddRange(Enumerable.Range(0, 4).Select(_ => Paragraph(string.Empty, Look.Body, JustificationValues.Center, before: 0, after: 0)));
        signing.Add(Paragraph(signature.Name ?? string.Empty, Look.Strong, JustificationValues.Center, before: 0, after: 0));

        var table = Table(ClosingColumns, bordered: false);
        table.Append(new TableRow(Cell(ClosingColumns[0], recipients), Cell(ClosingColumns[1], signing)));
        return table;
    }

    private static string Sentence(string text) => text.Trim().TrimEnd('.', ';', ',').Trim();

    private static string Upper(string text) => text.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
}
