namespace Smoke.Failover;

/// <summary>
/// A failover made the way ElastiCache makes it, on the local site: the primary node hangs
/// (SIGSTOP) for <see cref="Freeze"/> — the time the service takes to notice — and is then killed;
/// the replica is promoted (REPLICAOF NO ONE); the primary endpoint moves to it (the DNS flip);
/// that is the "failover completed" moment. Then the old primary comes back as a replica of the
/// new one and the reader endpoint moves to it, as ElastiCache's recovery does.
/// </summary>
internal sealed class LocalFailoverTrigger(LocalFailoverSite site) : IFailoverTrigger
{
    public TimeSpan Freeze { get; init; } = FailoverOptions.DefaultFreeze;

    public string Description => $"local failover (primary frozen {Freeze.TotalSeconds:0.###} s, killed, replica promoted, endpoint moved)";

    public Task<string?> RefuseAsync(CancellationToken cancellation) => Task.FromResult<string?>(null);

    public async Task<FailoverOutcome> RunAsync(DrillClock clock, Action<string> progress, CancellationToken cancellation)
    {
        var steps = new List<FailoverStep>();
        void Step(string what)
        {
            steps.Add(new FailoverStep(clock.NowMs, what));
            progress(what);
        }

        // IPEndPoint's text is "address:port" (the port in invariant digits), as FailoverCli prints the nodes.
        var before = site.FirstNode.ToString();
        var after = site.SecondNode.ToString();
        site.Pair.First.Signal(freeze: true);
        Step($"primary node {before} frozen (SIGSTOP, pid {site.Pair.First.ProcessId})");
        try
        {
            await Task.Delay(Freeze, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Interrupted: the node resumes, so the drill's cleanup can reach it.
            site.Pair.First.Signal(freeze: false);
            throw;
        }

        site.Pair.First.Dispose();
        Step($"primary node {before} killed");
        var promoted = site.Execute(site.SecondNode, "REPLICAOF", "NO", "ONE");
        if (promoted.IsError)
        {
            return new FailoverOutcome(false, null, before, null, steps, $"REPLICAOF NO ONE refused by {after}: {promoted.Text}");
        }

        Step($"replica node {after} promoted (REPLICAOF NO ONE)");
        site.PrimaryEndpoint.Backend = site.SecondNode;
        Step($"Failover from primary node {before} to replica node {after} completed (primary endpoint moved)");
        var completed = clock.NowMs;

        await Task.Run(site.Pair.RestartFirstAsReplicaOfSecond, cancellation).ConfigureAwait(false);
        Step($"old primary {before} back as a replica of {after} (pid {site.Pair.First.ProcessId}), first sync done");
        site.ReaderEndpoint.Backend = site.FirstNode;
        Step($"reader endpoint moved to {before}");
        return new FailoverOutcome(true, completed, before, after, steps, "completed");
    }
}
