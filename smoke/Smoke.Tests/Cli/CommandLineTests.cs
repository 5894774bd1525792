using System.Net;
using System.Text.Json;
using Smoke.Local;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Cli;

/// <summary>
/// The command line as System.CommandLine parses it: misspelled secret flags that never echo the
/// value, generated help (also `smoke help`), response files, and the loopback-alias check of
/// `smoke local`. Nothing here connects anywhere.
/// </summary>
public sealed class CommandLineTests
{
    private const string Secret = "Zq9-not-a-name-7Kx";

    public static TheoryData<string[]> MisspelledSecretFlags => new()
    {
        { ["--auth-token", Secret, "--outputs", "x.json"] },
        { ["--auth-token=" + Secret, "--outputs", "x.json"] },
        { ["bench", "--outputs", "x.json", "--auth-token", Secret] },
        { ["--json", "--auth-token", Secret] },
        { ["failover", "--auth-token", Secret] },
        { ["failover", "--local", "--auth-token=" + Secret] },
    };

    /// <summary>The built program as its own process: what a terminal or CI log would show.</summary>
    [Theory]
    [MemberData(nameof(MisspelledSecretFlags))]
    public async Task MisspelledSecretFlag_SuggestsTheRealOne_AndNeverEchoesTheValue(string[] args)
    {
        var run = await SmokeProcess.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("unknown option --auth-token; did you mean --auth-token-env?", run.Error, StringComparison.Ordinal);
        SmokeProgram.AssertNoSecret(run, [Secret]);
    }

    [Fact]
    public async Task HelpCommand_ListsTheCommands_AndExplainsOne()
    {
        var root = await SmokeProgram.RunAsync(["help"]);
        var bench = await SmokeProgram.RunAsync(["help", "bench"]);

        Assert.True(root.ExitCode == 0, root.Describe());
        foreach (var word in new[] { "check", "bench", "local", "--outputs", "--via-ssm", "130 interrupted" })
        {
            Assert.Contains(word, root.Output, StringComparison.Ordinal);
        }

        Assert.True(bench.ExitCode == 0, bench.Describe());
        Assert.Contains("--in-flight", bench.Output, StringComparison.Ordinal);
        Assert.Contains("--auth-token-env", bench.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseFile_IsRead()
    {
        // Only a timeout in the file: "no endpoints" proves it was read (unread, '@file' would be an unexpected argument).
        using var file = new TempFile("--connect-timeout 2s\n--json\n", ".rsp");

        var run = await SmokeProgram.RunAsync(["@" + file.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("no endpoints", run.Error, StringComparison.Ordinal);
        Assert.Equal("usage error", JsonDocument.Parse(run.Output).RootElement.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("--requests 10 --duration 5s", "--duration and --requests: give at most one")]
    [InlineData("--read-from replica", "--read-from: got 'replica'; allowed: reader, primary or both")]
    [InlineData("--ratio 2", "--ratio: got '2'; allowed:")]
    [InlineData("--in-flght 4", "unknown option --in-flght; did you mean --in-flight?")]
    public async Task BenchFlags_Exit2_NameTheFlag(string args, string expected)
    {
        var run = await SmokeProgram.RunAsync(["bench", "--primary", "a", "--reader", "b", .. args.Split(' ')]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopbackAddresses_AnAddressNotConfiguredHere_IsNamedWithTheCommandThatAddsIt()
    {
        // 192.0.2.1 (TEST-NET-1) is on no interface of a test machine: binding it fails for real, as 127.0.0.2 does on macOS.
        var problem = LoopbackAddresses.Problem(
            [IPAddress.Parse(LocalPair.PrimaryAddress), IPAddress.Parse("192.0.2.1")], LoopbackAddresses.CanBind);

        Assert.NotNull(problem);
        Assert.Contains("cannot bind 192.0.2.1:", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalPair.PrimaryAddress, problem, StringComparison.Ordinal);
        Assert.Contains(OperatingSystem.IsLinux() ? "sudo ip addr add 192.0.2.1/8 dev lo" : "sudo ifconfig lo0 alias 192.0.2.1 up", problem, StringComparison.Ordinal);
        Assert.Null(LoopbackAddresses.Problem([IPAddress.Parse(LocalPair.PrimaryAddress), IPAddress.Parse(LocalPair.ReplicaAddress)], LoopbackAddresses.CanBind));
    }
}
