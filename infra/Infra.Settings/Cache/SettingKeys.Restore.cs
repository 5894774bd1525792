namespace Infra.Settings;

public static partial class SettingKeys
{
    public const string SnapshotName = "snapshotName";
    public const string SnapshotArns = "snapshotArns";

    /// <summary>Restore at creation: the replication group starts from a snapshot or from RDB files in S3.</summary>
    private static IReadOnlyList<SettingDefinition> RestoreDefinitions() =>
    [
        new(SnapshotName, SettingType.String,
            "ElastiCache snapshot in this account and region to create the replication group from (creation only).",
            "",
            "empty, or a snapshot name of letters, digits, hyphens and dots (at most 255), e.g. automatic.my-group-2026-01-31-03-00; not together with snapshotArns",
            Replaces: "yes"),
        new(SnapshotArns, SettingType.Array,
            "RDB files in S3 to create the replication group from (creation only).",
            "[]",
            "empty, or up to 10 ARNs arn:<partition>:s3:::<bucket>/<key> (no commas); not together with snapshotName",
            Replaces: "yes"),
    ];
}
