namespace Smoke.Tests.Bench;

/// <summary>The probe over TLS (server name = the endpoint host, a private CA through --ca-file) with AUTH.</summary>
public sealed class BenchTlsTests : IDisposable
{
    private const string Token = "bench-secret-token-0123456789";
    private readonly BenchRedisPair pair = new(Token, tls: true);

    private Dictionary<string, string> Environment(string token) => new() { ["BENCH_TEST_TOKEN"] = token };

    private string[] Target => ["--primary", pair.Primary, "--reader", pair.Replica, "--tls", "--ca-file", pair.Tls!.CaFile, "--auth-token-env", "BENCH_TEST_TOKEN"];

    [Fact]
    public async Task TlsWithAuth_CompletesAndNeverPrintsTheToken()
    {
        var run = await BenchProgram.RunAsync(Environment(Token), [.. Target, "--duration", "1", "--warmup", "0", "--in-flight", "6", "--pipeline", "2", "--lag-interval", "50ms", "--json"]);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.All(run.Operations, o => Assert.True(o.GetProperty("opsPerSecond").GetDouble() > 0));
        Assert.True(run.Json.GetProperty("replicationLagMs").GetProperty("samples").GetInt64() > 0);
        Assert.DoesNotContain(Token, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(0, pair.BenchKeyCount());
    }

    [Fact]
    public async Task WrongToken_FailsNamingAuthWithoutEchoingIt()
    {
        var run = await BenchProgram.RunAsync(Environment("not-the-token"), [.. Target, "--duration", "1"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AUTH refused by the server", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateOfAnUntrustedCa_FailsTheTlsHandshake()
    {
        var run = await BenchProgram.RunAsync(Environment(Token), ["--primary", pair.Primary, "--reader", pair.Replica, "--tls", "--auth-token-env", "BENCH_TEST_TOKEN", "--duration", "1"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TLS handshake failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => pair.Dispose();
}
