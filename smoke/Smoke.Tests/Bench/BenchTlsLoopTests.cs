using System.Net;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>
/// TLS load connections on the event loops: many connections on one loop, pipelines whose replies
/// span many TLS records and more than the receive buffer, and a server that cuts a reply in the
/// middle (closed, or stalled), each ending within its bound with a clear error.
/// </summary>
public sealed class BenchTlsLoopTests(TlsPairFixture fixture) : IClassFixture<TlsPairFixture>
{
    private const string Variable = "BENCH_TEST_TOKEN";

    private static readonly Dictionary<string, string> Token = new() { [Variable] = TlsPairFixture.Token };

    private string[] Target =>
        ["--primary", $"{RedisPair.PrimaryAddress}:{fixture.Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{fixture.Pair.Port}", "--tls",
            "--ca-file", fixture.CaFile, "--auth-token-env", Variable, "--lag-interval", "0", "--warmup", "0", "--json"];

    [Fact]
    public async Task ManyConnectionsOnOneLoop_EveryRequestIsAnswered()
    {
        var run = await BenchRuns.RunAsync(Token, [.. Target, "--in-flight", "200", "--threads", "1", "--requests", "20000", "--ratio", "1:1", "--read-from", "primary", "--keyspace", "500"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(200, run.Json().GetProperty("workload").GetProperty("connections").GetInt32());
        Assert.InRange(run.Operations().Sum(o => o.GetProperty("operations").GetInt64()), 20000, 20000 + 200);
        Assert.All(run.Operations(), o => Assert.Empty(o.GetProperty("errors").EnumerateObject()));
        Assert.Equal(0, await fixture.Pair.BenchKeyCountAsync(fixture.Pair.Primary));
    }

    [Theory]
    [InlineData("1:0")]
    [InlineData("0:1")]
    public async Task LargePipelines_RepliesBeyondTheReceiveBufferAreAllRead(string ratio)
    {
        // 1000 GETs of 4 KiB: 4 MB of replies per batch, hundreds of TLS records, 60 buffers full.
        var run = await BenchRuns.RunAsync(Token, [.. Target, "--in-flight", "4", "--threads", "1", "--pipeline", "1000", "--value-size", "4096", "--requests", "40000", "--ratio", ratio, "--read-from", "primary", "--keyspace", "200"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        var operation = Assert.Single(run.Operations());
        Assert.InRange(operation.GetProperty("operations").GetInt64(), 40000, 44000);
        Assert.Empty(operation.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task RecordsSplitOverManyReceives_AreReassembledAndEveryReplyRead()
    {
        using var proxy = new DribblingProxy(new IPEndPoint(IPAddress.Parse(RedisPair.PrimaryAddress), fixture.Pair.Port));

        var run = await BenchRuns.RunAsync(Token, ["--primary", proxy.Address, "--reader", proxy.Address, "--tls", "--ca-file", fixture.CaFile, "--auth-token-env", Variable,
            "--lag-interval", "0", "--warmup", "0", "--json", "--in-flight", "6", "--pipeline", "8", "--requests", "3000", "--ratio", "1:1", "--read-from", "primary", "--keyspace", "100"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.InRange(run.Operations().Sum(o => o.GetProperty("operations").GetInt64()), 3000, 3000 + 48);
        Assert.All(run.Operations(), o => Assert.Empty(o.GetProperty("errors").EnumerateObject()));
    }

    [Theory]
    [InlineData(true, "the server closed the connection")]
    [InlineData(false, "no reply within the command timeout")]
    public async Task ServerCutsAReplyInTheMiddle_EndsWithinTheBoundNamingTheCause(bool close, string cause)
    {
        using var certificates = new TestCertificates();
        using var server = new CuttingTlsServer(certificates, cutAfter: 300, close);

        var run = await BenchRuns.RunAsync(["--primary", server.Address, "--reader", server.Address, "--tls", "--ca-file", certificates.CaFile,
            "--duration", "30", "--warmup", "0", "--in-flight", "8", "--ratio", "1:0", "--read-from", "primary", "--keyspace", "10",
            "--lag-interval", "0", "--command-timeout", "3s"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains($"verdict: FAILED: primary {server.Address}: ", run.Output, StringComparison.Ordinal);
        Assert.True(run.Output.Contains(cause, StringComparison.Ordinal), run.Describe());
        run.AssertFinishedWithin(TimeSpan.FromSeconds(15));
    }
}
