using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Cascade.Import.Registers;

/// <summary>Reads and writes plan registers as JSON, Vietnamese letters unescaped.</summary>
public static class PlanRegisterJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(PlanRegister register) => JsonSerializer.Serialize(register, Options) + "\n";

    public static void Write(PlanRegister register, Stream stream)
    {
        JsonSerializer.Serialize(stream, register, Options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Parses a register; a malformed or foreign file gives a message fit for the user.</summary>
    public static RegisterReadResult Read(string json)
    {
        PlanRegister? register;
        try
        {
            register = JsonSerializer.Deserialize<PlanRegister>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            return RegisterReadResult.Fail($"The file is not valid plan-register JSON{where}: {e.Message}");
        }

        if (register is null)
        {
            return RegisterReadResult.Fail("The file is empty.");
        }

        if (register.Format != PlanRegister.FormatName)
        {
            return RegisterReadResult.Fail($"The file's format is '{register.Format}', expected '{PlanRegister.FormatName}'.");
        }

        var problems = PlanRegisterValidator.Validate(register);
        return problems.Count == 0 ? RegisterReadResult.Ok(register) : RegisterReadResult.Fail(string.Join("\n", problems));
    }

    public static async Task<RegisterReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return RegisterReadResult.Fail($"File not found: {path}");
        }

        return Read(await File.ReadAllTextAsync(path, cancellationToken));
    }
}

public sealed record RegisterReadResult(PlanRegister? Register, string? Error)
{
    public bool Succeeded => Register is not null;

    public static RegisterReadResult Ok(PlanRegister register) => new(register, null);

    public static RegisterReadResult Fail(string error) => new(null, error);
}
