using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Local;

/// <summary>
/// `smoke local` against the real servers it starts: the check passes, the outputs it prints hide
/// the token, and afterwards neither a server process nor a file of it is left, whether the run
/// ended by itself or by Ctrl+C.
/// </summary>
public sealed partial class LocalRunTests
{
    [Fact]
    public async Task Plain_CheckPasses_AndNothingIsLeftBehind()
    {
        var run = await SmokeProgram.RunAsync(["local"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("\"transitEncryption\": false", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"replicas\": 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASSED: 13 passed, 0 failed, 4 skipped", run.Output, StringComparison.Ordinal);
        AssertNothingLeft(Started.Parse(run.Output));
    }

    [Fact]
    public async Task Tls_WithToken_CheckPasses_TokenShownAsSecret_NothingLeft()
    {
        var run = await SmokeProgram.RunAsync(["local", "--tls"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("\"authToken\": \"[secret]\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("TLS on, AUTH on", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASSED: 17 passed, 0 failed, 0 skipped", run.Output, StringComparison.Ordinal);
        // The token is 32 random hex digits; nothing of that shape may be printed.
        Assert.DoesNotMatch("[0-9a-f]{32}", run.Output + run.Error);
        AssertNothingLeft(Started.Parse(run.Output));
    }

    [Fact]
    public async Task Bench_RunsAShortProbeAfterTheCheck()
    {
        var run = await SmokeProgram.RunAsync(["local", "--bench"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("PASSED:", run.Output, StringComparison.Ordinal);
        Assert.Contains("verdict: completed", run.Output, StringComparison.Ordinal);
        AssertNothingLeft(Started.Parse(run.Output));
    }

    [Fact]
    public async Task NoServerOnPath_Exit2_NamesThePackageToInstall()
    {
        var run = await SmokeProgram.RunAsync(["local"], new Dictionary<string, string> { ["PATH"] = "/nonexistent" });

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("neither redis-server nor valkey-server is on PATH", run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install redis-server", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFlag_Exit2_NamesIt()
    {
        var run = await SmokeProgram.RunAsync(["local", "--tsl"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("unknown option --tsl; did you mean --tls?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlC_DuringTheRun_StopsTheServersAndDeletesTheFiles()
    {
        using var process = Process.Start(SmokeProcess.StartInfo(["local", "--tls", "--bench"]))!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = await process.StandardOutput.ReadLineAsync(bound.Token) ?? "";
        var started = Started.Parse(first);
        Assert.All(started.ProcessIds, pid => Assert.True(IsRunning(pid), $"server {pid} not running after the first line"));
        await Task.Delay(TimeSpan.FromSeconds(1), bound.Token);

        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync(bound.Token);
        }

        var rest = process.StandardOutput.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        Assert.True(process.ExitCode != 0, $"exit {process.ExitCode}\n{first}\n{await rest}\n{await error}");
        AssertNothingLeft(started);
    }

    private static Dictionary<string, string> Path() => new() { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };

    private static void AssertNothingLeft(Started started)
    {
        Assert.False(Directory.Exists(started.Directory), $"{started.Directory} left behind");
        Assert.All(started.ProcessIds, pid => Assert.False(IsRunning(pid), $"server process {pid} left running"));
    }

    /// <summary>A live (not zombie) process with that id.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var fields = File.ReadAllText(stat);
            return fields[(fields.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed record Started(IReadOnlyList<int> ProcessIds, string Directory)
    {
        public static Started Parse(string output)
        {
            var match = StartedLine().Match(output);
            Assert.True(match.Success, $"no 'smoke local: ... (pids ...), files in ...' line in:\n{output}");
            return new Started(
                match.Groups["pids"].Value.Split(", ").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList(),
                match.Groups["dir"].Value.Trim());
        }
    }

    [GeneratedRegex(@"\(pids (?<pids>[0-9, ]+)\), files in (?<dir>\S+)")]
    private static partial Regex StartedLine();
}
