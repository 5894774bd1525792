using System.Globalization;
using System.Text.Json;

namespace Infra.Settings;

/// <summary>
/// Reads typed values out of the raw config dictionary, falling back to each key's catalog default,
/// and collects a <see cref="SettingProblem"/> for every value it cannot accept instead of stopping.
/// </summary>
internal sealed class ConfigReader(IReadOnlyDictionary<string, string> config, IReadOnlySet<string> deferrableKeys)
{
    private readonly List<SettingProblem> _problems = [];

    public IReadOnlyList<SettingProblem> Problems => _problems;

    /// <summary>Whether the key carries a value. An empty value counts as unset (Pulumi.yaml's "" defaults mean "not set").</summary>
    public bool IsSet(string key) => config.TryGetValue(key, out var value) && value.Length > 0;

    /// <summary>Whether the key's value is a <see cref="DeferredValue"/> and the key may be deferred: its content is checked later.</summary>
    public bool IsDeferred(string key) => IsDeferredText(key, config.GetValueOrDefault(key));

    /// <summary>Whether a text read under the key (the value, or one entry of a map value) is a deferred value the key allows.</summary>
    public bool IsDeferredText(string key, string? text) => text == DeferredValue.Marker && deferrableKeys.Contains(key);

    /// <summary>Keys holding a <see cref="DeferredValue"/> although they may not be deferred.</summary>
    public IEnumerable<string> MisplacedDeferredKeys() =>
        config.Where(entry => entry.Value == DeferredValue.Marker && !deferrableKeys.Contains(entry.Key)).Select(entry => entry.Key);

    /// <summary>The raw value, or the catalog default ("" when there is none).</summary>
    public string Text(string key) => IsSet(key) ? config[key] : SettingKeys.Get(key).Default ?? "";

    /// <summary>
    /// How a problem shows the value: quoted, <c>[secret]</c> for secrets, the quoted catalog default
    /// when the key is not set but has one (see <see cref="IsDefaulted"/>), or "nothing (not set)".
    /// </summary>
    public string Given(string key)
    {
        if (!IsSet(key))
        {
            return IsDefaulted(key) ? Quote(SettingKeys.Get(key).Default!) : SettingProblem.NotSet;
        }

        if (config[key] == DeferredValue.Marker)
        {
            return DeferredValue.Given;
        }

        return SettingKeys.Find(key)?.Secret == true ? SecretValue.Mask : Quote(config[key]);
    }

    /// <summary>Whether the key is not set and its non-empty catalog default applies instead.</summary>
    public bool IsDefaulted(string key) => !IsSet(key) && !string.IsNullOrEmpty(SettingKeys.Find(key)?.Default);

    public static string Quote(string value) => $"\"{value}\"";

    public void Problem(string key, string allowed) => _problems.Add(new SettingProblem(key, Given(key), allowed, IsDefaulted(key)));

    public void Problem(string key, string given, string allowed) => _problems.Add(new SettingProblem(key, given, allowed));

    /// <summary>The catalog's "allowed" text for the key.</summary>
    public static string Allowed(string key) => SettingKeys.Get(key).Allowed;

    public int Integer(string key, int min, int max)
    {
        var fallback = int.Parse(SettingKeys.Get(key).Default!, CultureInfo.InvariantCulture);
        if (!IsSet(key))
        {
            return fallback;
        }

        if (int.TryParse(config[key].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        Problem(key, Allowed(key));
        return fallback;
    }

    public bool Boolean(string key)
    {
        var fallback = bool.Parse(SettingKeys.Get(key).Default!);
        if (!IsSet(key))
        {
            return fallback;
        }

        // Pulumi's own GetBoolean accepts true/false in any case; so do we.
        if (bool.TryParse(config[key].Trim(), out var value))
        {
            return value;
        }

        Problem(key, Allowed(key));
        return fallback;
    }

    /// <summary>
    /// A map of string to string from JSON object text. Scalar values (numbers, booleans) become their
    /// text, since YAML turns <c>timeout: 300</c> into a number; nested objects and arrays are problems.
    /// </summary>
    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!IsSet(key))
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(config[key]);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Problem(key, "a map, not a single value or a list");
                return result;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                string? text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
                if (text is null)
                {
                    Problem($"{key}.{property.Name}", Quote(property.Value.GetRawText()), "a single value (text, number or boolean), not a map, list or null");
                }
                else
                {
                    result[property.Name] = text;
                }
            }
        }
        catch (JsonException)
        {
            Problem(key, "a map, given as a YAML mapping in the stack file or as JSON text");
        }

        return result;
    }

    /// <summary>
    /// Calls <paramref name="entry"/> for each entry of a map key given as JSON object text (values of
    /// any shape); reports a value that is not a map, quoting it only when the key is not a secret.
    /// </summary>
    public void ForEachMapEntry(string key, Action<string, JsonElement> entry)
    {
        if (!IsSet(key) || IsDeferred(key))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(config[key]);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    entry(property.Name, property.Value);
                }

                return;
            }
        }
        catch (JsonException)
        {
            // Reported below together with the non-map case.
        }

        Problem(key, "a map, given as a YAML mapping in the stack file");
    }

    /// <summary>A list of strings (<see cref="ConfigText.List"/>); empty when unset or deferred.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        if (!IsSet(key) || IsDeferred(key))
        {
            return [];
        }

        if (ConfigText.List(config[key]) is { } items)
        {
            return items;
        }

        Problem(key, "a list of names, as a YAML list, a JSON array or comma-separated");
        return [];
    }
}
