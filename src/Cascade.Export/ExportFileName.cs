using System.Globalization;
using System.Text;

namespace Cascade.Export;

/// <summary>
/// File names of the exports: what the file is, the plan's number and the year, in ASCII so that
/// every mail client and file system keeps them ("BaoCao_105-KH-UBND_2025.docx").
/// </summary>
public static class ExportFileName
{
    /// <param name="what">The kind of file, folded to ASCII: "BaoCao", "DanhMucNhiemVu", "BaoCaoKy".</param>
    /// <param name="planNumber">The plan's number and symbol; the plan's id stands in when it has none.</param>
    public static string For(string what, string? planNumber, int planId, int year, string extension)
    {
        var plan = planNumber is null ? string.Create(CultureInfo.InvariantCulture, $"KeHoach{planId}") : Safe(planNumber);
        return string.Create(CultureInfo.InvariantCulture, $"{what}_{plan}_{year}.{extension}");
    }

    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                safe.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-');
            }
        }

        return safe.ToString().Trim('-');
    }
}
