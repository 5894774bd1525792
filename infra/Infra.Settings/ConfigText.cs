using System.Text.Json;

namespace Infra.Settings;

/// <summary>
/// How config text spells structured values (what Pulumi's <c>Config.Get</c> returns): a list as a
/// JSON array or comma-separated text. Shared by the settings readers and by the stack program's
/// mapping of config to the component's inputs, so both read a list the same way.
/// </summary>
public static class ConfigText
{
    /// <summary>The strings of a JSON array of strings, or of comma-separated text; null when it is neither.</summary>
    public static IReadOnlyList<string>? List(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('['))
        {
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var items = document.RootElement.EnumerateArray().ToList();
            return items.All(item => item.ValueKind == JsonValueKind.String) ? items.Select(item => item.GetString()!).ToList() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
