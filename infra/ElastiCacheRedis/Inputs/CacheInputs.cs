using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace ElastiCacheRedis;

/// <summary>
/// The inputs of <see cref="CacheArgs"/> found by reflection over their <c>[Input]</c> attributes,
/// turned into the settings library's raw config (bare key → config text, JSON for lists and
/// maps), so the component and the stack config share one rule set without per-key mapping code.
/// </summary>
internal static class CacheInputs
{
    /// <summary>Every input of <see cref="CacheArgs"/> with its config key (the <c>[Input]</c> name).</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> All { get; } =
        typeof(CacheArgs).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => (KeyOf(property), property))
            .ToList();

    /// <summary>Whether the input is an <c>Input</c>, <c>InputList</c> or <c>InputMap</c> (may resolve later).</summary>
    public static bool IsDeferrable(PropertyInfo property) =>
        property.PropertyType.IsGenericType
        && property.PropertyType.GetGenericTypeDefinition() is var definition
        && (definition == typeof(Input<>) || definition == typeof(InputList<>) || definition == typeof(InputMap<>));

    /// <summary>The plain (decision) inputs that are set, as config text.</summary>
    public static Dictionary<string, string> PlainText(CacheArgs args)
    {
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, property) in All.Where(input => !IsDeferrable(input.Property)))
        {
            if (property.GetValue(args) is { } value)
            {
                text[key] = ConfigTextOf(value);
            }
        }

        return text;
    }

    /// <summary>
    /// The set <c>Input</c>-valued inputs as config text once they resolve; an empty text, list or
    /// map resolves to null (not set), as an empty config value does.
    /// </summary>
    public static Dictionary<string, Output<string?>> InputText(CacheArgs args)
    {
        var text = new Dictionary<string, Output<string?>>(StringComparer.Ordinal);
        foreach (var (key, property) in All.Where(input => IsDeferrable(input.Property)))
        {
            switch (property.GetValue(args))
            {
                case null:
                    break;
                case Input<string> single:
                    text[key] = single.ToOutput().Apply(value => string.IsNullOrEmpty(value) ? null : value);
                    break;
                case InputList<string> list:
                    text[key] = list.ToOutput().Apply(items => items.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(items));
                    break;
                case InputMap<string> map:
                    text[key] = map.ToOutput().Apply(entries => entries.IsEmpty ? null : PasswordMapText(entries));
                    break;
                default:
                    throw new InvalidOperationException($"CacheArgs input '{key}' has a type the mapping does not know: {property.PropertyType}.");
            }
        }

        return text;
    }

    /// <summary>
    /// The resources behind the <c>Input</c>-valued inputs (a VPC, subnets, a security group, a topic
    /// or key created by the same program, or by a consumer's program through the provider). The
    /// children take the inputs' values as plain settings, which carry no dependency, so each child
    /// depends on these explicitly: a destroy then deletes the cache's resources before what they sit
    /// in. Empty for inputs built from plain values (the stack program's config).
    /// </summary>
    /// <param name="inputText">The inputs as <see cref="InputText"/> gives them (their dependencies carried along).</param>
    public static InputList<Resource> Dependencies(IReadOnlyDictionary<string, Output<string?>> inputText) =>
        Output.Create(Task.WhenAll(inputText.Values.Select(text => OutputUtilities.GetDependenciesAsync(text))))
            .Apply(sets => sets.SelectMany(set => set).Distinct().ToImmutableArray());

    /// <summary>
    /// The stack program's mapping: config text (validated) → <see cref="CacheArgs"/>. Unset and
    /// empty values stay null (the catalog default); secrets become secret outputs.
    /// </summary>
    public static CacheArgs FromConfig(IReadOnlyDictionary<string, string> config, IReadOnlySet<string> secretKeys)
    {
        var args = new CacheArgs();
        foreach (var (key, property) in All)
        {
            if (config.TryGetValue(key, out var text) && text.Trim() is { Length: > 0 } trimmed && trimmed is not ("[]" or "{}"))
            {
                property.SetValue(args, ValueOf(property.PropertyType, text, secretKeys.Contains(key)));
            }
        }

        return args;
    }

    private static string KeyOf(PropertyInfo property) =>
        // InputAttribute keeps its name internal; its constructor argument is public metadata.
        property.GetCustomAttributesData()
            .Single(attribute => attribute.AttributeType == typeof(InputAttribute))
            .ConstructorArguments[0].Value as string
        ?? throw new InvalidOperationException($"CacheArgs.{property.Name} has an [Input] without a name.");

    private static string ConfigTextOf(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        List<string> list => JsonSerializer.Serialize(list),
        Dictionary<string, string> map => JsonSerializer.Serialize(map),
        Dictionary<string, double> numbers => JsonSerializer.Serialize(numbers),
        Dictionary<string, CacheUserArgs> users => JsonSerializer.Serialize(users.ToDictionary(
            user => user.Key,
            user => user.Value.Auth is null
                ? new Dictionary<string, string?> { ["access"] = user.Value.Access }
                : new Dictionary<string, string?> { ["access"] = user.Value.Access, ["auth"] = user.Value.Auth })),
        _ => throw new InvalidOperationException($"A CacheArgs input has a type the mapping does not know: {value.GetType()}."),
    };

    // userPasswords: a value is one password, or a JSON array of two during a rotation (passwords
    // hold no brackets, AuthSecretRule), which the settings library reads as a list.
    private static string PasswordMapText(ImmutableDictionary<string, string> entries)
    {
        var document = new JsonObject();
        foreach (var (user, value) in entries.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            document[user] = value.TrimStart().StartsWith('[') ? JsonNode.Parse(value) : JsonValue.Create(value);
        }

        return document.ToJsonString();
    }

    private static object ValueOf(Type type, string text, bool secret)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int?))
        {
            return int.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool?))
        {
            return bool.Parse(text.Trim());
        }

        if (type == typeof(List<string>))
        {
            return ConfigText.List(text)?.ToList() ?? new List<string>();
        }

        if (type == typeof(Dictionary<string, string>))
        {
            return Entries(text).ToDictionary(entry => entry.Key, entry => ScalarText(entry.Value), StringComparer.Ordinal);
        }

        if (type == typeof(Dictionary<string, double>))
        {
            return Entries(text).ToDictionary(
                entry => entry.Key,
                entry => double.Parse(ScalarText(entry.Value), NumberStyles.Float, CultureInfo.InvariantCulture),
                StringComparer.Ordinal);
        }

        if (type == typeof(Dictionary<string, CacheUserArgs>))
        {
            return Entries(text).ToDictionary(
                entry => entry.Key,
                entry => new CacheUserArgs
                {
                    Access = entry.Value.GetProperty("access").GetString() ?? "",
                    Auth = entry.Value.TryGetProperty("auth", out var auth) ? auth.GetString() : null,
                },
                StringComparer.Ordinal);
        }

        if (type == typeof(Input<string>))
        {
            return (Input<string>)(secret ? Output.CreateSecret(text) : Output.Create(text));
        }

        if (type == typeof(InputList<string>))
        {
            var items = ConfigText.List(text) ?? Array.Empty<string>();
            var list = new InputList<string>();
            list.Add(items.Select(item => (Input<string>)(secret ? Output.CreateSecret(item) : Output.Create(item))).ToArray());
            return list;
        }

        if (type == typeof(InputMap<string>))
        {
            var map = new InputMap<string>();
            foreach (var (key, value) in Entries(text))
            {
                // A list of two passwords keeps its JSON text (see PasswordMapText).
                var entry = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
                map.Add(key, secret ? Output.CreateSecret(entry) : Output.Create(entry));
            }

            return map;
        }

        throw new InvalidOperationException($"A CacheArgs input has a type the mapping does not know: {type}.");
    }

    private static List<(string Key, JsonElement Value)> Entries(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(property => (property.Name, property.Value.Clone())).ToList();
    }

    private static string ScalarText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
}
