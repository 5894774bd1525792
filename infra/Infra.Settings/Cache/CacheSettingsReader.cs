using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the cache area's keys into <see cref="CacheSettings"/> (the AUTH token is the access area's).</summary>
internal static partial class CacheSettingsReader
{
    /// <summary>CloudWatch retention of the slow log: two weeks covers an incident review without paying for months of logs.</summary>
    public const int SlowLogRetentionDays = 14;

    [GeneratedRegex("^arn:aws(-[a-z]+)*:kms:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:key/[A-Za-z0-9-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyArnPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterNamePattern();

    public static CacheSettings Read(ConfigReader reader, NetworkSettings network, ResourceNames names)
    {
        var engine = ReadEngine(reader);
        var engineVersion = ReadEngineVersion(reader, engine);
        var family = EngineVersions.ParameterGroupFamily(engine, engineVersion);

        var nodeType = reader.Text(NodeType).Trim();
        if (NodeTypes.Problem(nodeType) is { } nodeTypeProblem)
        {
            reader.Problem(NodeType, $"a node type ElastiCache offers for Redis OSS and Valkey, cache.<family>.<size> ({nodeTypeProblem})");
        }

        var replicas = reader.Integer(Replicas, 0, 5);
        var multiAz = ReadMultiAz(reader, replicas, network.AvailabilityZoneCount);
        var port = reader.Integer(Port, 1024, 65535);

        var transitEncryption = reader.Boolean(TransitEncryption);
        var transitEncryptionMode = ReadTransitEncryptionMode(reader, transitEncryption, engine, engineVersion);

        var atRestEncryption = reader.Boolean(AtRestEncryption);
        var kmsKeyArn = ReadKmsKeyArn(reader, atRestEncryption);

        var retentionDays = reader.Integer(SnapshotRetentionDays, 0, 35);
        var (snapshotWindow, maintenanceWindow) = ReadWindows(reader, retentionDays > 0);
        var parameters = ReadParameters(reader, nodeType);
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
            AuthToken: null,
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
            reader.Boolean(Protect),
            transitEncryptionMode,
            NodeTypes.UsesDataTiering(nodeType));
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

    private static string? ReadTransitEncryptionMode(ConfigReader reader, bool transitEncryption, CacheEngine engine, string engineVersion)
    {
        var mode = reader.Text(TransitEncryptionMode).Trim();
        if (mode is not ("required" or "preferred"))
        {
            reader.Problem(TransitEncryptionMode, ConfigReader.Allowed(TransitEncryptionMode));
            mode = "required";
        }

        if (!EngineVersions.SupportsTransitEncryptionMode(engine, engineVersion))
        {
            // Below Redis OSS 7.0.5 CreateReplicationGroup refuses TransitEncryptionMode whatever its
            // value ("Transit encryption mode is not supported for engine version 6.2.6. Please use
            // engine version 7.0.5 or higher."), so it is never sent there, and a value set for it is refused.
            if (reader.IsSet(TransitEncryptionMode))
            {
                reader.Problem(TransitEncryptionMode, $"empty with {EngineVersions.EngineName(engine)} {engineVersion}: TransitEncryptionMode needs redis 7.0.5 or later, or valkey "
                    + "(below that TLS is fixed at creation and a change replaces the group); remove it with pulumi config rm transitEncryptionMode");
            }

            return null;
        }

        if (mode == "preferred" && !transitEncryption)
        {
            reader.Problem(TransitEncryptionMode, "required when transitEncryption is false (preferred is the step between, with TLS on)");
        }

        // TransitEncryptionMode is sent only with TLS on: ElastiCache rejects it on a group without it.
        return transitEncryption ? mode : null;
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

    private static string? ReadKmsKeyArn(ConfigReader reader, bool atRestEncryption)
    {
        if (!reader.IsSet(KmsKeyArn))
        {
            return null;
        }

        var arn = reader.Text(KmsKeyArn).Trim();
        if (!reader.IsDeferred(KmsKeyArn) && !KmsKeyArnPattern().IsMatch(arn))
        {
            reader.Problem(KmsKeyArn, "a KMS key ARN, arn:<partition>:kms:<region>:<12-digit account>:key/<key id> (aliases are not accepted)");
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

    private static IReadOnlyDictionary<string, string> ReadParameters(ConfigReader reader, string nodeType)
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
            else if (name == NodeTypes.MaxMemoryPolicy && NodeTypes.UsesDataTiering(nodeType) && !NodeTypes.DataTieringMaxMemoryPolicies.Contains(value.Trim()))
            {
                reader.Problem($"{Parameters}.{name}", ConfigReader.Quote(value),
                    $"with {nodeType} (data tiering): {string.Join(", ", NodeTypes.DataTieringMaxMemoryPolicies)}");
            }
        }

        return parameters;
    }
}
