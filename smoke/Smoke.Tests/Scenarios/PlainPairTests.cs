using Smoke.Checks;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>Scenarios against one healthy plain-text pair without AUTH (tests of a class run one at a time).</summary>
public sealed class PlainPairTests(PlainPairFixture fixture) : IClassFixture<PlainPairFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private RedisPair Pair => fixture.Pair;

    [Fact]
    public async Task HealthyPair_EveryCheckPasses_TableShowsEachCheck()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--timeout", "15s"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        foreach (var check in new[] { "dns", "tcp", "ping", "role", "set", "get", "replication", "readonly", "cleanup" })
        {
            Assert.Matches($"(?m)^{check} +(primary|reader) +pass ", run.Output);
        }

        Assert.Matches("(?m)^tls +primary +skip ", run.Output);
        Assert.Contains("READONLY You can't write against a read only replica", run.Output, StringComparison.Ordinal);
        Assert.Matches("observed replication lag [0-9]+ ms", run.Output);
        Assert.Contains("PASSED:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task HealthyPair_Json_ReportsEveryCheckWithStatusAndDuration()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["check", "--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(run.Failed);
        Assert.Equal(
            ["dns", "tcp", "tls", "auth", "ping", "role", "set", "get", "replication", "readonly", "cleanup"],
            run.Checks.Select(c => c.Name).Distinct());
        Assert.Equal("passed", run.Check("readonly/reader").Status);
        Assert.StartsWith("write refused: READONLY", run.Check("readonly/reader").Detail, StringComparison.Ordinal);
        Assert.All(run.Checks.Where(c => c.Status == "passed"), c => Assert.True(c.DurationMs >= 0));
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task OutputsFromStandardInput_WithFlagOverrides_Pass()
    {
        // Outputs name hosts that do not exist; the operator's flags point at the pair instead.
        var outputs = $$"""{"primaryEndpoint":"primary.example.invalid","readerEndpoint":"reader.example.invalid","port":1,"transitEncryption":true}""";

        var run = await SmokeProgram.RunAsync(
            ["--outputs", "-", "--primary", $"{RedisPair.PrimaryAddress}:{Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{Pair.Port}", "--no-tls", "--json"],
            standardInput: outputs);

        Assert.True(run.ExitCode == 0, run.Describe());
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task TlsExpected_ServerPlain_FailsAtTls_WithMayNotSpeakTlsHint()
    {
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--tls", "--connect-timeout", "1s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["tls/primary", "tls/reader"], run.Failed);
        Assert.Equal("no answer within 1 s", run.Check("tls/primary").Detail);
        Assert.Equal(Hints.TlsNoAnswer, run.Check("tls/primary").Hint);
        Assert.Equal(Hints.TlsNoAnswer, run.Check("tls/reader").Hint);
        Assert.Equal("skipped", run.Check("set/primary").Status);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(10));
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task TokenGiven_ServerWithoutAuth_FailsAtAuth_WithoutPrintingToken()
    {
        const string token = "a-token-this-server-does-not-expect";
        using var outputs = new TempFile(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--auth-token-env", "SMOKE_AUTH_TOKEN", "--json"],
            new Dictionary<string, string> { ["SMOKE_AUTH_TOKEN"] = token },
            secrets: token);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["auth/primary", "auth/reader"], run.Failed);
        Assert.Equal(Hints.AuthNotConfigured, run.Check("auth/primary").Hint);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task ReaderPointsAtPrimary_RoleAndReadOnlyFail_KeysRemoved()
    {
        var run = await SmokeProgram.RunAsync(
            ["--primary", $"{RedisPair.PrimaryAddress}:{Pair.Port}", "--reader", $"{RedisPair.PrimaryAddress}:{Pair.Port}", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["role/reader", "readonly/reader"], run.Failed);
        Assert.Equal(Hints.ReaderNotReplica, run.Check("readonly/reader").Hint);
        Assert.Equal("passed", run.Check("cleanup/primary").Status);
        run.AssertFinishedWithin(Bound);
        await Pair.AssertNoSmokeKeysAsync();
    }
}
