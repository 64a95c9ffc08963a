using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cascade.Core.Documents;

/// <summary>
/// A number and symbol as printed on a Vietnamese document: <c>105/KH-UBND</c> (State: slash
/// before the type), <c>36-NQ/TW</c> (Party: hyphen before the type), <c>09/2019/NĐ-CP</c>
/// (legal documents carry their year). Spaces are dropped and dashes become plain hyphens, as the
/// plan-register format asks; the letters stay as printed.
/// </summary>
public sealed partial record DocumentNumber
{
    private DocumentNumber(string text, string serial, int? year, string typeCode, string issuerCode, bool isParty)
    {
        Text = text;
        Serial = serial;
        Year = year;
        TypeCode = typeCode;
        IssuerCode = issuerCode;
        IsParty = isParty;
    }

    public string Text { get; }

    /// <summary>The running number ("105", "36").</summary>
    public string Serial { get; }

    public int? Year { get; }

    /// <summary>The type part (KH, CTr, NQ, QĐ...); empty when the symbol has none.</summary>
    public string TypeCode { get; }

    /// <summary>The issuer part (UBND, TW, TU, CP, TTg...).</summary>
    public string IssuerCode { get; }

    /// <summary>Party documents put a hyphen between number and type (36-NQ/TW).</summary>
    public bool IsParty { get; }

    public DocumentKind Kind => DocumentKindCodes.FromSymbolType(TypeCode);

    /// <summary>The key two spellings of one number share (24-CTr/TU and 24-CTR/TU).</summary>
    public string Key => Text.ToUpperInvariant();

    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a document number and symbol.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = Spaces().Replace(text.Normalize(System.Text.NormalizationForm.FormC), string.Empty)
            .Replace('–', '-').Replace('—', '-').Replace('‑', '-').TrimEnd('.', ',', ';', ':', ')');

        var party = PartyPattern().Match(compact);
        if (party.Success)
        {
            number = new DocumentNumber(compact, party.Groups["serial"].Value, null,
                party.Groups["type"].Value, party.Groups["issuer"].Value, isParty: true);
            return true;
        }

        var state = StatePattern().Match(compact);
        if (state.Success)
        {
            int? year = state.Groups["year"].Success ? int.Parse(state.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var type = state.Groups["type"].Success ? state.Groups["type"].Value : string.Empty;
            number = new DocumentNumber(compact, state.Groups["serial"].Value, year, type, state.Groups["issuer"].Value, isParty: false);
            return true;
        }

        return false;
    }

    public override string ToString() => Text;

    public bool Equals(DocumentNumber? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<serial>\d{1,5}[a-z]?)-(?<type>[\p{Lu}][\p{L}]{0,5})/(?<issuer>[\p{Lu}][\p{L}\p{N}]{0,11})$")]
    private static partial Regex PartyPattern();

    // 105/KH-UBND, 429/QĐ-TTg, 09/2019/NĐ-CP, 202/2025/QH15 (no type: the issuer alone).
    [GeneratedRegex(@"^(?<serial>\d{1,5}[a-z]?)/(?:(?<year>(19|20)\d\d)/)?(?:(?<type>[\p{Lu}][\p{L}]{0,5})-)?(?<issuer>[\p{Lu}][\p{L}\p{N}]{0,11}(?:-[\p{Lu}][\p{L}\p{N}]{0,11})?)$")]
    private static partial Regex StatePattern();
}
