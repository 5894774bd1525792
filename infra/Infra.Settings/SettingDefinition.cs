namespace Infra.Settings;

/// <summary>One stack config key: the single source of truth for Pulumi.yaml, the README table and the parser.</summary>
/// <param name="Key">The bare (un-namespaced) camelCase key, e.g. <c>engineVersion</c>.</param>
/// <param name="Default">
/// The value used when the key is absent, as config text (JSON for arrays), or null when the key has
/// no default. An empty string means "not set" (e.g. <c>kmsKeyArn</c>: the AWS-managed key).
/// </param>
/// <param name="Allowed">What is allowed, in words; used in error messages and the README.</param>
/// <param name="Secret">Set with <c>pulumi config set --secret</c>; never shown.</param>
/// <param name="ForcesReplacement">Changing it on a deployed stack replaces the replication group (data is lost unless restored).</param>
public sealed record SettingDefinition(
    string Key,
    SettingType Type,
    string Description,
    string? Default,
    string Allowed,
    bool Secret = false,
    bool ForcesReplacement = false)
{
    /// <summary>
    /// Whether Pulumi.yaml's project-level <c>config:</c> block can declare this key. Pulumi's schema
    /// has no object type, and a declared key without a default is required in every stack (a secret
    /// cannot have a default), so objects and secrets are documented there in a comment instead.
    /// </summary>
    public bool DeclaredInProjectFile => !Secret && Type != SettingType.Object && Default is not null;

    /// <summary>The type name Pulumi's project config schema uses (<c>string</c>, <c>integer</c>, <c>boolean</c>, <c>array</c>, or <c>object</c>).</summary>
    public string TypeName => Type.ToString().ToLowerInvariant();
}
