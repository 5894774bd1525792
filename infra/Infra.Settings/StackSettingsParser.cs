using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>
/// Turns a stack's raw config (bare keys, as Pulumi's <c>Config.Get</c> returns them: plain text,
/// JSON text for lists and maps) into validated <see cref="StackSettings"/>, or throws
/// <see cref="SettingsValidationException"/> listing every problem at once.
/// </summary>
public static class StackSettingsParser
{
    /// <param name="project">Pulumi project name (e.g. <c>elasticache-redis</c>).</param>
    /// <param name="stack">Pulumi stack name (e.g. <c>dev</c>).</param>
    /// <param name="config">Bare key → value; lists and maps as JSON text.</param>
    /// <param name="acceptEncryptedSecrets">
    /// Accept <see cref="StackFile.EncryptedValueMarker"/> for secret keys without checking their
    /// content: for validating committed stack files, whose secrets cannot be decrypted offline.
    /// The Pulumi program never sets it: it always sees decrypted values.
    /// </param>
    public static StackSettings Parse(
        string project,
        string stack,
        IReadOnlyDictionary<string, string> config,
        bool acceptEncryptedSecrets = false) =>
        Parse(project, stack, ResourceNaming.For(project, stack), config, acceptEncryptedSecrets ? DeferredValue.SecretKeys : DeferredValue.None);

    /// <summary>
    /// The same rules with the AWS names given (the <c>Cache</c> component derives them from its own
    /// name, <see cref="ResourceNaming.ForName"/>) and the keys whose values may be
    /// <see cref="DeferredValue"/>s: their presence counts now, their content is checked when the
    /// caller parses again with the real values.
    /// </summary>
    public static StackSettings Parse(
        string project,
        string stack,
        ResourceNames names,
        IReadOnlyDictionary<string, string> config,
        IReadOnlySet<string> deferrableKeys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(stack);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(deferrableKeys);

        var reader = new ConfigReader(config, deferrableKeys);
        ReportUnknownKeys(reader, config);
        ReportMisplacedDeferredValues(reader);

        // Each area reads its own keys and reports its own problems; this only composes them.
        var client = ClientSettingsReader.Read(reader);
        var network = NetworkSettingsReader.Read(reader, names, stack, client.Enabled);
        var cache = CacheSettingsReader.Read(reader, network, names);
        var access = AccessSettingsReader.Read(reader, cache, names);
        cache = cache with { AuthToken = access.AuthToken };
        NetworkSettingsReader.RequireNamedZonesWhenProtected(reader, network, cache.Protect);
        var verification = new VerificationSettings(reader.Boolean(VerifyOnUp));
        if (verification.VerifyOnUp && !client.Enabled)
        {
            reader.Problem(VerifyOnUp, "false when clientEnabled is false: the smoke test reaches the private cache through the client instance");
        }

        var tags = StackTagsReader.Read(reader, project, stack);
        var restore = RestoreSettingsReader.Read(reader);
        var monitoring = MonitoringSettingsReader.Read(reader, cache, names);

        if (reader.Problems.Count > 0)
        {
            throw new SettingsValidationException(reader.Problems);
        }

        return new StackSettings(
            project,
            stack,
            network,
            cache,
            client,
            verification,
            names,
            tags,
            SecurityBaselines.For(cache.Port, client.Enabled, network),
            access,
            restore,
            monitoring);
    }

    private static void ReportUnknownKeys(ConfigReader reader, IReadOnlyDictionary<string, string> config)
    {
        var known = All.Select(definition => definition.Key).ToList();
        foreach (var key in config.Keys.Where(key => Find(key) is null).Order(StringComparer.Ordinal))
        {
            var suggestion = KeySuggestions.Closest(key, known);
            // The value of an unknown key is never shown: it may be a mistyped secret (e.g. "authtoken").
            reader.Problem(
                key,
                "a value (not shown: unknown key)",
                suggestion is null
                    ? "one of the known keys: " + string.Join(", ", known)
                    : $"no such key; did you mean {suggestion}?");
        }
    }

    private static void ReportMisplacedDeferredValues(ConfigReader reader)
    {
        foreach (var key in reader.MisplacedDeferredKeys().Where(key => Find(key) is not null).Order(StringComparer.Ordinal))
        {
            reader.Problem(key, DeferredValue.Given, Get(key).Allowed + ", known when the program starts (in plain text unless it is a secret)");
        }
    }
}
