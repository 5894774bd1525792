using System.Net.Sockets;
using Smoke.Failover;

namespace Smoke.Tests.Failover;

/// <summary>The drill's small parts: outage arithmetic, error kinds, the CLI's JSON and errors.</summary>
public sealed class DrillPartsTests
{
    [Fact]
    public void Outage_IsTheLongestGapBetweenGoodAttempts_WithTheFailuresInIt()
    {
        Attempt[] attempts =
        [
            new(1, 0, 1, null), new(2, 5, 6, null), new(3, 10, 510, ErrorKind.Timeout), new(4, 510, 511, ErrorKind.Refused),
            new(5, 515, 520, null), new(6, 525, 526, ErrorKind.Reset), new(7, 530, 531, null),
        ];

        var outage = Outage.Longest(attempts, 0);

        Assert.Equal(new Outage(6, 520, 2), outage);
        Assert.Equal(514, outage!.DurationMs);
    }

    [Fact]
    public void Outage_FailuresUpToTheEnd_NeverEnded()
    {
        var outage = Outage.Longest([new(1, 0, 1, null), new(2, 5, 1005, ErrorKind.Timeout)], 0);

        Assert.Equal(new Outage(1, null, 1), outage);
        Assert.Null(outage!.DurationMs);
    }

    [Theory]
    [InlineData("READONLY You can't write against a read only replica.", "ReadOnly")]
    [InlineData("LOADING Redis is loading the dataset in memory", "Loading")]
    [InlineData("ERR unknown command", "ServerError")]
    public void ErrorReplies_SortedByKind(string reply, string kind) => Assert.Equal(Enum.Parse<ErrorKind>(kind), ErrorKinds.FromReply(reply));

    [Theory]
    [InlineData(SocketError.ConnectionRefused, "Refused")]
    [InlineData(SocketError.ConnectionReset, "Reset")]
    [InlineData(SocketError.TimedOut, "Timeout")]
    [InlineData(SocketError.WouldBlock, "Timeout")]
    [InlineData(SocketError.HostNotFound, "Other")]
    public void SocketFailures_SortedByKind(SocketError code, string expected)
    {
        var kind = Enum.Parse<ErrorKind>(expected);
        Assert.Equal(kind, ErrorKinds.FromException(new SocketException((int)code)));
        Assert.Equal(kind, ErrorKinds.FromException(new IOException("wrapped", new SocketException((int)code))));
    }

    [Fact]
    public void ReplicationGroup_RolesAndAutomaticFailover_Read()
    {
        var state = ReplicationGroupState.Parse(
            StandInElastiCacheCli.GroupJson("enabled", ("g-001", "replica"), ("g-002", "primary"), ("g-003", "replica")), "0001");

        Assert.Equal("g-002", state.Primary);
        Assert.Equal(2, state.Replicas);
        Assert.Equal("enabled", state.AutomaticFailover);
        Assert.Equal("available", state.Status);
    }

    [Fact]
    public void AwsErrors_ExplainedWithTheirCode()
    {
        var limit = new AwsCliResult(254, "", "\nAn error occurred (TestFailoverNotAvailableFault) when calling the TestFailover operation: limit\n");
        var denied = new AwsCliResult(254, "", "An error occurred (AccessDenied) when calling the TestFailover operation: no");

        Assert.Equal("TestFailoverNotAvailableFault", limit.ErrorCode);
        Assert.Contains("15 node groups in any rolling 24 hours", AwsFailoverTrigger.Explain(limit), StringComparison.Ordinal);
        Assert.Contains("elasticache:TestFailover", AwsFailoverTrigger.Explain(denied), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_KeepsQuotesAndSignsAsWritten_LikeEveryOtherDocument() =>
        // The default encoder writes ' as \u0027 and + as \u002B (issue 18: JSON without \u0027).
        Assert.Equal("\"can't reach <primary> +12 ms\"", System.Text.Json.JsonSerializer.Serialize("can't reach <primary> +12 ms", FailoverReportWriter.JsonOptions));
}
