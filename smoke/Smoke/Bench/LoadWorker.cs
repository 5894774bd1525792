using System.Diagnostics;
using Smoke.Connection;

namespace Smoke.Bench;

/// <summary>
/// Drives one connection: <see cref="Clients"/> clients share it, each keeping one batch of
/// <c>pipeline</c> commands in flight and sending its next batch as soon as all replies of the
/// previous one are in (replies come back in order, so the oldest batch completes first). Batches
/// that become due while the receive buffer is being drained leave in one write. The latency of
/// a command runs from its batch's send to its own reply, as redis-benchmark measures it. Driven by
/// one <see cref="EventLoop"/>; everything here is owned by that loop's thread, and the
/// runner only reads <see cref="Completed"/> while it runs and the totals after it ends.
/// </summary>
internal sealed class LoadWorker
{
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    private readonly RespConnection connection;
    private readonly CommandBatch commands;
    private readonly int pipeline;
    private readonly RunControl control;
    private readonly int keySpace;

    // Send time of each batch in flight, oldest at head (a ring of one slot per client).
    private readonly long[] sendTimes;
    private ulong random;
    private long completed;
    private int outstanding;
    private int head;
    private int repliesLeft;

    /// <param name="commands">Room for every client's batch: <paramref name="clients"/> × pipeline commands.</param>
    public LoadWorker(WorkloadPart part, RespConnection connection, CommandBatch commands, int clients, int pipeline, int keySpace, RunControl control, int seed)
    {
        Part = part;
        Clients = clients;
        this.connection = connection;
        this.commands = commands;
        this.pipeline = pipeline;
        this.keySpace = keySpace;
        this.control = control;
        sendTimes = new long[clients];
        repliesLeft = pipeline;
        random = ((ulong)seed * 0x9E3779B97F4A7C15UL) | 1;
    }

    public WorkloadPart Part { get; }

    public int Clients { get; }

    public EndpointTarget Endpoint => connection.Endpoint;

    /// <summary>Measured successful replies, their latencies in nanoseconds.</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>Error replies by their first word (READONLY, OOM, ...), measured phase only.</summary>
    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Timestamp of the last measured reply.</summary>
    public long LastMeasuredReply { get; private set; }

    /// <summary>Every reply so far, warm-up included (read by the progress line).</summary>
    public long Completed => Volatile.Read(ref completed);

    /// <summary>True while replies are outstanding.</summary>
    public bool Active => outstanding > 0;

    /// <summary>When the last reply (or the first send) happened: the event loop's stall check.</summary>
    public long LastProgress { get; private set; }

    public RespConnection Connection => connection;

    /// <summary>Sends every client's first batch.</summary>
    public void Start()
    {
        LastProgress = Stopwatch.GetTimestamp();
        Send(Clients);
    }

    /// <summary>
    /// Consumes every complete reply in the receive buffer, then sends the batches that became due
    /// in one write. The event loop filled the buffer: every reply in it arrived with that receive,
    /// so they share one timestamp, and the replies of one batch share one latency, recorded once
    /// with their count (what a clock read and a histogram update per reply cost pipelined GET).
    /// </summary>
    public void ProcessReplies()
    {
        var now = Stopwatch.GetTimestamp();
        LastProgress = now;
        var due = 0;
        long replies = 0;
        var measured = 0;
        while (outstanding > due && connection.TryConsumeReply(out var type, out var error))
        {
            replies++;
            if (sendTimes[head] >= control.MeasureStart)
            {
                LastMeasuredReply = now;
                if (type == RespType.Error)
                {
                    var kind = RespConnection.FirstWord(error);
                    Errors[kind] = Errors.GetValueOrDefault(kind) + 1;
                }
                else
                {
                    measured++;
                }
            }

            if (--repliesLeft == 0)
            {
                // The oldest batch is fully answered: its client sends again once the buffer is drained.
                RecordBatch(now, ref measured);
                repliesLeft = pipeline;
                head = head + 1 == sendTimes.Length ? 0 : head + 1;
                due++;
            }
        }

        RecordBatch(now, ref measured);
        if (replies > 0)
        {
            Volatile.Write(ref completed, completed + replies);
        }

        outstanding -= due;
        Send(due);
    }

    /// <summary>Sends up to <paramref name="batches"/> new batches in one write, fewer when the run stops or its request budget is spent.</summary>
    private void Send(int batches)
    {
        var now = Stopwatch.GetTimestamp();
        var allowed = 0;
        while (allowed < batches && !control.Stopping
            && (!control.CountBounded || now < control.MeasureStart || control.TryReserve(pipeline)))
        {
            var slot = head + outstanding + allowed;
            sendTimes[slot >= sendTimes.Length ? slot - sendTimes.Length : slot] = now;
            allowed++;
        }

        if (allowed == 0)
        {
            return;
        }

        var count = allowed * pipeline;
        for (var i = 0; i < count; i++)
        {
            commands.SetKey(i, NextKey());
        }

        outstanding += allowed;
        connection.Write(commands.Prefix(count));
    }

    // The measured successful replies of the head batch so far, received at `now`.
    private void RecordBatch(long now, ref int measured)
    {
        if (measured > 0)
        {
            Latency.Record((long)((now - sendTimes[head]) * NanosecondsPerTick), measured);
            measured = 0;
        }
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
