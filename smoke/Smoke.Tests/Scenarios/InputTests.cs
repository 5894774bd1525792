using System.Net;
using System.Net.Sockets;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>Bad input and usage: exit code 2, a message naming the key or flag, and no connection made.</summary>
public sealed class InputTests : IDisposable
{
    private const string TokenVariable = "SMOKE_AUTH_TOKEN";

    // A listener whose port the outputs name: after a bad-input run it must have seen no connection.
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public InputTests() => _listener.Start();

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private string Outputs(string extra = "") =>
        $$"""{"primaryEndpoint":"127.0.0.1","readerEndpoint":"127.0.0.1","port":{{Port}},"transitEncryption":false{{extra}}}""";

    public void Dispose() => _listener.Stop();

    [Fact]
    public async Task MalformedJson_Exit2_NamesTheProblem()
    {
        using var outputs = new TempFile("{\n  \"primaryEndpoint\": \"a\",\n  \"port\": 6379,, }");

        var run = await SmokeProgram.RunAsync(["--outputs", outputs.Path]);

        AssertBadInput(run, $"stack outputs ({outputs.Path}): not valid JSON at line 3, byte 16;");
        // One message: the position, nothing of the parser's own words, no generic follow-up.
        Assert.Single(run.Error.Split('\n'), line => line.StartsWith("smoke: error:", StringComparison.Ordinal));
        Assert.DoesNotContain("LineNumber", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no endpoints", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingKeys_Exit2_NamesEveryMissingKeyAndItsFlag()
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: "{}");

        AssertBadInput(run, "primaryEndpoint: missing (stack outputs: standard input); or give --primary host[:port]");
        Assert.Contains("readerEndpoint: missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("port: missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("transitEncryption: missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReaderMissing_OtherValuesFine_Exit2_NothingConnected()
    {
        var json = $$"""{"primaryEndpoint":"127.0.0.1","port":{{Port}},"transitEncryption":false}""";

        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: json);

        AssertBadInput(run, "readerEndpoint: missing");
    }

    [Fact]
    public async Task WrongTypes_Exit2_NamesEachKey_NeverShowsTheToken()
    {
        var json = """{"primaryEndpoint":"a.example","readerEndpoint":42,"port":"6379","transitEncryption":"yes","authToken":12345678901}""";

        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: json, secrets: "12345678901");

        AssertBadInput(run, "readerEndpoint (standard input): expected a string, got a number 42");
        Assert.Contains("port (standard input): expected a number from 1 to 65535, got a string \"6379\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("transitEncryption (standard input): expected true or false", run.Error, StringComparison.Ordinal);
        Assert.Contains("authToken (standard input): expected a string, got a number (value not shown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenSecretInOutputs_Exit2_SaysToUseShowSecrets()
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: Outputs(""","authToken":"[secret]" """));

        AssertBadInput(run, "--show-secrets");
    }

    [Fact]
    public async Task TokenRequiredButAbsent_Exit2_NamesFlagAndVariable()
    {
        var run = await SmokeProgram.RunAsync(
            ["--outputs", "-", "--auth-token-env", TokenVariable],
            new Dictionary<string, string>(),
            Outputs());

        AssertBadInput(run, $"--auth-token-env {TokenVariable}: the environment variable {TokenVariable} is not set or empty");
    }

    [Fact]
    public async Task TokenPastedInsteadOfVariableName_Exit2_IsNotEchoed()
    {
        const string pasted = "p@ss-w0rd!value";

        var run = await SmokeProgram.RunAsync(["--outputs", "-", "--auth-token-env", pasted], standardInput: Outputs(), secrets: pasted);

        AssertBadInput(run, "--auth-token-env: expects the NAME of an environment variable");
    }

    [Fact]
    public async Task AlphanumericTokenPastedInsteadOfVariableName_Exit2_IsNotEchoed()
    {
        // Letters and digits only: it passes for a variable name, which is then not set.
        const string pasted = "Xk7pQ2mN9vR4tL8wZ3bC";

        var run = await SmokeProgram.RunAsync(
            ["--outputs", "-", "--auth-token-env", pasted], new Dictionary<string, string>(), Outputs(), secrets: pasted);

        AssertBadInput(run, "--auth-token-env: the environment variable it names (not repeated here");
    }

    [Fact]
    public async Task PulumiNotInstalled_Exit2_SaysHowToProceed()
    {
        var emptyFolder = Directory.CreateTempSubdirectory("smoke-nopulumi-");
        try
        {
            var run = await SmokeProgram.RunAsync(["--stack", "dev"], new Dictionary<string, string> { ["PATH"] = emptyFolder.FullName });

            AssertBadInput(run, "--stack dev: the 'pulumi' CLI is not installed or not on PATH");
            Assert.Contains("--outputs", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            emptyFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task PulumiFails_Exit2_QuotesItsError()
    {
        using var pulumi = StandInPulumi.Create("""echo "error: no stack named 'nope' found" >&2; exit 255""");

        var run = await SmokeProgram.RunAsync(["--stack", "nope", "--cwd", pulumi.Folder], pulumi.Environment);

        AssertBadInput(run, "--stack nope: `pulumi stack output` exited with code 255");
        Assert.Contains("no stack named 'nope' found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "unknown option --bogus (see smoke --help)")]
    [InlineData("--outputs x.json --tsl", "unknown option --tsl; did you mean --tls?")]
    [InlineData("--primary a b", "unexpected argument 'b' (see smoke --help)")]
    [InlineData("benchmark", "unknown command 'benchmark' (did you mean bench? allowed: check, bench, local")]
    [InlineData("--tls --no-tls", "--tls and --no-tls: give at most one of them")]
    [InlineData("--primary", "--primary: missing value (expected host[:port])")]
    [InlineData("--primary a:70000 --reader b", "--primary: 'a:70000' is not host[:port]")]
    [InlineData("--primary a --reader b --timeout soon", "--timeout: 'soon' is not a duration")]
    [InlineData("--stack dev --outputs x.json", "--stack and --outputs: give at most one source")]
    [InlineData("--connect-timeout 2s", "no endpoints: give --stack <name>, --outputs <file|->, or both --primary and --reader")]
    [InlineData("--outputs /nonexistent/outputs.json", "--outputs: file '/nonexistent/outputs.json' not found")]
    [InlineData("--primary a --reader b --ca-file /nonexistent/ca.pem", "--ca-file: cannot read '/nonexistent/ca.pem'")]
    public async Task UsageErrors_Exit2_NameTheFlag(string args, string expected)
    {
        var run = await SmokeProgram.RunAsync(args.Split(' '));

        AssertBadInput(run, expected);
    }

    [Fact]
    public async Task Help_Exit0_ListsThePostDeployFlags()
    {
        var run = await SmokeProgram.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var flag in new[] { "--primary", "--reader", "--tls", "--auth-token-env", "--json", "--stack", "--outputs", "--ca-file" })
        {
            Assert.Contains(flag, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownHost_Exit1_FailsAtDns()
    {
        var run = await SmokeProgram.RunAsync(
            ["--primary", "smoke-primary.invalid:6379", "--reader", "smoke-reader.invalid:6379", "--connect-timeout", "3s", "--timeout", "10s", "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["dns/primary", "dns/reader"], run.Failed);
        Assert.Equal(Smoke.Checks.Hints.DnsFailed, run.Check("dns/primary").Hint);
        Assert.Equal("skipped", run.Check("cleanup/primary").Status);
        run.AssertFinishedWithin(TimeSpan.FromSeconds(10));
    }

    private void AssertBadInput(SmokeRun run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(_listener.Pending(), "a bad-input run connected to the endpoint");
    }
}
