namespace Smoke.Failover;

/// <summary>
/// What the drill measured, all times on the drill clock (ms since it started). The verdict:
/// the failover completed, the longest write gap is within <see cref="MaxWriteOutageMs"/>, the
/// primary endpoint reaches a primary, and no acknowledged write is missing.
/// </summary>
internal sealed record FailoverReport
{
    public required string Trigger { get; init; }

    public required string PrimaryEndpoint { get; init; }

    public required string ReaderEndpoint { get; init; }

    public required string KeyPrefix { get; init; }

    public required int Rate { get; init; }

    public required bool WaitReplicas { get; init; }

    public required double MaxWriteOutageMs { get; init; }

    public required ClockFigures Clock { get; init; }

    public required double TrafficStartedMs { get; init; }

    public required double TriggeredMs { get; init; }

    public required double TrafficStoppedMs { get; init; }

    public required FailoverOutcome Failover { get; init; }

    /// <summary>Writes (and reads) per second achieved before the trigger, with both loops running.</summary>
    public required double WriteRateBefore { get; init; }

    public required double ReadRateBefore { get; init; }

    public required int WriteAttempts { get; init; }

    public required int WritesAcknowledged { get; init; }

    public required int ReadAttempts { get; init; }

    public required int ReadsAnswered { get; init; }

    /// <summary>From the trigger to the start of the first write that failed after it (null: none failed).</summary>
    public required double? TimeToFirstFailedWriteMs { get; init; }

    public required Outage? WriteOutage { get; init; }

    public required Outage? ReadOutage { get; init; }

    public required IReadOnlyList<ErrorCount> WriteErrors { get; init; }

    public required IReadOnlyList<ErrorCount> ReadErrors { get; init; }

    public required RoleCheck Roles { get; init; }

    public required LostWrites Lost { get; init; }

    public required Cleanup Cleanup { get; init; }

    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = new List<string>();
            if (!Failover.Completed)
            {
                failures.Add($"the failover did not complete: {Failover.Detail}");
            }

            if (WriteOutage is { ToMs: null })
            {
                failures.Add("writes had not come back when the drill ended");
            }
            else if (WriteOutage?.DurationMs > MaxWriteOutageMs)
            {
                failures.Add($"write outage {WriteOutage.DurationMs:0} ms is longer than --max-write-outage ({MaxWriteOutageMs:0} ms)");
            }

            if (!Roles.PrimaryEndpointIsPrimary)
            {
                failures.Add($"the primary endpoint does not reach a primary after the failover ({Roles.PrimaryAfter?.Role ?? "unreachable"})");
            }

            if (Lost.Missing is null)
            {
                failures.Add($"lost writes not checked: {Lost.Detail}");
            }
            else if (Lost.Missing > 0)
            {
                failures.Add($"{Lost.Missing} acknowledged write(s) lost");
            }

            return failures;
        }
    }

    public bool Passed => Failures.Count == 0;
}
