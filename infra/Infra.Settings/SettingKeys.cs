namespace Infra.Settings;

/// <summary>
/// Every stack config key the program understands, with its type, default and rules in words.
/// Pulumi.yaml's <c>config:</c> block and the README's configuration table are checked against this
/// list by tests; the Pulumi program reads config by iterating <see cref="All"/>.
/// </summary>
public static class SettingKeys
{
    public const string VpcCidr = "vpcCidr";
    public const string AvailabilityZoneCount = "availabilityZoneCount";
    public const string AvailabilityZoneNames = "availabilityZoneNames";
    public const string Engine = "engine";
    public const string EngineVersion = "engineVersion";
    public const string NodeType = "nodeType";
    public const string Replicas = "replicas";
    public const string MultiAz = "multiAz";
    public const string Port = "port";
    public const string TransitEncryption = "transitEncryption";
    public const string AuthEnabled = "authEnabled";
    public const string AuthToken = "authToken";
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
    public const string ClientEnabled = "clientEnabled";
    public const string ClientInstanceType = "clientInstanceType";
    public const string VerifyOnUp = "verifyOnUp";
    public const string Tags = "tags";

    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(VpcCidr, SettingType.String,
            "IPv4 block of the VPC; one cache and one client subnet per zone are carved from it (/20 subnets from a /16).",
            "10.0.0.0/16",
            "a private (RFC 1918) IPv4 CIDR from /16 to /20 without host bits, e.g. 10.0.0.0/16",
            ForcesReplacement: true),
        new(AvailabilityZoneCount, SettingType.Integer,
            "How many Availability Zones to spread subnets and cache nodes over (the region's first available ones).",
            "2",
            "an integer from 2 to 6; equal to the number of availabilityZoneNames when those are given"),
        new(AvailabilityZoneNames, SettingType.Array,
            "Explicit zone names to use instead of the region's first available ones, in order (the primary goes to the first).",
            "[]",
            "empty, or 2 to 6 distinct zone names of one region, e.g. [\"us-east-1a\", \"us-east-1b\"]"),
        new(Engine, SettingType.String,
            "Cache engine.",
            "redis",
            "redis or valkey",
            ForcesReplacement: true),
        new(EngineVersion, SettingType.String,
            "Engine version; empty picks the engine's default (redis 7.1, valkey 8.0).",
            "",
            "empty, or for redis: " + string.Join(", ", EngineVersions.Offered(CacheEngine.Redis))
                + "; for valkey: " + string.Join(", ", EngineVersions.Offered(CacheEngine.Valkey))),
        new(NodeType, SettingType.String,
            "ElastiCache node type of every node.",
            "cache.t4g.micro",
            "cache.<family>.<size> of a current-generation family, e.g. cache.t4g.micro, cache.r7g.large"),
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
            ForcesReplacement: true),
        new(TransitEncryption, SettingType.Boolean,
            "TLS between clients and the cache.",
            "true",
            "true or false"),
        new(AuthEnabled, SettingType.Boolean,
            "Require the AUTH token (needs transitEncryption and authToken).",
            "true",
            "true or false"),
        new(AuthToken, SettingType.String,
            "AUTH token clients send; set it per stack with `pulumi config set --secret authToken` (it prompts; the stack file keeps only ciphertext).",
            null,
            "16 to 128 printable ASCII characters without spaces, \", / or @; required when authEnabled is true, not set otherwise",
            Secret: true),
        new(AtRestEncryption, SettingType.Boolean,
            "Encrypt data at rest (snapshots and swap).",
            "true",
            "true or false",
            ForcesReplacement: true),
        new(KmsKeyArn, SettingType.String,
            "Customer-managed KMS key for encryption at rest; empty uses the AWS-managed key.",
            "",
            "empty, or arn:<partition>:kms:<region>:<12-digit account>:key/<key id>; needs atRestEncryption",
            ForcesReplacement: true),
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
            "Deliver the slow log to a CloudWatch Logs group (kept 14 days).",
            "false",
            "true or false"),
        new(ApplyImmediately, SettingType.Boolean,
            "Apply modifications now instead of in the next maintenance window.",
            "false",
            "true or false"),
        new(FinalSnapshot, SettingType.Boolean,
            "Take a final snapshot <replicationGroupId>-final when the replication group is deleted.",
            "false",
            "true or false"),
        new(Protect, SettingType.Boolean,
            "Protect the stateful resources (replication group) from deletion by Pulumi.",
            "false",
            "true or false"),
        new(ClientEnabled, SettingType.Boolean,
            "Create the SSM-managed client instance (and its VPC endpoints) inside the VPC.",
            "true",
            "true or false"),
        new(ClientInstanceType, SettingType.String,
            "EC2 instance type of the client; its family decides the architecture (Graviton families are arm64).",
            "t4g.nano",
            "<family><generation><attributes>.<size>, e.g. t4g.nano, t3.micro, m7g.large"),
        new(VerifyOnUp, SettingType.Boolean,
            "Run the smoke test from `pulumi up` once the cache is ready (through the client instance, so it needs clientEnabled).",
            "false",
            "true or false"),
        new(Tags, SettingType.Object,
            "Tags merged into every resource's tags after the defaults Project, Stack and ManagedBy=pulumi.",
            null,
            "a map of tag key (1 to 128 characters, not starting with aws:, not a default tag) to value (0 to 256 characters); at most 47 keys"),
    ];

    /// <summary>The definition of <paramref name="key"/>, or null when the key is unknown (exact, case-sensitive match).</summary>
    public static SettingDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    internal static SettingDefinition Get(string key) =>
        Find(key) ?? throw new ArgumentException($"'{key}' is not a known setting key.", nameof(key));
}
