using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Smoke.Checks;
using Smoke.Connection;

namespace Smoke.Bench;

/// <summary>
/// Runs one probe: role check, key-space fill (when the workload reads), connections, warm-up,
/// the measured load with the lag sampler beside it, then cleanup of every key written, which
/// also runs after a failure or Ctrl+C. Load connections, plain or TLS, are spread over
/// <c>--threads</c> event loops (<see cref="EventLoop"/>), the sampler has a thread of its own; this thread supervises (progress, phases, stop). Every wait is bounded: connects by the
/// connect timeout, each reply by the command timeout, the end of the run by both.
/// </summary>
internal sealed class BenchRunner(BenchPlan plan, ProgressLine progress)
{
    private const int FillBatch = 1000;
    private const int DeleteBatch = 1000;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly BenchOptions options = plan.Options;
    private readonly List<RespConnection> connections = [];

    /// <summary>
    /// Runs the workload (blocking the caller). Throws a refusal (exit 2) before anything is
    /// written when the primary endpoint is not a master; any other stop (lost connection, reply
    /// timeout, Ctrl+C through <paramref name="interrupt"/>) ends in a report carrying the reason.
    /// </summary>
    public BenchReport Run(CancellationToken interrupt)
    {
        using var control = new RunControl(options.Requests);
        var workers = new List<LoadWorker>();
        LagSampler? sampler = null;
        string primaryRole = "unknown", readerRole = "unknown";
        string? failure = null;
        PrefillResult? prefill = null;
        var wrote = false;
        var interrupted = false;
        try
        {
            var primary = Open(plan.Primary, interrupt);
            primaryRole = RoleOf(primary);
            if (primaryRole != "master")
            {
                throw BenchException.Refusal(
                    $"refusing to write: {RespConnection.Describe(plan.Primary)} reports the role '{primaryRole}', not 'master'. The probe writes "
                    + "(SET load, key-space fill, lag markers) only to a master: point --primary (or the stack's primaryEndpoint) at the primary endpoint.");
            }

            if (NeedsReader)
            {
                readerRole = RoleOf(Open(plan.Reader, interrupt));
            }

            wrote = true;
            if (options.Reads && options.Prefill)
            {
                progress.Show($"filling {options.KeySpace:N0} keys of {options.ValueSize} bytes under {plan.Keys.Prefix}");
                var fillStarted = Stopwatch.GetTimestamp();
                FillKeySpace(primary);
                prefill = new PrefillResult(options.KeySpace, Stopwatch.GetElapsedTime(fillStarted).TotalSeconds);
            }

            workers = OpenWorkers(control, interrupt);
            if (options.LagInterval > TimeSpan.Zero)
            {
                sampler = new LagSampler(
                    Open(plan.Primary, interrupt),
                    Open(plan.Reader, interrupt),
                    plan.Keys.LagMarker,
                    options.LagInterval,
                    plan.ReplyTimeout,
                    options.KeyTimeToLive,
                    control);
            }

            interrupted = Drive(workers, sampler, control, interrupt);
        }
        catch (BenchException error) when (error.ExitCode == 1)
        {
            failure = error.Message;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            // Ctrl+C while connecting: the report says interrupted, nothing more.
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
            // A plain-text command to a TLS-only server is answered by a closed connection.
            var hint = plan.Target.Tls ? Hints.ServerSlow : Hints.ServerWantsTls;
            failure = $"connection lost while preparing the run: {RespConnection.Describe(error)}. Hint: {hint}";
        }
        finally
        {
            progress.Finish();
            CloseAll();
        }

        interrupted |= interrupt.IsCancellationRequested;
        failure ??= control.Failure;
        var (cleanedUp, cleanup) = wrote ? Cleanup() : (true, "nothing was written");
        return BuildReport(control, workers, sampler, primaryRole, readerRole, failure, interrupted, cleanedUp, cleanup) with { Prefill = prefill };
    }

    private bool NeedsReader => options.LagInterval > TimeSpan.Zero || plan.Parts.Any(p => !p.OnPrimary);

    /// <summary>Runs warm-up and measured load until the duration, the request count, a failure or Ctrl+C ends it; true when interrupted.</summary>
    private bool Drive(List<LoadWorker> workers, LagSampler? sampler, RunControl control, CancellationToken interrupt)
    {
        using var abort = control.Abort.Token.Register(CloseAll);
        var started = Stopwatch.GetTimestamp();
        if (options.Warmup == TimeSpan.Zero)
        {
            control.StartMeasuring();
        }

        // Every load connection, plain or TLS, is driven by one of the event loops.
        var loops = Math.Min(options.Threads, workers.Count);
        var load = Task.WhenAll(Enumerable.Range(0, loops).Select(loop =>
        {
            var mine = workers.Where((_, i) => i % loops == loop).ToList();

            // The loop names the failing connection's endpoint itself (BenchException); mine[0] is a fallback.
            return OnThread(() => EventLoop.Run(mine, control, plan.ReplyTimeout), mine[0].Endpoint, control, started);
        }));
        var lag = sampler is null ? Task.CompletedTask : OnThread(sampler.Run, plan.Reader, control, started);
        var previous = new long[workers.Count];
        var lastShown = started;
        long? stopAt = null;
        var interrupted = false;
        while (!load.Wait(Tick, CancellationToken.None))
        {
            var now = Stopwatch.GetTimestamp();
            if (control.MeasureStart == long.MaxValue && now - started >= Ticks(options.Warmup))
            {
                control.StartMeasuring();
            }

            if (options.Duration is { } duration && control.MeasureStart != long.MaxValue)
            {
                stopAt ??= control.MeasureStart + Ticks(duration);
            }

            if (interrupt.IsCancellationRequested && !control.Stopping)
            {
                interrupted = true;
                control.Stop();
            }

            if (now >= stopAt && !control.Stopping)
            {
                control.Stop();
            }

            if (now - lastShown >= Stopwatch.Frequency)
            {
                var done = options.Duration is { } planned ? (now - started) / (double)Ticks(options.Warmup + planned) : (double?)null;
                progress.Show(ProgressText(workers, previous, control, started, now, lastShown), done);
                lastShown = now;
            }
        }

        // Count-bounded runs end when the workers spend the budget: the sampler stops with them.
        control.Stop();
        if (!lag.Wait(plan.ReplyTimeout + TimeSpan.FromSeconds(1), CancellationToken.None))
        {
            control.Fail($"{RespConnection.Describe(plan.Reader)}: the lag sampler did not finish within the command timeout.");
        }

        return interrupted;
    }

    /// <summary>Runs <paramref name="run"/> on a thread of its own; its failure (the first of the run) fails the run.</summary>
    private static Task OnThread(Action run, EndpointTarget endpoint, RunControl control, long started)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                run();
            }
            catch (Exception error)
            {
                // After an abort every other connection fails too: only the first cause is reported.
                if (control.Failure is null && error is BenchException described)
                {
                    control.Fail(described.Message);
                }
                else if (control.Failure is null)
                {
                    var after = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
                    control.Fail(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{RespConnection.Describe(endpoint)}: connection lost after {after:0.0} s of load: {RespConnection.Describe(error)}."));
                }
            }
            finally
            {
                done.SetResult();
            }
        })
        {
            IsBackground = true,
            Name = "bench " + endpoint.Role.ToString().ToLowerInvariant(),
        };
        thread.Start();
        return done.Task;
    }

    private string ProgressText(List<LoadWorker> workers, long[] previous, RunControl control, long started, long now, long lastShown)
    {
        var text = new StringBuilder();
        var elapsed = (now - started) / (double)Stopwatch.Frequency;
        var phase = control.MeasureStart == long.MaxValue ? "warm-up" : control.Stopping ? "stopping" : "measuring";
        var total = options.Duration is { } d ? string.Create(CultureInfo.InvariantCulture, $"/{(options.Warmup + d).TotalSeconds:0.0}") : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"{elapsed,6:0.0}{total} s  {phase,-9}");
        var seconds = Math.Max(1e-9, (now - lastShown) / (double)Stopwatch.Frequency);
        foreach (var part in plan.Parts)
        {
            long delta = 0;
            for (var i = 0; i < workers.Count; i++)
            {
                if (workers[i].Part == part)
                {
                    var completed = workers[i].Completed;
                    delta += completed - previous[i];
                    previous[i] = completed;
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"  {part.Label} {delta / seconds,10:N0} ops/s");
        }

        return text.ToString();
    }

    private List<LoadWorker> OpenWorkers(RunControl control, CancellationToken interrupt)
    {
        var pending = new List<Task<LoadWorker>>();
        var seed = 1;
        foreach (var part in plan.Parts)
        {
            // The part's clients spread evenly over its connections.
            for (var c = 0; c < part.Connections; c++)
            {
                var clients = (part.Clients / part.Connections) + (c < part.Clients % part.Connections ? 1 : 0);
                var workerSeed = seed++;
                pending.Add(Task.Run(
                    () => new LoadWorker(
                        part,
                        Open(plan.EndpointOf(part), interrupt),
                        CommandBatch.Create(part.Operation, plan.Keys, clients * options.Pipeline, options.ValueSize, options.KeyTimeToLive),
                        clients,
                        options.Pipeline,
                        options.KeySpace,
                        control,
                        workerSeed),
                    CancellationToken.None));
            }
        }

        // GetResult rethrows the first failure (a BenchException naming the endpoint and step).
        return [.. Task.WhenAll(pending).GetAwaiter().GetResult()];
    }

    private RespConnection Open(EndpointTarget endpoint, CancellationToken cancellationToken)
    {
        var connection = RespConnection.Open(endpoint, plan.Target, cancellationToken);
        lock (connections)
        {
            connections.Add(connection);
        }

        return connection;
    }

    private void CloseAll()
    {
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            connections.Clear();
        }
    }

    /// <summary>
    /// The replication role an endpoint reports: ROLE, or INFO replication where ROLE is not allowed;
    /// the protocol's "slave" is reported as "replica", the word the rest of our output uses.
    /// </summary>
    private static string ReplicaForSlave(string role) => role == "slave" ? "replica" : role;

    private static string RoleOf(RespConnection connection)
    {
        var role = connection.Execute("ROLE");
        if (role is { Type: RespType.Array, Items: [{ Text: { } name }, ..] })
        {
            return ReplicaForSlave(name);
        }

        var info = connection.Execute("INFO", "replication");
        return (RoleQuery.InfoField(info.Text ?? string.Empty, "role") is { } infoRole ? ReplicaForSlave(infoRole) : null)
            ?? $"unknown (ROLE: {RespConnection.FirstWord(role.Text)}, INFO: {RespConnection.FirstWord(info.Text)})";
    }

    /// <summary>Writes every key of the key space once, so that reads hit from the first second.</summary>
    private void FillKeySpace(RespConnection primary)
    {
        var count = Math.Min(FillBatch, options.KeySpace);
        var batch = CommandBatch.Create(Operation.Set, plan.Keys, count, options.ValueSize, options.KeyTimeToLive);
        try
        {
            for (var first = 0; first < options.KeySpace; first += count)
            {
                for (var i = 0; i < count; i++)
                {
                    batch.SetKey(i, (first + i) % options.KeySpace);
                }

                primary.Write(batch.Bytes.Span);
                for (var replies = 0; replies < count;)
                {
                    if (!primary.TryConsumeReply(out var type, out var error))
                    {
                        primary.Fill();
                        continue;
                    }

                    replies++;
                    if (type == RespType.Error)
                    {
                        throw BenchException.Failure($"{RespConnection.Describe(plan.Primary)}: filling the key space failed: {error}");
                    }
                }
            }
        }
        catch (IOException error)
        {
            throw BenchException.Failure($"{RespConnection.Describe(plan.Primary)}: filling the key space failed: {RespConnection.Describe(error)}.", error);
        }
    }

    /// <summary>Deletes every key this run may have written, on a fresh connection, each call bounded.</summary>
    private (bool Done, string Detail) Cleanup()
    {
        var ttl = options.KeyTimeToLive.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        try
        {
            using var primary = RespConnection.Open(plan.Primary, plan.Target, CancellationToken.None);
            var commands = new List<string[]>();
            for (var first = 0; first < options.KeySpace; first += DeleteBatch)
            {
                var last = Math.Min(options.KeySpace, first + DeleteBatch);
                commands.Add(["DEL", .. Enumerable.Range(first, last - first).Select(plan.Keys.Key)]);
            }

            commands.Add(["DEL", plan.Keys.LagMarker]);
            long deleted = 0;
            foreach (var chunk in commands.Chunk(16))
            {
                foreach (var reply in primary.ExecutePipelined(chunk))
                {
                    if (reply.IsError)
                    {
                        return (false, $"cleanup refused by {RespConnection.Describe(plan.Primary)} ({reply.Text}); the keys under {plan.Keys.Prefix} expire by their TTL within {ttl} s");
                    }

                    deleted += reply.Integer;
                }
            }

            return (true, $"removed {deleted:N0} keys under {plan.Keys.Prefix}");
        }
        catch (Exception error) when (error is BenchException or IOException or SocketException or ObjectDisposedException)
        {
            var why = RespConnection.Describe(error);
            return (false, $"cleanup failed ({why}); the keys under {plan.Keys.Prefix} expire by their TTL within {ttl} s");
        }
    }

    private BenchReport BuildReport(
        RunControl control, List<LoadWorker> workers, LagSampler? sampler, string primaryRole, string readerRole,
        string? failure, bool interrupted, bool cleanedUp, string cleanup)
    {
        var measureStart = control.MeasureStart;
        var lastReply = workers.Count == 0 ? 0 : workers.Max(w => w.LastMeasuredReply);
        var measuredSeconds = measureStart == long.MaxValue || lastReply <= measureStart
            ? 0
            : (lastReply - measureStart) / (double)Stopwatch.Frequency;
        var operations = new List<OperationResult>();
        foreach (var part in plan.Parts)
        {
            var latency = new LatencyHistogram();
            var errors = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var worker in workers.Where(w => w.Part == part))
            {
                latency.Add(worker.Latency);
                foreach (var (kind, count) in worker.Errors)
                {
                    errors[kind] = errors.GetValueOrDefault(kind) + count;
                }
            }

            operations.Add(new OperationResult(
                part.Operation.ToString().ToUpperInvariant(),
                part.EndpointName,
                plan.EndpointOf(part).Describe(),
                part.Clients,
                part.Connections,
                latency.Count,
                measuredSeconds > 0 ? latency.Count / measuredSeconds : 0,
                LatencySummary.From(latency),
                errors));
        }

        LagResult? lag = null;
        if (sampler is not null)
        {
            var summary = LatencySummary.From(sampler.Lag);
            lag = new LagResult(sampler.Interval.TotalMilliseconds, sampler.Lag.Count, sampler.Unseen, summary.P50, summary.P99, summary.Max);
        }

        return new BenchReport(plan.Keys.RunId, options, primaryRole, readerRole, measuredSeconds, operations, lag, failure, interrupted, cleanedUp, cleanup);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
