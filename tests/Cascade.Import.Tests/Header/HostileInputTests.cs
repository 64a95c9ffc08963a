namespace Cascade.Import.Tests.Header;

/// <summary>
/// Inputs built to make naive patterns or joins take quadratic time must still import (their speed
/// is measured by the import benchmark, not here).
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Inputs => new(
        string.Concat(Enumerable.Repeat("tiếp tục\n", 150_000)),
        "II. MỤC TIÊU\nĐến năm 2030\n" + string.Concat(Enumerable.Repeat("1.000", 60_000)),
        "IV. TỔ CHỨC THỰC HIỆN\n" + string.Concat(Enumerable.Repeat("báo cáo Ủy ban nhân dân tỉnh, ", 20_000)),
        "KẾ HOẠCH\n" + string.Concat(Enumerable.Repeat("Thực hiện Nghị quyết số 36-NQ/TW của ", 20_000)),
        string.Concat(Enumerable.Repeat("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH, ngày ", 20_000)),
        string.Concat(Enumerable.Repeat("(Kèm theo Kế hoạch số 1/KH-UBND của ", 20_000)),
        string.Concat(Enumerable.Repeat("**", 100_000)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void StillImports(string text)
    {
        var result = PlanImporter.ImportText(text);

        Assert.NotNull(result.Register);
    }
}
