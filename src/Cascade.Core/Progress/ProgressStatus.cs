namespace Cascade.Core.Progress;

/// <summary>
/// The classification officials use for a task in a reporting year (design notes §4): the counts
/// of these are the headline of every Vietnamese task-tracking report.
/// </summary>
public enum ProgressStatus
{
    /// <summary>Chưa triển khai / chưa đến hạn: nothing reported and nothing due yet.</summary>
    NotStarted = 0,

    /// <summary>Đang thực hiện trong hạn: work reported, not due yet.</summary>
    InProgress = 1,

    /// <summary>Hoàn thành đúng hạn.</summary>
    DoneOnTime = 2,

    /// <summary>Hoàn thành quá hạn.</summary>
    DoneLate = 3,

    /// <summary>Quá hạn (chưa hoàn thành quá hạn): due and not done.</summary>
    Overdue = 4,

    /// <summary>A conditional task whose outside event has not happened (chờ văn bản của cấp trên).</summary>
    AwaitingEvent = 5,

    /// <summary>The year lies outside the task's span (before it starts, after the plan ends, after it was done).</summary>
    NotApplicable = 6,
}

/// <summary>What an agency reports as the state of its task (the report form's choices).</summary>
public enum ReportedState
{
    /// <summary>Chưa triển khai.</summary>
    NotStarted = 0,

    /// <summary>Đang thực hiện.</summary>
    InProgress = 1,

    /// <summary>Hoàn thành.</summary>
    Done = 2,

    /// <summary>Gặp khó khăn: in progress with a difficulty to raise.</summary>
    Blocked = 3,
}
