using Cascade.Core.Organisations;

namespace Cascade.Core.Tests.Organisations;

public sealed class OrganisationApplicationTests
{
    private static OrganisationApplication Valid() => new(
        "Công ty TNHH Nấm Sinh học Cửu Long", OrganisationKind.Enterprise, "2100123456", "Nguyễn Văn An",
        "an.nguyen@namcuulong.vn", "0912 345 678", "Cung cấp giống nấm và chuyển giao quy trình nuôi trồng.");

    [Fact]
    public void ACompleteApplicationHasNoErrors() => Assert.Empty(Valid().Validate());

    [Fact]
    public void EveryMissingFieldIsNamedAtOnce()
    {
        var errors = new OrganisationApplication(" ", OrganisationKind.School, null, "", "", "", "  ").Validate();

        Assert.Equal(
            [ApplicationError.NameRequired, ApplicationError.ContactRequired, ApplicationError.BadEmail, ApplicationError.BadPhone, ApplicationError.ApplicationRequired],
            errors);
    }

    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("(0294) 3855 246", "02943855246")]
    [InlineData("0294-3855-246", "02943855246")]
    public void PhoneNumbersAreReadAsTypedAndKeptAsDigits(string typed, string kept) =>
        Assert.Equal(kept, OrganisationApplication.NormalizePhone(typed));

    [Theory]
    [InlineData("12345")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("1912345678")]
    [InlineData("0112345678")]
    [InlineData("số điện thoại")]
    public void APhoneThatIsNotAVietnameseNumberIsRefused(string typed) =>
        Assert.Null(OrganisationApplication.NormalizePhone(typed));

    [Theory]
    [InlineData("2100123456", "2100123456")]
    [InlineData("2100 123 456", "2100123456")]
    [InlineData("2100123456-001", "2100123456-001")]
    [InlineData("2100123456001", "2100123456-001")]
    public void TaxCodesAreWrittenTheStandardWay(string typed, string kept) =>
        Assert.Equal(kept, OrganisationApplication.NormalizeTaxCode(typed));

    [Theory]
    [InlineData("210012345")]
    [InlineData("2100123456-01")]
    [InlineData("MST2100123456")]
    public void AMalformedTaxCodeIsRefusedButNoneIsFine(string typed)
    {
        Assert.Contains(ApplicationError.BadTaxCode, (Valid() with { TaxCode = typed }).Validate());
        Assert.Empty((Valid() with { TaxCode = "" }).Validate());
    }

    [Theory]
    [InlineData("an@")]
    [InlineData("an.nguyen.vn")]
    [InlineData("an nguyen@namcuulong.vn")]
    [InlineData("an@namcuulong")]
    public void AMalformedEmailIsRefused(string typed) =>
        Assert.Equal([ApplicationError.BadEmail], (Valid() with { Email = typed }).Validate());

    [Fact]
    public void TooLongTextsAreRefused()
    {
        var errors = (Valid() with { Name = new string('a', Organisation.MaxNameLength + 1), Application = new string('b', OrganisationApplication.MaxApplicationLength + 1) }).Validate();

        Assert.Equal([ApplicationError.NameTooLong, ApplicationError.ApplicationTooLong], errors);
    }

    [Fact]
    public void AnOrganisationIsMadeOnlyFromAValidApplication()
    {
        var organisation = new Organisation(Valid() with { Phone = "+84 912 345 678", TaxCode = "2100 123 456" }, DateTimeOffset.UnixEpoch);

        Assert.Equal("0912345678", organisation.Phone);
        Assert.Equal("2100123456", organisation.TaxCode);
        Assert.Throws<ArgumentException>(() => new Organisation(Valid() with { Email = "x" }, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void TheSameOrganisationApplyingAgainIsKnownByItsEmailAndTaxCodeOrName()
    {
        var organisation = new Organisation(Valid(), DateTimeOffset.UnixEpoch);

        Assert.True(organisation.IsSameAs(Valid() with { Email = "AN.NGUYEN@namcuulong.vn", Name = "Nấm Cửu Long" }));
        Assert.True(organisation.IsSameAs(Valid() with { TaxCode = null, Name = "công ty tnhh nấm sinh học cửu long" }));
        Assert.False(organisation.IsSameAs(Valid() with { Email = "other@example.vn" }));
        Assert.False(organisation.IsSameAs(Valid() with { TaxCode = "2100999999" }));
    }
}
