namespace Cascade.Core.Calendar;

public enum AmendmentKind
{
    /// <summary>An extra day off, e.g. a bridge day of Tết decided by the Prime Minister.</summary>
    DayOff,

    /// <summary>A day worked although the rules make it a day off, e.g. a Saturday worked in exchange for a bridge day.</summary>
    WorkingDay,
}
