namespace Infra.Settings;

/// <summary>
/// Where a new replication group takes its data from: nothing, an ElastiCache snapshot, or RDB files
/// in S3. Only CreateReplicationGroup reads them; the provider marks snapshot_name and snapshot_arns
/// ForceNew (terraform-provider-aws internal/service/elasticache/replication_group.go), so changing
/// either on a deployed stack replaces the group.
/// </summary>
public sealed record RestoreSettings(string? SnapshotName, IReadOnlyList<string> SnapshotArns)
{
    public bool Restores => SnapshotName is not null || SnapshotArns.Count > 0;
}
