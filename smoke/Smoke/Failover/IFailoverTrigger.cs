namespace Smoke.Failover;

/// <summary>
/// What makes the failover happen: ElastiCache's TestFailover through the AWS CLI, or the local
/// stand-in that does to a throwaway pair what ElastiCache does to its nodes. The drill's traffic,
/// measurement and report are the same for both.
/// </summary>
internal interface IFailoverTrigger
{
    /// <summary>"ElastiCache TestFailover of ..." / "local failover of ...": for the report.</summary>
    string Description { get; }

    /// <summary>
    /// Refuses, before anything is written or triggered, a group that cannot fail over (no
    /// replica, automatic failover off). Returns the reason, or null when the drill may go on.
    /// </summary>
    Task<string?> RefuseAsync(CancellationToken cancellation);

    /// <summary>
    /// Triggers the failover and waits, bounded by the trigger's own timeout, until it completed,
    /// reporting steps through <paramref name="progress"/>; stamps times with <paramref name="clock"/>.
    /// </summary>
    Task<FailoverOutcome> RunAsync(DrillClock clock, Action<string> progress, CancellationToken cancellation);
}

/// <summary>A step of the failover as the trigger saw it (an ElastiCache event, a local action), on the drill clock.</summary>
internal sealed record FailoverStep(double AtMs, string What);

/// <summary>
/// How the failover went: whether it completed (and when, on the drill clock), which node was
/// primary before and after, and the steps seen. <see cref="Detail"/> says why it did not complete.
/// </summary>
internal sealed record FailoverOutcome(bool Completed, double? CompletedAtMs, string? PrimaryBefore, string? PrimaryAfter, IReadOnlyList<FailoverStep> Steps, string Detail);
