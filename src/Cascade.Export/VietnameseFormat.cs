using System.Globalization;

namespace Cascade.Export;

/// <summary>Dates and numbers written the way Vietnamese administrative documents write them.</summary>
public static class VietnameseFormat
{
    /// <summary>
    /// "ngày 05 tháng 12 năm 2025": Decree 30/2020/NĐ-CP pads days below 10 and the months 1 and 2
    /// (so "tháng 01" cannot be altered into "tháng 11"), and no other month.
    /// </summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}");

    /// <summary>A cited document's date, "07/5/2024" or "30/01/2023", by the same padding rule.</summary>
    public static string CitedDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{Month(date.Month)}/{date.Year}");

    /// <summary>A date in a table cell: dd/MM/yyyy, as every page of Cascade shows it.</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"1.234,5": thousands with dots, decimals with a comma, no trailing zeros.</summary>
    public static string Number(decimal value)
    {
        var invariant = value.ToString("#,##0.##", CultureInfo.InvariantCulture);
        return string.Create(invariant.Length, invariant, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = text[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
    }

    /// <summary>A share 0..1 as a whole percent, "45%".</summary>
    public static string Percent(decimal share) => Number(Math.Round(share * 100m, 0)) + "%";

    private static string Month(int month) => month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);
}
