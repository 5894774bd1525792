namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string Engine = "engine";
    public const string EngineVersion = "engineVersion";
    public const string NodeType = "nodeType";
    public const string Replicas = "replicas";
    public const string MultiAz = "multiAz";
    public const string Port = "port";
    public const string TransitEncryption = "transitEncryption";
    public const string TransitEncryptionMode = "transitEncryptionMode";
    public const string AtRestEncryption = "atRestEncryption";
    public const string KmsKeyArn = "kmsKeyArn";
    public const string SnapshotRetentionDays = "snapshotRetentionDays";
    public const string SnapshotWindow = "snapshotWindow";
    public const string MaintenanceWindow = "maintenanceWindow";
    public const string Parameters = "parameters";
    public const string SlowLog = "slowLog";
    public const string ApplyImmediately = "applyImmediately";
    public const string FinalSnapshot = "finalSnapshot";
    public const string Protect = "protect";

    /// <summary>The cache area's keys: engine, topology, encryption, backups, parameters, logs, lifecycle.</summary>
    private static IReadOnlyList<SettingDefinition> CacheDefinitions() =>
    [
        new(Engine, SettingType.String,
            "Cache engine. The default was redis before 1.0.0: a stack that relied on it moves to valkey in place on its next up (docs/engines-and-upgrades.md); set engine redis to stay.",
            EngineVersions.EngineName(EngineVersions.DefaultEngine),
            "redis or valkey",
            Replaces: "valkey → redis only"),
        new(EngineVersion, SettingType.String,
            $"Engine version; empty picks the newest the engine offers (redis {EngineVersions.Default(CacheEngine.Redis)}, valkey {EngineVersions.Default(CacheEngine.Valkey)}).",
            "",
            "empty, or for redis: " + string.Join(", ", EngineVersions.Offered(CacheEngine.Redis))
                + "; for valkey: " + string.Join(", ", EngineVersions.Offered(CacheEngine.Valkey))),
        new(NodeType, SettingType.String,
            "ElastiCache node type of every node.",
            "cache.t4g.micro",
            "cache.<family>.<size> that ElastiCache offers for Redis OSS and Valkey: families " + string.Join(", ", NodeTypes.Families)
                + " (r6gd turns on data tiering), e.g. cache.t4g.micro, cache.r7g.large",
            Replaces: "to or from r6gd only"),
        new(Replicas, SettingType.Integer,
            "Read replicas next to the primary.",
            "1",
            "an integer from 0 to 5"),
        new(MultiAz, SettingType.String,
            "Multi-AZ with automatic failover: auto turns both on exactly when replicas >= 1 and zones >= 2; false turns both off.",
            "auto",
            "auto, true (needs replicas >= 1 and at least 2 zones) or false"),
        new(Port, SettingType.Integer,
            "TCP port of the cache endpoints.",
            "6379",
            "an integer from 1024 to 65535",
            Replaces: "yes"),
        new(TransitEncryption, SettingType.Boolean,
            "TLS between clients and the cache.",
            "true",
            "true or false; a change on redis 7.x or valkey goes through transitEncryptionMode preferred (two steps, with authMode none)",
            Replaces: "redis 6.2 only"),
        new(TransitEncryptionMode, SettingType.String,
            "With transitEncryption: required accepts only TLS clients; preferred accepts both, the step between when TLS is switched on or off in place.",
            "required",
            "required or preferred (preferred needs transitEncryption true and authMode none); empty on redis 6.2, which takes no mode"),
        new(AtRestEncryption, SettingType.Boolean,
            "Encrypt data at rest (snapshots and swap).",
            "true",
            "true or false",
            Replaces: "yes"),
        new(KmsKeyArn, SettingType.String,
            "Customer-managed KMS key for encryption at rest; empty uses the AWS-managed key.",
            "",
            "empty, or arn:<partition>:kms:<region>:<12-digit account>:key/<key id>; needs atRestEncryption",
            Replaces: "yes",
            Deferrable: true),
        new(SnapshotRetentionDays, SettingType.Integer,
            "Days automatic daily snapshots are kept; 0 turns automatic snapshots off.",
            "1",
            "an integer from 0 to 35"),
        new(SnapshotWindow, SettingType.String,
            "Daily UTC window for the automatic snapshot.",
            "03:00-04:00",
            "hh24:mi-hh24:mi (UTC), at least 60 minutes, not overlapping maintenanceWindow"),
        new(MaintenanceWindow, SettingType.String,
            "Weekly UTC maintenance window.",
            "sun:05:00-sun:06:00",
            "ddd:hh24:mi-ddd:hh24:mi (UTC, ddd one of mon..sun), at least 60 minutes, not overlapping the daily snapshotWindow"),
        new(Parameters, SettingType.Object,
            "Engine parameters for the stack's custom parameter group, e.g. {maxmemory-policy: allkeys-lru}.",
            null,
            "a map of parameter name (lowercase letters, digits, hyphens) to a scalar value; cluster-enabled cannot be yes"),
        new(SlowLog, SettingType.Boolean,
            "Deliver the slow log to a CloudWatch Logs group (kept 14 days). Turning it on or off on a deployed group needs applyImmediately true for that up.",
            "false",
            "true or false"),
        new(ApplyImmediately, SettingType.Boolean,
            "Apply modifications now instead of in the next maintenance window (replica counts and AUTH token changes are always immediate).",
            "false",
            "true or false"),
        new(FinalSnapshot, SettingType.Boolean,
            "Take a final snapshot <replicationGroupId>-final-<creation time> when the replication group is deleted; fixed when the group is created.",
            "false",
            "true or false"),
        new(Protect, SettingType.Boolean,
            "Protect the stateful resources (replication group) from deletion by Pulumi.",
            "false",
            "true or false"),
    ];
}
