namespace Infra.Settings;

/// <summary>
/// A value that is present but whose content is known only later: an encrypted (<c>secure:</c>)
/// value of a committed stack file read offline, or an input of the <c>Cache</c> component that
/// another resource computes (an id, a token, an ARN). The raw config carries <see cref="Marker"/>
/// in its place. Readers apply every rule that needs only its presence (e.g. authMode token needs an
/// authToken, vpcId decides whether a VPC is created) and skip the rules on its content; the content
/// is checked by the same readers when the value is known (the component parses again with the real
/// values before it declares anything that uses them).
/// </summary>
public static class DeferredValue
{
    /// <summary>
    /// Stands for a deferred value. It contains spaces and brackets, which no valid token, password,
    /// id or ARN does, so it can never pass a content rule by accident.
    /// </summary>
    public const string Marker = "[deferred: present, content known later]";

    /// <summary>How a problem shows a deferred value (never its content, which may be a secret).</summary>
    public const string Given = "a value known only later (an encrypted secure: value, or an input computed by another resource)";

    /// <summary>The keys whose values may be deferred when a committed stack file is read offline: its secrets.</summary>
    public static IReadOnlySet<string> SecretKeys { get; } =
        SettingKeys.All.Where(definition => definition.Secret).Select(definition => definition.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The keys the <c>Cache</c> component takes as inputs that may resolve later (<see cref="SettingDefinition.Deferrable"/>).</summary>
    public static IReadOnlySet<string> ComponentInputKeys { get; } =
        SettingKeys.All.Where(definition => definition.Deferrable).Select(definition => definition.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>No key may be deferred: the Pulumi program's own config is always known (secrets arrive decrypted).</summary>
    public static IReadOnlySet<string> None { get; } = new HashSet<string>(StringComparer.Ordinal);
}
