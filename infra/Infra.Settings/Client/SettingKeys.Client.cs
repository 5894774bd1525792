namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string ClientEnabled = "clientEnabled";
    public const string ClientInstanceType = "clientInstanceType";
    public const string VerifyOnUp = "verifyOnUp";

    /// <summary>The client area's keys: the in-VPC client instance and the post-deploy check run through it.</summary>
    private static IReadOnlyList<SettingDefinition> ClientDefinitions() =>
    [
        new(ClientEnabled, SettingType.Boolean,
            "Create the SSM-managed client instance (and its VPC endpoints) inside the VPC.",
            "true",
            "true or false"),
        new(ClientInstanceType, SettingType.String,
            "EC2 instance type of the client; its family decides the architecture (Graviton families are arm64).",
            "t4g.nano",
            "<family><generation><attributes>.<size>, e.g. t4g.nano, t3.micro, m7g.large"),
        new(VerifyOnUp, SettingType.Boolean,
            "Run the smoke test from `pulumi up` once the cache is ready (through the client instance, so it needs clientEnabled).",
            "false",
            "true or false"),
    ];
}
