using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Import.Reading.Docx;

/// <summary>
/// Rebuilds the labels Word generates for numbered paragraphs ("1.", "a)", "II.", "-"), which
/// are not in the text: numbering.xml gives each list level a format and a pattern, and the
/// counters run in document order, shared by every list instance of one abstract definition
/// unless an instance restarts them.
/// </summary>
internal sealed class DocxNumbering
{
    private sealed record Level(string Format, string Pattern, int Start, bool Legal);

    /// <summary>Letters repeat (aa, bbb, ...) so a hostile start value would build a huge label; beyond this, digits.</summary>
    private const int MaxLettered = 26 * 10;

    private readonly Dictionary<int, int> abstractOfInstance = [];
    private readonly Dictionary<int, Dictionary<int, int>> startOverrides = [];
    private readonly Dictionary<int, Dictionary<int, Level>> levels = [];
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> startedInstances = [];

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (DocxText.Int(abstractNum.AbstractNumberId) is not int id)
            {
                continue;
            }

            var byLevel = new Dictionary<int, Level>();
            foreach (var level in abstractNum.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                if (DocxText.Int(level.LevelIndex) is not int index)
                {
                    continue;
                }

                byLevel[index] = new Level(
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? string.Empty,
                    DocxText.Int(level.StartNumberingValue?.Val) ?? 1,
                    level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value));
            }

            levels[id] = byLevel;
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (DocxText.Int(instance.NumberID) is not int numId || DocxText.Int(instance.AbstractNumId?.Val) is not int abstractId)
            {
                continue;
            }

            abstractOfInstance[numId] = abstractId;
            var overrides = new Dictionary<int, int>();
            foreach (var o in instance.Elements<LevelOverride>())
            {
                if (DocxText.Int(o.LevelIndex) is int level && DocxText.Int(o.StartOverrideNumberingValue?.Val) is int start)
                {
                    overrides[level] = start;
                }
            }

            if (overrides.Count > 0)
            {
                startOverrides[numId] = overrides;
            }
        }
    }

    /// <summary>Advances the list's counters and returns the label, or null if none is shown.</summary>
    public string? NextLabel(int numId, int levelIndex)
    {
        if (numId == 0 || !abstractOfInstance.TryGetValue(numId, out var abstractId)
            || !levels.TryGetValue(abstractId, out var byLevel) || !byLevel.TryGetValue(levelIndex, out var level))
        {
            return null;
        }

        var counts = counters.TryGetValue(abstractId, out var existing) ? existing : counters[abstractId] = new int?[9];
        if (startedInstances.Add(numId) && startOverrides.TryGetValue(numId, out var overrides))
        {
            foreach (var (overriddenLevel, start) in overrides)
            {
                if (overriddenLevel is >= 0 and < 9)
                {
                    counts[overriddenLevel] = start - 1;
                }
            }
        }

        if (levelIndex is < 0 or > 8)
        {
            return null;
        }

        counts[levelIndex] = (counts[levelIndex] ?? level.Start - 1) + 1;
        for (var deeper = levelIndex + 1; deeper < 9; deeper++)
        {
            counts[deeper] = null;
        }

        if (level.Format == "bullet")
        {
            return "-";
        }

        if (level.Format == "none" || level.Pattern.Length == 0)
        {
            return null;
        }

        var label = new StringBuilder();
        for (var i = 0; i < level.Pattern.Length; i++)
        {
            if (level.Pattern[i] == '%' && i + 1 < level.Pattern.Length && level.Pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = level.Pattern[i + 1] - '1';
                var referencedLevel = byLevel.GetValueOrDefault(referenced) ?? level;
                var value = counts[referenced] ?? referencedLevel.Start;
                label.Append(Format(value, level.Legal ? "decimal" : referencedLevel.Format));
                i++;
            }
            else
            {
                label.Append(level.Pattern[i]);
            }
        }

        var text = label.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Format(int value, string format)
    {
        if (value > MaxLettered && format is "lowerLetter" or "upperLetter")
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        return format switch
        {
            "lowerLetter" => Letters(value).ToLowerInvariant(),
            "upperLetter" => Letters(value),
            "lowerRoman" => Roman(value).ToLowerInvariant(),
            "upperRoman" => Roman(value),
            "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Word's letters repeat after z: aa, bb, ... (not Excel's aa, ab).</summary>
    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var roman = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i])
            {
                roman.Append(symbols[i]);
                value -= numbers[i];
            }
        }

        return roman.ToString();
    }
}
