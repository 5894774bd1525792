using System.Text.Json;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// --json with bad input (exit code 2): standard output carries a JSON object with the verdict,
/// the exit code and the message, the same shape for the smoke check and for `smoke bench`,
/// whether the flags or the stack outputs were wrong. Nothing listens: nothing may be connected to.
/// </summary>
public sealed class JsonUsageErrorTests
{
    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["--json", "--no-such-flag"], "unknown option --no-such-flag" },
        { ["--json"], "no endpoints: give --stack <name>" },
        { ["check", "--replication-timeout", "0", "--json"], "--replication-timeout" },
        { ["--json", "--outputs", "-"], "primaryEndpoint: missing (stack outputs: standard input)" },
        { ["bench", "--json", "--no-such-flag"], "unknown option --no-such-flag" },
        { ["bench", "--outputs", "-", "--json"], "primaryEndpoint: missing (stack outputs: standard input)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInput_WithJson_PrintsVerdictExitCodeAndMessage(string[] args, string expected)
    {
        var run = await SmokeProgram.RunAsync(args, standardInput: "{}");

        Assert.True(run.ExitCode == 2, run.Describe());
        using var document = JsonDocument.Parse(run.Output);
        var report = document.RootElement;
        Assert.Equal("usage error", report.GetProperty("verdict").GetString());
        Assert.Equal(2, report.GetProperty("exitCode").GetInt32());
        Assert.Contains(expected, report.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(expected, report.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_WithoutJson_LeavesStandardOutputEmpty()
    {
        var run = await SmokeProgram.RunAsync(["bench", "--no-such-flag"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Empty(run.Output);
    }
}
