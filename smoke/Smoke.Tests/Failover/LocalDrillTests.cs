using System.Net;
using Smoke.Failover;
using Xunit.Abstractions;

namespace Smoke.Tests.Failover;

/// <summary>
/// The drill against real servers, failed over locally, with the numbers checked against what the
/// test did to the servers: a clean failover (bounded outage, nothing lost), a replica that lagged
/// (exactly the writes it missed are reported lost), a frozen reader (the read outage), Ctrl+C.
/// </summary>
public sealed class LocalDrillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task CleanFailover_BoundedWriteOutage_NoWriteLost_EndpointReachesFormerReplica_KeysDeleted()
    {
        using var site = LocalSite.Start();
        var freeze = TimeSpan.FromSeconds(1);
        var report = await new FailoverDrill(site.Target, new LocalFailoverTrigger(site) { Freeze = freeze }, LocalSite.Settings, output.WriteLine)
            .RunAsync(CancellationToken.None);
        output.WriteLine(FailoverReportWriter.Table(report));

        Assert.True(report.Passed, string.Join("; ", report.Failures));
        Assert.True(report.Failover.Completed);
        var outage = Assert.IsType<Outage>(report.WriteOutage);
        Assert.True(outage.FailedAttempts > 0, "no write failed while the primary was frozen");
        // The primary hung for the freeze: no write can have been acknowledged for at least that long
        // (less one write interval), and writes came back well within the (generous) bound.
        Assert.InRange(outage.DurationMs!.Value, freeze.TotalMilliseconds - 10, 15_000);
        Assert.InRange(report.TimeToFirstFailedWriteMs!.Value, 0, freeze.TotalMilliseconds);
        Assert.Equal(0, report.Lost.Missing);
        Assert.Equal(report.WritesAcknowledged, report.Lost.Checked);
        Assert.True(report.Roles.ReachesFormerReplica, "the primary endpoint does not reach the former replica");
        Assert.Equal("127.0.0.3", report.Failover.PrimaryAfter?.Split(':')[0]);
        Assert.Contains(report.WriteErrors, e => e.Kind is "timeout" or "connection reset/closed");
        Assert.True(report.Cleanup.Deleted >= report.WritesAcknowledged, report.Cleanup.Detail);
        LocalSite.AssertNoKeys(site, site.SecondNode);
        LocalSite.AssertNoKeys(site, site.FirstNode);
    }

    [Fact]
    public async Task ReplicaLagged_ReportsExactlyTheWritesItMissed()
    {
        using var site = LocalSite.Start();
        var lagging = new LaggingReplicaTrigger(site);
        var report = await new FailoverDrill(site.Target, lagging, LocalSite.Settings, output.WriteLine).RunAsync(CancellationToken.None);
        output.WriteLine(FailoverReportWriter.Table(report));

        var expected = lagging.OnPrimary.Except(lagging.OnReplica).OrderBy(LocalSite.Sequence).ToList();
        Assert.True(expected.Count > 10, $"only {expected.Count} write(s) reached the primary alone");
        Assert.Equal(expected.Count, report.Lost.Missing);
        Assert.Equal(expected.Take(10), report.Lost.FirstMissing);
        Assert.False(report.Passed);
        Assert.Contains($"{expected.Count} acknowledged write(s) lost", report.Failures);
        LocalSite.AssertNoKeys(site, site.SecondNode);
    }

    [Fact]
    public async Task FrozenReader_ReadOutageMeasured_WritesNeverCutOff()
    {
        using var site = LocalSite.Start();
        var frozen = TimeSpan.FromSeconds(1.5);
        var report = await new FailoverDrill(site.Target, new FrozenReaderTrigger(site, frozen), LocalSite.Settings, output.WriteLine).RunAsync(CancellationToken.None);
        output.WriteLine(FailoverReportWriter.Table(report));

        var reads = Assert.IsType<Outage>(report.ReadOutage);
        Assert.True(reads.FailedAttempts > 0);
        Assert.InRange(reads.DurationMs!.Value, frozen.TotalMilliseconds - 10, 15_000);
        Assert.Contains(report.ReadErrors, e => e.Kind == "timeout");
        // The primary was never touched: no write was refused or cut off (on a crowded machine one
        // may still time out, so timeouts are not counted here).
        Assert.DoesNotContain(report.WriteErrors, e => e.Kind != "timeout");
        Assert.Equal(0, report.Lost.Missing);
    }

    [Fact]
    public async Task Interrupted_WhilePrimaryFrozen_KeysDeleted_Rethrown()
    {
        using var site = LocalSite.Start();
        using var ctrlC = new CancellationTokenSource();
        var drill = new FailoverDrill(site.Target, new LocalFailoverTrigger(site) { Freeze = TimeSpan.FromSeconds(30) }, LocalSite.Settings, line =>
        {
            output.WriteLine(line);
            if (line.Contains("frozen", StringComparison.Ordinal))
            {
                ctrlC.CancelAfter(TimeSpan.FromMilliseconds(300));
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => drill.RunAsync(ctrlC.Token));

        Assert.True(drill.Cleanup?.Deleted > 0, drill.Cleanup?.Detail);
        LocalSite.AssertNoKeys(site, site.FirstNode);
        LocalSite.AssertNoKeys(site, site.SecondNode);
    }

    /// <summary>
    /// Cuts the replica off (it follows a primary that does not exist, so it stays a read-only
    /// replica that receives nothing), lets writes reach the primary alone, stops them there
    /// (CLIENT PAUSE WRITE) and records both nodes' keys; then the local failover.
    /// </summary>
    private sealed class LaggingReplicaTrigger(Smoke.Failover.LocalFailoverSite site) : IFailoverTrigger
    {
        public IReadOnlyList<string> OnReplica { get; private set; } = [];

        public IReadOnlyList<string> OnPrimary { get; private set; } = [];

        public string Description => "lagging replica, then local failover";

        public Task<string?> RefuseAsync(CancellationToken cancellation) => Task.FromResult<string?>(null);

        public async Task<FailoverOutcome> RunAsync(DrillClock clock, Action<string> progress, CancellationToken cancellation)
        {
            var nowhere = Smoke.Local.FreePorts.Pick(IPAddress.Loopback).ToString(System.Globalization.CultureInfo.InvariantCulture);
            site.Execute(site.SecondNode, "REPLICAOF", "127.0.0.1", nowhere);
            OnReplica = LocalSite.Keys(site, site.SecondNode);
            await Task.Delay(TimeSpan.FromMilliseconds(400), cancellation);
            site.Execute(site.FirstNode, "CLIENT", "PAUSE", "20000", "WRITE");
            // Replies to writes taken before the pause reach the writer meanwhile.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellation);
            OnPrimary = LocalSite.Keys(site, site.FirstNode);
            return await new LocalFailoverTrigger(site) { Freeze = TimeSpan.FromMilliseconds(100) }.RunAsync(clock, progress, cancellation);
        }
    }

    /// <summary>Freezes the node behind the reader endpoint for a while; no failover (it "completes" when the node resumes).</summary>
    private sealed class FrozenReaderTrigger(Smoke.Failover.LocalFailoverSite site, TimeSpan frozen) : IFailoverTrigger
    {
        public string Description => "frozen reader";

        public Task<string?> RefuseAsync(CancellationToken cancellation) => Task.FromResult<string?>(null);

        public async Task<FailoverOutcome> RunAsync(DrillClock clock, Action<string> progress, CancellationToken cancellation)
        {
            site.Pair.Second.Signal(freeze: true);
            try
            {
                await Task.Delay(frozen, cancellation);
            }
            finally
            {
                site.Pair.Second.Signal(freeze: false);
            }

            return new FailoverOutcome(true, clock.NowMs, null, null, [], "reader resumed");
        }
    }
}
