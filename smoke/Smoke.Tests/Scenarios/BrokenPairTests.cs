using Smoke.Checks;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>Scenarios that break a pair: each test owns its pair, so they cannot disturb the shared ones.</summary>
public sealed class BrokenPairTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReplicaStopped_ReaderFailsAtTcp_PrimaryChecksPass_KeyRemoved()
    {
        using var pair = RedisPair.Start();
        pair.Replica.Stop();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["tcp/reader"], run.Failed);
        Assert.Equal(Hints.TcpRefused, run.Check("tcp/reader").Hint);
        Assert.Equal("passed", run.Check("get/primary").Status);
        Assert.Equal("skipped", run.Check("replication/reader").Status);
        Assert.Equal("passed", run.Check("cleanup/primary").Status);
        run.AssertFinishedWithin(Bound);
        await pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task ReplicationBroken_ReaderAcceptsWrites_Fails_AndWrittenKeysAreRemoved()
    {
        using var pair = RedisPair.Start();
        await pair.BreakReplicationAsync();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--replication-timeout", "1s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["role/reader", "replication/reader", "readonly/reader"], run.Failed);
        Assert.Equal(Hints.ReaderNotReplica, run.Check("readonly/reader").Hint);
        Assert.Contains("the reader accepted a write", run.Check("readonly/reader").Detail, StringComparison.Ordinal);
        Assert.Contains("reports itself as a master", run.Check("replication/reader").Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.Replication, run.Check("replication/reader").Hint);
        run.AssertFinishedWithin(Bound);
        // Both servers are up: the primary's key and the key the "reader" accepted are gone.
        await pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task PrimaryStopped_PrimaryFailsAtTcp_ReaderStillRefusesWrites()
    {
        using var pair = RedisPair.Start();
        pair.Primary.Stop();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["tcp/primary"], run.Failed);
        Assert.Equal(Hints.TcpRefused, run.Check("tcp/primary").Hint);
        Assert.Equal("skipped", run.Check("set/primary").Status);
        Assert.Equal("passed", run.Check("readonly/reader").Status);
        run.AssertFinishedWithin(Bound);
        await pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task FrozenReplica_OverallBoundEndsTheRun()
    {
        using var pair = RedisPair.Start();
        pair.Replica.Freeze();
        using var outputs = new TempFile(pair.OutputsJson());

        // Generous per-step timeouts: only the overall bound can end the wait on the frozen reader.
        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--timeout", "5s", "--connect-timeout", "30s", "--command-timeout", "30s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal("failed", run.Check("ping/reader").Status);
        Assert.Equal(Hints.OverallTimeout, run.Check("ping/reader").Hint);
        Assert.Equal("passed", run.Check("ping/primary").Status);
        Assert.Equal("skipped", run.Check("set/primary").Status);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(6));
        Assert.Empty(await pair.SmokeKeysAsync(pair.Primary));
    }

    [Fact]
    public async Task ReplicationLinkDown_ValueNeverArrives_FailsWithLinkStatus_KeyRemoved()
    {
        using var pair = RedisPair.Start();
        await pair.CutReplicationLinkAsync();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--replication-timeout", "1s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["replication/reader"], run.Failed);
        Assert.Equal(Hints.Replication, run.Check("replication/reader").Hint);
        Assert.Contains("master_link_status:down", run.Check("replication/reader").Detail, StringComparison.Ordinal);
        // Redis reports master_last_io_seconds_ago:-1 for a replica that never reached its primary.
        Assert.Contains("never in contact with the primary", run.Check("replication/reader").Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("-1 s ago", run.Check("replication/reader").Detail, StringComparison.Ordinal);
        Assert.Equal("passed", run.Check("readonly/reader").Status);
        run.AssertFinishedWithin(Bound);
        await pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task OverallBoundHitWhileWaitingForReplication_CleanupStillDeletesTheKey()
    {
        using var pair = RedisPair.Start();
        await pair.CutReplicationLinkAsync();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--replication-timeout", "60s", "--timeout", "4s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["replication/reader"], run.Failed);
        Assert.Equal(Hints.OverallTimeout, run.Check("replication/reader").Hint);
        Assert.Equal("skipped", run.Check("readonly/reader").Status);
        Assert.Equal("passed", run.Check("cleanup/primary").Status);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(5));
        await pair.AssertNoSmokeKeysAsync();
    }
}
