using System.Text.Json.Nodes;

namespace Infra.Settings;

/// <summary>
/// The CloudWatch dashboard body (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html):
/// one graph per metric with a line per node, then the alarm states.
/// </summary>
public static class DashboardBody
{
    private const int Width = 12;
    private const int Height = 6;

    /// <summary>Graphs beyond the alarm set: what an operator reads next to it.</summary>
    private static readonly IReadOnlyList<(string Title, string Statistic, string[] Metrics)> ExtraGraphs =
    [
        ("Cache hits and misses", "Sum", ["CacheHits", "CacheMisses"]),
        ("Network bytes", "Sum", ["NetworkBytesIn", "NetworkBytesOut"]),
    ];

    /// <param name="alarmArns">The alarms to show as states; none adds no alarm widget.</param>
    public static string Json(string region, IReadOnlyList<string> memberClusterIds, IReadOnlyList<string> alarmArns)
    {
        var widgets = new JsonArray();
        var graphs = AlarmCatalog.Metrics.Select(m => (Title: m.Metric, m.Statistic, Metrics: new[] { m.Metric }))
            .Concat(ExtraGraphs)
            .ToList();
        foreach (var (graph, index) in graphs.Select((graph, index) => (graph, index)))
        {
            var lines = new JsonArray();
            foreach (var metric in graph.Metrics)
            {
                foreach (var member in memberClusterIds)
                {
                    lines.Add(new JsonArray(AlarmCatalog.Namespace, metric, AlarmCatalog.Dimension, member));
                }
            }

            widgets.Add(Widget("metric", index, new JsonObject
            {
                ["title"] = graph.Title,
                ["region"] = region,
                ["stat"] = graph.Statistic,
                ["period"] = 60,
                ["view"] = "timeSeries",
                ["metrics"] = lines,
            }));
        }

        if (alarmArns.Count > 0)
        {
            widgets.Add(Widget("alarm", graphs.Count, new JsonObject
            {
                ["title"] = "Alarm states",
                ["alarms"] = new JsonArray(alarmArns.Select(arn => (JsonNode)JsonValue.Create(arn)!).ToArray()),
            }, fullWidth: true));
        }

        return new JsonObject { ["widgets"] = widgets }.ToJsonString();
    }

    /// <summary>The console address of the dashboard.</summary>
    public static string Url(string region, string dashboardName) =>
        $"https://{region}.console.aws.amazon.com/cloudwatch/home?region={region}#dashboards/dashboard/{Uri.EscapeDataString(dashboardName)}";

    /// <summary>The ARN CloudWatch gives an alarm, for the alarm-status widget.</summary>
    public static string AlarmArn(string partition, string region, string account, string alarmName) =>
        $"arn:{partition}:cloudwatch:{region}:{account}:alarm:{alarmName}";

    private static JsonObject Widget(string type, int index, JsonObject properties, bool fullWidth = false) => new()
    {
        ["type"] = type,
        ["x"] = fullWidth ? 0 : index % 2 * Width,
        ["y"] = index / 2 * Height,
        ["width"] = fullWidth ? 2 * Width : Width,
        ["height"] = Height,
        ["properties"] = properties,
    };
}
