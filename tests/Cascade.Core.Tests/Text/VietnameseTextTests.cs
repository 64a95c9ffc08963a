using System.Text;
using Cascade.Core.Text;

namespace Cascade.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Fact]
    public void DecomposedAccentsAndExtraSpacesFoldToOneKey() =>
        Assert.Equal(VietnameseText.Fold("Sở  Y tế"), VietnameseText.Fold("SỞ Y TẾ.".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void SearchWithoutAccentsMatchesTheAccentedName() =>
        Assert.Equal("hai phong", VietnameseText.FoldAccents("Hải Phòng"));

    [Fact]
    public void TheLetterDWithStrokeFoldsToD() =>
        Assert.Equal("dak lak", VietnameseText.FoldAccents("Đắk Lắk"));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("quý", "quý")]
    [InlineData("hoàng", "hoàng")]
    public void OldStyleToneMarksMoveToTheModernPosition(string old, string modern) =>
        Assert.Equal(modern, VietnameseText.ModernTones(old));
}
