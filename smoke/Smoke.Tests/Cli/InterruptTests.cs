using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Smoke.Tests.Infrastructure;
using Smoke.Tests.Local;

namespace Smoke.Tests.Cli;

/// <summary>
/// Ctrl+C as a terminal sends it: SIGINT to the whole process group of the built program (started
/// under setsid, so the group is its own: `kill -INT -- -pgid`), against real servers. Each command says "interrupted" once, exits 130, and its own
/// cleanup shows nowhere as a failed check or a hint.
/// </summary>
public sealed class InterruptTests(PlainPairFixture fixture) : IClassFixture<PlainPairFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Check_InterruptedWhileWaitingForAReply_SaysInterruptedOnce_Exit130_NoReport()
    {
        // A server that accepts and never answers: the check waits on PING until Ctrl+C.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var running = Start(["--primary", $"127.0.0.1:{port}", "--reader", $"127.0.0.1:{port}", "--command-timeout", "20s", "--timeout", "40s"]);
        using var accepted = await silent.AcceptTcpClientAsync().WaitAsync(Bound);

        var run = await running.InterruptAsync();

        AssertInterrupted(run);
        Assert.DoesNotContain("CHECK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_Interrupted_ReportsTheFiguresSoFar_Exit130_KeysRemoved()
    {
        var pair = fixture.Pair;
        using var running = Start(["bench", "--primary", $"{RedisPair.PrimaryAddress}:{pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{pair.Port}", "--duration", "60s", "--warmup", "0", "--in-flight", "4"]);
        await running.WaitForErrorLineAsync("ops/s");

        var run = await running.InterruptAsync();

        AssertInterrupted(run);
        Assert.Contains("verdict: interrupted (Ctrl+C); the figures cover the time until then", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await pair.WithConnectionAsync(pair.Primary, async db => ((StackExchange.Redis.RedisResult[]?)await db.ExecuteAsync("KEYS", "bench:*"))?.Length ?? 0));
    }

    [Fact]
    public async Task Local_InterruptedDuringTheBench_Exit130_NoFailedCheckOrHint_NothingLeft()
    {
        using var running = Start(["local", "--tls", "--bench"]);
        var started = LocalLeftovers.Started.Parse(await running.WaitForOutputLineAsync("(pids "));
        await running.WaitForOutputLineAsync("PASSED:");
        await running.WaitForErrorLineAsync("ops/s");

        var run = await running.InterruptAsync();

        AssertInterrupted(run);
        Assert.DoesNotContain("hint:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cleanup failed", run.Output, StringComparison.Ordinal);
        LocalLeftovers.AssertNothingLeft(started);
    }

    private static void AssertInterrupted(SmokeRun run)
    {
        Assert.True(run.ExitCode == 130, run.Describe());
        var all = run.Output + run.Error;
        Assert.True(all.Split("interrupted").Length == 2, $"'interrupted' not said exactly once\n{run.Describe()}");
        Assert.DoesNotContain("unexpected error", all, StringComparison.Ordinal);
    }

    private static RunningSmoke Start(IEnumerable<string> args)
    {
        var start = SmokeProcess.StartInfo(args);
        start.ArgumentList.Insert(0, start.FileName);
        start.FileName = "setsid";
        return new RunningSmoke(Process.Start(start)!);
    }

    /// <summary>The program running as its own process, its streams read line by line as they come.</summary>
    private sealed class RunningSmoke : IDisposable
    {
        private readonly Process _process;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lines _output = new();
        private readonly Lines _error = new();

        public RunningSmoke(Process process)
        {
            _process = process;
            _process.StandardInput.Close();
            _process.OutputDataReceived += (_, e) => _output.Add(e.Data);
            _process.ErrorDataReceived += (_, e) => _error.Add(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public Task<string> WaitForOutputLineAsync(string part) => _output.WaitForAsync(part, Describe);

        public Task<string> WaitForErrorLineAsync(string part) => _error.WaitForAsync(part, Describe);

        /// <summary>SIGINT to the process group, as Ctrl+C in a terminal sends it, then the run to its end (bounded).</summary>
        public async Task<SmokeRun> InterruptAsync()
        {
            using (var kill = Process.Start("kill", ["-INT", "--", "-" + _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var bound = new CancellationTokenSource(Bound);
            await _process.WaitForExitAsync(bound.Token);
            _process.WaitForExit();
            return new SmokeRun(_process.ExitCode, _output.Text, _error.Text, _clock.Elapsed);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private string Describe() => $"--- stdout\n{_output.Text}\n--- stderr\n{_error.Text}";
    }

    private sealed class Lines
    {
        private readonly List<string> _lines = [];
        private readonly SemaphoreSlim _added = new(0);

        public string Text
        {
            get
            {
                lock (_lines)
                {
                    return string.Join('\n', _lines);
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }

            _added.Release();
        }

        public async Task<string> WaitForAsync(string part, Func<string> describe)
        {
            using var bound = new CancellationTokenSource(Bound);
            while (true)
            {
                lock (_lines)
                {
                    if (_lines.FirstOrDefault(l => l.Contains(part, StringComparison.Ordinal)) is { } found)
                    {
                        return found;
                    }
                }

                try
                {
                    await _added.WaitAsync(bound.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"no line with '{part}' within {Bound.TotalSeconds} s\n{describe()}");
                }
            }
        }
    }
}
