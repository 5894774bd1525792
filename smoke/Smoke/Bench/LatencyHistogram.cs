using HdrHistogram;

namespace Smoke.Bench;

/// <summary>
/// The probe's latency histogram (nanoseconds): HdrHistogram, as redis-benchmark and memtier use,
/// from 1 ns to 1 h with 2 significant digits, so a percentile is reported at most 1/128 (0.8 %)
/// above the true value in about 37 KB (3 digits would take 265 KB per load connection, and
/// --connections goes to 10,000). The exact minimum and maximum are kept beside it; values
/// beyond an hour count as an hour. Not thread-safe: each load connection owns one, and the
/// runner merges them at the end.
/// </summary>
internal sealed class LatencyHistogram
{
    /// <summary>Upper bound of the relative error of a reported percentile (above the true value).</summary>
    internal const double RelativeError = 1.0 / 128;

    internal static readonly long Highest = (long)TimeSpan.FromHours(1).TotalNanoseconds;

    private const int SignificantDigits = 2;

    private readonly LongHistogram histogram = new(Highest, SignificantDigits);

    public long Count => histogram.TotalCount;

    public long Min { get; private set; } = long.MaxValue;

    public long Max { get; private set; }

    public void Record(long value) => Record(value, 1);

    /// <summary>Records <paramref name="count"/> occurrences of one value (the replies of a batch read in one receive share their latency).</summary>
    public void Record(long value, long count)
    {
        value = Math.Clamp(value, 0, Highest);
        histogram.RecordValueWithCount(value, count);
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
    }

    public void Add(LatencyHistogram other)
    {
        histogram.Add(other.histogram);
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    public void Clear()
    {
        histogram.Reset();
        Min = long.MaxValue;
        Max = 0;
    }

    /// <summary>The value at or below which <paramref name="percentile"/> % of the values lie, clamped to the exact min and max; 0 when empty.</summary>
    public long ValueAtPercentile(double percentile) =>
        Count == 0 ? 0 : Math.Clamp(histogram.GetValueAtPercentile(percentile), Min, Max);
}
