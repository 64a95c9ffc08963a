using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Core.Adjustments;

/// <summary>Numbers for tasks added by a decision, continuing the numbering of the group they join.</summary>
public static partial class TaskRefs
{
    /// <summary>
    /// The number proposed when it is free, else the one after <paramref name="after"/> (III.3 → III.4,
    /// 3b → 4), else "BS1", "BS2"... (bổ sung) — never a number the register already uses.
    /// </summary>
    public static string Next(IReadOnlyCollection<string> taken, string? proposed, string? after)
    {
        var used = taken.Select(r => r.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        bool Free(string r) => r.Length is > 0 and <= Tasks.PlanTask.MaxRefLength && !used.Contains(r.ToUpperInvariant());

        if (proposed?.Trim() is { } wanted && Free(wanted))
        {
            return wanted;
        }

        if (after is not null && Numbered().Match(after.Trim()) is { Success: true } m)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            for (var i = n + 1; i < n + 1000; i++)
            {
                var candidate = m.Groups["prefix"].Value + i.ToString(CultureInfo.InvariantCulture);
                if (Free(candidate))
                {
                    return candidate;
                }
            }
        }

        for (var i = 1; ; i++)
        {
            var candidate = "BS" + i.ToString(CultureInfo.InvariantCulture);
            if (Free(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex(@"^(?<prefix>.*?)(?<n>\d{1,6})[a-z]?$")]
    private static partial Regex Numbered();
}
