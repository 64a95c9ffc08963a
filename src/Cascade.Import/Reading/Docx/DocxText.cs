using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Import.Reading.Docx;

/// <summary>The visible text of a paragraph: inserted text kept, deleted text and field codes left out.</summary>
internal static class DocxText
{
    /// <summary>Text with soft line breaks as '\n'; tabs as spaces.</summary>
    public static string Of(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in VisibleRuns(paragraph))
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case W.Text t:
                        text.Append(t.Text);
                        break;
                    case W.TabChar or W.PositionalTab:
                        text.Append(' ');
                        break;
                    case W.Break or W.CarriageReturn:
                        text.Append('\n');
                        break;
                    case W.NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The runs Word shows: hidden text left out; a text box is stored twice (DrawingML and a
    /// VML fallback for old readers), only the first copy counts.
    /// </summary>
    public static IEnumerable<W.Run> VisibleRuns(W.Paragraph paragraph) =>
        paragraph.Descendants<W.Run>().Where(r => !IsOn(r.RunProperties?.Vanish) && !r.Ancestors<AlternateContentFallback>().Any());

    /// <summary>Folds every run of white space, line breaks included, to one space.</summary>
    public static string Fold(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Keeps line breaks, folds the rest, drops empty lines.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(Fold).Where(l => l.Length > 0);

    /// <summary>
    /// An integer attribute read leniently: the SDK throws on access when the text is not a
    /// number, and one bad attribute must not cost the whole document.
    /// </summary>
    public static int? Int(OpenXmlSimpleType? value) =>
        int.TryParse(value?.InnerText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static bool IsOn(W.OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);
}
