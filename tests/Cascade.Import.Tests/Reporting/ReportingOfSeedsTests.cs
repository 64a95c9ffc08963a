using Cascade.Import.Registers;
using Cascade.Import.Tests.Header;

namespace Cascade.Import.Tests.Reporting;

public sealed class ReportingOfSeedsTests
{
    [Theory]
    [MemberData(nameof(SeedRegisters.Names), MemberType = typeof(SeedRegisters))]
    public void ReportingDutiesEqualTheGoldRegister(string seed)
    {
        var gold = SeedRegisters.Gold(seed).Reporting.Select(Key).Order(StringComparer.Ordinal);
        var actual = SeedRegisters.Imported(seed).Reporting.Select(Key).Order(StringComparer.Ordinal);

        Assert.Equal(gold, actual);
    }

    private static string Key(RegisterReporting r) =>
        $"{SeedRegisters.Fold(r.Frequency)}|{SeedRegisters.Fold(r.Due)}|{SeedRegisters.Fold(r.To)}";
}
