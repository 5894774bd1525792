namespace Infra.Settings;

public enum CpuArchitecture
{
    Arm64,
    X86_64,
}

/// <summary>The in-VPC client instance (reached through SSM, never SSH).</summary>
/// <param name="Architecture">Follows the instance family: arm64 for Graviton (t4g, m7g, c7g, ...), x86_64 otherwise.</param>
/// <param name="AmiParameterName">Public SSM parameter holding the latest Amazon Linux 2023 AMI for that architecture.</param>
public sealed record ClientSettings(
    bool Enabled,
    string InstanceType,
    CpuArchitecture Architecture,
    string AmiParameterName,
    int RootVolumeSizeGiB);
