using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>
/// Turns a stack's raw config (bare keys, as Pulumi's <c>Config.Get</c> returns them: plain text,
/// JSON text for lists and maps) into validated <see cref="StackSettings"/>, or throws
/// <see cref="SettingsValidationException"/> listing every problem at once.
/// </summary>
public static partial class StackSettingsParser
{
    /// <summary>CloudWatch retention of the slow log: two weeks covers an incident review without paying for months of logs.</summary>
    public const int SlowLogRetentionDays = 14;

    /// <summary>Root volume of the client: the Amazon Linux 2023 AMI's root snapshot is 8 GiB, and the client stores nothing.</summary>
    public const int ClientRootVolumeSizeGiB = 8;

    /// <summary>AWS allows 50 tags per resource; three are ours (Project, Stack, ManagedBy).</summary>
    public const int MaxUserTags = 47;

    public static IReadOnlyList<string> DefaultTagKeys { get; } = ["Project", "Stack", "ManagedBy"];

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNamePattern();

    [GeneratedRegex("^arn:aws(-[a-z]+)*:kms:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:key/[A-Za-z0-9-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyArnPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterNamePattern();

    // AWS tag characters: letters, digits, spaces and _ . : / = + - @ (any script's letters).
    [GeneratedRegex("^[\\p{L}\\p{N}\\s_.:/=+\\-@]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagTextPattern();

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
        bool acceptEncryptedSecrets = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(stack);
        ArgumentNullException.ThrowIfNull(config);

        var reader = new ConfigReader(config, acceptEncryptedSecrets);
        ReportUnknownKeys(reader, config);
        ReportEncryptedNonSecrets(reader);

        var network = ReadNetwork(reader);
        var names = ResourceNaming.For(project, stack);
        var cache = ReadCache(reader, network, names);
        var client = ReadClient(reader);
        var verification = new VerificationSettings(reader.Boolean(VerifyOnUp));
        if (verification.VerifyOnUp && !client.Enabled)
        {
            reader.Problem(VerifyOnUp, "false when clientEnabled is false: the smoke test reaches the private cache through the client instance");
        }

        var tags = ReadTags(reader, project, stack);

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
            SecurityBaselines.For(cache.Port, client.Enabled));
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

    private static void ReportEncryptedNonSecrets(ConfigReader reader)
    {
        foreach (var definition in All.Where(definition => !definition.Secret && reader.IsEncryptedMarker(definition.Key)))
        {
            reader.Problem(definition.Key, "an encrypted (secure:) value", definition.Allowed + ", in plain text: only authToken is a secret");
        }
    }

    private static NetworkSettings ReadNetwork(ConfigReader reader)
    {
        var vpc = ReadVpcCidr(reader);
        var zoneNames = ReadZoneNames(reader);
        var zoneCount = reader.Integer(AvailabilityZoneCount, 2, SubnetPlan.MaxZones);
        if (zoneNames.Count > 0 && zoneNames.Count != zoneCount)
        {
            if (reader.IsSet(AvailabilityZoneCount))
            {
                reader.Problem(
                    AvailabilityZoneCount,
                    $"{zoneNames.Count}, the number of availabilityZoneNames given (under Pulumi its default 2 counts as given: set both)");
            }

            zoneCount = zoneNames.Count;
        }

        var subnets = vpc is { } network && zoneCount is >= 1 and <= SubnetPlan.MaxZones
            ? SubnetPlan.Carve(network, zoneCount)
            : [];
        return new NetworkSettings(vpc?.ToString() ?? reader.Text(VpcCidr), zoneCount, zoneNames, subnets);
    }

    private static IPNetwork? ReadVpcCidr(ConfigReader reader)
    {
        var text = reader.Text(VpcCidr).Trim();
        if (!IPNetwork.TryParse(text, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + " (not an IPv4 CIDR block)");
            return null;
        }

        if (network.ToString() != text)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + $" (not in canonical form: host bits are set or the prefix is padded; the block is {network})");
            return null;
        }

        if (!SubnetPlan.IsPrivate(network))
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + " (not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)");
            return null;
        }

        if (network.PrefixLength < SubnetPlan.LargestVpcPrefix)
        {
            reader.Problem(VpcCidr, ConfigReader.Allowed(VpcCidr) + $" (AWS allows no VPC larger than /{SubnetPlan.LargestVpcPrefix})");
            return null;
        }

        if (network.PrefixLength > SubnetPlan.SmallestVpcPrefix)
        {
            reader.Problem(
                VpcCidr,
                ConfigReader.Allowed(VpcCidr)
                    + $" (too small: the plan carves {SubnetPlan.Slots} equal subnets, a cache and a client subnet for up to {SubnetPlan.MaxZones} zones,"
                    + $" each at least /{SubnetPlan.SmallestSubnetPrefix})");
            return null;
        }

        return network;
    }

    private static IReadOnlyList<string> ReadZoneNames(ConfigReader reader)
    {
        var names = reader.StringList(AvailabilityZoneNames);
        if (names.Count == 0)
        {
            return [];
        }

        var problems = new List<string>();
        if (names.Count is < 2 or > SubnetPlan.MaxZones)
        {
            problems.Add($"{names.Count} names given");
        }

        var malformed = names.Where(name => !ZoneNamePattern().IsMatch(name)).ToList();
        if (malformed.Count > 0)
        {
            problems.Add("not zone names: " + string.Join(", ", malformed));
        }

        var duplicates = names.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            problems.Add("repeated: " + string.Join(", ", duplicates));
        }

        var regions = names.Except(malformed).Select(name => name[..^1]).Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count > 1)
        {
            problems.Add("more than one region: " + string.Join(", ", regions));
        }

        if (problems.Count == 0)
        {
            return names;
        }

        reader.Problem(AvailabilityZoneNames, ConfigReader.Allowed(AvailabilityZoneNames) + " (" + string.Join("; ", problems) + ")");
        return [];
    }

    private static CacheSettings ReadCache(ConfigReader reader, NetworkSettings network, ResourceNames names)
    {
        var engine = ReadEngine(reader);
        var engineVersion = ReadEngineVersion(reader, engine);
        var family = EngineVersions.ParameterGroupFamily(engine, engineVersion);

        var nodeType = reader.Text(NodeType).Trim();
        var nodeFamily = NodeTypes.Family(nodeType);
        if (nodeFamily is null)
        {
            reader.Problem(NodeType, ConfigReader.Allowed(NodeType));
        }
        else if (NodeTypes.PreviousGenerationFamilies.Contains(nodeFamily))
        {
            reader.Problem(NodeType, ConfigReader.Allowed(NodeType)
                + $" ({nodeFamily} is a previous-generation family without encryption in transit or current engine versions)");
        }

        var replicas = reader.Integer(Replicas, 0, 5);
        var multiAz = ReadMultiAz(reader, replicas, network.AvailabilityZoneCount);
        var port = reader.Integer(Port, 1024, 65535);

        var transitEncryption = reader.Boolean(TransitEncryption);
        var authToken = ReadAuthToken(reader, transitEncryption);

        var atRestEncryption = reader.Boolean(AtRestEncryption);
        var kmsKeyArn = ReadKmsKeyArn(reader, atRestEncryption);

        var retentionDays = reader.Integer(SnapshotRetentionDays, 0, 35);
        var (snapshotWindow, maintenanceWindow) = ReadWindows(reader, retentionDays > 0);
        var parameters = ReadParameters(reader);
        var finalSnapshot = reader.Boolean(FinalSnapshot);

        var numCacheClusters = 1 + replicas;
        var zoneCount = Math.Max(1, network.AvailabilityZoneCount);
        return new CacheSettings(
            engine,
            EngineVersions.EngineName(engine),
            engineVersion,
            family,
            // Includes the family: a major upgrade needs a group of the new family, created before
            // the old one is deleted (its name differs, so Pulumi creates-then-deletes).
            $"{names.Prefix}-{family.Replace('.', '-')}",
            nodeType,
            replicas,
            numCacheClusters,
            Enumerable.Range(0, numCacheClusters).Select(node => node % zoneCount).ToList(),
            AutomaticFailover: multiAz,
            MultiAz: multiAz,
            port,
            transitEncryption,
            authToken,
            atRestEncryption,
            kmsKeyArn,
            retentionDays,
            retentionDays > 0 ? snapshotWindow : null,
            maintenanceWindow,
            parameters,
            reader.Boolean(SlowLog),
            SlowLogRetentionDays,
            reader.Boolean(ApplyImmediately),
            // Security baseline (ElastiCache.2): minor versions carry security fixes.
            AutoMinorVersionUpgrade: true,
            finalSnapshot ? $"{names.ReplicationGroupId}-final" : null,
            reader.Boolean(Protect));
    }

    private static CacheEngine ReadEngine(ConfigReader reader)
    {
        switch (reader.Text(Engine).Trim())
        {
            case "redis":
                return CacheEngine.Redis;
            case "valkey":
                return CacheEngine.Valkey;
            default:
                reader.Problem(Engine, ConfigReader.Allowed(Engine));
                return CacheEngine.Redis;
        }
    }

    private static string ReadEngineVersion(ConfigReader reader, CacheEngine engine)
    {
        if (!reader.IsSet(EngineVersion))
        {
            return EngineVersions.Default(engine);
        }

        var version = reader.Text(EngineVersion).Trim();
        if (EngineVersions.IsOffered(engine, version))
        {
            return version;
        }

        reader.Problem(EngineVersion, $"for {EngineVersions.EngineName(engine)}: {string.Join(", ", EngineVersions.Offered(engine))} (or empty for {EngineVersions.Default(engine)})");
        return EngineVersions.Default(engine);
    }

    private static bool ReadMultiAz(ConfigReader reader, int replicas, int zoneCount)
    {
        var topologyAllows = replicas >= 1 && zoneCount >= 2;
        switch (reader.Text(MultiAz).Trim().ToLowerInvariant())
        {
            case "auto":
                return topologyAllows;
            case "false":
                return false;
            case "true":
                if (!topologyAllows)
                {
                    reader.Problem(MultiAz, $"true only with replicas >= 1 and at least 2 zones (replicas is {replicas}, zones {zoneCount}); use auto or false");
                }

                return topologyAllows;
            default:
                reader.Problem(MultiAz, ConfigReader.Allowed(MultiAz));
                return topologyAllows;
        }
    }

    private static SecretValue? ReadAuthToken(ConfigReader reader, bool transitEncryption)
    {
        var authEnabled = reader.Boolean(AuthEnabled);
        if (!authEnabled)
        {
            if (reader.IsSet(AuthToken))
            {
                reader.Problem(AuthToken, "not set when authEnabled is false (remove it: pulumi config rm authToken)");
            }

            return null;
        }

        if (!transitEncryption)
        {
            reader.Problem(AuthEnabled, "true only with transitEncryption true (ElastiCache accepts an AUTH token only over TLS); set authEnabled to false or transitEncryption to true");
        }

        if (!reader.IsSet(AuthToken))
        {
            reader.Problem(AuthToken, ConfigReader.Allowed(AuthToken) + "; set it with: pulumi config set --secret authToken (it prompts for the value)");
            return null;
        }

        var token = reader.Text(AuthToken);
        if (reader.IsEncryptedMarker(AuthToken))
        {
            return new SecretValue(token);
        }

        var broken = AuthTokenRuleBroken(token);
        if (broken is not null)
        {
            reader.Problem(AuthToken, ConfigReader.Allowed(AuthToken) + $" (the token {broken})");
        }

        return new SecretValue(token);
    }

    /// <summary>Which rule the token breaks, in words that do not reveal it; null when it is acceptable.</summary>
    internal static string? AuthTokenRuleBroken(string token)
    {
        if (token.Length < 16)
        {
            return "is shorter than 16 characters";
        }

        if (token.Length > 128)
        {
            return "is longer than 128 characters";
        }

        if (token.Any(c => c is <= ' ' or > '~'))
        {
            return "contains a space, a control character or a non-ASCII character";
        }

        return token.Any(c => c is '"' or '/' or '@') ? "contains \", / or @" : null;
    }

    private static string? ReadKmsKeyArn(ConfigReader reader, bool atRestEncryption)
    {
        if (!reader.IsSet(KmsKeyArn))
        {
            return null;
        }

        var arn = reader.Text(KmsKeyArn).Trim();
        if (!KmsKeyArnPattern().IsMatch(arn))
        {
            reader.Problem(KmsKeyArn, ConfigReader.Allowed(KmsKeyArn) + " (a KMS key ARN; aliases are not accepted)");
        }
        else if (!atRestEncryption)
        {
            reader.Problem(KmsKeyArn, "empty when atRestEncryption is false (the key is used only for encryption at rest)");
        }

        return arn;
    }

    private static (string SnapshotWindow, string MaintenanceWindow) ReadWindows(ConfigReader reader, bool snapshotsOn)
    {
        var snapshotText = reader.Text(SnapshotWindow).Trim();
        var snapshot = TimeWindows.ParseDaily(snapshotText);
        if (snapshot is null || snapshot.Value.Length < TimeWindows.MinimumMinutes)
        {
            reader.Problem(SnapshotWindow, ConfigReader.Allowed(SnapshotWindow));
            snapshot = null;
        }

        var maintenanceText = reader.Text(MaintenanceWindow).Trim().ToLowerInvariant();
        var maintenance = TimeWindows.ParseWeekly(maintenanceText);
        if (maintenance is null || maintenance.Value.Length < TimeWindows.MinimumMinutes)
        {
            reader.Problem(MaintenanceWindow, ConfigReader.Allowed(MaintenanceWindow));
            maintenance = null;
        }

        if (snapshotsOn && snapshot is { } daily && maintenance is { } weekly
            && TimeWindows.EveryDayOfWeek(daily).Any(weekly.Overlaps))
        {
            reader.Problem(MaintenanceWindow, $"a window that does not overlap the daily snapshotWindow {snapshotText} on any day");
        }

        return (snapshotText, maintenanceText);
    }

    private static IReadOnlyDictionary<string, string> ReadParameters(ConfigReader reader)
    {
        var parameters = reader.StringMap(Parameters);
        foreach (var (name, value) in parameters)
        {
            if (!ParameterNamePattern().IsMatch(name))
            {
                reader.Problem($"{Parameters}.{name}", ConfigReader.Quote(value), "a parameter name of lowercase letters, digits and hyphens, e.g. maxmemory-policy");
            }
            else if (name == "cluster-enabled" && value.Equals("yes", StringComparison.OrdinalIgnoreCase))
            {
                reader.Problem($"{Parameters}.{name}", ConfigReader.Quote(value), "no: this stack deploys cluster mode disabled");
            }
        }

        return parameters;
    }

    private static ClientSettings ReadClient(ConfigReader reader)
    {
        var enabled = reader.Boolean(ClientEnabled);
        var instanceType = reader.Text(ClientInstanceType).Trim();
        var architecture = InstanceTypes.Architecture(instanceType);
        if (architecture is null)
        {
            reader.Problem(ClientInstanceType, ConfigReader.Allowed(ClientInstanceType));
        }

        var resolved = architecture ?? CpuArchitecture.Arm64;
        return new ClientSettings(enabled, instanceType, resolved, InstanceTypes.AmiParameterName(resolved), ClientRootVolumeSizeGiB);
    }

    /// <summary>
    /// Defaults first (Project, Stack, ManagedBy=pulumi), then the user's tags. The defaults cannot be
    /// replaced or removed: they are how the stack's resources are found and attributed.
    /// </summary>
    private static IReadOnlyDictionary<string, string> ReadTags(ConfigReader reader, string project, string stack)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Project"] = project,
            ["Stack"] = stack,
            ["ManagedBy"] = "pulumi",
        };

        var userTags = reader.StringMap(Tags);
        if (userTags.Count > MaxUserTags)
        {
            reader.Problem(Tags, $"{userTags.Count} tags", ConfigReader.Allowed(Tags));
        }

        foreach (var (key, value) in userTags)
        {
            var broken = TagRuleBroken(key, value);
            if (broken is not null)
            {
                reader.Problem($"{Tags}.{key}", ConfigReader.Quote(value), ConfigReader.Allowed(Tags) + $" ({broken})");
            }
            else
            {
                tags[key] = value;
            }
        }

        return tags;
    }

    private static string? TagRuleBroken(string key, string value)
    {
        if (key.Length is < 1 or > 128)
        {
            return "the key must have 1 to 128 characters";
        }

        if (value.Length > 256)
        {
            return "the value must have at most 256 characters";
        }

        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            return "keys starting with aws: are reserved by AWS";
        }

        if (DefaultTagKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            return $"{key} is a default tag set by the stack";
        }

        return TagTextPattern().IsMatch(key) && TagTextPattern().IsMatch(value)
            ? null
            : "only letters, digits, spaces and _ . : / = + - @ are allowed";
    }
}
