using System.Text.Json.Nodes;
using Smoke.Checks;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// The stack output replicas: with 0, ElastiCache points the reader endpoint at the primary, so
/// the reader rows pass with a note; with 1 or more a reader that answers as a master still fails.
/// "Reader at the primary" is the reader address set to the pair's primary.
/// </summary>
public sealed class ZeroReplicasTests(PlainPairFixture fixture) : IClassFixture<PlainPairFixture>
{
    private static readonly string[] ReaderRows = ["role/reader", "replication/reader", "readonly/reader"];

    private RedisPair Pair => fixture.Pair;

    [Fact]
    public async Task NoReplicas_ReaderServesThePrimary_ReaderRowsPassWithNote()
    {
        using var outputs = new TempFile(Outputs(replicas: 0, reader: RedisPair.PrimaryAddress));

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(run.Failed);
        foreach (var row in ReaderRows)
        {
            Assert.Equal("passed", run.Check(row).Status);
            Assert.Equal(Hints.NoReplicas, run.Check(row).Note);
        }

        Assert.Null(run.Check("role/primary").Note);
        Assert.Contains("no write tried", run.Check("readonly/reader").Detail, StringComparison.Ordinal);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task NoReplicas_Table_ShowsTheNoteUnderTheReaderRows()
    {
        using var outputs = new TempFile(Outputs(replicas: 0, reader: RedisPair.PrimaryAddress));

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Matches("(?m)^role +reader +pass ", run.Output);
        Assert.Equal(3, run.Output.Split('\n').Count(line => line.Trim() == $"note: {Hints.NoReplicas}"));
        Assert.Contains("PASSED:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneReplica_ReaderAnswersAsMaster_StillFails()
    {
        using var outputs = new TempFile(Outputs(replicas: 1, reader: RedisPair.PrimaryAddress));

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["role/reader", "readonly/reader"], run.Failed);
        Assert.Equal(Hints.ReaderNotReplica, run.Check("role/reader").Hint);
        Assert.All(run.Checks, c => Assert.Null(c.Note));
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task NoReplicas_ButTheReaderIsAReplica_PassesAsUsual_WithoutNote()
    {
        using var outputs = new TempFile(Outputs(replicas: 0, reader: RedisPair.ReplicaAddress));

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.All(run.Checks, c => Assert.Null(c.Note));
        Assert.Contains("READONLY", run.Check("readonly/reader").Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"2\"")]
    public async Task ReplicasOutput_NotAWholeNumber_IsBadInput_NamingTheKey(string value)
    {
        var json = JsonNode.Parse(Pair.OutputsJson())!.AsObject();
        json["replicas"] = JsonNode.Parse(value);
        using var outputs = new TempFile(json.ToJsonString());

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains($"replicas ({outputs.Path}): expected a whole number of 0 or more, got", run.Error, StringComparison.Ordinal);
    }

    private string Outputs(int replicas, string reader)
    {
        var json = JsonNode.Parse(Pair.OutputsJson())!.AsObject();
        json["replicas"] = replicas;
        json["readerEndpoint"] = reader;
        return json.ToJsonString();
    }
}
