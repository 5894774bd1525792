namespace Infra.Settings;

/// <summary>One stack config key: the single source of truth for Pulumi.yaml, the configuration table (docs/configuration.md) and the parser.</summary>
/// <param name="Key">The bare (un-namespaced) camelCase key, e.g. <c>engineVersion</c>.</param>
/// <param name="Default">
/// The value used when the key is absent, as config text (JSON for arrays), or null when the key has
/// no default. An empty string means "not set" (e.g. <c>kmsKeyArn</c>: the AWS-managed key).
/// </param>
/// <param name="Allowed">What is allowed, in words; used in error messages and docs/configuration.md.</param>
/// <param name="Secret">Set with <c>pulumi config set --secret</c>; never shown.</param>
/// <param name="Replaces">
/// What changing it on a deployed stack does to the replication group, as docs/configuration.md's "Replaces the
/// replication group" column says it: <c>no</c>, <c>yes</c> (data is lost unless restored), or a
/// short qualified answer where it depends (e.g. <c>valkey → redis only</c>). Anything but <c>no</c>
/// must be explained in docs/configuration.md's list of settings that replace.
/// </param>
/// <param name="Deferrable">
/// An id, a secret or a value another resource may compute: the <c>Cache</c> component takes it as
/// an <c>Input</c>, counts its presence at once and checks its content when it resolves
/// (<see cref="DeferredValue"/>). Every other key is a decision, known when the component is built.
/// </param>
public sealed record SettingDefinition(
    string Key,
    SettingType Type,
    string Description,
    string? Default,
    string Allowed,
    bool Secret = false,
    string Replaces = "no",
    bool Deferrable = false)
{
    /// <summary>Whether a change can replace the replication group (in every case or in some).</summary>
    public bool ForcesReplacement => Replaces != "no";

    /// <summary>
    /// Whether Pulumi.yaml's project-level <c>config:</c> block can declare this key. Pulumi's schema
    /// has no object type, and a declared key without a default is required in every stack (a secret
    /// cannot have a default), so objects and secrets are documented there in a comment instead.
    /// </summary>
    public bool DeclaredInProjectFile => !Secret && Type != SettingType.Object && Default is not null;

    /// <summary>The type name Pulumi's project config schema uses (<c>string</c>, <c>integer</c>, <c>boolean</c>, <c>array</c>, or <c>object</c>).</summary>
    public string TypeName => Type.ToString().ToLowerInvariant();
}
