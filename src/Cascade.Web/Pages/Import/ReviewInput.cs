using System.Globalization;
using Cascade.Import.Registers;

namespace Cascade.Web.Pages.Import;

/// <summary>The review form: the register's header and tasks as the reviewer edits them, dates dd/MM/yyyy.</summary>
public sealed class ReviewInput
{
    public int Version { get; set; }

    public string Kind { get; set; } = "plan";

    public string? Number { get; set; }

    public string? Date { get; set; }

    public string? Issuer { get; set; }

    public string Level { get; set; } = "province";

    public string? Locality { get; set; }

    public string? Title { get; set; }

    /// <summary>One number and symbol per line.</summary>
    public string? Implements { get; set; }

    public List<TaskInput> Tasks { get; set; } = [];

    public static ReviewInput From(PlanRegister register, int version) => new()
    {
        Version = version,
        Kind = register.Document.Kind,
        Number = register.Document.Number,
        Date = IsoToDisplay(register.Document.Date),
        Issuer = register.Document.Issuer,
        Level = register.Document.Level ?? "province",
        Locality = register.Document.Locality,
        Title = register.Document.Title,
        Implements = string.Join('\n', register.Document.Implements),
        Tasks = register.Tasks.Select(t => new TaskInput
        {
            Ref = t.Ref,
            Group = t.Group,
            Title = t.Title,
            Lead = string.Join('\n', t.Lead),
            Support = string.Join('\n', t.Support),
            TimeframeText = t.Timeframe.Text,
            TimeframeKind = t.Timeframe.Kind,
            TimeframeFrom = t.Timeframe.From,
            TimeframeTo = t.Timeframe.To,
            TimeframeDue = IsoToDisplay(t.Timeframe.Due),
            Product = t.Product,
        }).ToList(),
    };

    /// <summary>
    /// The register the form stands for, with targets and reporting taken from the parsed draft;
    /// or the fields that are wrong, keyed by their form names, with messages for the reviewer.
    /// </summary>
    public (PlanRegister? Register, IReadOnlyList<KeyValuePair<string, string>> Errors) ToRegister(PlanRegister parsed)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var date = DisplayToIso(Date, "Input.Date", errors);
        var tasks = new List<RegisterTask>();
        for (var i = 0; i < Tasks.Count; i++)
        {
            var task = Tasks[i];
            if (task.Remove)
            {
                continue;
            }

            var due = DisplayToIso(task.TimeframeDue, $"Input.Tasks[{i}].TimeframeDue", errors);
            if (string.IsNullOrWhiteSpace(task.Ref))
            {
                errors.Add(new($"Input.Tasks[{i}].Ref", "Nhiệm vụ cần có số thứ tự."));
            }

            if (string.IsNullOrWhiteSpace(task.Title))
            {
                errors.Add(new($"Input.Tasks[{i}].Title", "Nhiệm vụ cần có nội dung."));
            }

            tasks.Add(new RegisterTask
            {
                Ref = task.Ref?.Trim() ?? string.Empty,
                Group = string.IsNullOrWhiteSpace(task.Group) ? null : task.Group.Trim(),
                Title = task.Title?.Trim() ?? string.Empty,
                Lead = Lines(task.Lead),
                Support = Lines(task.Support),
                Timeframe = new RegisterTimeframe
                {
                    Text = task.TimeframeText,
                    Kind = task.TimeframeKind,
                    From = task.TimeframeFrom,
                    To = task.TimeframeTo,
                    Due = due,
                },
                Product = string.IsNullOrWhiteSpace(task.Product) ? null : task.Product.Trim(),
            });

            // A due date that did not parse is already reported; the timeframe is judged only on readable dates.
            var dueUnreadable = !string.IsNullOrWhiteSpace(task.TimeframeDue) && due is null;
            if (!dueUnreadable && PlanRegisterValidator.ToTimeframe(tasks[^1].Timeframe, out var problem) is null)
            {
                errors.Add(new($"Input.Tasks[{i}].TimeframeKind", $"Thời hạn chưa hợp lệ: {problem}"));
            }
        }

        if (string.IsNullOrWhiteSpace(Issuer))
        {
            errors.Add(new("Input.Issuer", "Cần ghi cơ quan ban hành."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var register = parsed with
        {
            Document = new RegisterDocument
            {
                Kind = Kind,
                Number = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
                Date = date,
                Issuer = Issuer!.Trim(),
                Level = Level,
                Locality = string.IsNullOrWhiteSpace(Locality) ? null : Locality.Trim(),
                Title = Title?.Trim(),
                Implements = Lines(Implements),
            },
            Tasks = tasks,
        };
        var problems = PlanRegisterValidator.Validate(register);
        return problems.Count == 0
            ? (register, [])
            : (null, problems.Select(p => new KeyValuePair<string, string>(string.Empty, p)).ToList());
    }

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string? IsoToDisplay(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : iso;

    private static string? DisplayToIso(string? text, string field, List<KeyValuePair<string, string>> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Infrastructure.Display.ParseDate(text) is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        errors.Add(new(field, $"Ngày \"{text}\" không đúng dạng ngày/tháng/năm (dd/MM/yyyy)."));
        return null;
    }
}

public sealed class TaskInput
{
    public string? Ref { get; set; }

    public string? Group { get; set; }

    public string? Title { get; set; }

    /// <summary>One agency per line.</summary>
    public string? Lead { get; set; }

    /// <summary>One agency per line.</summary>
    public string? Support { get; set; }

    public string? TimeframeText { get; set; }

    public string TimeframeKind { get; set; } = "unspecified";

    public int? TimeframeFrom { get; set; }

    public int? TimeframeTo { get; set; }

    public string? TimeframeDue { get; set; }

    public string? Product { get; set; }

    /// <summary>The reviewer drops a row the importer read by mistake.</summary>
    public bool Remove { get; set; }
}
