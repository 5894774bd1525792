namespace Infra.Settings;

/// <summary>
/// Every stack config key the program understands, with its type, default and rules in words: the
/// one catalog, composed of each area's keys (<c>&lt;Area&gt;/SettingKeys.&lt;Area&gt;.cs</c>).
/// Pulumi.yaml's <c>config:</c> block and the configuration table (docs/configuration.md) are checked against this
/// list by tests; the Pulumi program reads config by iterating <see cref="All"/>.
/// </summary>
public static partial class SettingKeys
{
    public const string Tags = "tags";

    // Area lists are methods, not static fields: static initialisers of a partial class run in an
    // order that depends on file order, and All must not see an area list before it exists.
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        .. NetworkDefinitions(),
        .. CacheDefinitions(),
        .. AccessDefinitions(),
        .. ClientDefinitions(),
        .. StackDefinitions(),
        .. RestoreDefinitions(),
        .. MonitoringDefinitions(),
    ];

    /// <summary>The definition of <paramref name="key"/>, or null when the key is unknown (exact, case-sensitive match).</summary>
    public static SettingDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    internal static SettingDefinition Get(string key) =>
        Find(key) ?? throw new ArgumentException($"'{key}' is not a known setting key.", nameof(key));

    /// <summary>Keys of the stack as a whole.</summary>
    private static IReadOnlyList<SettingDefinition> StackDefinitions() =>
    [
        new(Tags, SettingType.Object,
            "Tags merged into every resource's tags after the defaults Project, Stack and ManagedBy=pulumi.",
            null,
            "a map of tag key (1 to 128 characters, not starting with aws:, not a default tag) to value (0 to 256 characters); at most 47 keys"),
    ];
}
