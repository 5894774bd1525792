using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads <c>snapshotName</c> and <c>snapshotArns</c>: the format of each, and that at most one is set.</summary>
internal static partial class RestoreSettingsReader
{
    public const int MaxSnapshotArns = 10;

    // Manual snapshots: letters, digits, hyphens; automatic ones are named automatic.<group>-<date>.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]{0,254}$", RegexOptions.CultureInvariant)]
    private static partial Regex SnapshotNamePattern();

    // arn:aws:s3:::bucket/key; S3 bucket names are 3-63 lowercase letters, digits, dots, hyphens. The
    // provider refuses commas in an ARN (replication_group.go: StringDoesNotContainAny(",")).
    [GeneratedRegex("^arn:aws(-[a-z]+)*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[^,\\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex S3ObjectArnPattern();

    public static RestoreSettings Read(ConfigReader reader)
    {
        string? name = null;
        if (reader.IsSet(SnapshotName))
        {
            name = reader.Text(SnapshotName).Trim();
            if (!SnapshotNamePattern().IsMatch(name))
            {
                reader.Problem(SnapshotName, ConfigReader.Allowed(SnapshotName));
            }
        }

        var arns = reader.StringList(SnapshotArns).Select(arn => arn.Trim()).ToList();
        if (arns.Count > MaxSnapshotArns)
        {
            reader.Problem(SnapshotArns, $"{arns.Count} ARNs", ConfigReader.Allowed(SnapshotArns));
        }

        foreach (var arn in arns.Where(arn => !S3ObjectArnPattern().IsMatch(arn)))
        {
            reader.Problem(SnapshotArns, ConfigReader.Quote(arn), "S3 object ARNs arn:aws:s3:::<bucket>/<key> (no commas or spaces)");
        }

        if (name is not null && arns.Count > 0)
        {
            reader.Problem(SnapshotName, "empty when snapshotArns is set: a group is restored from one source");
        }

        return new RestoreSettings(name, arns);
    }
}
