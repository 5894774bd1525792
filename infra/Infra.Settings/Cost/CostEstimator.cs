using System.Globalization;

namespace Infra.Settings;

/// <summary>Computes a stack's <see cref="CostEstimate"/> from its settings and <see cref="PriceTable"/>.</summary>
public static class CostEstimator
{
    /// <summary>
    /// Assumed CloudWatch Logs ingestion per month: flow logs of an idle private VPC (on by default,
    /// issue 9's EC2.6 control) and the slow and engine logs of a quiet cache. Real traffic changes these.
    /// </summary>
    public const decimal AssumedFlowLogGiB = 1.0m;

    public const decimal AssumedCacheLogGiB = 0.1m;

    /// <summary>The interface endpoints the client needs (SSM, SSM messages, EC2 messages), one zone each.</summary>
    public const int SsmEndpoints = 3;

    public static CostEstimate For(StackSettings settings)
    {
        var cache = settings.Cache;
        var items = new List<CostLineItem>();
        var unpriced = new List<string>();
        var hours = PriceTable.HoursPerMonth;

        if (PriceTable.CacheNodes.TryGetValue(cache.NodeType, out var node))
        {
            var hourly = cache.Engine == CacheEngine.Valkey ? node.Hourly * (1 - PriceTable.ValkeyNodeDiscount) : node.Hourly;
            items.Add(Line("cacheNodes", cache.NumCacheClusters * hourly * hours,
                $"{cache.NumCacheClusters} x {cache.NodeType} ({cache.EngineName}) x {Usd(hourly)}/h x {hours} h"));

            // A cluster-mode-disabled group takes one snapshot a day (from one node, ElastiCache user
            // guide "Snapshot and restore"), not one per node; one backup per active cluster is free
            // (ElastiCache pricing), so each further retained day is one more copy, assumed as large as the node's memory.
            var extraCopies = Math.Max(0, cache.SnapshotRetentionDays - 1);
            items.Add(Line("backups", extraCopies * node.MemoryGiB * PriceTable.BackupPerGiBMonth,
                $"{extraCopies} daily snapshots of the group beyond the free one x {node.MemoryGiB} GiB (node memory, an upper bound) x {Usd(PriceTable.BackupPerGiBMonth)}/GiB-month"));
        }
        else
        {
            unpriced.Add($"cache nodes ({cache.NodeType}) and their backups");
        }

        if (EngineSupport.ExtendedSupportChargedFrom(cache.Engine, cache.EngineVersion) is { } charged)
        {
            unpriced.Add($"ElastiCache Extended Support for {cache.EngineName} {cache.EngineVersion} from {charged:yyyy-MM-dd} (per node-hour, on the ElastiCache pricing page; not included)");
        }

        if (settings.Client.Enabled)
        {
            if (PriceTable.ClientInstances.TryGetValue(settings.Client.InstanceType, out var instanceHourly))
            {
                items.Add(Line("clientInstance", instanceHourly * hours, $"1 x {settings.Client.InstanceType} x {Usd(instanceHourly)}/h x {hours} h"));
            }
            else
            {
                unpriced.Add($"client instance ({settings.Client.InstanceType})");
            }

            items.Add(Line("clientVolume", settings.Client.RootVolumeSizeGiB * PriceTable.Gp3PerGiBMonth,
                $"{settings.Client.RootVolumeSizeGiB} GiB gp3 x {Usd(PriceTable.Gp3PerGiBMonth)}/GiB-month"));
        }

        if (settings.Network.CreateSsmEndpoints)
        {
            items.Add(Line("interfaceEndpoints", SsmEndpoints * PriceTable.InterfaceEndpointPerAzHour * hours,
                $"{SsmEndpoints} endpoints x 1 zone x {Usd(PriceTable.InterfaceEndpointPerAzHour)}/h x {hours} h"));
        }

        var flowLogGiB = settings.Network.FlowLogs is null ? 0 : AssumedFlowLogGiB;
        var logGiB = flowLogGiB + (cache.SlowLog ? AssumedCacheLogGiB : 0) + (settings.Monitoring.EngineLog ? AssumedCacheLogGiB : 0);
        items.Add(Line("logIngestion", logGiB * PriceTable.LogIngestionPerGiB,
            $"assumed {logGiB} GiB/month (flow logs {flowLogGiB} GiB, slow and engine log {AssumedCacheLogGiB} GiB each when on) x {Usd(PriceTable.LogIngestionPerGiB)}/GiB"));

        var alarms = settings.Monitoring.Alarms.Count;
        items.Add(Line("alarms", alarms * PriceTable.AlarmPerMonth, $"{alarms} standard-resolution alarms x {Usd(PriceTable.AlarmPerMonth)}/month (free tier not applied)"));
        if (settings.Monitoring.Dashboard)
        {
            items.Add(Line("dashboard", PriceTable.DashboardPerMonth, $"1 dashboard x {Usd(PriceTable.DashboardPerMonth)}/month (free tier not applied)"));
        }

        return new CostEstimate(items, unpriced);
    }

    private static CostLineItem Line(string name, decimal amount, string basis) =>
        new(name, Math.Round(amount, 2, MidpointRounding.AwayFromZero), basis);

    private static string Usd(decimal amount) => "$" + amount.ToString(CultureInfo.InvariantCulture);
}
