using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Smoke.Failover;

/// <summary>
/// ElastiCache's own failover test through the AWS CLI: `aws elasticache test-failover` on node
/// group 0001, then `describe-events` (replication-group and cache-cluster sources, from the
/// trigger on) until "Failover from primary node X to replica node Y completed" or the timeout.
/// Evidence: AWS API reference "TestFailover" (events listed in order: "Test Failover API called
/// for node group ...", "Failover from primary node ... to replica node ... completed", then the
/// old primary's recovery; up to 15 node groups in any rolling 24 hours; may be blocked during
/// large-scale events) and "DescribeReplicationGroups" (AutomaticFailover, NodeGroupMembers.CurrentRole).
/// </summary>
internal sealed partial class AwsFailoverTrigger(AwsCli aws, string replicationGroupId, string nodeGroupId) : IFailoverTrigger
{
    /// <summary>Events dated up to this much before our clock's trigger time still count (clock skew with AWS).</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(10);

    private ReplicationGroupState? _before;

    public TimeSpan Timeout { get; init; } = FailoverOptions.DefaultTimeout;

    public TimeSpan PollInterval { get; init; } = FailoverOptions.DefaultPollInterval;

    public string Description => $"ElastiCache TestFailover of {replicationGroupId}, node group {nodeGroupId}";

    public async Task<string?> RefuseAsync(CancellationToken cancellation)
    {
        var state = await DescribeAsync(cancellation).ConfigureAwait(false);
        if (state.Error is not null)
        {
            return state.Error;
        }

        _before = state.State!;
        if (_before.AutomaticFailover != "enabled")
        {
            return $"replication group {replicationGroupId} has automatic failover {_before.AutomaticFailover}: TestFailover needs it enabled "
                + "(automaticFailoverEnabled and multiAzEnabled true, at least one replica)";
        }

        if (_before.Replicas == 0)
        {
            return $"replication group {replicationGroupId}, node group {nodeGroupId}, has no replica ({_before.Members.Count} node(s)): there is nothing to fail over to";
        }

        return _before.Status == "available"
            ? null
            : $"replication group {replicationGroupId} is '{_before.Status}': a failover can be tested only when it is 'available'";
    }

    public async Task<FailoverOutcome> RunAsync(DrillClock clock, Action<string> progress, CancellationToken cancellation)
    {
        var steps = new List<FailoverStep>();
        void Step(string what)
        {
            steps.Add(new FailoverStep(clock.NowMs, what));
            progress(what);
        }

        var primaryBefore = _before?.Primary;
        var since = DateTimeOffset.UtcNow - Skew;
        var started = await aws.RunAsync(
            ["elasticache", "test-failover", "--replication-group-id", replicationGroupId, "--node-group-id", nodeGroupId], cancellation).ConfigureAwait(false);
        if (started.ExitCode != 0)
        {
            return new FailoverOutcome(false, null, primaryBefore, null, steps, Explain(started));
        }

        Step($"aws elasticache test-failover accepted for {replicationGroupId}/{nodeGroupId}");
        var deadline = clock.NowMs + Timeout.TotalMilliseconds;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (clock.NowMs < deadline)
        {
            await Task.Delay(PollInterval, cancellation).ConfigureAwait(false);
            foreach (var (date, message) in await EventsSinceAsync(since, cancellation).ConfigureAwait(false))
            {
                if (!seen.Add($"{date:O} {message}"))
                {
                    continue;
                }

                Step($"event {date.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}Z: {message}");
                if (CompletedPattern().IsMatch(message))
                {
                    var completed = clock.NowMs;
                    var after = await DescribeAsync(cancellation).ConfigureAwait(false);
                    return new FailoverOutcome(true, completed, primaryBefore, after.State?.Primary, steps, message);
                }
            }
        }

        return new FailoverOutcome(false, null, primaryBefore, null, steps,
            $"no \"Failover from primary node ... completed\" event within --timeout {Timeout.TotalSeconds:0} s");
    }

    private async Task<IReadOnlyList<(DateTimeOffset Date, string Message)>> EventsSinceAsync(DateTimeOffset since, CancellationToken cancellation)
    {
        var start = since.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var members = (_before?.Members.Select(m => m.Node) ?? []).ToHashSet(StringComparer.Ordinal);
        var events = new List<(DateTimeOffset, string)>();
        foreach (var (sourceType, identifier) in new[] { ("replication-group", (string?)replicationGroupId), ("cache-cluster", null) })
        {
            List<string> arguments = ["elasticache", "describe-events", "--source-type", sourceType, "--start-time", start];
            if (identifier is not null)
            {
                arguments.AddRange(["--source-identifier", identifier]);
            }

            var result = await aws.RunAsync(arguments, cancellation).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                // A failed poll (throttling, a network blip) is retried at the next one.
                continue;
            }

            events.AddRange(ParseEvents(result.Output, sourceType == "replication-group" ? null : members));
        }

        return events.Where(e => e.Item1 >= since).OrderBy(e => e.Item1).ToList();
    }

    private static IEnumerable<(DateTimeOffset, string)> ParseEvents(string json, IReadOnlySet<string>? sources)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("Events").EnumerateArray()
                .Where(e => sources is null || sources.Contains(e.GetProperty("SourceIdentifier").GetString() ?? ""))
                .Select(e => (DateTimeOffset.Parse(e.GetProperty("Date").GetString()!, CultureInfo.InvariantCulture), e.GetProperty("Message").GetString() ?? ""))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return [];
        }
    }

    private async Task<(ReplicationGroupState? State, string? Error)> DescribeAsync(CancellationToken cancellation)
    {
        var result = await aws.RunAsync(["elasticache", "describe-replication-groups", "--replication-group-id", replicationGroupId], cancellation).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            return (null, $"aws elasticache describe-replication-groups failed: {Explain(result)}");
        }

        try
        {
            return (ReplicationGroupState.Parse(result.Output, nodeGroupId), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            return (null, $"aws elasticache describe-replication-groups answered something unexpected: {e.Message}");
        }
    }

    /// <summary>The CLI's error in the operator's terms, for the faults TestFailover documents.</summary>
    internal static string Explain(AwsCliResult result) => result.ErrorCode switch
    {
        "TestFailoverNotAvailableFault" => "AWS refuses the test failover now (TestFailoverNotAvailableFault): TestFailover allows up to 15 node groups "
            + "in any rolling 24 hours and AWS may block it during large-scale operational events; try again later. " + result.LastErrorLine,
        "InvalidReplicationGroupStateFault" or "InvalidCacheClusterStateFault" =>
            $"the group is not in a state that allows a failover ({result.ErrorCode}); wait until it is 'available'. {result.LastErrorLine}",
        "APICallRateForCustomerExceededFault" => $"too many failover calls for this account ({result.ErrorCode}); try again later. {result.LastErrorLine}",
        "AccessDenied" or "AccessDeniedException" or "UnauthorizedOperation" =>
            $"these credentials may not do this ({result.ErrorCode}); the drill needs elasticache:TestFailover, DescribeEvents and "
            + $"DescribeReplicationGroups (docs/failover.md). {result.LastErrorLine}",
        _ => result.LastErrorLine,
    };

    [GeneratedRegex(@"^Failover from (?:primary|master) node \S+ to replica node \S+ completed", RegexOptions.CultureInvariant)]
    private static partial Regex CompletedPattern();
}
