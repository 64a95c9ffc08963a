using Cascade.Core.Timeframes;
using FsCheck.Xunit;

namespace Cascade.Core.Tests.Timeframes;

public class TimeframeParserTests
{
    [Theory]
    [InlineData("Hàng năm")]
    [InlineData("Hằng năm")]
    [InlineData("hàng năm")]
    [InlineData("Hàng năm và giai đoạn")]
    [InlineData("Hằng năm, thường xuyên")]
    public void A_cell_saying_every_year_is_annual(string text)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Annual, timeframe.Kind);
        Assert.Null(timeframe.From);
    }

    [Theory]
    [InlineData("Năm 2024 và những năm tiếp theo")]
    [InlineData("2024 và các năm tiếp theo")]
    [InlineData("Từ năm 2024 và các năm sau")]
    public void A_year_and_the_years_after_it_is_annual_from_that_year(string text)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Annual, timeframe.Kind);
        Assert.Equal(2024, timeframe.From);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("Thường xuyên, hằng năm")]
    public void Continuous_work_is_ongoing(string text) =>
        Assert.Equal(TimeframeKind.Ongoing, TimeframeParser.Parse(text).Kind);

    [Theory]
    [InlineData("Từ quý II/2027", 2027)]
    [InlineData("Từ tháng 5/2026, thường xuyên", 2026)]
    [InlineData("Từ năm 2025", 2025)]
    public void An_open_start_is_ongoing_from_its_year(string text, int from)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Ongoing, timeframe.Kind);
        Assert.Equal(from, timeframe.From);
    }

    [Theory]
    [InlineData("2024", "2024-12-31")]
    [InlineData("Năm 2024", "2024-12-31")]
    [InlineData("xong trong tháng 4/2024", "2024-04-30")]
    [InlineData("Quý II/2024", "2024-06-30")]
    [InlineData("Quý IV năm 2025", "2025-12-31")]
    [InlineData("trước ngày 30/6/2025", "2025-06-30")]
    [InlineData("Tháng 3/2027", "2027-03-31")]
    [InlineData("Tháng 2/2028", "2028-02-29")]
    [InlineData("6 tháng đầu năm 2026", "2026-06-30")]
    [InlineData("Cuối năm 2025", "2025-12-31")]
    [InlineData("Tháng 6 năm 2025", "2025-06-30")]
    [InlineData("Quý 3/2024", "2024-09-30")]
    [InlineData("31/12/2024", "2024-12-31")]
    public void One_completion_date_is_a_deadline_due_at_the_end_of_the_period_it_names(string text, string due)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Deadline, timeframe.Kind);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), timeframe.Due);
    }

    [Theory]
    [InlineData("2024-2030", 2024, 2030, "2030-12-31")]
    [InlineData("2024 - 2030", 2024, 2030, "2030-12-31")]
    [InlineData("Giai đoạn 2023 – 2025", 2023, 2025, "2025-12-31")]
    [InlineData("Từ quý III/2026 đến quý III/2030", 2026, 2030, "2030-09-30")]
    [InlineData("Từ tháng 5/2026 đến tháng 4/2027", 2026, 2027, "2027-04-30")]
    public void A_span_of_years_is_a_range_due_at_its_end(string text, int from, int to, string due)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Range, timeframe.Kind);
        Assert.Equal(from, timeframe.From);
        Assert.Equal(to, timeframe.To);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), timeframe.Due);
    }

    [Theory]
    [InlineData("Trình UBND tỉnh ban hành sau khi Thủ tướng Chính phủ ban hành; thực hiện hàng năm")]
    [InlineData("Sau khi Đề án được phê duyệt")]
    public void Work_waiting_for_an_outside_event_is_conditional(string text) =>
        Assert.Equal(TimeframeKind.Conditional, TimeframeParser.Parse(text).Kind);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Đã hoàn thành")]
    [InlineData("Theo chỉ đạo")]
    [InlineData("-")]
    public void An_empty_cell_a_status_or_words_without_time_are_unspecified(string? text) =>
        Assert.Equal(TimeframeKind.Unspecified, TimeframeParser.Parse(text).Kind);

    [Fact]
    public void The_text_keeps_the_cell_as_printed_with_white_space_folded()
    {
        var timeframe = TimeframeParser.Parse("Hàng năm \n và giai\tđoạn ");

        Assert.Equal("Hàng năm và giai đoạn", timeframe.Text);
    }

    [Fact]
    public void A_year_outside_the_plan_window_is_not_a_deadline() =>
        Assert.Equal(TimeframeKind.Unspecified, TimeframeParser.Parse("1890").Kind);

    [Fact]
    public void A_range_running_backwards_is_not_a_range() =>
        Assert.NotEqual(TimeframeKind.Range, TimeframeParser.Parse("2030-2024").Kind);

    [Fact]
    public void A_very_long_cell_is_cut_to_the_longest_text_kept()
    {
        var timeframe = TimeframeParser.Parse(new string('x', 2000) + " hàng năm");

        Assert.True(timeframe.Text!.Length <= Timeframe.MaxTextLength);
    }

    [Property(MaxTest = 500)]
    public bool Any_string_gives_a_timeframe_without_throwing(string? text) =>
        TimeframeParser.Parse(text) is not null;

    [Property(MaxTest = 300)]
    public bool Any_mix_of_timeframe_words_gives_a_timeframe_without_throwing(int[] picks)
    {
        string[] words = ["Từ", "quý", "II", "/", "2024", "đến", "tháng", "13", "năm", "hàng", "sau khi", "-", "2030", "30/2/2025", "9999", "thường xuyên", "đã hoàn thành", "0000"];
        var text = string.Join(" ", (picks ?? []).Select(p => words[(int)((uint)p % (uint)words.Length)]));
        return TimeframeParser.Parse(text) is not null;
    }
}
