using Smoke.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// --stack through a stand-in pulumi, and the built executable run as a process; on its own
/// healthy pair (the other classes' pairs are busy in parallel).
/// </summary>
public sealed class StackAndProcessTests(PlainPairFixture fixture, ITestOutputHelper log) : IClassFixture<PlainPairFixture>
{
    private RedisPair Pair => fixture.Pair;

    [Fact]
    public async Task Stack_RunsPulumiStackOutputWithSecrets_InItsWorkingDirectory_AndPasses()
    {
        using var pulumi = StandInPulumi.Printing(Pair.OutputsJson());

        var run = await SmokeProgram.RunAsync(["--stack", "dev", "--cwd", pulumi.Folder, "--json"], pulumi.Environment);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("stack output --json --show-secrets --stack dev --non-interactive", File.ReadAllText(pulumi.ArgumentsFile).Trim());
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task BuiltExecutable_StackFromPulumiOnPath_PassesWithExit0()
    {
        using var pulumi = StandInPulumi.Printing(Pair.OutputsJson());

        var run = await SmokeProcess.RunAsync(["--stack", "dev", "--cwd", pulumi.Folder], pulumi.Environment);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("PASSED:", run.Output, StringComparison.Ordinal);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task BuiltExecutable_BadInput_Exit2_OnStandardError()
    {
        var run = await SmokeProcess.RunAsync(["--outputs", "/nonexistent/outputs.json"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--outputs: file '/nonexistent/outputs.json' not found", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    /// <summary>A measurement, not an assertion on speed: wall time of `dotnet Smoke.dll --outputs` on a healthy local pair.</summary>
    [Fact]
    public async Task Measure_WallTimeOfAHealthyRun_FromProcessStartToVerdict()
    {
        using var outputs = new TempFile(Pair.OutputsJson());
        var figures = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var run = await SmokeProcess.RunAsync(["--outputs", outputs.Path, "--json"]);
            Assert.True(run.ExitCode == 0, run.Describe());
            using var report = System.Text.Json.JsonDocument.Parse(run.Output);
            var checks = report.RootElement.GetProperty("durationMs").GetDouble();
            figures.Add($"run {i}: process start to exit {run.Elapsed.TotalMilliseconds:0} ms, checks {checks:0} ms");
        }

        foreach (var figure in figures)
        {
            log.WriteLine(figure);
            Console.WriteLine($"[measure] dotnet Smoke.dll --outputs (healthy local pair): {figure}");
        }

        await Pair.AssertNoSmokeKeysAsync();
    }
}
