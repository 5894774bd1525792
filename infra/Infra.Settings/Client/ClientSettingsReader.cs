
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the client area's keys: the in-VPC client instance.</summary>
internal static class ClientSettingsReader
{
    /// <summary>Root volume of the client: the Amazon Linux 2023 AMI's root snapshot is 8 GiB, and the client stores nothing.</summary>
    public const int ClientRootVolumeSizeGiB = 8;

    public static ClientSettings Read(ConfigReader reader)
    {
        var enabled = reader.Boolean(ClientEnabled);
        var instanceType = reader.Text(ClientInstanceType).Trim();
        var architecture = InstanceTypes.Architecture(instanceType);
        if (architecture is null)
        {
            reader.Problem(ClientInstanceType, ConfigReader.Allowed(ClientInstanceType));
        }

        var resolved = architecture ?? CpuArchitecture.Arm64;
        return new ClientSettings(enabled, instanceType, resolved, InstanceTypes.AmiParameterName(resolved), ClientRootVolumeSizeGiB);
    }
}
