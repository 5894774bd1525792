using System.Numerics;

namespace Smoke.Bench;

/// <summary>
/// Log-linear latency histogram over non-negative integers (the probe records nanoseconds).
/// Values below 128 have a bucket each; above that every power of two is split into 64 equal
/// buckets, so a percentile is reported within 1/64 (1.6 %) above the true value, whatever the
/// magnitude, in a fixed 3,712-slot array. Recording is one array increment. Not thread-safe:
/// each load connection owns one, and the runner merges them at the end.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBucketBits = 6;
    private const int SubBucketCount = 1 << SubBucketBits;
    private const int LinearLimit = SubBucketCount * 2;

    /// <summary>Bucket count covering every non-negative long (magnitude 62 is the highest).</summary>
    internal const int BucketCount = ((62 - SubBucketBits) * SubBucketCount) + LinearLimit;

    /// <summary>Upper bound of the relative error of a reported percentile (above the true value).</summary>
    internal const double RelativeError = 1.0 / SubBucketCount;

    private readonly long[] counts = new long[BucketCount];

    public long Count { get; private set; }

    public long Min { get; private set; } = long.MaxValue;

    public long Max { get; private set; }

    public void Record(long value) => Record(value, 1);

    /// <summary>Records <paramref name="count"/> occurrences of one value (the replies of a batch read in one receive share their latency).</summary>
    public void Record(long value, long count)
    {
        if (value < 0)
        {
            value = 0;
        }

        counts[IndexOf(value)] += count;
        Count += count;
        if (value < Min)
        {
            Min = value;
        }

        if (value > Max)
        {
            Max = value;
        }
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < BucketCount; i++)
        {
            counts[i] += other.counts[i];
        }

        Count += other.Count;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    public void Clear()
    {
        Array.Clear(counts);
        Count = 0;
        Min = long.MaxValue;
        Max = 0;
    }

    /// <summary>
    /// The value at or below which <paramref name="percentile"/> % of the recorded values lie: the
    /// highest value of the bucket holding that rank, clamped to the exact minimum and maximum.
    /// 0 when nothing was recorded.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100.0);
        if (Count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(percentile / 100.0 * Count);
        rank = Math.Clamp(rank, 1, Count);
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return Math.Clamp(HighestInBucket(i), Min, Max);
            }
        }

        return Max;
    }

    internal static int IndexOf(long value)
    {
        if (value < LinearLimit)
        {
            return (int)value;
        }

        var magnitude = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = magnitude - SubBucketBits;
        return (shift * SubBucketCount) + (int)(value >> shift);
    }

    internal static long LowestInBucket(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var shift = (index / SubBucketCount) - 1;
        long top = index - (shift * SubBucketCount);
        return top << shift;
    }

    internal static long HighestInBucket(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var shift = (index / SubBucketCount) - 1;
        long top = index - (shift * SubBucketCount);
        return ((top + 1) << shift) - 1;
    }
}
