using Smoke.Bench;

namespace Smoke.Tests.Bench;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void ValuesBeyondAnHour_CountAsAnHour_InsteadOfThrowing()
    {
        var histogram = new LatencyHistogram();

        histogram.Record(long.MaxValue);
        histogram.Record(-5);

        Assert.Equal(2, histogram.Count);
        Assert.Equal(LatencyHistogram.Highest, histogram.Max);
        Assert.Equal(0, histogram.Min);
    }

    [Fact]
    public void RecordingACount_IsRecordingThatValueThatManyTimes()
    {
        var once = new LatencyHistogram();
        var counted = new LatencyHistogram();
        foreach (var (value, count) in new[] { (5L, 3L), (1_000L, 16L), (250_000L, 1L), (7_000_000L, 40L) })
        {
            counted.Record(value, count);
            for (var i = 0; i < count; i++)
            {
                once.Record(value);
            }
        }

        Assert.Equal(once.Count, counted.Count);
        Assert.Equal((once.Min, once.Max), (counted.Min, counted.Max));
        foreach (var percentile in new[] { 0.0, 5, 10, 50, 90, 99, 100 })
        {
            Assert.Equal(once.ValueAtPercentile(percentile), counted.ValueAtPercentile(percentile));
        }
    }

    [Theory]
    [InlineData(50)]
    [InlineData(90)]
    [InlineData(99)]
    [InlineData(99.9)]
    public void Percentiles_OfAUniformDistribution_MatchTheExactOnesWithinTheBound(double percentile)
    {
        var histogram = new LatencyHistogram();
        for (long value = 1; value <= 1_000_000; value++)
        {
            histogram.Record(value);
        }

        var exact = (long)Math.Ceiling(percentile / 100 * 1_000_000);
        var reported = histogram.ValueAtPercentile(percentile);
        Assert.InRange(reported, exact, exact + (long)(exact * LatencyHistogram.RelativeError));
    }

    [Fact]
    public void Percentiles_OfAnExponentialDistribution_MatchSortedSamplesWithinTheBound()
    {
        var random = new Random(11);
        var samples = Enumerable.Range(0, 200_000).Select(_ => (long)(-Math.Log(1 - random.NextDouble()) * 500_000)).ToArray();
        var histogram = new LatencyHistogram();
        foreach (var sample in samples)
        {
            histogram.Record(sample);
        }

        Array.Sort(samples);
        foreach (var percentile in new[] { 50.0, 90.0, 99.0, 99.9 })
        {
            var exact = samples[(int)Math.Ceiling(percentile / 100 * samples.Length) - 1];
            var reported = histogram.ValueAtPercentile(percentile);
            Assert.InRange(reported, exact, exact + (long)(exact * LatencyHistogram.RelativeError) + 1);
        }

        Assert.Equal(samples[^1], histogram.ValueAtPercentile(100));
        Assert.Equal(samples[^1], histogram.Max);
        Assert.Equal(samples[0], histogram.Min);
    }

    [Fact]
    public void TwoDistinctValues_SplitThePercentilesAndNeverExceedTheMax()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 990; i++)
        {
            histogram.Record(1_000);
        }

        for (var i = 0; i < 10; i++)
        {
            histogram.Record(50_000);
        }

        Assert.InRange(histogram.ValueAtPercentile(50), 1_000, 1_015);
        Assert.InRange(histogram.ValueAtPercentile(99), 1_000, 1_015);
        Assert.Equal(50_000, histogram.ValueAtPercentile(99.9));
        Assert.Equal(50_000, histogram.ValueAtPercentile(100));
    }

    [Fact]
    public void Merged_EqualsRecordingEverythingInOne()
    {
        var random = new Random(3);
        var one = new LatencyHistogram();
        var left = new LatencyHistogram();
        var right = new LatencyHistogram();
        for (var i = 0; i < 10_000; i++)
        {
            var value = random.NextInt64(0, 10_000_000);
            one.Record(value);
            (i % 3 == 0 ? left : right).Record(value);
        }

        left.Add(right);

        Assert.Equal(one.Count, left.Count);
        Assert.Equal(one.Min, left.Min);
        Assert.Equal(one.Max, left.Max);
        foreach (var percentile in new[] { 0.0, 10, 50, 90, 99, 99.9, 100 })
        {
            Assert.Equal(one.ValueAtPercentile(percentile), left.ValueAtPercentile(percentile));
        }
    }

    [Fact]
    public void Empty_ReportsZero()
    {
        var histogram = new LatencyHistogram();

        Assert.Equal(0, histogram.ValueAtPercentile(99));
        Assert.Equal(0, LatencySummary.From(histogram).Max);
    }
}
