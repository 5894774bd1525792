namespace Infra.Settings;

/// <summary>
/// On-demand list prices in us-east-1 (USD), the one reference region of the estimate; other regions
/// differ. Recorded 2026-12-01 from:
/// ElastiCache https://aws.amazon.com/elasticache/pricing/ (node-hours; Valkey nodes 20 % below
/// Redis OSS; backup storage; one backup per cluster free),
/// EC2 https://aws.amazon.com/ec2/pricing/on-demand/ and EBS https://aws.amazon.com/ebs/pricing/,
/// PrivateLink https://aws.amazon.com/privatelink/pricing/ (per endpoint per AZ-hour),
/// CloudWatch https://aws.amazon.com/cloudwatch/pricing/ (alarms, dashboards, log ingestion).
/// A node type or instance type missing here is estimated as unpriced, not guessed.
/// </summary>
public static class PriceTable
{
    public const string Region = "us-east-1";
    public const string RecordedOn = "2026-12-01";

    /// <summary>AWS's monthly-hours convention on its pricing pages.</summary>
    public const decimal HoursPerMonth = 730m;

    /// <summary>Valkey node-based clusters are priced 20 % below Redis OSS (ElastiCache pricing page).</summary>
    public const decimal ValkeyNodeDiscount = 0.20m;

    /// <summary>Redis OSS node-hour and memory (GiB, for the backup-size assumption) per node type.</summary>
    public static IReadOnlyDictionary<string, (decimal Hourly, decimal MemoryGiB)> CacheNodes { get; } =
        new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal)
        {
            ["cache.t3.micro"] = (0.017m, 0.5m),
            ["cache.t3.small"] = (0.034m, 1.37m),
            ["cache.t3.medium"] = (0.068m, 3.09m),
            ["cache.t4g.micro"] = (0.016m, 0.5m),
            ["cache.t4g.small"] = (0.032m, 1.37m),
            ["cache.t4g.medium"] = (0.065m, 3.09m),
            ["cache.m5.large"] = (0.156m, 6.38m),
            ["cache.m6g.large"] = (0.149m, 6.38m),
            ["cache.m7g.large"] = (0.158m, 6.38m),
            ["cache.r5.large"] = (0.216m, 13.07m),
            ["cache.r6g.large"] = (0.206m, 13.07m),
            ["cache.r7g.large"] = (0.219m, 13.07m),
        };

    /// <summary>EC2 Linux on-demand instance-hour of the client.</summary>
    public static IReadOnlyDictionary<string, decimal> ClientInstances { get; } =
        new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["t4g.nano"] = 0.0042m,
            ["t4g.micro"] = 0.0084m,
            ["t4g.small"] = 0.0168m,
            ["t4g.medium"] = 0.0336m,
            ["t3.nano"] = 0.0052m,
            ["t3.micro"] = 0.0104m,
            ["t3.small"] = 0.0208m,
        };

    public const decimal Gp3PerGiBMonth = 0.08m;
    public const decimal InterfaceEndpointPerAzHour = 0.01m;
    public const decimal BackupPerGiBMonth = 0.085m;
    public const decimal AlarmPerMonth = 0.10m;
    public const decimal DashboardPerMonth = 3.00m;
    public const decimal LogIngestionPerGiB = 0.50m;
}
