using System.Diagnostics;
using Smoke.Checks;
using Smoke.Tests.Infrastructure;
using Smoke.Tests.Ssm;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// --via-ssm end to end: a stand-in `aws` first on the program's PATH forwards each local port to
/// a real local redis-server pair, as the real SSM session does through the client instance.
/// </summary>
public sealed class ViaSsmTests(TlsPairFixture fixture) : IClassFixture<TlsPairFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task HealthyTlsAuthPair_ChecksPassThroughTheTunnels_TlsNamesTheRealHosts_AndTheSessionsEnd()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--via-ssm", "--ca-file", fixture.CaFile, "--json"],
            new Dictionary<string, string> { ["PATH"] = aws.SearchPath });

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(run.Failed);
        // Sockets went to the forwarded local ports; TLS still checked the endpoints' own names.
        Assert.Contains($"server name {RedisPair.PrimaryAddress}", run.Check("tls/primary").Detail, StringComparison.Ordinal);
        Assert.Contains($"server name {RedisPair.ReplicaAddress}", run.Check("tls/reader").Detail, StringComparison.Ordinal);
        var arguments = aws.Arguments();
        Assert.Contains("--target i-0123456789abcdef0", arguments, StringComparison.Ordinal);
        Assert.Contains($"host={RedisPair.PrimaryAddress},portNumber={fixture.Pair.Port},localPortNumber=", arguments, StringComparison.Ordinal);
        Assert.Contains($"host={RedisPair.ReplicaAddress},portNumber={fixture.Pair.Port},localPortNumber=", arguments, StringComparison.Ordinal);
        aws.AssertAllEnded(expectedProcesses: 4);
        run.AssertFinishedWithin(Bound);
        await fixture.Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task Bench_RunsThroughTheTunnels_AndTheSessionsEnd()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["bench", "--outputs", outputs.Path, "--via-ssm", "--ca-file", fixture.CaFile, "--duration", "1", "--warmup", "0", "--in-flight", "4", "--json"],
            new Dictionary<string, string> { ["PATH"] = aws.SearchPath });

        Assert.True(run.ExitCode == 0, run.Describe());
        using var report = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.All(
            report.RootElement.GetProperty("operations").EnumerateArray(),
            operation => Assert.True(operation.GetProperty("opsPerSecond").GetDouble() > 0, operation.ToString()));
        Assert.Contains($"host={RedisPair.PrimaryAddress},portNumber={fixture.Pair.Port}", aws.Arguments(), StringComparison.Ordinal);
        aws.AssertAllEnded(expectedProcesses: 4);
        Assert.Empty(await fixture.Pair.WithConnectionAsync(fixture.Pair.Primary, async db =>
            (StackExchange.Redis.RedisResult[]?)await db.ExecuteAsync("KEYS", "bench:*")) ?? []);
    }

    [Fact]
    public async Task ExplicitInstanceId_WinsOverTheOutput()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--via-ssm", "i-0fedcba9876543210", "--ca-file", fixture.CaFile, "--json"],
            new Dictionary<string, string> { ["PATH"] = aws.SearchPath });

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("--target i-0fedcba9876543210", aws.Arguments(), StringComparison.Ordinal);
        aws.AssertAllEnded(expectedProcesses: 4);
    }

    [Fact]
    public async Task FailingCheckThroughTheTunnels_ExitsOne_AndTheSessionsStillEnd()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var pair = RedisPair.Start();
        await pair.BreakReplicationAsync();
        using var outputs = new TempFile(pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--via-ssm", "--json"],
            new Dictionary<string, string> { ["PATH"] = aws.SearchPath });

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("role/reader", run.Failed);
        aws.AssertAllEnded(expectedProcesses: 4);
        run.AssertFinishedWithin(Bound);
        await pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task SessionThatNeverOpensItsPort_FailsAtTheTunnel_WithinItsBound()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.NeverListens);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--via-ssm", "--ssm-timeout", "1s", "--json"],
            new Dictionary<string, string> { ["PATH"] = aws.SearchPath });

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["ssm-tunnel"], run.Checks.Select(c => c.Name));
        Assert.Contains("did not open local port", run.Checks[0].Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.SsmTunnel, run.Checks[0].Hint);
        aws.AssertAllEnded(expectedProcesses: 2);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task MissingAwsCli_ExitsTwo_NamingWhatToInstall_AndStartsNothing()
    {
        var emptyPath = Directory.CreateTempSubdirectory("smoke-no-aws-").FullName;
        try
        {
            using var outputs = new TempFile(fixture.Pair.OutputsJson());

            var run = await SmokeProgram.RunAsync(
                ["--outputs", outputs.Path, "--via-ssm"],
                new Dictionary<string, string> { ["PATH"] = emptyPath });

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Contains("AWS CLI v2", run.Error, StringComparison.Ordinal);
            Assert.Contains("getting-started-install", run.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was connected to", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(emptyPath);
        }
    }

    [Fact]
    public async Task MissingSessionManagerPlugin_ExitsTwo_NamingIt()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards, withPlugin: false);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(
            ["--outputs", outputs.Path, "--via-ssm"],
            new Dictionary<string, string> { ["PATH"] = aws.Directory });

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("session-manager-plugin", run.Error, StringComparison.Ordinal);
        Assert.Empty(aws.StartedPids());
    }

    [Theory]
    [InlineData("not-an-instance")]
    [InlineData("i-xyz")]
    public async Task MalformedInstanceId_ExitsTwo_NamingTheFlag(string id)
    {
        var run = await SmokeProgram.RunAsync(["--primary", "127.0.0.2:6379", "--reader", "127.0.0.3:6379", "--via-ssm", id]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains($"--via-ssm: '{id}' is not an instance id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoInstanceIdAnywhere_ExitsTwo_SayingHowToGiveOne()
    {
        var run = await SmokeProgram.RunAsync(["--primary", "127.0.0.2:6379", "--reader", "127.0.0.3:6379", "--via-ssm"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--via-ssm: no instance id given and no clientInstanceId", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupted_WhileTheChecksRun_TheSessionsEndWithTheProgram()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.Forwards);
        using var pair = RedisPair.Start();
        pair.Primary.Freeze();
        using var outputs = new TempFile(pair.OutputsJson());

        // Both sessions open (two CLI processes and their children), then the checks hang on the frozen primary.
        await SignalWhenAsync(
            aws, ["--outputs", outputs.Path, "--via-ssm", "--timeout", "60s", "--command-timeout", "30s"], startedProcesses: 4, "-INT");

        aws.AssertAllEnded(expectedProcesses: 4);
    }

    [Fact]
    public async Task Terminated_WhileTheSessionsOpen_TheSessionsEndWithTheProgram()
    {
        using var aws = new StandInAwsCli(StandInAwsCli.Behaviour.NeverListens);
        using var outputs = new TempFile(fixture.Pair.OutputsJson());

        // The first session's CLI and its child run; its port never opens, so the program is still opening.
        await SignalWhenAsync(aws, ["--outputs", outputs.Path, "--via-ssm", "--ssm-timeout", "60s"], startedProcesses: 2, "-TERM");

        aws.AssertAllEnded(expectedProcesses: 2);
    }

    /// <summary>
    /// Runs the built program with the stand-ins on its PATH, sends it <paramref name="signal"/> once
    /// <paramref name="startedProcesses"/> stand-in processes run, and waits (bounded) for it to end.
    /// </summary>
    private static async Task SignalWhenAsync(StandInAwsCli aws, string[] args, int startedProcesses, string signal)
    {
        var start = SmokeProcess.StartInfo(args);
        start.Environment["PATH"] = aws.SearchPath;
        using var program = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        try
        {
            await WaitUntilAsync(() => aws.StartedPids().Count == startedProcesses, TimeSpan.FromSeconds(20));
            await Task.Delay(TimeSpan.FromMilliseconds(300));

            using var kill = Process.Start("kill", [signal, program.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await program.WaitForExitAsync(bound.Token);
        }
        finally
        {
            if (!program.HasExited)
            {
                program.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < bound, $"condition not met within {bound.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
