namespace Infra.Settings;

public enum CacheEngine
{
    Redis,
    Valkey,
}

/// <summary>The ElastiCache replication group (cluster mode disabled) and what follows from it.</summary>
/// <param name="Engine">redis or valkey.</param>
/// <param name="EngineName">The engine as ElastiCache spells it: <c>redis</c> or <c>valkey</c>.</param>
/// <param name="EngineVersion">As given in config and checked against <c>EngineVersions</c> (e.g. <c>7.1</c>, <c>8.0</c>).</param>
/// <param name="ParameterGroupFamily">Derived from engine and version, e.g. <c>redis7</c>, <c>valkey8</c>.</param>
/// <param name="ParameterGroupName">Includes the family, so a major upgrade creates the new group before deleting the old.</param>
/// <param name="NumCacheClusters">1 + Replicas.</param>
/// <param name="PreferredZoneIndexes">Zone index per cache cluster, round-robin, the primary in the first.</param>
/// <param name="AuthToken">Null when AUTH is off.</param>
/// <param name="FinalSnapshotPrefix">Null unless a final snapshot is requested; the name is <see cref="FinalSnapshotNames.For"/> of it.</param>
/// <param name="TransitEncryptionMode"><c>required</c> or <c>preferred</c>; null when transitEncryption is off.</param>
/// <param name="DataTiering">The node type keeps data on SSD (r6gd), so the group needs DataTieringEnabled.</param>
/// <param name="SlowLogRetentionDays">CloudWatch log retention for the slow log, when it is on.</param>
public sealed record CacheSettings(
    CacheEngine Engine,
    string EngineName,
    string EngineVersion,
    string ParameterGroupFamily,
    string ParameterGroupName,
    string NodeType,
    int Replicas,
    int NumCacheClusters,
    IReadOnlyList<int> PreferredZoneIndexes,
    bool AutomaticFailover,
    bool MultiAz,
    int Port,
    bool TransitEncryption,
    SecretValue? AuthToken,
    bool AtRestEncryption,
    string? KmsKeyArn,
    int SnapshotRetentionDays,
    string? SnapshotWindow,
    string? MaintenanceWindow,
    IReadOnlyDictionary<string, string> Parameters,
    bool SlowLog,
    int SlowLogRetentionDays,
    bool ApplyImmediately,
    bool AutoMinorVersionUpgrade,
    string? FinalSnapshotPrefix,
    bool Protect,
    string? TransitEncryptionMode,
    bool DataTiering)
{
    public bool AuthEnabled => AuthToken is not null;
}
