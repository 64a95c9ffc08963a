using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Cascade.Import.Reading.Pdf;

internal readonly record struct HorizontalRule(double Y, double Left, double Right);

internal readonly record struct VerticalRule(double X, double Bottom, double Top);

/// <summary>
/// The straight lines a page draws: table borders. Word and LibreOffice print cell borders as
/// stroked segments or as thin filled rectangles; both are taken.
/// </summary>
internal sealed record PdfRules(IReadOnlyList<HorizontalRule> Horizontal, IReadOnlyList<VerticalRule> Vertical)
{
    public static PdfRules None { get; } = new([], []);

    /// <summary>A page of a plan draws a few hundred rules; more is decoration or an attack, and is ignored.</summary>
    private const int MaxRules = 5000;

    /// <summary>Thinner than this (points) a filled rectangle is a line.</summary>
    private const double Thin = 2.5;

    /// <summary>Shorter than this (points) a line is a glyph part or a tick, not a border.</summary>
    private const double MinLength = 5;

    public static PdfRules Of(Page page)
    {
        var horizontal = new List<HorizontalRule>();
        var vertical = new List<VerticalRule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (horizontal.Count + vertical.Count > MaxRules)
                {
                    return new(horizontal, vertical);
                }

                if (path.IsFilled && subpath.IsDrawnAsRectangle)
                {
                    var box = subpath.GetBoundingRectangle();
                    if (box is { } r && r.Height <= Thin && r.Width >= MinLength)
                    {
                        horizontal.Add(new((r.Top + r.Bottom) / 2, r.Left, r.Right));
                    }
                    else if (box is { } v && v.Width <= Thin && v.Height >= MinLength)
                    {
                        vertical.Add(new((v.Left + v.Right) / 2, v.Bottom, v.Top));
                    }

                    continue;
                }

                foreach (var command in subpath.Commands)
                {
                    if (command is not PdfSubpath.Line line)
                    {
                        continue;
                    }

                    var dx = Math.Abs(line.To.X - line.From.X);
                    var dy = Math.Abs(line.To.Y - line.From.Y);
                    if (dy < 1 && dx >= MinLength)
                    {
                        horizontal.Add(new(line.From.Y, Math.Min(line.From.X, line.To.X), Math.Max(line.From.X, line.To.X)));
                    }
                    else if (dx < 1 && dy >= MinLength)
                    {
                        vertical.Add(new(line.From.X, Math.Min(line.From.Y, line.To.Y), Math.Max(line.From.Y, line.To.Y)));
                    }
                }
            }
        }

        return new(horizontal, vertical);
    }
}
