using System.Text.Json;
using System.Text.Json.Nodes;
using Smoke.Cli;
using Smoke.Failover;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Failover;

/// <summary>
/// The AWS path of `smoke failover` against a real pair (the traffic) and the stand-in AWS CLI
/// (the ElastiCache calls): the arguments it sends, scripted event sequences, a failover that
/// never completes, AWS errors, refusals before anything is written, confirmation, Ctrl+C.
/// </summary>
public sealed class AwsDrillTests : IDisposable
{
    private const string Secret = "failover-drill-token-0123456789abcdef";
    private static readonly string Completed = "Failover from primary node smoke-test-001 to replica node smoke-test-002 completed";

    private readonly RedisPair _pair = RedisPair.Start(password: Secret);
    private readonly StandInElastiCacheCli _aws = new();

    public void Dispose()
    {
        _aws.Dispose();
        _pair.Dispose();
    }

    [Fact]
    public async Task ScriptedEvents_Complete_ReportsNodesAndPasses_ArgumentsAsDocumented_NoKeyLeft()
    {
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "primary"), ("smoke-test-002", "replica")));
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "replica"), ("smoke-test-002", "primary")), call: 2);
        _aws.Respond("describe-events-replication-group", StandInElastiCacheCli.Events((StandInElastiCacheCli.Group, "Test Failover API called for node group 0001")), call: 1);
        _aws.Respond("describe-events-replication-group", StandInElastiCacheCli.Events(
            (StandInElastiCacheCli.Group, "Test Failover API called for node group 0001"), (StandInElastiCacheCli.Group, Completed)));
        _aws.Respond("describe-events-cache-cluster", StandInElastiCacheCli.Events(("another-cluster-001", "Failover from primary node x to replica node y completed")));
        using var outputs = Outputs();

        var run = await RunAsync(outputs, "--yes");

        Assert.True(run.ExitCode == 0, run.Describe());
        using var json = new DrillJson(run.Output);
        Assert.True(json.Failover.GetProperty("completed").GetBoolean(), run.Describe());
        Assert.Equal("smoke-test-001", json.Failover.GetProperty("primaryBefore").GetString());
        Assert.Equal("smoke-test-002", json.Failover.GetProperty("primaryAfter").GetString());
        Assert.Contains(json.Failover.GetProperty("steps").EnumerateArray(), s => s.GetProperty("what").GetString()!.EndsWith(Completed, StringComparison.Ordinal));
        Assert.Equal(0, json.Lost.GetProperty("missing").GetInt64());

        var calls = _aws.Calls;
        var suffix = $"--output json --region {StandInElastiCacheCli.Region}";
        Assert.Equal($"elasticache describe-replication-groups --replication-group-id smoke-test {suffix}", calls[0]);
        Assert.Equal($"elasticache test-failover --replication-group-id smoke-test --node-group-id 0001 {suffix}", calls[1]);
        Assert.Matches(@"^elasticache describe-events --source-type replication-group --start-time \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ --source-identifier smoke-test " + suffix + "$", calls[2]);
        Assert.Matches(@"^elasticache describe-events --source-type cache-cluster --start-time \S+Z " + suffix + "$", calls[3]);
        Assert.Single(calls, c => c.Contains("test-failover", StringComparison.Ordinal));
        await _pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task NeverCompletes_FailsAfterTheTimeout_KeysDeleted()
    {
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "primary"), ("smoke-test-002", "replica")));
        _aws.Respond("describe-events-replication-group", StandInElastiCacheCli.Events((StandInElastiCacheCli.Group, "Test Failover API called for node group 0001")));
        using var outputs = Outputs();

        var run = await RunAsync(outputs, "--yes", "--timeout", "2s");

        Assert.True(run.ExitCode == 1, run.Describe());
        using var json = new DrillJson(run.Output);
        Assert.False(json.Failover.GetProperty("completed").GetBoolean());
        Assert.Contains("within --timeout 2 s", json.Failures, StringComparison.Ordinal);
        Assert.True(_aws.Calls.Count(c => c.Contains("describe-events", StringComparison.Ordinal)) >= 4, string.Join("\n", _aws.Calls));
        Assert.True(json.Cleanup.GetProperty("deleted").GetInt64() > 0, run.Describe());
        await _pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task TwentyFourHourLimit_ReportedClearly_NoEventPolling_KeysDeleted()
    {
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "primary"), ("smoke-test-002", "replica")));
        _aws.Fail("test-failover", 254, "\nAn error occurred (TestFailoverNotAvailableFault) when calling the TestFailover operation: TestFailover limit reached\n");
        using var outputs = Outputs();

        var run = await RunAsync(outputs, "--yes");

        Assert.True(run.ExitCode == 1, run.Describe());
        using var json = new DrillJson(run.Output);
        Assert.Contains("TestFailoverNotAvailableFault", json.Failures, StringComparison.Ordinal);
        Assert.Contains("up to 15 node groups in any rolling 24 hours", json.Failures, StringComparison.Ordinal);
        Assert.DoesNotContain(_aws.Calls, c => c.Contains("describe-events", StringComparison.Ordinal));
        await _pair.AssertNoSmokeKeysAsync();
    }

    [Theory]
    [InlineData("enabled", 1, "has no replica")]
    [InlineData("disabled", 2, "automatic failover disabled")]
    public async Task GroupThatCannotFailOver_Refused_Exit2_NothingWrittenOrTriggered(string automaticFailover, int nodes, string reason)
    {
        var members = new[] { ("smoke-test-001", "primary"), ("smoke-test-002", "replica") }.Take(nodes).ToArray();
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson(automaticFailover, members));
        using var outputs = Outputs();

        var run = await RunAsync(outputs, "--yes");

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Single(_aws.Calls);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task ZeroReplicasInTheOutputs_Refused_Exit2_BeforeAnyAwsCall()
    {
        using var outputs = Outputs(replicas: 0);

        var run = await RunAsync(outputs, "--yes");

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("the stack has no replica (replicas: 0", run.Error, StringComparison.Ordinal);
        Assert.Empty(_aws.Calls);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task WithoutYes_NoStandardInput_Refused_WithTheHint()
    {
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "primary"), ("smoke-test-002", "replica")));
        using var outputs = Outputs();

        var run = await RunAsync(outputs);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("pass --yes to run without asking", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_aws.Calls, c => c.Contains("test-failover", StringComparison.Ordinal));
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task CtrlC_WhileWaitingForEvents_Exit130_InterruptedOnce_KeysDeleted()
    {
        _aws.Respond("describe-replication-groups", StandInElastiCacheCli.GroupJson("enabled", ("smoke-test-001", "primary"), ("smoke-test-002", "replica")));
        using var outputs = Outputs();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = Environment(outputs);
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(2.5));
        var context = new CliContext(new StringReader(""), output, error, name => environment.GetValueOrDefault(name)) { Interrupt = ctrlC.Token };

        var exitCode = await SmokeCli.RunAsync(["failover", .. Arguments(outputs, "--yes")], context);

        var run = new SmokeRun(exitCode, output.ToString(), error.ToString(), TimeSpan.Zero);
        SmokeProgram.AssertNoSecret(run, [Secret]);
        Assert.True(exitCode == 130, run.Describe());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Error, "interrupted"));
        Assert.Contains("key(s) deleted", run.Error, StringComparison.Ordinal);
        await _pair.AssertNoSmokeKeysAsync();
    }

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Empty(await _pair.SmokeKeysAsync(_pair.Primary));
        var commands = await _pair.WithConnectionAsync(_pair.Primary, async db => (string?)await db.ExecuteAsync("INFO", "commandstats") ?? "");
        Assert.DoesNotContain("cmdstat_set:", commands, StringComparison.Ordinal);
    }

    private async Task<SmokeRun> RunAsync(TempFile outputs, params string[] flags) =>
        await SmokeProgram.RunAsync(["failover", .. Arguments(outputs, flags)], Environment(outputs), standardInput: null, Secret);

    private static string[] Arguments(TempFile outputs, params string[] flags) =>
        ["--outputs", outputs.Path, "--json", "--poll-interval", "100ms", "--observe", "300ms", .. flags];

    private Dictionary<string, string> Environment(TempFile outputs) => new() { ["PATH"] = _aws.SearchPath };

    private TempFile Outputs(int replicas = 1)
    {
        var outputs = JsonNode.Parse(_pair.OutputsJson())!.AsObject();
        outputs["region"] = StandInElastiCacheCli.Region;
        outputs["replicas"] = replicas;
        return new TempFile(outputs.ToJsonString(new JsonSerializerOptions()));
    }
}
