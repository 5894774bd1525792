using Smoke.Checks;
using Smoke.Connection;
using Smoke.Input;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>Scenarios against a TLS-only pair with requirepass, as ElastiCache with transit encryption and AUTH.</summary>
public sealed class TlsAuthPairTests(TlsPairFixture fixture) : IClassFixture<TlsPairFixture>
{
    private const string TokenVariable = "SMOKE_AUTH_TOKEN";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private RedisPair Pair => fixture.Pair;

    [Fact]
    public async Task HealthyTlsAuthPair_TokenFromEnvironment_EveryCheckPasses()
    {
        // The post-deploy command's shape: endpoints, --tls and the token's variable name.
        var run = await SmokeProgram.RunAsync(
            [
                "--primary", $"{RedisPair.PrimaryAddress}:{Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{Pair.Port}",
                "--tls", "--auth-token-env", TokenVariable, "--ca-file", fixture.CaFile, "--json",
            ],
            new Dictionary<string, string> { [TokenVariable] = TlsPairFixture.Token });

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(run.Failed);
        Assert.Equal(
            ["dns", "tcp", "tls", "auth", "ping", "role", "set", "get", "replication", "readonly", "cleanup"],
            run.Checks.Where(c => c.Status == "passed").Select(c => c.Name).Distinct());
        Assert.Contains($"server name {RedisPair.ReplicaAddress}", run.Check("tls/reader").Detail, StringComparison.Ordinal);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task HealthyTlsAuthPair_TokenFromOutputs_TablePasses()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--ca-file", fixture.CaFile]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("TLS on, AUTH on", run.Output, StringComparison.Ordinal);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task WrongToken_FailsAtAuth_WithTokenHint_AndNeverPrintsEitherToken()
    {
        const string wrong = "wrong-token-0000000000000000000000";
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--ca-file", fixture.CaFile, "--auth-token-env", TokenVariable, "--json"],
            new Dictionary<string, string> { [TokenVariable] = wrong },
            secrets: wrong);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["auth/primary", "auth/reader"], run.Failed);
        Assert.Equal(Hints.AuthWrong, run.Check("auth/primary").Hint);
        Assert.Equal("skipped", run.Check("ping/primary").Status);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task NoToken_ServerRequiresOne_FailsAtPing_WithMissingTokenHint()
    {
        using var outputs = new TempFile(Pair.OutputsJson(includeToken: false));

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--ca-file", fixture.CaFile, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["ping/primary", "ping/reader"], run.Failed);
        Assert.Equal(Hints.AuthMissing, run.Check("ping/primary").Hint);
        Assert.StartsWith("server answered PING with: NOAUTH", run.Check("ping/primary").Detail, StringComparison.Ordinal);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task PlainExpected_ServerTls_FailsAtAuth_WithUseTlsHint()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--no-tls", "--connect-timeout", "2s", "--command-timeout", "2s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["auth/primary", "auth/reader"], run.Failed);
        Assert.Equal(Hints.ServerWantsTls, run.Check("auth/primary").Hint);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(10));
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task PrivateCaNotTrusted_FailsAtTls_WithCertificateHint()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["tls/primary", "tls/reader"], run.Failed);
        Assert.Equal(Hints.TlsUntrusted, run.Check("tls/primary").Hint);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task ForwardedAddress_ServerNameTheCertificateDoesNotName_FailsAtTlsWithNameHint()
    {
        // As through a tunnel: connect to the pair's address, but check the certificate against
        // another host name, which the test certificate does not carry.
        EndpointTarget Forwarded(EndpointRole role, string address) =>
            new(role, new HostPort(address, Pair.Port), $"{role.ToString().ToLowerInvariant()}.cache.example.com");
        var target = new SmokeTarget(
            Forwarded(EndpointRole.Primary, RedisPair.PrimaryAddress),
            Forwarded(EndpointRole.Reader, RedisPair.ReplicaAddress),
            Tls: true,
            new AuthToken(TlsPairFixture.Token),
            TlsTrust.FromCaFile(fixture.CaFile),
            new ConnectionTimeouts(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)));

        var report = await new SmokeCheckRun(target, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)).RunAsync();

        var tls = report.Checks.Where(c => c.Name == CheckNames.Tls).ToList();
        Assert.All(tls, c => Assert.Equal(CheckStatus.Failed, c.Status));
        Assert.All(tls, c => Assert.Equal(Hints.TlsNameMismatch, c.Hint));
        Assert.Contains("primary.cache.example.com", tls[0].Detail, StringComparison.Ordinal);
        Assert.False(report.Passed);
        await Pair.AssertNoSmokeKeysAsync();
    }
}
