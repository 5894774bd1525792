using System.Text.Json;
using Smoke.Cli;
using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// Parses the JSON of `pulumi stack output --json --show-secrets` into <see cref="StackOutputs"/>.
/// Every wrong type is reported at once, naming the key; the authToken's value is never repeated.
/// </summary>
public static class StackOutputsParser
{
    /// <summary>What `pulumi stack output --json` prints for a secret without --show-secrets.</summary>
    public const string HiddenSecret = "[secret]";

    public static StackOutputs Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            // The position only: the parser's own message is about its internals (and may quote a character of a secret).
            var position = e.LineNumber is { } line && e.BytePositionInLine is { } column
                ? $" at line {line + 1}, byte {column + 1}"
                : "";
            throw new UsageException($"stack outputs ({source}): not valid JSON{position}; expected the object `pulumi stack output --json --show-secrets` prints");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"stack outputs ({source}): expected a JSON object of outputs, got {Kind(root)}");
            }

            var problems = new List<string>();
            var outputs = new StackOutputs(source)
            {
                PrimaryEndpoint = HostName(root, StackOutputs.PrimaryEndpointKey, source, problems),
                ReaderEndpoint = HostName(root, StackOutputs.ReaderEndpointKey, source, problems),
                Port = Port(root, source, problems),
                TransitEncryption = Boolean(root, StackOutputs.TransitEncryptionKey, source, problems),
                AuthToken = Token(root, source, problems),
                ReplicationGroupId = Text(root, StackOutputs.ReplicationGroupIdKey, source, problems),
                ClientInstanceId = Text(root, StackOutputs.ClientInstanceIdKey, source, problems),
                Region = Text(root, StackOutputs.RegionKey, source, problems),
                Replicas = ReplicaCount(root, source, problems),
            };
            outputs = AccessOutputsParser.Read(root, outputs, source, problems);
            return problems.Count == 0 ? outputs : throw new UsageException(problems);
        }
    }

    private static string? Text(JsonElement root, string key, string source, List<string> problems)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add($"{key} ({source}): expected a string, got {Kind(value)} {value.GetRawText()}");
        return null;
    }

    private static string? HostName(JsonElement root, string key, string source, List<string> problems)
    {
        var text = Text(root, key, source, problems);
        if (text is null)
        {
            return null;
        }

        if (HostPort.TryParse(text, out var host, out var port, out var problem) && port is null)
        {
            return host;
        }

        problems.Add($"{key} ({source}): expected a host name without port, got '{text}'{(problem.Length > 0 ? $" ({problem})" : "")}");
        return null;
    }

    private static int? Port(JsonElement root, string source, List<string> problems)
    {
        if (!root.TryGetProperty(StackOutputs.PortKey, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var port) && port is >= HostPort.MinPort and <= HostPort.MaxPort)
        {
            return port;
        }

        problems.Add($"{StackOutputs.PortKey} ({source}): expected a number from {HostPort.MinPort} to {HostPort.MaxPort}, got {Kind(value)} {value.GetRawText()}");
        return null;
    }

    private static int? ReplicaCount(JsonElement root, string source, List<string> problems)
    {
        if (!root.TryGetProperty(StackOutputs.ReplicasKey, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var replicas) && replicas >= 0)
        {
            return replicas;
        }

        problems.Add($"{StackOutputs.ReplicasKey} ({source}): expected a whole number of 0 or more, got {Kind(value)} {value.GetRawText()}");
        return null;
    }

    private static bool? Boolean(JsonElement root, string key, string source, List<string> problems)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add($"{key} ({source}): expected true or false, got {Kind(value)} {value.GetRawText()}");
        return null;
    }

    private static AuthToken? Token(JsonElement root, string source, List<string> problems)
    {
        const string key = StackOutputs.AuthTokenKey;
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // Never echo the value: it is the secret, or part of it.
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{key} ({source}): expected a string, got {Kind(value)} (value not shown: it is a secret)");
            return null;
        }

        var text = value.GetString();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add($"{key} ({source}): empty; a token is needed when the key is present (remove the key when AUTH is off)");
            return null;
        }

        if (text == HiddenSecret)
        {
            problems.Add($"{key} ({source}): the value is hidden as '{HiddenSecret}': read the outputs with `pulumi stack output --json --show-secrets`");
            return null;
        }

        return new AuthToken(text);
    }

    internal static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
