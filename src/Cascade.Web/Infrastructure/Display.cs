using System.Globalization;
using Cascade.Core.Reporting;

namespace Cascade.Web.Infrastructure;

/// <summary>How dates and numbers are shown: dd/MM/yyyy whatever the browser's language.</summary>
public static class Display
{
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Day(DueDay? day) => day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Day:00}/{d.Month:00}") : "—";

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
