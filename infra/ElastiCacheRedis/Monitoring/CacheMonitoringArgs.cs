using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>Inputs of the <see cref="CacheMonitoring"/> component.</summary>
/// <param name="Region">Where the alarms live, for the dashboard's graphs and its console address.</param>
internal sealed record CacheMonitoringArgs(
    MonitoringSettings Settings,
    Output<string> Region,
    IReadOnlyDictionary<string, string> Tags);
