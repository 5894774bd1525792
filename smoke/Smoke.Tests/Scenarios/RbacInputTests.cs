using System.Net;
using System.Net.Sockets;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>Bad RBAC input (users, passwords, --user): exit code 2, the flag or key named, no password shown, nothing connected.</summary>
public sealed class RbacInputTests : IDisposable
{
    private const string Password = "pa55word-of-app-not-to-be-shown-0123";
    private const string PasswordVariable = "SMOKE_USER_PASSWORD";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public RbacInputTests() => _listener.Start();

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose() => _listener.Stop();

    [Theory]
    [InlineData("--password-env X", "--password-env: only used with --user <name>")]
    [InlineData("--user app --password-env X --auth-token-env Y", "--user and --auth-token-env: give at most one")]
    [InlineData("--user", "--user: missing value (expected name)")]
    [InlineData("--user app --password-env", "--password-env: missing value (expected NAME)")]
    public async Task UserFlags_Misused_Exit2_NameTheFlag(string args, string expected)
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-", .. args.Split(' ')], standardInput: Outputs(""));

        AssertBadInput(run, expected);
    }

    [Fact]
    public async Task UserWithoutPasswordSource_Exit2_NamesBothFlags()
    {
        var run = await SmokeProgram.RunAsync(["--primary", $"127.0.0.1:{Port}", "--reader", $"127.0.0.1:{Port}", "--user", "app"]);

        AssertBadInput(run, "--user app: no password: give --password-env <NAME>");
    }

    [Fact]
    public async Task PasswordVariableNotSet_Exit2_NamesFlagAndVariable()
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-", "--user", "app", "--password-env", PasswordVariable], new Dictionary<string, string>(), Outputs(Users));

        AssertBadInput(run, $"--password-env {PasswordVariable}: the environment variable {PasswordVariable} is not set or empty");
    }

    [Fact]
    public async Task PasswordPastedInsteadOfVariableName_Exit2_IsNotEchoed()
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-", "--user", "app", "--password-env", Password], standardInput: Outputs(Users), secrets: Password);

        AssertBadInput(run, "--password-env: expects the NAME of an environment variable");
    }

    [Fact]
    public async Task UserNotInTheUsersOutput_Exit2_ListsTheUsers()
    {
        var run = await SmokeProgram.RunAsync(
            ["--outputs", "-", "--user", "nobody", "--password-env", PasswordVariable],
            new Dictionary<string, string> { [PasswordVariable] = Password },
            Outputs(Users),
            Password);

        AssertBadInput(run, "--user nobody: not in the users output (standard input; users: app, default, iam-app)");
    }

    [Fact]
    public async Task IamUser_Exit2_SaysTheCheckUsesPasswords()
    {
        var run = await SmokeProgram.RunAsync(["--outputs", "-", "--user", "iam-app"], standardInput: Outputs(Users));

        AssertBadInput(run, "--user iam-app: the users output says it authenticates with iam");
    }

    [Fact]
    public async Task WrongTypes_Exit2_NameEachKey_NeverShowThePassword()
    {
        var json = $$$""","authMode":"users","users":{"app":{"access":"on ~* +@all","auth":"token"}},"userPasswords":{"app":["{{{Password}}}"]}""";

        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: Outputs(json), secrets: Password);

        AssertBadInput(run, "authMode (standard input): expected one of token, rbac, none, got a string \"users\"");
        Assert.Contains("users.app (standard input): expected { \"access\": \"<access string>\", \"auth\": \"password\" | \"iam\" }", run.Error, StringComparison.Ordinal);
        Assert.Contains("userPasswords.app (standard input): expected a non-empty string, got an array (value not shown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersWithoutAuthMode_AreRbac_AndAPickIsNeeded()
    {
        // An older stack file without authMode but with users: RBAC all the same.
        var run = await SmokeProgram.RunAsync(["--outputs", "-"], standardInput: Outputs(Users.Replace("\"authMode\":\"rbac\",", "", StringComparison.Ordinal)));

        AssertBadInput(run, "userPasswords (standard input): no password for app");
    }

    private const string Users =
        ""","authMode":"rbac","users":{"default":{"access":"off -@all","auth":"password"},"app":{"access":"on ~smoke:* +@all","auth":"password"},"iam-app":{"access":"on ~* +@all","auth":"iam"}}""";

    private string Outputs(string extra) =>
        $$"""{"primaryEndpoint":"127.0.0.1","readerEndpoint":"127.0.0.1","port":{{Port}},"transitEncryption":false{{extra}}}""";

    private void AssertBadInput(SmokeRun run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(_listener.Pending(), "a bad-input run connected to the endpoint");
    }
}
