using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Cluster;

/// <summary>How instances sharing one PostgreSQL database share the work (section <c>Bot:Cluster</c>).</summary>
public sealed class ClusterOptions
{
    public const string Section = "Bot:Cluster";

    /// <summary>
    /// How often a follower tries for a role's lock and a leader checks the connection holding it; a dead leader's roles
    /// move within about this plus the time PostgreSQL takes to see its connection close.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Bot:Cluster:LeadershipInterval must be between 0.1 s and 1 minute (default 00:00:01).")]
    public TimeSpan LeadershipInterval { get; set; } = TimeSpan.FromSeconds(1);
}
