using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>The untimed key-space fill before reads: reported in the table and JSON, and off with --no-prefill.</summary>
public sealed class BenchPrefillTests(PlainPairFixture fixture) : IClassFixture<PlainPairFixture>
{
    private string[] ReadOnlyRun =>
        [.. BenchRuns.PlainTarget(fixture.Pair), "--requests", "2000", "--warmup", "0", "--in-flight", "4", "--ratio", "1:0", "--read-from", "primary", "--keyspace", "300", "--lag-interval", "0"];

    [Fact]
    public async Task ReadingRun_FillsTheKeySpaceFirstAndSaysSo()
    {
        var run = await BenchRuns.RunAsync([.. ReadOnlyRun, "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        var prefill = run.Json().GetProperty("prefill");
        Assert.Equal(300, prefill.GetProperty("keys").GetInt32());
        Assert.True(prefill.GetProperty("seconds").GetDouble() > 0, prefill.ToString());
        Assert.StartsWith("prefilled 300 keys in ", prefill.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(run.Json().GetProperty("workload").GetProperty("prefill").GetBoolean());

        // The fill's keys are what the cleanup removes: the GETs wrote nothing.
        Assert.Equal("removed 300 keys under ", run.Json().GetProperty("cleanup").GetProperty("detail").GetString()![..23]);
    }

    [Fact]
    public async Task NoPrefill_ReadsMissingKeysAndSaysSoInTheTableAndJson()
    {
        var json = await BenchRuns.RunAsync([.. ReadOnlyRun, "--no-prefill", "--json"]);
        var table = await BenchRuns.RunAsync([.. ReadOnlyRun, "--no-prefill"]);

        Assert.True(json.ExitCode == 0, json.Describe());
        var prefill = json.Json().GetProperty("prefill");
        Assert.Equal(0, prefill.GetProperty("keys").GetInt32());
        Assert.Contains("not prefilled (--no-prefill)", prefill.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(json.Json().GetProperty("workload").GetProperty("prefill").GetBoolean());
        Assert.InRange(Assert.Single(json.Operations()).GetProperty("operations").GetInt64(), 2000, 2004);
        Assert.StartsWith("removed 0 keys", json.Json().GetProperty("cleanup").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(table.ExitCode == 0, table.Describe());
        Assert.Contains("key space: not prefilled (--no-prefill)", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteOnlyRun_HasNothingToPrefill()
    {
        var run = await BenchRuns.RunAsync([.. BenchRuns.PlainTarget(fixture.Pair), "--requests", "500", "--warmup", "0", "--in-flight", "2", "--ratio", "0:1", "--lag-interval", "0", "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.Json().GetProperty("prefill").ValueKind);
    }

    [Fact]
    public async Task NoPrefillWithAValue_IsAUsageError()
    {
        var run = await BenchRuns.RunAsync([.. ReadOnlyRun, "--no-prefill=yes"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-prefill: takes no value (given 'yes')", run.Error, StringComparison.Ordinal);
    }
}
