using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class ClientTests
{
    [Theory]
    [InlineData("t4g.nano", CpuArchitecture.Arm64)]
    [InlineData("m7g.large", CpuArchitecture.Arm64)]
    [InlineData("c7g.xlarge", CpuArchitecture.Arm64)]
    [InlineData("r8g.2xlarge", CpuArchitecture.Arm64)]
    [InlineData("m6gd.large", CpuArchitecture.Arm64)]
    [InlineData("c7gn.medium", CpuArchitecture.Arm64)]
    [InlineData("im4gn.large", CpuArchitecture.Arm64)]
    [InlineData("is4gen.medium", CpuArchitecture.Arm64)]
    [InlineData("a1.medium", CpuArchitecture.Arm64)]
    [InlineData("t3.micro", CpuArchitecture.X86_64)]
    [InlineData("t3a.nano", CpuArchitecture.X86_64)]
    [InlineData("m7i-flex.large", CpuArchitecture.X86_64)]
    [InlineData("g4dn.xlarge", CpuArchitecture.X86_64)]
    [InlineData("c5.metal", CpuArchitecture.X86_64)]
    [InlineData("m5zn.12xlarge", CpuArchitecture.X86_64)]
    public void The_instance_family_decides_the_architecture_and_ami(string instanceType, CpuArchitecture architecture)
    {
        var client = ParseWith(SettingKeys.ClientInstanceType, instanceType).Client;

        Assert.Equal(architecture, client.Architecture);
        Assert.EndsWith(architecture == CpuArchitecture.Arm64 ? "-arm64" : "-x86_64", client.AmiParameterName, StringComparison.Ordinal);
        Assert.StartsWith("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-", client.AmiParameterName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t4g")]
    [InlineData("t4g.")]
    [InlineData("T4G.nano")]
    [InlineData("cache.t4g.micro")]
    [InlineData("t4g.huge")]
    [InlineData("4g.nano")]
    [InlineData("mac2.metal")]
    public void A_malformed_instance_type_is_rejected(string instanceType) =>
        Assert.Equal(SettingKeys.ClientInstanceType, SingleProblem(SettingKeys.ClientInstanceType, instanceType).Key);

    [Fact]
    public void The_client_can_be_turned_off() =>
        Assert.False(ParseWith(SettingKeys.ClientEnabled, "false").Client.Enabled);

    [Fact]
    public void Verify_on_up_is_read() =>
        Assert.True(ParseWith(SettingKeys.VerifyOnUp, "true").Verification.VerifyOnUp);

    [Fact]
    public void Verify_on_up_needs_the_client()
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.VerifyOnUp, "true").With(SettingKeys.ClientEnabled, "false")));

        Assert.Equal(SettingKeys.VerifyOnUp, problem.Key);
    }
}
