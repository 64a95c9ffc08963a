namespace Cascade.Core.Documents;

/// <summary>The level of the body that issues a document.</summary>
public enum GovernmentLevel
{
    Central = 0,
    Ministry = 1,
    Province = 2,
    District = 3,
    Commune = 4,
}

public static class GovernmentLevelCodes
{
    public static string ToCode(this GovernmentLevel level) => level switch
    {
        GovernmentLevel.Central => "central",
        GovernmentLevel.Ministry => "ministry",
        GovernmentLevel.Province => "province",
        GovernmentLevel.District => "district",
        _ => "commune",
    };

    public static GovernmentLevel FromCode(string? code) => code switch
    {
        "central" => GovernmentLevel.Central,
        "ministry" => GovernmentLevel.Ministry,
        "province" => GovernmentLevel.Province,
        "district" => GovernmentLevel.District,
        "commune" => GovernmentLevel.Commune,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown government level."),
    };
}
