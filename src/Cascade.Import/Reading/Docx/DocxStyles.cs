using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Import.Reading.Docx;

/// <summary>
/// What a paragraph inherits from its style chain (basedOn): heading level, list numbering and
/// bold. Plans mark headings and numbered items through styles far more often than directly.
/// </summary>
internal sealed class DocxStyles
{
    /// <summary>Guards against basedOn cycles, which Word tolerates in damaged files.</summary>
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> byId = new(StringComparer.Ordinal);

    public DocxStyles(StyleDefinitionsPart? part)
    {
        foreach (var style in part?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }
    }

    public int? HeadingLevel(ParagraphProperties? properties)
    {
        if (DocxText.Int(properties?.OutlineLevel?.Val) is int own)
        {
            return own is >= 0 and < 6 ? own + 1 : null;
        }

        foreach (var style in Chain(properties?.ParagraphStyleId?.Val?.Value))
        {
            if ((HeadingFromName(style.StyleName?.Val?.Value) ?? HeadingFromName(style.StyleId?.Value)) is int named)
            {
                return named;
            }

            if (DocxText.Int(style.StyleParagraphProperties?.OutlineLevel?.Val) is int outline)
            {
                return outline is >= 0 and < 6 ? outline + 1 : null;
            }
        }

        return null;
    }

    /// <summary>The list a paragraph belongs to: its own numPr, else its style's.</summary>
    public (int NumId, int Level)? Numbering(ParagraphProperties? properties)
    {
        var own = properties?.NumberingProperties;
        var level = DocxText.Int(own?.NumberingLevelReference?.Val);
        if (DocxText.Int(own?.NumberingId?.Val) is int numId)
        {
            return (numId, level ?? 0);
        }

        foreach (var style in Chain(properties?.ParagraphStyleId?.Val?.Value))
        {
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            if (fromStyle is not null && DocxText.Int(fromStyle.NumberingId?.Val) is int styleNumId)
            {
                return (styleNumId, level ?? DocxText.Int(fromStyle.NumberingLevelReference?.Val) ?? 0);
            }
        }

        return null;
    }

    public bool StyleIsBold(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleRunProperties?.Bold is { } bold)
            {
                return bold.Val is null || bold.Val.Value;
            }
        }

        return false;
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && byId.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>"heading 2" (the built-in name, any UI language keeps it) or "Heading2" (the id).</summary>
    private static int? HeadingFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length == 8 && compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(compact.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            && level is >= 1 and <= 6
                ? level
                : null;
    }
}
