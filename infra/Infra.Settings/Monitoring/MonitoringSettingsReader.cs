using System.Globalization;
using System.Text.RegularExpressions;
using static Infra.Settings.SettingKeys;

namespace Infra.Settings;

/// <summary>Reads the monitoring area's keys into <see cref="MonitoringSettings"/>.</summary>
internal static partial class MonitoringSettingsReader
{
    /// <summary>Same retention as the slow log: two weeks covers an incident review.</summary>
    public const int EngineLogRetentionDays = CacheSettingsReader.SlowLogRetentionDays;

    public const int MaxEmails = 10;

    [GeneratedRegex("^arn:aws(-[a-z]+)*:sns:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicArnPattern();

    // Deliberately simple: one @, no spaces, a dot in the domain; SNS's confirmation mail is the real check.
    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    public static MonitoringSettings Read(ConfigReader reader, CacheSettings cache, ResourceNames names)
    {
        var alarmsEnabled = reader.Boolean(Alarms);
        var thresholds = ReadThresholds(reader);
        var topicArn = ReadTopicArn(reader);
        var emails = ReadEmails(reader, topicArn is not null);
        var members = MemberClusters.Ids(names.ReplicationGroupId, cache.NumCacheClusters);
        var alarms = alarmsEnabled ? AlarmPlan(cache.NodeType, members, thresholds) : [];

        return new MonitoringSettings(
            alarmsEnabled,
            alarms,
            topicArn,
            emails,
            reader.Boolean(EngineLog),
            EngineLogRetentionDays,
            $"/aws/elasticache/{names.ReplicationGroupId}/engine-log",
            reader.Boolean(Dashboard),
            names.Prefix,
            members);
    }

    /// <summary>One alarm per (metric, node); CPUUtilization only on nodes with at most 2 vCPUs.</summary>
    internal static IReadOnlyList<AlarmSpec> AlarmPlan(
        string nodeType, IReadOnlyList<string> members, IReadOnlyDictionary<string, double> overrides)
    {
        var vcpus = NodeVcpus.Of(nodeType);
        var alarms = new List<AlarmSpec>();
        foreach (var metric in AlarmCatalog.Metrics)
        {
            double threshold;
            if (overrides.TryGetValue(metric.Metric, out var given))
            {
                threshold = given;
            }
            else if (metric.DefaultThreshold is { } fixedDefault)
            {
                threshold = fixedDefault;
            }
            else if (vcpus is { } count && count <= AlarmCatalog.CpuUtilizationMaxVcpus)
            {
                threshold = AlarmCatalog.CpuUtilizationThreshold(count);
            }
            else
            {
                continue;
            }

            alarms.AddRange(members.Select(member => AlarmSpec.On(member, metric, threshold)));
        }

        return alarms;
    }

    private static Dictionary<string, double> ReadThresholds(ConfigReader reader)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, text) in reader.StringMap(AlarmThresholds))
        {
            var key = $"{AlarmThresholds}.{name}";
            var metric = AlarmCatalog.Metrics.FirstOrDefault(m => m.Metric == name);
            if (metric is null)
            {
                reader.Problem(key, ConfigReader.Quote(text), "a metric of the alarm set: " + string.Join(", ", AlarmCatalog.MetricNames));
                continue;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= metric.Minimum && value <= metric.Maximum)
            {
                result[name] = value;
            }
            else
            {
                reader.Problem(key, ConfigReader.Quote(text),
                    $"a number from {metric.Minimum.ToString(CultureInfo.InvariantCulture)} to {metric.Maximum.ToString(CultureInfo.InvariantCulture)} ({metric.Unit})");
            }
        }

        return result;
    }

    private static string? ReadTopicArn(ConfigReader reader)
    {
        if (!reader.IsSet(AlarmTopicArn))
        {
            return null;
        }

        var arn = reader.Text(AlarmTopicArn).Trim();
        if (!reader.IsDeferred(AlarmTopicArn) && !TopicArnPattern().IsMatch(arn))
        {
            reader.Problem(AlarmTopicArn, ConfigReader.Allowed(AlarmTopicArn));
        }

        return arn;
    }

    private static IReadOnlyList<string> ReadEmails(ConfigReader reader, bool existingTopic)
    {
        var emails = reader.StringList(AlarmEmails).Select(email => email.Trim()).ToList();
        if (emails.Count == 0)
        {
            return emails;
        }

        if (existingTopic)
        {
            reader.Problem(AlarmEmails, "empty when alarmTopicArn is set: subscribe addresses to your own topic where it is managed");
        }

        if (emails.Count > MaxEmails)
        {
            reader.Problem(AlarmEmails, $"{emails.Count} addresses", ConfigReader.Allowed(AlarmEmails));
        }

        foreach (var email in emails.Where(email => email.Length > 254 || !EmailPattern().IsMatch(email)))
        {
            reader.Problem(AlarmEmails, ConfigReader.Quote(email), "email addresses like ops@example.com (one @, no spaces, a dotted domain, at most 254 characters)");
        }

        if (emails.Distinct(StringComparer.OrdinalIgnoreCase).Count() != emails.Count)
        {
            reader.Problem(AlarmEmails, "distinct addresses (one is listed twice)");
        }

        return emails;
    }
}
