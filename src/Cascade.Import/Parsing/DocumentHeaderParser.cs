using System.Text.RegularExpressions;
using Cascade.Import.Parsing.Header;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the document's kind, number, date, issuer, level, locality, title and parents.</summary>
public static partial class DocumentHeaderParser
{
    // Without a type heading, the masthead can only be the first lines.
    private const int MastheadWithoutHeading = 15;

    // The opening runs from the title to the first section; a few paragraphs at most.
    private const int MaxOpeningParagraphs = 15;

    public static RegisterDocument Parse(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        var text = PlanText.From(source);
        var heading = KindHeadingReader.Find(text.Lines);
        var above = text.Lines.Take(heading?.LineIndex ?? Math.Min(MastheadWithoutHeading, text.Lines.Count)).ToList();
        var masthead = Masthead.Read(above);
        var caption = AppendixCaption.Find(text.Paragraphs);

        var number = masthead.Number ?? caption?.Number;
        var date = masthead.Date;
        if (date is null && caption is not null && caption.Number.Equals(number))
        {
            date = caption.Date;
        }

        if (number is null)
        {
            warnings.Add(new ImportWarning("header.number-missing", "Không tìm thấy số, ký hiệu của văn bản."));
        }

        if (masthead.DateUnreadable)
        {
            warnings.Add(new ImportWarning("header.date-unreadable", "Ngày ban hành của văn bản không hợp lệ."));
        }

        var kind = number?.Kind is { } k && k != Cascade.Core.Documents.DocumentKind.Other
            ? Cascade.Core.Documents.DocumentKindCodes.ToCode(k)
            : heading?.Kind ?? "other";
        if (heading is null && number is null)
        {
            warnings.Add(new ImportWarning("header.kind-unknown", "Không xác định được loại văn bản."));
        }

        var (opening, body) = SplitOpening(text.Paragraphs, heading);
        var facts = IssuerReader.Read(new IssuerSources(
            IssuerReader.OpeningSubject(string.Join(" ", opening)),
            heading?.Attribution,
            masthead.Organisation,
            caption?.Issuer,
            Signature(text.Lines),
            masthead.Lines,
            text.Lines,
            number));
        if (facts.Issuer is null)
        {
            warnings.Add(new ImportWarning("header.issuer-missing", "Không xác định được cơ quan ban hành."));
        }

        if (facts.Level is null)
        {
            warnings.Add(new ImportWarning("header.level-unknown", "Không xác định được cấp của cơ quan ban hành."));
        }

        return new RegisterDocument
        {
            Kind = kind,
            Number = number?.Text,
            Date = date,
            Issuer = facts.Issuer,
            Level = facts.Level,
            Locality = facts.Locality,
            Title = heading?.Title,
            Implements = ImplementsReader.Read(heading?.Title, opening, body, number),
        };
    }

    /// <summary>The paragraphs between the type heading and the first section, and the rest.</summary>
    private static (List<string> Opening, List<string> Body) SplitOpening(IReadOnlyList<string> paragraphs, KindHeading? heading)
    {
        var start = 0;
        if (heading is not null)
        {
            var at = paragraphs.ToList().FindIndex(p => p.StartsWith(HeadingWord(heading.Kind), StringComparison.Ordinal));
            start = at < 0 ? 0 : at + 1;
        }

        var opening = new List<string>();
        var i = start;
        for (; i < paragraphs.Count && opening.Count < MaxOpeningParagraphs; i++)
        {
            if (SectionStart().IsMatch(paragraphs[i]))
            {
                break;
            }

            opening.Add(paragraphs[i]);
        }

        return (opening, paragraphs.Skip(i).ToList());
    }

    private static string HeadingWord(string kind) => kind switch
    {
        "plan" => "KẾ HOẠCH",
        "action-program" => "CHƯƠNG TRÌNH",
        "resolution" => "NGHỊ QUYẾT",
        "decision" => "QUYẾT ĐỊNH",
        _ => string.Empty,
    };

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ": the body that signs.</summary>
    private static string? Signature(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var m = SignedFor().Match(line);
            if (m.Success && PlanText.IsUpperCase(m.Groups["body"].Value))
            {
                return OrganisationCase.FromCapitals(m.Groups["body"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[IVXLC]{1,6}[.)]\s|(?:Điều|Phần|PHẦN|Chương|CHƯƠNG)\s[\dIVX]|QUYẾT NGHỊ|QUYẾT ĐỊNH\s?:|Nơi nhận)")]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^T\.?\s?/?\s?M\.?\s(?<body>[^\n]{3,80})$")]
    private static partial Regex SignedFor();
}
