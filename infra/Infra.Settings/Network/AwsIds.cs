using System.Text.RegularExpressions;

namespace Infra.Settings;

/// <summary>
/// Offline checks of EC2 resource id formats: a prefix and 8 hex digits (older ids) or 17 (the
/// long ids every account has used since 2018, EC2 User Guide "Resource IDs").
/// </summary>
internal static partial class AwsIds
{
    public const string VpcPrefix = "vpc-";
    public const string SubnetPrefix = "subnet-";
    public const string SecurityGroupPrefix = "sg-";

    [GeneratedRegex("^(vpc|subnet|sg)-([0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static bool IsId(string value, string prefix) => value.StartsWith(prefix, StringComparison.Ordinal) && IdPattern().IsMatch(value);
}
