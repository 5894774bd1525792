using System.Diagnostics;

namespace Smoke.Bench;

/// <summary>
/// Drives one connection: <see cref="Clients"/> clients share it, each keeping one batch of
/// pipelined commands in flight, so the connection has up to Clients batches outstanding and
/// sends the next one as soon as the oldest is fully answered (replies come back in order).
/// The latency of a command runs from its batch's send to its own reply, as redis-benchmark
/// measures it. Runs on a dedicated thread with blocking calls. Everything here is owned by the
/// worker; the runner only reads the progress counters while it runs and the totals after it ends.
/// </summary>
internal sealed class LoadWorker
{
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    private readonly RespConnection connection;
    private readonly CommandBatch batch;
    private readonly RunControl control;
    private readonly int keySpace;
    private readonly long[] sendTimes;
    private ulong random;
    private long completed;
    private long lastActivity;
    private int outstanding;
    private int head;
    private int repliesLeft;

    public LoadWorker(WorkloadPart part, RespConnection connection, CommandBatch batch, int clients, int keySpace, RunControl control, int seed)
    {
        Part = part;
        Clients = clients;
        this.connection = connection;
        this.batch = batch;
        this.keySpace = keySpace;
        this.control = control;
        sendTimes = new long[clients];
        repliesLeft = batch.Count;
        random = (ulong)seed * 0x9E3779B97F4A7C15UL | 1;
    }

    public WorkloadPart Part { get; }

    public int Clients { get; }

    public Smoke.Connection.EndpointTarget Endpoint => connection.Endpoint;

    /// <summary>Measured successful replies, their latencies in nanoseconds.</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>Error replies by their first word (READONLY, OOM, ...), measured phase only.</summary>
    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Timestamp of the last measured reply.</summary>
    public long LastMeasuredReply { get; private set; }

    /// <summary>Every reply so far, warm-up included (read by the progress line).</summary>
    public long Completed => Volatile.Read(ref completed);

    /// <summary>
    /// How long this worker has been waiting for a reply while something is outstanding, in
    /// stopwatch ticks (0 when idle); the runner's watchdog fails the run past the reply timeout.
    /// </summary>
    public long WaitingTicks(long now) =>
        Volatile.Read(ref outstanding) > 0 ? now - Volatile.Read(ref lastActivity) : 0;

    /// <summary>Runs on the worker's own thread until the run stops and every outstanding reply is in; throws when the connection fails.</summary>
    public void Run()
    {
        for (var i = 0; i < Clients && TrySend(); i++)
        {
        }

        while (outstanding > 0)
        {
            while (outstanding > 0 && connection.TryConsumeReply(out var type, out var error))
            {
                var now = Stopwatch.GetTimestamp();
                Volatile.Write(ref lastActivity, now);
                Volatile.Write(ref completed, completed + 1);
                var sent = sendTimes[head];
                if (sent >= control.MeasureStart)
                {
                    LastMeasuredReply = now;
                    if (type == RespType.Error)
                    {
                        var kind = RespConnection.FirstWord(error);
                        Errors[kind] = Errors.GetValueOrDefault(kind) + 1;
                    }
                    else
                    {
                        Latency.Record((long)((now - sent) * NanosecondsPerTick));
                    }
                }

                if (--repliesLeft == 0)
                {
                    repliesLeft = batch.Count;
                    head = head + 1 == sendTimes.Length ? 0 : head + 1;
                    Volatile.Write(ref outstanding, outstanding - 1);
                    TrySend();
                }
            }

            if (outstanding > 0)
            {
                connection.Fill();
            }
        }
    }

    private bool TrySend()
    {
        if (control.Stopping)
        {
            return false;
        }

        var now = Stopwatch.GetTimestamp();
        if (control.CountBounded && now >= control.MeasureStart && !control.TryReserve(batch.Count))
        {
            return false;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch.SetKey(i, NextKey());
        }

        var slot = head + outstanding;
        sendTimes[slot >= sendTimes.Length ? slot - sendTimes.Length : slot] = now;
        if (outstanding == 0)
        {
            Volatile.Write(ref lastActivity, now);
        }

        Volatile.Write(ref outstanding, outstanding + 1);
        connection.Write(batch.Bytes.Span);
        return true;
    }

    // xorshift64*: a fast, allocation-free uniform pick per command.
    private int NextKey()
    {
        random ^= random >> 12;
        random ^= random << 25;
        random ^= random >> 27;
        return (int)((random * 0x2545F4914F6CDD1DUL >> 32) % (ulong)keySpace);
    }
}
