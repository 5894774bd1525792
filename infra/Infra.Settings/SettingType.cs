namespace Infra.Settings;

/// <summary>The shape of a config value, as Pulumi's project-level config schema names it (plus object).</summary>
public enum SettingType
{
    String,
    Integer,
    Boolean,
    /// <summary>A list; arrives as JSON array text.</summary>
    Array,
    /// <summary>A map of string to string; arrives as JSON object text. Pulumi's project config schema cannot declare it.</summary>
    Object,
}
