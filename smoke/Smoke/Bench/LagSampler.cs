using System.Diagnostics;
using System.Globalization;

namespace Smoke.Bench;

/// <summary>
/// Replication lag under load: every <c>interval</c> it writes a timestamped marker
/// (<c>bench:&lt;run&gt;:lag</c> = sequence:timestamp) on the primary and polls the reader with
/// back-to-back GETs until it sees that exact marker. The lag of a sample is the time from the
/// primary's acknowledgement of the write to the first reader reply carrying it, so its
/// resolution is one reader round trip under the current load. Runs on its own two connections
/// and thread, so it neither waits behind nor adds to a load worker's pipeline. A marker not seen within the
/// reply timeout is counted as unseen (replication stalled or broken).
/// </summary>
internal sealed class LagSampler(
    RespConnection primary,
    RespConnection reader,
    string markerKey,
    TimeSpan interval,
    TimeSpan replyTimeout,
    TimeSpan timeToLive,
    RunControl control)
{
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>Measured lags in nanoseconds.</summary>
    public LatencyHistogram Lag { get; } = new();

    public int Unseen { get; private set; }

    public TimeSpan Interval => interval;

    /// <summary>Samples until the run stops; runs on its own thread, every call bounded by the command timeout.</summary>
    public void Run()
    {
        var ttl = ((long)timeToLive.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        var timeoutTicks = (long)(replyTimeout.TotalSeconds * Stopwatch.Frequency);
        var next = Stopwatch.GetTimestamp();
        for (long sequence = 1; !control.Stopping; sequence++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"{sequence}:{Stopwatch.GetTimestamp()}");
            var written = Execute(primary, "SET", markerKey, marker, "EX", ttl);
            if (written.IsError)
            {
                control.Fail($"{RespConnection.Describe(primary.Endpoint)}: the lag marker write was refused ({written.Text}).");
                return;
            }

            var acknowledged = Stopwatch.GetTimestamp();
            var counts = acknowledged >= control.MeasureStart;
            while (true)
            {
                var seen = Execute(reader, "GET", markerKey);
                var now = Stopwatch.GetTimestamp();
                if (seen.Type == RespType.Bulk && seen.Text == marker)
                {
                    if (counts)
                    {
                        Lag.Record((long)((now - acknowledged) * NanosecondsPerTick));
                    }

                    break;
                }

                if (control.Stopping)
                {
                    return;
                }

                if (now - acknowledged > timeoutTicks)
                {
                    Unseen += counts ? 1 : 0;
                    break;
                }
            }

            next += intervalTicks;
            var wait = next - Stopwatch.GetTimestamp();
            if (wait <= 0)
            {
                // Behind schedule (a slow reader): start again from now rather than burst.
                next = Stopwatch.GetTimestamp();
                continue;
            }

            control.Stopped.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
        }
    }

    /// <summary>One sampler command; a failure names the endpoint it happened on (the thread serves two).</summary>
    private static RespValue Execute(RespConnection connection, params string[] command)
    {
        try
        {
            return connection.Execute(command);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            throw BenchException.Failure($"{RespConnection.Describe(connection.Endpoint)}: connection lost (lag sampler): {RespConnection.Describe(error)}.", error);
        }
    }
}
