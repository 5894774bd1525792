using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads privateDnsZoneId and dnsRecordPrefix: optional CNAMEs for the endpoints.</summary>
internal static partial class DnsRecordsReader
{
    /// <summary>A DNS label is at most 63 characters (RFC 1035); "-primary" takes 8 of them.</summary>
    public const int MaxPrefixLength = 63 - 8;

    [GeneratedRegex("^Z[A-Z0-9]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostedZoneIdPattern();

    [GeneratedRegex("^[a-z]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    public static DnsRecordSettings? Read(ConfigReader reader, string stack)
    {
        var zoneId = reader.Text(PrivateDnsZoneId).Trim();
        var prefix = reader.Text(DnsRecordPrefix).Trim();
        var valid = true;
        if (zoneId.Length > 0 && !reader.IsDeferred(PrivateDnsZoneId) && !HostedZoneIdPattern().IsMatch(zoneId))
        {
            reader.Problem(PrivateDnsZoneId, ConfigReader.Allowed(PrivateDnsZoneId));
            valid = false;
        }

        if (prefix.Length > 0 && (prefix.Length > MaxPrefixLength || !LabelPattern().IsMatch(prefix)))
        {
            reader.Problem(DnsRecordPrefix, ConfigReader.Allowed(DnsRecordPrefix));
            valid = false;
        }

        if (zoneId.Length == 0)
        {
            if (prefix.Length > 0)
            {
                reader.Problem(DnsRecordPrefix, "empty when privateDnsZoneId is not set (no records are created)");
            }

            return null;
        }

        return valid ? new DnsRecordSettings(zoneId, prefix.Length > 0 ? prefix : DefaultPrefix(stack)) : null;
    }

    /// <summary>The stack name as a DNS label: lowercase letters, digits and hyphens, starting with a letter.</summary>
    internal static string DefaultPrefix(string stack)
    {
        var label = ResourceNaming.Sanitize(stack);
        if (label.Length == 0 || !char.IsAsciiLetterLower(label[0]))
        {
            label = "cache-" + label;
        }

        return label[..Math.Min(label.Length, MaxPrefixLength)].TrimEnd('-');
    }
}
