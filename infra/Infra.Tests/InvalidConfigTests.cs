using Moq;
using Pulumi.Testing;

namespace Infra.Tests;

public class InvalidConfigTests
{
    [Fact]
    public async Task InvalidConfig_FailsWithTheSettingsMessage_AndDeclaresNothing()
    {
        var config = StackConfigs.FromStackFile("dev").With("vpcCidr", "banana").With("port", "99999");
        var cloud = new MockCloud();
        var mocks = cloud.CreateMocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.RunProgramAsync("dev", config, mocks.Object));

        var expected = Assert.Throws<Infra.Settings.SettingsValidationException>(
            () => Infra.Settings.StackSettingsParser.Parse(StackRun.Project, "dev", config));
        Assert.Contains(expected.Message, error.Message, StringComparison.Ordinal);
        Assert.Contains("vpcCidr", error.Message, StringComparison.Ordinal);
        Assert.Contains("port", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(StackConfigs.TestAuthToken, error.Message, StringComparison.Ordinal);
        Assert.Empty(cloud.Registrations);
        Assert.Empty(cloud.Calls);
        mocks.Verify(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>()), Times.Never());
        mocks.Verify(m => m.CallAsync(It.IsAny<MockCallArgs>()), Times.Never());
    }
}
