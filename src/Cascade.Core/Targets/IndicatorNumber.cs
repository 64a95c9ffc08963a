using System.Globalization;

namespace Cascade.Core.Targets;

/// <summary>
/// A figure as people type it. Vietnamese writes "7,5" and "1.234.567"; forms copied from English
/// write "7.5" and "1,234,567". One separator, once, is the decimal one; repeated, it groups thousands;
/// both together, the last is the decimal one. Spaces group thousands; a trailing % is allowed.
/// </summary>
public static class IndicatorNumber
{
    /// <summary>The largest figure the database keeps (18 digits, 4 of them decimals).</summary>
    public const decimal Limit = 99_999_999_999_999m;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (s.EndsWith('%'))
        {
            s = s[..^1];
        }

        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        char? decimalMark = (commas, dots) switch
        {
            (0, 0) => null,
            ( > 0, > 0) => s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.',
            (1, 0) => ',',
            (0, 1) => '.',
            _ => null,
        };
        var groupMark = decimalMark == ',' ? '.' : decimalMark == '.' ? ',' : commas > 0 ? ',' : '.';
        if (decimalMark is { } d && s.Count(c => c == d) > 1)
        {
            return false;
        }

        var parts = decimalMark is { } mark ? s.Split(mark) : [s];
        var whole = parts[0];
        if (whole.Contains(groupMark, StringComparison.Ordinal) && !Grouped(whole, groupMark))
        {
            return false;
        }

        var digits = string.Concat(whole.Where(c => c != groupMark)) + (parts.Length > 1 ? "." + parts[1] : string.Empty);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return Math.Abs(value) <= Limit;
    }

    /// <summary>"1.234.567": one to three digits, then groups of exactly three.</summary>
    private static bool Grouped(string whole, char mark)
    {
        var groups = whole.TrimStart('-', '+').Split(mark);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }
}
