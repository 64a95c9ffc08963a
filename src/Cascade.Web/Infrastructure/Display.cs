using System.Globalization;
using Cascade.Core.Reporting;

namespace Cascade.Web.Infrastructure;

/// <summary>How dates and numbers are shown: dd/MM/yyyy whatever the browser's language.</summary>
public static class Display
{
    /// <summary>A date as people type it in a form: dd/MM/yyyy, or without the leading zeros; null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), TypedDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static readonly string[] TypedDateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Day(DueDay? day) => day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Day:00}/{d.Month:00}") : "—";

    /// <summary>A file size a person reads: bytes under a kilobyte, else kilobytes or megabytes rounded up.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{(bytes + 1023) / 1024} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
