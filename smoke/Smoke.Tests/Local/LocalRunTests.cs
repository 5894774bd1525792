using System.Diagnostics;
using System.Globalization;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Local;

/// <summary>
/// `smoke local` against the real servers it starts: the check passes, the outputs it prints hide
/// the token, and afterwards neither a server process nor a file of it is left, whether the run
/// ended by itself or by Ctrl+C.
/// </summary>
public sealed class LocalRunTests
{
    [Fact]
    public async Task Plain_CheckPasses_AndNothingIsLeftBehind()
    {
        var run = await SmokeProgram.RunAsync(["local"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("\"transitEncryption\": false", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"replicas\": 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASSED: 13 passed, 0 failed, 4 skipped", run.Output, StringComparison.Ordinal);
        LocalLeftovers.AssertNothingLeft(LocalLeftovers.Started.Parse(run.Output));
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
        LocalLeftovers.AssertNothingLeft(LocalLeftovers.Started.Parse(run.Output));
    }

    [Fact]
    public async Task Bench_RunsAShortProbeAfterTheCheck()
    {
        var run = await SmokeProgram.RunAsync(["local", "--bench"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("PASSED:", run.Output, StringComparison.Ordinal);
        Assert.Contains("verdict: completed", run.Output, StringComparison.Ordinal);
        LocalLeftovers.AssertNothingLeft(LocalLeftovers.Started.Parse(run.Output));
    }

    [Fact]
    public async Task Json_OneDocumentOnStandardOutput_WithTheCheckAndTheProbe_NoEscapedQuotes()
    {
        var run = await SmokeProgram.RunAsync(["local", "--json", "--bench"], Path());

        Assert.True(run.ExitCode == 0, run.Describe());
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(0, root.GetProperty("exitCode").GetInt32());
        Assert.False(root.GetProperty("outputs").GetProperty("transitEncryption").GetBoolean());
        Assert.Equal("passed", root.GetProperty("check").GetProperty("result").GetString());
        Assert.Equal("completed", root.GetProperty("bench").GetProperty("verdict").GetString());
        Assert.Equal("replica", root.GetProperty("bench").GetProperty("readerRole").GetString());
        // The reader's refusal quotes the server ("You can't write ..."): as written, not \u0027.
        Assert.Contains("can't write", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", run.Output, StringComparison.Ordinal);
        LocalLeftovers.AssertNothingLeft(LocalLeftovers.Started.Parse(run.Error));
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
        var started = LocalLeftovers.Started.Parse(first);
        Assert.All(started.ProcessIds, pid => Assert.True(LocalLeftovers.IsRunning(pid), $"server {pid} not running after the first line"));
        await Task.Delay(TimeSpan.FromSeconds(1), bound.Token);

        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync(bound.Token);
        }

        var rest = process.StandardOutput.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        var described = $"exit {process.ExitCode}\n{first}\n{await rest}\n{await error}";
        Assert.True(process.ExitCode == 130, described);
        Assert.DoesNotContain("hint:", await rest, StringComparison.Ordinal);
        Assert.Contains("interrupted", await rest + await error, StringComparison.Ordinal);
        LocalLeftovers.AssertNothingLeft(started);
    }

    private static Dictionary<string, string> Path() => new() { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };
}
