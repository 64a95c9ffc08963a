using System.Diagnostics;
using Cascade.Import.Parsing;
using Cascade.Import.Reading;
using Cascade.Import.Reading.Text;
using Cascade.Testing;
using FsCheck.Xunit;

namespace Cascade.Import.Tests.Text;

/// <summary>
/// Uploaded text can be anything: the reader and the task parser must neither throw nor hang on
/// random characters, random table-like lines, or a plan cut off at any point.
/// </summary>
public class RobustnessTests
{

    [Property(MaxTest = 300)]
    public bool Any_string_is_read_without_throwing(string? text) => IsRead(text ?? string.Empty);

    [Property(MaxTest = 200)]
    public bool Any_lines_made_of_table_pieces_are_read_without_throwing(int[] picks) =>
        IsRead(Compose(picks ?? [], TablePieces, "\n"));

    [Property(MaxTest = 200)]
    public bool Any_mix_of_cell_lines_after_a_task_heading_is_read_without_throwing(int[] picks) =>
        IsRead("TT Nội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n1\n" + Compose(picks ?? [], CellLines, "\n"));

    [Property(MaxTest = 200)]
    public bool Tasks_read_from_any_table_pieces_form_a_valid_register(int[] picks)
    {
        var text = Compose(picks ?? [], TablePieces, "\n") + "\n" + Compose(picks ?? [], CellLines, "\n");
        var tasks = TaskParser.Parse(TextSourceReader.Read(text), []);
        var register = new Registers.PlanRegister
        {
            Document = new Registers.RegisterDocument { Kind = "plan", Level = "province", Issuer = "x" },
            Tasks = tasks,
        };

        var problems = Registers.PlanRegisterValidator.Validate(register);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return true;
    }

    [Fact]
    public void A_seed_plan_cut_off_at_any_point_is_read_without_throwing()
    {
        foreach (var seed in RepoPaths.SeedNames)
        {
            var text = File.ReadAllText(RepoPaths.SeedText(seed));
            for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 60))
            {
                Assert.True(IsRead(text[..cut]), $"{seed} cut at {cut}");
                Assert.True(IsRead(text[cut..]), $"{seed} from {cut}");
            }
        }
    }

    [Fact]
    public void A_seed_plan_with_its_lines_shuffled_is_read_without_throwing()
    {
        var random = new Random(36);
        foreach (var seed in RepoPaths.SeedNames)
        {
            var lines = File.ReadAllLines(RepoPaths.SeedText(seed));
            for (var round = 0; round < 5; round++)
            {
                random.Shuffle(lines);
                Assert.True(IsRead(string.Join('\n', lines)), seed);
            }
        }
    }

    [Fact]
    public void A_very_long_line_of_markup_is_read_in_time()
    {
        var hostile = string.Concat(Enumerable.Repeat("**|a\t", 50_000)) + "\n" + new string('|', 100_000) + "\n" + string.Concat(Enumerable.Repeat("1.1.1.1 ", 20_000));

        Assert.True(IsRead(hostile));
    }

    [Fact]
    public void A_long_table_printed_one_cell_per_line_is_read_in_time()
    {
        var rows = Enumerable.Range(1, 900).Select(i => $"{i}\nNội dung nhiệm vụ số {i}\nSở Y tế;\n- Các sở, ngành;\nHàng năm");
        var text = "TT Nội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n" + string.Join('\n', rows);

        Assert.True(IsRead(text));
        Assert.Equal(900, TaskParser.Parse(TextSourceReader.Read(text), []).Count);
    }

    [Fact]
    public void A_cell_with_thousands_of_separators_is_read_in_time()
    {
        var text = "TT Nội dung\nCơ quan chủ trì\nThời gian\n1\nNội dung\n" + string.Concat(Enumerable.Repeat("Sở Y tế; Hàng năm, ", 20_000))
            + "\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. " + string.Concat(Enumerable.Repeat("các tổ chức ", 20_000));

        Assert.True(IsRead(text));
    }

    private static bool IsRead(string text)
    {
        var document = TextSourceReader.Read(text);
        var warnings = new List<ImportWarning>();
        var tasks = TaskParser.Parse(document, warnings);
        Assert.NotNull(tasks);
        return true;
    }

    private static string Compose(int[] picks, string[] pieces, string separator) =>
        string.Join(separator, picks.Select(p => pieces[(int)((uint)p % (uint)pieces.Length)]));

    private static readonly string[] TablePieces =
    [
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian |",
        "|---|---|---|---|---|---|",
        "| I | Nhóm nhiệm vụ | | | | |",
        "| 1 | Xây dựng đề án | Sở Y tế | Các sở, ngành | Đề án | 2024 |",
        "| | tiếp theo của dòng | nông thôn | liên quan | | |",
        "| | | | | | |",
        "|", "||", "| a |", "",
        "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
        "2\tNội dung\tSở Tài chính\t\tHàng năm",
        "\t\t\t", "**Phụ lục**", "## Tiêu đề", "12", "IV", "1.1", "- - -",
    ];

    private static readonly string[] CellLines =
    [
        "1", "2", "1.1", "1.2", "II", "III", "Xây dựng kế hoạch thực hiện nhiệm vụ trọng tâm của tỉnh",
        "triển khai thực hiện", "Sở Khoa học và Công", "nghệ", "- Các Sở, ngành liên quan;", "- UBND các huyện, thị xã,",
        "thành phố;", "Hàng năm", "Trình", "UBND tỉnh", "sau khi", "năm 2", "- - -", "-", "TT Nội dung", "Cơ quan chủ trì",
        "Sở Y tế - Các bệnh viện tuyến tỉnh; Hàng năm", "Nơi nhận:", "", "Thường", "xuyên",
    ];
}
