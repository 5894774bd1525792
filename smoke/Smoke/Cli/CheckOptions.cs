namespace Smoke.Cli;

/// <summary>Everything the check subcommand needs: the shared target options plus its own knobs.</summary>
public sealed record CheckOptions(TargetOptions Target)
{
    public static readonly TimeSpan DefaultReplicationTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultOverallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>--json: machine report on standard output instead of the table.</summary>
    public bool Json { get; init; }

    /// <summary>--replication-timeout: how long the value may take to reach the reader.</summary>
    public TimeSpan ReplicationTimeout { get; init; } = DefaultReplicationTimeout;

    /// <summary>--timeout: bound of the whole run, input reading and cleanup included.</summary>
    public TimeSpan OverallTimeout { get; init; } = DefaultOverallTimeout;
}
