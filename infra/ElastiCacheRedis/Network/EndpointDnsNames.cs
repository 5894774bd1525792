using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// CNAME records <c>&lt;prefix&gt;-primary</c> and <c>&lt;prefix&gt;-reader</c> in a private hosted
/// zone, pointing at the replication group's endpoints, so applications keep their names when the
/// group is replaced. With TLS the certificate still names the ElastiCache endpoint.
/// </summary>
internal sealed class EndpointDnsNames : ComponentResource
{
    public const string TypeToken = "elasticache-redis:network:EndpointDnsNames";

    /// <summary>Short, so clients follow a replaced group within a minute.</summary>
    public const int TtlSeconds = 60;

    public Output<string> PrimaryDnsName { get; }

    public Output<string> ReaderDnsName { get; }

    public EndpointDnsNames(string name, DnsRecordSettings settings, Output<string> primaryEndpoint, Output<string> readerEndpoint, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        PrimaryDnsName = Record($"{name}-primary", settings.ZoneId, settings.PrimaryRecordName, primaryEndpoint).Fqdn;
        ReaderDnsName = Record($"{name}-reader", settings.ZoneId, settings.ReaderRecordName, readerEndpoint).Fqdn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["primaryDnsName"] = PrimaryDnsName,
            ["readerDnsName"] = ReaderDnsName,
        });
    }

    // A name without the zone's domain is completed with it by the provider (route53 record docs:
    // "name - The name of the record"; the provider appends the zone name when it is missing).
    private Aws.Route53.Record Record(string resourceName, string zoneId, string recordName, Output<string> target) =>
        new(resourceName, new Aws.Route53.RecordArgs
        {
            ZoneId = zoneId,
            Name = recordName,
            Type = "CNAME",
            Ttl = TtlSeconds,
            Records = { target },
        }, new CustomResourceOptions { Parent = this });
}
