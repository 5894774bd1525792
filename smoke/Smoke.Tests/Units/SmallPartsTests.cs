using Smoke.Cli;
using Smoke.Connection;
using Smoke.Input;
using StackExchange.Redis;

namespace Smoke.Tests.Units;

public sealed class SmallPartsTests
{
    [Theory]
    [InlineData("250ms", 250)]
    [InlineData("2s", 2000)]
    [InlineData("1.5", 1500)]
    public void Durations_ParseMillisecondsAndSeconds(string text, double milliseconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(milliseconds, duration.TotalMilliseconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1s")]
    [InlineData("2h")]
    [InlineData("7200")]
    public void Durations_RejectZeroNegativeUnknownAndHuge(string text) => Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void AuthToken_NeverShowsInText()
    {
        var token = new AuthToken("top-secret");
        var target = new SmokeTarget(
            EndpointTarget.Direct(EndpointRole.Primary, new HostPort("a", 1)),
            EndpointTarget.Direct(EndpointRole.Reader, new HostPort("b", 1)),
            Tls: true,
            token,
            TlsTrust.System,
            new ConnectionTimeouts(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        Assert.DoesNotContain("top-secret", target.ToString(), StringComparison.Ordinal);
        Assert.Equal("AUTH *** refused", token.RedactFrom("AUTH top-secret refused"));
    }

    [Fact]
    public void AuthToken_QuotedCutShortByTheServer_IsRedactedToo()
    {
        // Redis quotes at most 128 characters of the arguments of an unknown command (AUTH renamed away).
        var value = string.Concat(Enumerable.Range(0, 15).Select(i => $"part{i:00}-xyz"));
        var token = new AuthToken(value);
        var reply = $"ERR unknown command 'AUTH', with args beginning with: '{value[..128]}' ";

        Assert.Equal("ERR unknown command 'AUTH', with args beginning with: '***' ", token.RedactFrom(reply));
        Assert.Equal("*** and *** again", token.RedactFrom($"{value} and {value} again"));
        Assert.Equal("a part00-xyz b", token.RedactFrom("a part00-xyz b"));
    }

    [Fact]
    public void UserPassword_IsRedactedFromUnexpectedErrors_AndTheUserIsNamed()
    {
        var target = new SmokeTarget(
            EndpointTarget.Direct(EndpointRole.Primary, new HostPort("a", 1)),
            EndpointTarget.Direct(EndpointRole.Reader, new HostPort("b", 1)),
            Tls: true,
            new AuthToken("user-password-0123456789"),
            TlsTrust.System,
            new ConnectionTimeouts(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))) { User = "app" };
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(""), TextWriter.Null, error, _ => null);

        SmokeCli.Unexpected(new InvalidOperationException("AUTH app user-password-0123456789 failed"), target, context);

        Assert.Contains("AUTH app *** failed", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["app", "user-password-0123456789"], target.AuthArguments(target.AuthToken!));
        Assert.Equal("user app", target.DescribeAuth());
        Assert.DoesNotContain("user-password", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedError_IsReportedWithExitCode1AndWithoutTheToken()
    {
        var target = new SmokeTarget(
            EndpointTarget.Direct(EndpointRole.Primary, new HostPort("a", 1)),
            EndpointTarget.Direct(EndpointRole.Reader, new HostPort("b", 1)),
            Tls: true,
            new AuthToken("top-secret"),
            TlsTrust.System,
            new ConnectionTimeouts(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(""), output, error, _ => null);

        var exitCode = SmokeCli.Unexpected(new InvalidOperationException("the library said: AUTH top-secret"), target, context);

        Assert.Equal(ExitCodes.CheckFailed, exitCode);
        Assert.Contains("unexpected error", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: the library said: AUTH ***", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void ForwardedEndpoint_ConnectsLocally_KeepsTheRealHostAsTlsServerName()
    {
        var endpoint = new EndpointTarget(EndpointRole.Primary, new HostPort("127.0.0.1", 16379), "master.cache.example.com");

        var options = new RedisConnectionFactory(new SmokeTarget(
            endpoint, endpoint, Tls: true, null, TlsTrust.System, new ConnectionTimeouts(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))))
            .CreateOptions(endpoint);

        Assert.True(endpoint.IsForwarded);
        Assert.Equal("master.cache.example.com", options.SslHost);
        Assert.Equal("127.0.0.1:16379", Assert.Single(options.EndPoints).ToString());
    }
}
