namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string AuthEnabled = "authEnabled";
    public const string AuthToken = "authToken";

    /// <summary>The access area's keys: how clients authenticate.</summary>
    private static IReadOnlyList<SettingDefinition> AccessDefinitions() =>
    [
        new(AuthEnabled, SettingType.Boolean,
            "Require the AUTH token (needs transitEncryption and authToken).",
            "true",
            "true or false"),
        new(AuthToken, SettingType.String,
            "AUTH token clients send; set it per stack with `pulumi config set --secret authToken` (it prompts; the stack file keeps only ciphertext).",
            null,
            "16 to 128 printable ASCII characters without spaces, \", / or @; required when authEnabled is true, not set otherwise",
            Secret: true),
    ];
}
