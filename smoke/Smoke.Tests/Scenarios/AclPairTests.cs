using Smoke.Checks;
using Smoke.Connection;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// Scenarios against a pair with ACL users and the default user off, as ElastiCache in RBAC mode.
/// Every run asserts that no password of the servers appears in what the program printed.
/// </summary>
public sealed class AclPairTests(AclPairFixture fixture) : IClassFixture<AclPairFixture>
{
    private const string PasswordVariable = "SMOKE_USER_PASSWORD";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private RedisPair Pair => fixture.Pair;

    private string[] Endpoints => ["--primary", $"{RedisPair.PrimaryAddress}:{Pair.Port}", "--reader", $"{RedisPair.ReplicaAddress}:{Pair.Port}", "--no-tls"];

    [Fact]
    public async Task RightUser_PasswordFromEnvironment_PassesAndNamesTheUser()
    {
        var run = await RunAsync([.. Endpoints, "--user", AclPairFixture.AppUser, "--password-env", PasswordVariable, "--json"], AclPairFixture.AppPassword);

        Assert.Equal("user app logged in", run.Check("auth/primary").Detail);
        Assert.Contains("\"user\": \"app\"", run.Output, StringComparison.Ordinal);
        AssertClientChecks(run);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task RightUser_TableNamesTheUser()
    {
        var run = await RunAsync([.. Endpoints, "--user", AclPairFixture.AppUser, "--password-env", PasswordVariable], AclPairFixture.AppPassword);

        Assert.Contains("TLS off, AUTH user app", run.Output, StringComparison.Ordinal);
        Assert.Contains("auth  ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_AsAUser_RunsAndNeverPrintsThePassword()
    {
        var run = await RunAsync(
            ["bench", .. Endpoints, "--user", AclPairFixture.AppUser, "--password-env", PasswordVariable, "--duration", "1", "--warmup", "0", "--json"],
            AclPairFixture.AppPassword);

        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public async Task Bench_WrongPassword_SaysWrongPassWithTheUserHint()
    {
        const string wrong = "not-the-app-password-1111111111111";

        var run = await RunAsync(["bench", .. Endpoints, "--user", AclPairFixture.AppUser, "--password-env", PasswordVariable, "--duration", "1"], wrong, wrong);

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("WRONGPASS", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains(Hints.AuthWrongUser, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_FailsAtAuthWithWrongPass_AndTheUserHint()
    {
        const string wrong = "not-the-app-password-0000000000000";

        var run = await RunAsync([.. Endpoints, "--user", AclPairFixture.AppUser, "--password-env", PasswordVariable, "--json"], wrong, wrong);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["auth/primary", "auth/reader"], run.Failed);
        Assert.StartsWith("server refused AUTH as user app: WRONGPASS", run.Check("auth/primary").Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.AuthWrongUser, run.Check("auth/primary").Hint);
        Assert.Equal("skipped", run.Check("ping/primary").Status);
        run.AssertFinishedWithin(Bound);
    }

    [Fact]
    public async Task UserWhoMayNotWrite_FailsAtSetWithNoPerm_AndReadOnlyIsNotProven()
    {
        var run = await RunAsync([.. Endpoints, "--user", AclPairFixture.ReaderUser, "--password-env", PasswordVariable, "--json"], AclPairFixture.ReaderPassword);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal("passed", run.Check("ping/primary").Status);
        Assert.Equal(["set/primary", "readonly/reader"], run.Failed);
        Assert.StartsWith("SET refused for user reader: NOPERM", run.Check("set/primary").Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.NoWritePermission, run.Check("set/primary").Hint);
        Assert.Contains("NOPERM", run.Check("readonly/reader").Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.ReaderNoPermission, run.Check("readonly/reader").Hint);
        Assert.Equal("skipped", run.Check("cleanup/primary").Status);

        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task DefaultUserOff_NoUserGiven_FailsAtPingWithNoAuth_AndNamesTheUserFlags()
    {
        var run = await RunAsync([.. Endpoints, "--json"]);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(["ping/primary", "ping/reader"], run.Failed);
        Assert.StartsWith("server answered PING with: NOAUTH", run.Check("ping/primary").Detail, StringComparison.Ordinal);
        Assert.Equal(Hints.AuthMissing, run.Check("ping/primary").Hint);
        Assert.Contains("--user", Hints.AuthMissing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RbacOutputs_NoUserGiven_PicksTheUserThatMayWrite()
    {
        using var outputs = new TempFile(fixture.OutputsJson(passwords: AclPairFixture.AllPasswords));

        var run = await RunAsync(["--outputs", outputs.Path, "--json"]);

        Assert.Equal("user app logged in", run.Check("auth/primary").Detail);
        Assert.Equal("passed", run.Check("auth/reader").Status);
        AssertClientChecks(run);
        await Pair.AssertNoSmokeKeysAsync();
    }

    [Fact]
    public async Task RbacOutputs_UserGiven_PasswordFromTheOutputs()
    {
        using var outputs = new TempFile(fixture.OutputsJson(passwords: AclPairFixture.AllPasswords));

        var run = await RunAsync(["--outputs", outputs.Path, "--user", AclPairFixture.ReaderUser, "--json"]);

        Assert.Equal("user reader logged in", run.Check("auth/primary").Detail);
    }

    [Fact]
    public async Task RbacOutputs_NoUserMayWrite_IsBadInputNamingTheUserFlag()
    {
        using var outputs = new TempFile(fixture.OutputsJson(
            access: new Dictionary<string, string> { [AclPairFixture.ReaderUser] = AclPairFixture.ReaderAccess },
            passwords: AclPairFixture.AllPasswords));

        var run = await RunAsync(["--outputs", outputs.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("users (", run.Error, StringComparison.Ordinal);
        Assert.Contains("reader: may not SET/DEL smoke:* keys", run.Error, StringComparison.Ordinal);
        Assert.Contains("default: off", run.Error, StringComparison.Ordinal);
        Assert.Contains("iam-app: auth iam", run.Error, StringComparison.Ordinal);
        Assert.Contains("give --user <name> with --password-env <NAME>", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task RbacOutputs_PasswordsHidden_IsBadInputNamingShowSecrets()
    {
        using var outputs = new TempFile(fixture.OutputsJson(passwords: "[secret]"));

        var run = await RunAsync(["--outputs", outputs.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("userPasswords", run.Error, StringComparison.Ordinal);
        Assert.Contains("--show-secrets", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserWithoutPasswordSource_IsBadInputNamingBothFlags()
    {
        var run = await RunAsync([.. Endpoints, "--user", AclPairFixture.AppUser]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--user app: no password: give --password-env <NAME>", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was connected to", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The checks on StackExchange.Redis's connection (role and the data checks) all pass as the user.</summary>
    private static void AssertClientChecks(SmokeRun run)
    {
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(run.Failed);
    }

    private static Task<SmokeRun> RunAsync(string[] args, string? password = null, params string[] moreSecrets) =>
        SmokeProgram.RunAsync(
            args,
            password is null ? null : new Dictionary<string, string> { [PasswordVariable] = password },
            secrets: [.. AclPairFixture.Secrets, .. moreSecrets]);
}
