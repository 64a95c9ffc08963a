using System.Globalization;
using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Timeframes;

namespace Cascade.Import.Registers;

/// <summary>Checks a register against the rules of the format before anything is stored.</summary>
public static class PlanRegisterValidator
{
    private static readonly string[] Kinds = ["plan", "action-program", "resolution", "decision", "other"];
    private static readonly string[] Levels = ["central", "ministry", "province", "district", "commune"];
    private static readonly string[] Frequencies = ["annual", "semiannual", "quarterly", "monthly", "on-request", "periodic"];

    public static IReadOnlyList<string> Validate(PlanRegister register)
    {
        var problems = new List<string>();
        var doc = register.Document;
        if (!Kinds.Contains(doc.Kind))
        {
            problems.Add($"document.kind '{doc.Kind}' is not one of {string.Join(", ", Kinds)}.");
        }

        if (doc.Level is null || !Levels.Contains(doc.Level))
        {
            problems.Add($"document.level '{doc.Level}' is not one of {string.Join(", ", Levels)}.");
        }

        if (string.IsNullOrWhiteSpace(doc.Issuer))
        {
            problems.Add("document.issuer is missing.");
        }

        if (doc.Number is not null && !DocumentNumber.TryParse(doc.Number, out _))
        {
            problems.Add($"document.number '{doc.Number}' is not a number and symbol such as 105/KH-UBND.");
        }

        if (doc.Date is not null && ParseDate(doc.Date) is null)
        {
            problems.Add($"document.date '{doc.Date}' is not a date written yyyy-MM-dd.");
        }

        foreach (var parent in doc.Implements.Where(n => !DocumentNumber.TryParse(n, out _)))
        {
            problems.Add($"document.implements '{parent}' is not a number and symbol.");
        }

        for (var i = 0; i < register.Targets.Count; i++)
        {
            var t = register.Targets[i];
            if (t.Value is null || string.IsNullOrWhiteSpace(t.Unit) || t.Year is < 1990 or > 2100)
            {
                problems.Add($"targets[{i}] needs a year, a value and a unit.");
            }
        }

        for (var i = 0; i < register.Reporting.Count; i++)
        {
            var r = register.Reporting[i];
            if (!Frequencies.Contains(r.Frequency))
            {
                problems.Add($"reporting[{i}].frequency '{r.Frequency}' is not one of {string.Join(", ", Frequencies)}.");
            }

            if (r.Due is not null && !DueDay.TryParse(r.Due, out _))
            {
                problems.Add($"reporting[{i}].due '{r.Due}' is not a day written MM-DD.");
            }

            if (string.IsNullOrWhiteSpace(r.To))
            {
                problems.Add($"reporting[{i}].to is missing.");
            }
        }

        var refs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < register.Tasks.Count; i++)
        {
            var task = register.Tasks[i];
            var where = $"tasks[{i}] ({task.Ref})";
            if (string.IsNullOrWhiteSpace(task.Ref) || string.IsNullOrWhiteSpace(task.Title))
            {
                problems.Add($"{where} needs a ref and a title.");
            }
            else if (!refs.Add(task.Ref))
            {
                problems.Add($"{where}: the ref {task.Ref} is used twice.");
            }

            if (ToTimeframe(task.Timeframe, out var error) is null)
            {
                problems.Add($"{where}.timeframe: {error}");
            }
        }

        return problems;
    }

    /// <summary>The core timeframe a register's timeframe stands for, or null with the reason.</summary>
    public static Timeframe? ToTimeframe(RegisterTimeframe timeframe, out string? error)
    {
        error = null;
        DateOnly? due = null;
        if (timeframe.Due is not null)
        {
            due = ParseDate(timeframe.Due);
            if (due is null)
            {
                error = $"due '{timeframe.Due}' is not a date written yyyy-MM-dd.";
                return null;
            }
        }

        try
        {
            return Timeframe.Restore(TimeframeKindCodes.FromCode(timeframe.Kind), timeframe.Text, timeframe.From, timeframe.To, due);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
