using Infra.Settings;

namespace Infra.Settings.Tests;

public class SecretValueTests
{
    [Fact]
    public void ToString_never_shows_the_secret()
    {
        var secret = new SecretValue("a-very-secret-token-123");

        Assert.Equal("[secret]", secret.ToString());
        Assert.DoesNotContain("very-secret", $"{secret}", StringComparison.Ordinal);
        Assert.Equal("a-very-secret-token-123", secret.Reveal());
    }
}
