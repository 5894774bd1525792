using System.Text;
using Smoke.Bench;

namespace Smoke.Tests.Bench;

public sealed class BenchPlanTests
{
    [Theory]
    [InlineData("1:1", 0.5)]
    [InlineData("9:1", 0.9)]
    [InlineData("0:1", 0.0)]
    [InlineData("1:0", 1.0)]
    [InlineData("0.25", 0.25)]
    [InlineData("1", 1.0)]
    public void Ratio_IsTheReadShare(string text, double share) =>
        Assert.Equal(share, BenchCommandLine.ParseRatio(text));

    [Theory]
    [InlineData("1.5")]
    [InlineData("-1:1")]
    [InlineData("0:0")]
    [InlineData("a:b")]
    [InlineData("1:1:1")]
    public void Ratio_OutOfShape_IsNull(string text) => Assert.Null(BenchCommandLine.ParseRatio(text));

    [Fact]
    public void Apportion_SplitsInProportionWithAtLeastOneEach()
    {
        Assert.Equal([25, 25], BenchPlan.Apportion(50, [0.5, 0.5], [int.MaxValue, int.MaxValue]));
        Assert.Equal([1, 9], BenchPlan.Apportion(10, [0.01, 0.99], [int.MaxValue, int.MaxValue]));
        Assert.Equal([2, 4, 4], BenchPlan.Apportion(10, [0.2, 0.4, 0.4], [int.MaxValue, int.MaxValue, int.MaxValue]));
        // Caps (a part's connections never exceed its clients) push the rest elsewhere.
        Assert.Equal([1, 5], BenchPlan.Apportion(6, [0.5, 0.5], [1, 9]));
    }

    [Fact]
    public void Parts_FollowRatioAndReadTarget()
    {
        var both = BenchPlan.PartsOf(BenchOptions.Default with { ReadShare = 0.5, ReadFrom = ReadTarget.Both });
        Assert.Equal(["SET primary", "GET primary", "GET reader"], both.Select(p => p.Label));
        Assert.Equal(["SET primary"], BenchPlan.PartsOf(BenchOptions.Default with { ReadShare = 0 }).Select(p => p.Label));
        Assert.Equal(["GET reader"], BenchPlan.PartsOf(BenchOptions.Default with { ReadShare = 1 }).Select(p => p.Label));
    }

    [Fact]
    public void CommandBatch_EncodesValidCommandsAndRewritesOnlyTheKeyDigits()
    {
        var keys = new KeyNames("abcd1234", 1000);
        var batch = CommandBatch.Create(Operation.Set, keys, 3, 5, TimeSpan.FromSeconds(600));
        batch.SetKey(0, 7);
        batch.SetKey(2, 999);

        var bytes = batch.Bytes.ToArray();
        var parsed = new List<string>();
        for (var offset = 0; offset < bytes.Length;)
        {
            Assert.True(RespConnection.TryParseValue(bytes.AsSpan(offset), out var command, out var used));
            parsed.Add(string.Join(' ', command.Items!.Select(i => i.Text)));
            offset += used;
        }

        Assert.Equal(
            ["SET bench:abcd1234:007 vvvvv EX 600", "SET bench:abcd1234:000 vvvvv EX 600", "SET bench:abcd1234:999 vvvvv EX 600"],
            parsed);
    }

    [Fact]
    public void ReplyParser_WaitsForIncompleteRepliesAndReadsNestedArrays()
    {
        var role = Encoding.ASCII.GetBytes("*3\r\n$5\r\nslave\r\n$9\r\n127.0.0.2\r\n:6379\r\n");

        Assert.False(RespConnection.TryParseValue(role.AsSpan(0, role.Length - 3), out _, out _));
        Assert.True(RespConnection.TryParseValue(role, out var value, out var used));
        Assert.Equal(role.Length, used);
        Assert.Equal(["slave", "127.0.0.2", "6379"], value.Items!.Select(i => i.ToString()));
    }
}
