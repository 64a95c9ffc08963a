namespace Cascade.Core.Calendar;

public enum HolidayKind
{
    /// <summary>A day off named by the Labour Code (ngày nghỉ lễ, tết).</summary>
    Statutory,

    /// <summary>A working day given off because a statutory day fell on a weekend (nghỉ bù).</summary>
    Compensation,

    /// <summary>A day off the Government decided for one year, recorded by the administrator.</summary>
    Amended,
}
