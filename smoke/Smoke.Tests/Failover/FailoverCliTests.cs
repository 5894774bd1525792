using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Smoke.Tests.Infrastructure;
using Smoke.Tests.Ssm;

namespace Smoke.Tests.Failover;

/// <summary>
/// `smoke failover --local` (and `smoke local --failover`) end to end: the report's numbers
/// against the freeze the drill applied, nothing left behind, Ctrl+C as a real signal to the real
/// process, and bad flags refused before anything starts.
/// </summary>
public sealed partial class FailoverCliTests
{
    [Fact]
    public async Task Local_Json_ReportMatchesTheFreeze_NothingLeftBehind()
    {
        var run = await SmokeProgram.RunAsync(["failover", "--local", "--json", "--freeze", "1s", "--observe", "500ms"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        using var json = new DrillJson(run.Output);
        Assert.True(json.Passed, json.Failures);
        var outage = json.Report.GetProperty("writeOutage");
        Assert.True(outage.GetProperty("failedAttempts").GetInt32() > 0, run.Output);
        Assert.InRange(outage.GetProperty("durationMs").GetDouble(), 990, 15_000);
        Assert.Equal(0, json.Lost.GetProperty("missing").GetInt64());
        Assert.True(json.Report.GetProperty("roles").GetProperty("reachesFormerReplica").GetBoolean());
        Assert.StartsWith("127.0.0.3:", json.Failover.GetProperty("primaryAfter").GetString(), StringComparison.Ordinal);
        AssertNothingLeft(Started.Parse(run.Error));
    }

    [Fact]
    public async Task LocalFailoverAlias_RunsTheSameDrill_Table()
    {
        var run = await SmokeProgram.RunAsync(["local", "--failover", "--freeze", "500ms", "--observe", "300ms"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("Failover drill: local failover (primary frozen 0.5 s", run.Output, StringComparison.Ordinal);
        Assert.Contains("lost acknowledged writes           0 of ", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASSED: write outage within", run.Output, StringComparison.Ordinal);
        AssertNothingLeft(Started.Parse(run.Error));
    }

    [Fact]
    public async Task CtrlC_WhilePrimaryFrozen_Exit130_InterruptedOnce_ProcessesAndFilesGone()
    {
        var run = await InterruptWhileFrozenAsync(signals: 1);

        Assert.True(run.ExitCode == 130, run.Describe());
        Assert.Single(Regex.Matches(run.Rest, "interrupted"));
        Assert.Contains("key(s) deleted", run.Rest, StringComparison.Ordinal);
        AssertNothingLeft(run.Started);
    }

    /// <summary>A second Ctrl+C ends the process at once (ConsoleInterrupt.OnForcedExit): the servers are stopped and their files deleted first.</summary>
    [Fact]
    public async Task SecondCtrlC_EndsAtOnce_ServersStoppedAndFilesGone()
    {
        var run = await InterruptWhileFrozenAsync(signals: 2);

        Assert.True(run.ExitCode != 0, run.Describe());
        AssertNothingLeft(run.Started);
    }

    [Theory]
    [InlineData("failover --rate 0", "--rate: '0' is not allowed (a whole number of writes per second from 1 to 5000)")]
    [InlineData("failover --max-write-outage soon", "--max-write-outage: 'soon' is not a duration")]
    [InlineData("failover --local --stack dev", "--local: takes no target flags")]
    [InlineData("failover --local --stack dev --connect-timeout 2s", "--local: takes no target flags (the drill starts its own pair); given: --stack")]
    [InlineData("failover --yes --colour", "unknown option --colour")]
    [InlineData("failover --yes --outputs x.json --freeze 1s", "--freeze: only used with --local")]
    [InlineData("failover --yes", "no endpoints: give --stack <name>, --outputs <file|->, or both --primary and --reader")]
    [InlineData("local --freeze 1s", "--freeze: only used with --failover")]
    [InlineData("local --failover --tls", "--failover: --tls and --bench are not used with it")]
    [InlineData("local --failover --stack dev", "unknown option --stack")]
    public async Task BadFlags_Exit2_NamedBeforeAnythingStarts(string commandLine, string problem)
    {
        var run = await SmokeProgram.RunAsync(commandLine.Split(' '), Path());

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("help", "failover")]
    [InlineData("failover", "--help")]
    public async Task Help_IsGenerated_NamesTheDrillFlags(string first, string second)
    {
        var run = await SmokeProgram.RunAsync([first, second], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("Failover drill", run.Output, StringComparison.Ordinal);
        Assert.Contains("--max-write-outage <t>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--stack <name>", run.Output, StringComparison.Ordinal);
    }

    /// <summary>`smoke failover --local --freeze 30s` as its own process, sent SIGINT <paramref name="signals"/> times once the primary is frozen.</summary>
    private static async Task<Interrupted> InterruptWhileFrozenAsync(int signals)
    {
        using var process = Process.Start(SmokeProcess.StartInfo(["failover", "--local", "--freeze", "30s"]))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = await process.StandardError.ReadLineAsync(bound.Token) ?? "";
        var started = Started.Parse(first);
        string? line;
        while ((line = await process.StandardError.ReadLineAsync(bound.Token)) is not null && !line.Contains("frozen", StringComparison.Ordinal))
        {
        }

        for (var signal = 0; signal < signals; signal++)
        {
            using var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync(bound.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(50), bound.Token);
        }

        var rest = await process.StandardError.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        return new Interrupted(process.ExitCode, started, $"{first}\n{line}", rest, await output);
    }

    private sealed record Interrupted(int ExitCode, Started Started, string Before, string Rest, string Output)
    {
        public string Describe() => $"exit {ExitCode}\n{Before}\n{Rest}\n{Output}";
    }

    private static Dictionary<string, string> Path() => new() { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };

    private static void AssertNothingLeft(Started started)
    {
        Assert.False(Directory.Exists(started.Directory), $"{started.Directory} left behind");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (started.ProcessIds.Any(StandInAwsCli.IsRunning) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.All(started.ProcessIds, pid => Assert.False(StandInAwsCli.IsRunning(pid), $"server process {pid} left running"));
    }

    private sealed record Started(IReadOnlyList<int> ProcessIds, string Directory)
    {
        public static Started Parse(string error)
        {
            var match = StartedLine().Match(error);
            Assert.True(match.Success, $"no 'smoke failover --local: ... (pid ...) ... files in ...' line in:\n{error}");
            var pids = PidPattern().Matches(error).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            return new Started(pids, match.Groups["dir"].Value.Trim());
        }
    }

    [GeneratedRegex(@"smoke failover --local: .*files in (?<dir>\S+)")]
    private static partial Regex StartedLine();

    [GeneratedRegex(@"pid (\d+)")]
    private static partial Regex PidPattern();
}
