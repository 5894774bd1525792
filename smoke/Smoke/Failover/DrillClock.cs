using System.Diagnostics;

namespace Smoke.Failover;

/// <summary>
/// The drill's one clock: monotonic (Stopwatch), milliseconds since the drill started. Every
/// attempt, the trigger and the failover's completion are stamped with it, so durations never
/// mix in the wall clock (which NTP may step while the failover runs).
/// </summary>
internal sealed class DrillClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public double NowMs => Stopwatch.GetElapsedTime(_start).TotalMilliseconds;

    /// <summary>Waits until <paramref name="dueMs"/>: sleeps while more than 2 ms remain, then yields, so pacing is within about a millisecond without spinning a core.</summary>
    public void WaitUntil(double dueMs, Func<bool> stopping)
    {
        while (!stopping())
        {
            var remaining = dueMs - NowMs;
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > 2)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(remaining - 1.5));
            }
            else
            {
                Thread.Yield();
            }
        }
    }
}
