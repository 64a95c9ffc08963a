using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cascade.Core.Text;

/// <summary>
/// Folding rules for Vietnamese text that is compared rather than shown: the same name typed
/// with a decomposed accent, a capital or a double space must still be the same name.
/// </summary>
public static partial class VietnameseText
{
    /// <summary>NFC, single spaces, trimmed. For text that is shown.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        return Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();
    }

    /// <summary>Clean, lower case (Vietnamese rules), trailing punctuation dropped. For keys.</summary>
    public static string Fold(string? text) =>
        Clean(text).ToLower(Vi).TrimEnd(' ', '.', ';', ',', ':');

    /// <summary>Fold, then strip the diacritics and map đ to d: for search typed without accents.</summary>
    public static string FoldAccents(string? text)
    {
        var folded = Fold(text).Replace('đ', 'd');
        var decomposed = folded.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Upper-cases the first letter and leaves the rest as written.</summary>
    public static string CapitaliseFirst(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpper(text[0], Vi).ToString(), text.AsSpan(1));

    /// <summary>
    /// Moves tone marks to the modern position ("hoà" → "hòa", "thuỷ" → "thủy"), so that both
    /// spellings, which official texts mix, compare equal. Expects folded (lower-case) text.
    /// </summary>
    public static string ModernTones(string folded)
    {
        if (folded.Length < 2)
        {
            return folded;
        }

        var sb = new StringBuilder(folded);
        for (var i = 0; i + 1 < sb.Length; i++)
        {
            var next = i + 2 < sb.Length ? sb[i + 2] : ' ';
            if (char.IsLetter(next))
            {
                continue; // "hoàng", "khuỷu": a third letter keeps the mark on the second vowel.
            }

            var first = sb[i];
            var second = sb[i + 1];
            if (first is 'o' && OldTones.TryGetValue(second, out var move) && move.Base is 'a' or 'e'
                || first is 'u' && OldTones.TryGetValue(second, out move) && move.Base is 'y')
            {
                if (i > 0 && sb[i - 1] == 'q')
                {
                    continue; // "quý": the u belongs to the consonant, the mark stays.
                }

                sb[i] = Marked(first, move.Tone);
                sb[i + 1] = move.Base;
            }
        }

        return sb.ToString();
    }

    private static readonly Dictionary<char, (char Base, char Tone)> OldTones = BuildOldTones();

    private static Dictionary<char, (char Base, char Tone)> BuildOldTones()
    {
        var map = new Dictionary<char, (char, char)>();
        foreach (var (vowel, marked) in new[] { ('a', "àáảãạ"), ('e', "èéẻẽẹ"), ('y', "ỳýỷỹỵ") })
        {
            for (var t = 0; t < marked.Length; t++)
            {
                map[marked[t]] = (vowel, "̣̀́̉̃"[t]);
            }
        }

        return map;
    }

    private static char Marked(char vowel, char combiningTone) =>
        $"{vowel}{combiningTone}".Normalize(NormalizationForm.FormC)[0];

    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
