using Smoke.Bench;
using Smoke.Cli;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>Runs that end early: each on a pair of its own, since they break or stop it.</summary>
public sealed class BenchFailureTests : IDisposable
{
    private readonly RedisPair pair = RedisPair.Start();

    [Fact]
    public async Task PrimaryDiesMidRun_StopsWithinBoundExitOneAndSaysWhat()
    {
        var running = BenchRuns.RunAsync([.. BenchRuns.PlainTarget(pair), "--duration", "30", "--warmup", "0", "--in-flight", "8", "--command-timeout", "2s"]);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        pair.Primary.Stop();
        var run = await running;

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("verdict: FAILED: primary 127.0.0.2:", run.Output, StringComparison.Ordinal);
        Assert.Contains("connection lost", run.Output, StringComparison.Ordinal);
        Assert.Contains("cleanup failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("expire by their TTL", run.Output, StringComparison.Ordinal);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task PrimaryFreezesMidRun_EndsWithinTheCommandTimeoutExitOne()
    {
        var running = BenchRuns.RunAsync([.. BenchRuns.PlainTarget(pair), "--duration", "30", "--warmup", "0", "--in-flight", "8", "--command-timeout", "1s"]);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        pair.Primary.Freeze();
        var run = await running;

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains("no reply within the command timeout", run.Output, StringComparison.Ordinal);
        Assert.Contains("cleanup failed", run.Output, StringComparison.Ordinal);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Interrupt_StopsTheLoadReportsWhatWasMeasuredAndCleansUp()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        var context = new CliContext(TextReader.Null, TextWriter.Synchronized(output), TextWriter.Synchronized(error), _ => null) { Interrupt = ctrlC.Token };

        var exitCode = await SmokeCli.RunAsync(["bench", .. BenchRuns.PlainTarget(pair), "--duration", "30", "--warmup", "0", "--in-flight", "4"], context).WaitAsync(BenchRuns.Bound);

        Assert.Equal(130, exitCode);
        var report = output.ToString();
        Assert.Contains("interrupted (Ctrl+C)", report, StringComparison.Ordinal);
        Assert.Contains("cleanup: removed", report, StringComparison.Ordinal);
        Assert.Equal(0, await pair.BenchKeyCountAsync(pair.Primary));
    }

    public void Dispose() => pair.Dispose();
}
