using System.Text.Json;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>Short real runs of the probe against a real local primary/replica pair (shared: no test breaks it).</summary>
public sealed class BenchRunTests(PlainPairFixture fixture) : IClassFixture<PlainPairFixture>
{
    private RedisPair Pair => fixture.Pair;

    private string[] Target => BenchRuns.PlainTarget(Pair);

    [Fact]
    public async Task ShortRun_AgainstHealthyPair_ReportsEveryOperationLagAndLeavesNoKey()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--duration", "1", "--warmup", "200ms", "--in-flight", "8", "--lag-interval", "20ms", "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        var operations = run.Operations().ToList();
        Assert.Equal(["SET primary", "GET reader"], operations.Select(o => $"{o.GetProperty("operation").GetString()} {o.GetProperty("endpoint").GetString()}"));
        foreach (var operation in operations)
        {
            Assert.True(operation.GetProperty("opsPerSecond").GetDouble() > 0, operation.ToString());
            AssertOrdered(operation.GetProperty("latencyMs"));
            Assert.Empty(operation.GetProperty("errors").EnumerateObject());
        }

        var lag = run.Json().GetProperty("replicationLagMs");
        Assert.True(lag.GetProperty("samples").GetInt64() > 0, lag.ToString());
        Assert.Equal(0, lag.GetProperty("unseen").GetInt32());
        AssertOrdered(lag);
        Assert.True(run.Json().GetProperty("cleanup").GetProperty("done").GetBoolean());
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Primary));
        run.AssertFinishedWithin(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task PipelinedRun_ReadingFromBoth_ReportsEachPartAndTheTable()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--duration", "1", "--warmup", "0", "--in-flight", "12", "--connections", "6", "--threads", "2", "--pipeline", "8", "--ratio", "2:1", "--read-from", "both", "--value-size", "1000", "--keyspace", "500"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("SET  primary", run.Output, StringComparison.Ordinal);
        Assert.Contains("GET  primary", run.Output, StringComparison.Ordinal);
        Assert.Contains("GET  reader", run.Output, StringComparison.Ordinal);
        Assert.Contains("verdict: completed", run.Output, StringComparison.Ordinal);
        Assert.Contains("ops/s", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Primary));
    }

    [Fact]
    public async Task RequestBoundedRun_MeasuresThatManyOperationsRoundedToBatches()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--requests", "3000", "--warmup", "0", "--in-flight", "4", "--pipeline", "4", "--ratio", "0:1", "--lag-interval", "0", "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        var set = Assert.Single(run.Operations());
        var count = set.GetProperty("operations").GetInt64();
        Assert.InRange(count, 3000, 3000 + 4 * 4);
        Assert.Equal(JsonValueKind.Null, run.Json().GetProperty("replicationLagMs").ValueKind);
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Primary));
    }

    [Fact]
    public async Task StackOutputsOnStandardInput_AreTheTargetAsForTheSmokeCheck()
    {
        var run = await BenchRuns.RunWithOutputsAsync(Pair.OutputsJson(), "--duration", "1", "--warmup", "0", "--in-flight", "4", "--lag-interval", "0", "--json");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            [$"{RedisPair.PrimaryAddress}:{Pair.Port}", $"{RedisPair.ReplicaAddress}:{Pair.Port}"],
            run.Operations().Select(o => o.GetProperty("address").GetString()));
        Assert.Equal("replica", run.Json().GetProperty("readerRole").GetString());
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Primary));
    }

    [Fact]
    public async Task PrimaryEndpointOnAReplica_IsRefusedBeforeAnyWrite()
    {
        var run = await BenchRuns.RunAsync(["--primary", $"{RedisPair.ReplicaAddress}:{Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{Pair.Port}", "--no-tls", "--duration", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to write", run.Error, StringComparison.Ordinal);
        Assert.Contains("reports the role 'replica'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Replica));
    }

    [Theory]
    [InlineData("--pipeline", "0", "1 to 1000")]
    [InlineData("--in-flight", "0", "1 to 10000")]
    [InlineData("--in-flight", "lots", "1 to 10000")]
    [InlineData("--duration", "0", "1s..1h")]
    [InlineData("--duration", "2h", "1s..1h")]
    [InlineData("--warmup", "20m", "0..10m")]
    [InlineData("--ratio", "2", "reads:writes")]
    [InlineData("--ratio", "0:0", "reads:writes")]
    [InlineData("--read-from", "secondary", "reader, primary or both")]
    [InlineData("--value-size", "2000000", "1 to 1048576")]
    [InlineData("--keyspace", "0", "1 to 10000000")]
    [InlineData("--lag-interval", "5ms", "10ms..60s")]
    [InlineData("--requests", "0", "1 to 1000000000000")]
    [InlineData("--threads", "0", "1 to 64")]
    public async Task InvalidWorkloadFlag_ExitsTwoNamingFlagValueAndRange(string flag, string value, string allowed)
    {
        var run = await BenchRuns.RunAsync([.. Target, flag, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{flag}: got '{value}'; allowed: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(allowed, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task TlsAgainstAPlainServer_FailsTheHandshakeWithTheTransitEncryptionHint()
    {
        var run = await BenchRuns.RunAsync([.. Target.Where(a => a != "--no-tls"), "--tls", "--duration", "1"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("TLS handshake failed", run.Output, StringComparison.Ordinal);
        Assert.Contains(Smoke.Checks.Hints.TlsMismatch, run.Output, StringComparison.Ordinal);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task MoreConnectionsThanRequestsInFlight_IsRefused()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--in-flight", "10", "--connections", "20"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--connections: got 20; allowed: 1..10", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeEncodedWorkload_IsRefusedNamingTheFlags()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--in-flight", "1000", "--pipeline", "100", "--value-size", "1048576"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--in-flight 1000 x --pipeline 100 x --value-size 1048576", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FewConnectionsManyClients_CompletesAndCountsEveryReply()
    {
        var run = await BenchRuns.RunAsync([.. Target, "--requests", "5000", "--warmup", "0", "--in-flight", "20", "--connections", "2", "--pipeline", "3", "--ratio", "1:0", "--read-from", "reader", "--lag-interval", "0", "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        var get = Assert.Single(run.Operations());
        Assert.Equal(2, get.GetProperty("connections").GetInt32());
        Assert.InRange(get.GetProperty("operations").GetInt64(), 5000, 5000 + 20 * 3);
        Assert.Equal(0, await Pair.BenchKeyCountAsync(Pair.Primary));
    }

    private static void AssertOrdered(JsonElement percentiles)
    {
        var p50 = percentiles.GetProperty("p50").GetDouble();
        var p99 = percentiles.GetProperty("p99").GetDouble();
        var max = percentiles.GetProperty("max").GetDouble();
        Assert.True(p50 > 0 && p50 <= p99 && p99 <= max, percentiles.ToString());
    }
}
