namespace Cascade.Core.Organisations;

/// <summary>The kinds of organisations a plan invites to take part (seed 004: enterprises, institutes, schools).</summary>
public enum OrganisationKind
{
    /// <summary>Doanh nghiệp.</summary>
    Enterprise = 0,

    /// <summary>Viện, trung tâm nghiên cứu.</summary>
    Institute = 1,

    /// <summary>Trường đại học, cao đẳng, phổ thông.</summary>
    School = 2,

    /// <summary>Hợp tác xã.</summary>
    Cooperative = 3,

    /// <summary>Hội, hiệp hội, tổ chức khác.</summary>
    Other = 4,
}
