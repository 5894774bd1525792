using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>The probe over TLS (server name = the endpoint host, a private CA through --ca-file) with AUTH.</summary>
public sealed class BenchTlsTests(TlsPairFixture fixture) : IClassFixture<TlsPairFixture>
{
    private const string Variable = "BENCH_TEST_TOKEN";

    private static Dictionary<string, string> Environment(string token) => new() { [Variable] = token };

    private string[] Endpoints => ["--primary", $"{RedisPair.PrimaryAddress}:{fixture.Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{fixture.Pair.Port}", "--tls"];

    private string[] Target => [.. Endpoints, "--ca-file", fixture.CaFile, "--auth-token-env", Variable];

    [Fact]
    public async Task TlsWithAuth_CompletesAndNeverPrintsTheToken()
    {
        // SmokeProgram asserts on every run that the token appears in no output. Three seconds, not
        // one: a lag sample needs a marker SET, its replication and a reader GET over TLS, and with
        // the whole suite on two cores (six TLS load threads here) one second once ended before the
        // first marker was seen (samples 0, unseen 0, exit 0).
        var run = await BenchRuns.RunAsync(Environment(TlsPairFixture.Token), [.. Target, "--duration", "3", "--warmup", "0", "--in-flight", "6", "--pipeline", "2", "--lag-interval", "50ms", "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.All(run.Operations(), o => Assert.True(o.GetProperty("opsPerSecond").GetDouble() > 0));
        Assert.True(run.Json().GetProperty("replicationLagMs").GetProperty("samples").GetInt64() > 0, run.Describe());
        Assert.Equal(0, await fixture.Pair.BenchKeyCountAsync(fixture.Pair.Primary));
    }

    [Fact]
    public async Task WrongToken_FailsNamingAuthWithoutEchoingIt()
    {
        var run = await BenchRuns.RunAsync(Environment("not-the-token"), [.. Target, "--duration", "1"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("AUTH refused by the server", run.Output, StringComparison.Ordinal);
        SmokeProgram.AssertNoSecret(run, ["not-the-token"]);
    }

    [Fact]
    public async Task CertificateOfAnUntrustedCa_FailsTheTlsHandshake()
    {
        var run = await BenchRuns.RunAsync(Environment(TlsPairFixture.Token), [.. Endpoints, "--auth-token-env", Variable, "--duration", "1"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("TLS handshake failed: certificate rejected for '127.0.0.2'", run.Output, StringComparison.Ordinal);
        Assert.Contains(Smoke.Checks.Hints.TlsUntrusted, run.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainTextAgainstTheTlsServer_FailsWithTheTransitEncryptionHint()
    {
        var run = await BenchRuns.RunAsync(["--primary", $"{RedisPair.PrimaryAddress}:{fixture.Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{fixture.Pair.Port}", "--no-tls", "--duration", "1"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains(Smoke.Checks.Hints.ServerWantsTls, run.Output, StringComparison.Ordinal);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(15));
    }
}
