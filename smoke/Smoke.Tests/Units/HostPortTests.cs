using Smoke.Input;

namespace Smoke.Tests.Units;

public sealed class HostPortTests
{
    [Theory]
    [InlineData("cache.example.com", "cache.example.com", null)]
    [InlineData("cache.example.com:6380", "cache.example.com", 6380)]
    [InlineData("127.0.0.2:1", "127.0.0.2", 1)]
    [InlineData("[::1]:6379", "::1", 6379)]
    [InlineData("[::1]", "::1", null)]
    [InlineData("::1", "::1", null)]
    public void TryParse_AcceptsHostWithOptionalPort(string text, string host, int? port)
    {
        Assert.True(HostPort.TryParse(text, out var parsedHost, out var parsedPort, out var problem), problem);
        Assert.Equal(host, parsedHost);
        Assert.Equal(port, parsedPort);
    }

    [Theory]
    [InlineData("host:0")]
    [InlineData("host:65536")]
    [InlineData("host:abc")]
    [InlineData(":6379")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    [InlineData("two words")]
    public void TryParse_RejectsWithAReason(string text)
    {
        Assert.False(HostPort.TryParse(text, out _, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void ToString_BracketsIpv6_SoItParsesBack() =>
        Assert.Equal("[::1]:6379", new HostPort("::1", 6379).ToString());
}
