namespace Cascade.Core.Reporting;

public enum ReportingFrequency
{
    /// <summary>"định kỳ báo cáo" with no period stated: the coordinator sets the periods.</summary>
    Periodic = 0,
    Annual = 1,
    Semiannual = 2,
    Quarterly = 3,
    Monthly = 4,
    OnRequest = 5,
}

public static class ReportingFrequencyCodes
{
    public static string ToCode(this ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Annual => "annual",
        ReportingFrequency.Semiannual => "semiannual",
        ReportingFrequency.Quarterly => "quarterly",
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.OnRequest => "on-request",
        _ => "periodic",
    };

    public static ReportingFrequency FromCode(string? code) => code switch
    {
        "annual" => ReportingFrequency.Annual,
        "semiannual" => ReportingFrequency.Semiannual,
        "quarterly" => ReportingFrequency.Quarterly,
        "monthly" => ReportingFrequency.Monthly,
        "on-request" => ReportingFrequency.OnRequest,
        "periodic" => ReportingFrequency.Periodic,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown reporting frequency."),
    };
}
