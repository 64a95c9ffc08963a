using System.Text;
using Cascade.Core.Text;

namespace Cascade.Core.AdministrativeUnits;

/// <summary>A commune-level unit read from the official list: 5-digit code, name, province code, kind.</summary>
public sealed record CommuneRow(int Line, string Code, string Name, string ProvinceCode, AdministrativeUnitKind Kind);

/// <summary>Why one line of a commune list was not taken.</summary>
public sealed record CommuneRowError(int Line, string Message);

public sealed record CommuneListResult(IReadOnlyList<CommuneRow> Rows, IReadOnlyList<CommuneRowError> Errors);

/// <summary>
/// Reads a list of communes in the format of the official list (Decision 19/2025/QĐ-TTg): CSV with
/// the columns code, name, province code, kind (xã, phường, đặc khu). A header line and lines starting
/// with # are skipped. Every line that cannot be taken gets its own error; the good lines are kept.
/// </summary>
public static class CommuneList
{
    public const int CodeLength = 5;

    private static readonly Dictionary<string, AdministrativeUnitKind> Kinds = new(StringComparer.Ordinal)
    {
        ["xa"] = AdministrativeUnitKind.Commune,
        ["phuong"] = AdministrativeUnitKind.Ward,
        ["dac khu"] = AdministrativeUnitKind.SpecialZone,
    };

    /// <param name="text">The file's text.</param>
    /// <param name="provinceCodes">The codes of the provinces in force; a row naming another is refused.</param>
    public static CommuneListResult Parse(string text, IReadOnlySet<string> provinceCodes)
    {
        var rows = new List<CommuneRow>();
        var errors = new List<CommuneRowError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#') || (rows.Count == 0 && errors.Count == 0 && IsHeader(line)))
            {
                continue;
            }

            var fields = Fields(line);
            if (fields.Count != 4)
            {
                errors.Add(new(number, $"Dòng {number}: cần 4 cột (mã, tên, mã tỉnh, loại), dòng này có {fields.Count}."));
                continue;
            }

            var (code, name, province, kindText) = (fields[0], VietnameseText.Clean(fields[1]), fields[2], fields[3]);
            var problems = new List<string>();
            if (code.Length != CodeLength || !code.All(char.IsAsciiDigit))
            {
                problems.Add($"mã xã phải có {CodeLength} chữ số (đang là “{code}”)");
            }
            else if (seen.TryGetValue(code, out var first))
            {
                problems.Add($"mã {code} đã có ở dòng {first}");
            }

            if (!Kinds.TryGetValue(VietnameseText.FoldAccents(kindText), out var kind))
            {
                problems.Add($"loại đơn vị phải là xã, phường hoặc đặc khu (đang là “{kindText}”)");
            }

            name = WithoutKindWord(name);
            if (name.Length == 0)
            {
                problems.Add("thiếu tên");
            }
            else if (name.Length > AdministrativeUnit.MaxNameLength)
            {
                problems.Add($"tên dài quá {AdministrativeUnit.MaxNameLength} ký tự");
            }

            if (!provinceCodes.Contains(province))
            {
                problems.Add($"mã tỉnh “{province}” không phải của một tỉnh, thành phố hiện hành");
            }

            if (problems.Count > 0)
            {
                errors.Add(new(number, $"Dòng {number}: {string.Join("; ", problems)}."));
                continue;
            }

            seen[code] = number;
            rows.Add(new CommuneRow(number, code, name, province, kind));
        }

        return new CommuneListResult(rows, errors);
    }

    // The official list prints "Xã Tân Hạnh"; the unit's name is "Tân Hạnh" and its kind says "xã".
    private static string WithoutKindWord(string name)
    {
        foreach (var word in new[] { "Xã ", "Phường ", "Đặc khu " })
        {
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && name.Length > word.Length)
            {
                return name[word.Length..].Trim();
            }
        }

        return name;
    }

    private static bool IsHeader(string line)
    {
        var first = Fields(line).FirstOrDefault() ?? string.Empty;
        return first.Length > 0 && !first.Any(char.IsAsciiDigit);
    }

    /// <summary>Comma-separated fields, a field in double quotes may hold commas ("" is a quote).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
