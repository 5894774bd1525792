namespace Infra.Tests;

public class SmokeCommandLineTests
{
    [Fact]
    public void Build_NamesTheTokenVariable_OnlyWhenAuthIsOn()
    {
        var withAuth = SmokeCommandLine.Build("master.a.cache.amazonaws.com", "replica.a.cache.amazonaws.com", 6380, true, true, "i-0abc");
        var withoutAuth = SmokeCommandLine.Build("master.a.cache.amazonaws.com", "replica.a.cache.amazonaws.com", 6379, false, false, "i-0abc");

        Assert.Equal(
            "dotnet run --project smoke/Smoke -c Release -- --primary master.a.cache.amazonaws.com:6380 "
            + "--reader replica.a.cache.amazonaws.com:6380 --tls --outputs - --auth-token-env SMOKE_AUTH_TOKEN --via-ssm i-0abc --json",
            withAuth);
        Assert.Equal(
            "dotnet run --project smoke/Smoke -c Release -- --primary master.a.cache.amazonaws.com:6379 "
            + "--reader replica.a.cache.amazonaws.com:6379 --no-tls --outputs - --via-ssm i-0abc --json",
            withoutAuth);
    }

    [Theory]
    [InlineData("host;rm -rf /")]
    [InlineData("$(whoami)")]
    [InlineData("")]
    public void Build_RefusesAnythingButHostNameCharacters(string primary)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => SmokeCommandLine.Build(primary, "replica.a", 6379, true, true, "i-0abc"));
        Assert.Contains("primary endpoint", error.Message, StringComparison.Ordinal);
    }
}
