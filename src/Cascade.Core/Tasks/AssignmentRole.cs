namespace Cascade.Core.Tasks;

public enum AssignmentRole
{
    /// <summary>Cơ quan chủ trì: reports the task.</summary>
    Lead = 0,

    /// <summary>Cơ quan phối hợp: contributes to the lead's report.</summary>
    Coordinating = 1,
}
