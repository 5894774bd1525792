namespace Smoke.Bench;

/// <summary>Percentiles of a latency histogram, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max)
{
    public static LatencySummary From(LatencyHistogram nanoseconds)
    {
        static double Ms(long ns) => ns / 1e6;
        return new LatencySummary(
            Ms(nanoseconds.ValueAtPercentile(50)),
            Ms(nanoseconds.ValueAtPercentile(90)),
            Ms(nanoseconds.ValueAtPercentile(99)),
            Ms(nanoseconds.ValueAtPercentile(99.9)),
            Ms(nanoseconds.Count == 0 ? 0 : nanoseconds.Max));
    }
}
