using System.Diagnostics;

namespace Smoke.Failover;

/// <summary>
/// What the drill's clock can tell apart, measured on this machine at the start of every drill:
/// the Stopwatch tick, the smallest step two successive readings show, and what one reading costs.
/// The report prints them so an outage figure can be read with its precision.
/// </summary>
internal sealed record ClockFigures(double TickNs, double SmallestStepNs, double ReadingCostNs)
{
    private const int Readings = 200_000;

    public static ClockFigures Measure()
    {
        var smallest = long.MaxValue;
        var previous = Stopwatch.GetTimestamp();
        var started = previous;
        for (var i = 0; i < Readings; i++)
        {
            var now = Stopwatch.GetTimestamp();
            var step = now - previous;
            if (step > 0 && step < smallest)
            {
                smallest = step;
            }

            previous = now;
        }

        var nsPerTick = 1e9 / Stopwatch.Frequency;
        return new ClockFigures(nsPerTick, smallest == long.MaxValue ? 0 : smallest * nsPerTick, (previous - started) * nsPerTick / Readings);
    }
}
