using System.Reflection;
using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>
/// A Redis OSS / Valkey cache on Amazon ElastiCache (replication group, cluster mode disabled): the
/// network (a VPC of its own or an existing one), the replication group, access (an AUTH token or
/// users), monitoring, and optionally the in-VPC client and the post-deploy check. Type token
/// <c>elasticache-redis:index:Cache</c>; the one component the package serves.
/// </summary>
/// <remarks>
/// Its inputs are validated by the settings library's rules (the same as the stack config's): the
/// decisions at once, every problem together, before any child or invoke is declared; ids and
/// secrets that resolve later when they resolve, before anything using them is declared. AWS names
/// derive from the component's name (<see cref="ResourceNaming.ForName"/>). The area components are
/// its children, each aliased to the top-level URN it had before the package existed, so stacks
/// deployed with the stack program of earlier versions update in place.
/// </remarks>
public sealed partial class Cache : ComponentResource
{
    public const string TypeToken = $"{PackageIdentity.Name}:index:Cache";

    private readonly InputList<Resource> _inputResources;

    /// <summary>Host name of the primary endpoint (writes).</summary>
    [Output(StackOutputNames.PrimaryEndpoint)]
    public Output<string> PrimaryEndpoint { get; }

    /// <summary>Host name of the reader endpoint (reads, load-balanced over the replicas).</summary>
    [Output(StackOutputNames.ReaderEndpoint)]
    public Output<string> ReaderEndpoint { get; }

    /// <summary>The cache port, the same on both endpoints.</summary>
    [Output(StackOutputNames.Port)]
    public Output<int> Port { get; }

    /// <summary>Whether clients must use TLS.</summary>
    [Output(StackOutputNames.TransitEncryption)]
    public Output<bool> TransitEncryption { get; }

    /// <summary>The AUTH token (secret); null unless authMode is token.</summary>
    [Output(StackOutputNames.AuthToken)]
    public Output<string?> AuthToken { get; }

    /// <summary>The replication group's id.</summary>
    [Output(StackOutputNames.ReplicationGroupId)]
    public Output<string> ReplicationGroupId { get; }

    /// <summary>The in-VPC client instance, for SSM sessions and tunnels; null without the client.</summary>
    [Output(StackOutputNames.ClientInstanceId)]
    public Output<string?> ClientInstanceId { get; }

    /// <summary>The VPC the cache is in (created or given).</summary>
    [Output(StackOutputNames.VpcId)]
    public Output<string> VpcId { get; }

    /// <summary>The AWS region.</summary>
    [Output(StackOutputNames.Region)]
    public Output<string> Region { get; }

    /// <summary>redis or valkey.</summary>
    [Output(StackOutputNames.Engine)]
    public Output<string> Engine { get; }

    /// <summary>The engine version, e.g. 7.1.</summary>
    [Output(StackOutputNames.EngineVersion)]
    public Output<string> EngineVersion { get; }

    /// <summary>The cache's security group: add rules admitting your applications, or list them in allowedSecurityGroupIds.</summary>
    [Output(StackOutputNames.CacheSecurityGroupId)]
    public Output<string> CacheSecurityGroupId { get; }

    /// <summary>The VPC's IPv4 block.</summary>
    [Output(StackOutputNames.VpcCidrBlock)]
    public Output<string> VpcCidrBlock { get; }

    /// <summary>The cache subnet group's subnets.</summary>
    [Output(StackOutputNames.CacheSubnetIds)]
    public Output<string[]> CacheSubnetIds { get; }

    /// <summary>The created VPC's private route table (for peering routes); null with an existing VPC.</summary>
    [Output(StackOutputNames.PrivateRouteTableId)]
    public Output<string?> PrivateRouteTableId { get; }

    /// <summary>redis:// or rediss:// URL of the primary endpoint (no credentials).</summary>
    [Output(StackOutputNames.PrimaryEndpointUrl)]
    public Output<string> PrimaryEndpointUrl { get; }

    /// <summary>redis:// or rediss:// URL of the reader endpoint (no credentials).</summary>
    [Output(StackOutputNames.ReaderEndpointUrl)]
    public Output<string> ReaderEndpointUrl { get; }

    /// <summary>StackExchange.Redis configuration string of the primary with the token (secret); null unless authMode is token.</summary>
    [Output(StackOutputNames.ConnectionString)]
    public Output<string?> ConnectionString { get; }

    /// <summary>The same for the reader endpoint (secret); null unless authMode is token.</summary>
    [Output(StackOutputNames.ReaderConnectionString)]
    public Output<string?> ReaderConnectionString { get; }

    /// <summary>Read replicas next to the primary.</summary>
    [Output(StackOutputNames.Replicas)]
    public Output<int> Replicas { get; }

    /// <summary>The primary's CNAME in the private hosted zone; null without privateDnsZoneId.</summary>
    [Output(StackOutputNames.PrimaryDnsName)]
    public Output<string?> PrimaryDnsName { get; }

    /// <summary>The reader's CNAME in the private hosted zone; null without privateDnsZoneId.</summary>
    [Output(StackOutputNames.ReaderDnsName)]
    public Output<string?> ReaderDnsName { get; }

    /// <summary>The post-deploy check's JSON report; null unless verifyOnUp.</summary>
    [Output(StackOutputNames.Verification)]
    public Output<string?> Verification { get; }

    /// <summary>token, rbac or none.</summary>
    [Output(StackOutputNames.AuthMode)]
    public Output<string> AuthMode { get; }

    /// <summary>authMode rbac: user name → {access, auth}; null otherwise.</summary>
    [Output(StackOutputNames.Users)]
    public Output<Dictionary<string, Dictionary<string, string>>?> Users { get; }

    /// <summary>authMode rbac: user name → current password, password users only (secret); null otherwise.</summary>
    [Output(StackOutputNames.UserPasswords)]
    public Output<Dictionary<string, string>?> UserPasswords { get; }

    /// <summary>authMode rbac: user name → StackExchange.Redis configuration string of the primary (secret); null otherwise.</summary>
    [Output(StackOutputNames.ConnectionStrings)]
    public Output<Dictionary<string, string>?> ConnectionStrings { get; }

    /// <summary>The SNS topic of alarms and ElastiCache events (created, or alarmTopicArn).</summary>
    [Output(StackOutputNames.AlarmTopicArn)]
    public Output<string> AlarmTopicArn { get; }

    /// <summary>Console address of the dashboard; null when dashboard is false.</summary>
    [Output(StackOutputNames.DashboardUrl)]
    public Output<string?> DashboardUrl { get; }

    /// <summary>Monthly USD at the settings library's us-east-1 list prices.</summary>
    [Output(StackOutputNames.EstimatedMonthlyCostUsd)]
    public Output<double> EstimatedMonthlyCostUsd { get; }

    /// <summary>Line item → monthly USD of that estimate.</summary>
    [Output(StackOutputNames.CostBreakdown)]
    public Output<Dictionary<string, double>> CostBreakdown { get; }

    /// <param name="name">The Pulumi name; AWS names derive from it (a valid replication group id is used as it is).</param>
    /// <param name="args">The inputs, one per stack config key.</param>
    /// <param name="options">Options of the component; its children inherit parent-scoped ones (provider, protect).</param>
    public Cache(string name, CacheArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var inputs = CacheSettingsResolver.Resolve(name, args);
        _inputResources = inputs.InputResources;
        foreach (var warning in inputs.Early.Warnings)
        {
            Log.Warn(warning, this, null, null);
        }

        // With every input known at construction (the stack program, literal ids) the children are
        // declared now and previews show them. Otherwise they are declared once the inputs resolve
        // and pass the same rules, so nothing is declared from a bad value, and so the number of
        // rules for allowedSecurityGroupIds/allowedCidrBlocks is known (one per entry, today's names).
        // The price: while such an input is unknown (a preview of a program that also creates the
        // VPC or the security group), the preview shows the Cache without its children; `up` creates
        // them once the values exist.
        var parts = inputs.Known is { } known ? Output.Create(Compose(known)) : inputs.Resolved.Apply(settings => Compose(settings));

        PrimaryEndpoint = parts.Apply(p => p.Cache.PrimaryEndpoint);
        ReaderEndpoint = parts.Apply(p => p.Cache.ReaderEndpoint);
        Port = parts.Apply(p => p.Settings.Cache.Port);
        TransitEncryption = parts.Apply(p => p.Settings.Cache.TransitEncryption);
        AuthToken = parts.Apply(p => Optional(p.AuthToken));
        ReplicationGroupId = parts.Apply(p => p.Cache.ReplicationGroupId);
        ClientInstanceId = parts.Apply(p => Optional(p.Client?.InstanceId));
        VpcId = parts.Apply(p => p.Network.VpcId);
        Region = parts.Apply(p => p.Region);
        Engine = parts.Apply(p => p.Settings.Cache.EngineName);
        EngineVersion = parts.Apply(p => p.Settings.Cache.EngineVersion);
        CacheSecurityGroupId = parts.Apply(p => p.Network.SecurityGroupIds[SecurityGroupRole.Cache]);
        VpcCidrBlock = parts.Apply(p => p.Network.VpcCidrBlock);
        CacheSubnetIds = parts.Apply(p => p.Network.CacheSubnetIds.Apply(ids => ids.ToArray()));
        PrivateRouteTableId = parts.Apply(p => Optional(p.Network.PrivateRouteTableId));
        PrimaryEndpointUrl = parts.Apply(p => p.Url(p.Cache.PrimaryEndpoint));
        ReaderEndpointUrl = parts.Apply(p => p.Url(p.Cache.ReaderEndpoint));
        ConnectionString = parts.Apply(p => Optional(p.TokenConnectionString(p.Cache.PrimaryEndpoint)));
        ReaderConnectionString = parts.Apply(p => Optional(p.TokenConnectionString(p.Cache.ReaderEndpoint)));
        Replicas = parts.Apply(p => p.Settings.Cache.Replicas);
        PrimaryDnsName = parts.Apply(p => Optional(p.Dns?.PrimaryDnsName));
        ReaderDnsName = parts.Apply(p => Optional(p.Dns?.ReaderDnsName));
        Verification = parts.Apply(p => Optional(p.Check?.Report));
        AuthMode = parts.Apply(p => p.Settings.Access.ModeName);
        Users = parts.Apply(p => AccessOutputs.Users(p.Settings.Access));
        UserPasswords = parts.Apply(p => AccessOutputs.Passwords(p.Settings.Access));
        ConnectionStrings = parts.Apply(p => AccessOutputs.ConnectionStrings(p.Settings, p.Cache.PrimaryEndpoint));
        AlarmTopicArn = parts.Apply(p => p.Monitoring.TopicArn);
        DashboardUrl = parts.Apply(p => Optional(p.Monitoring.DashboardUrl));
        EstimatedMonthlyCostUsd = parts.Apply(p => (double)p.Settings.Cost.MonthlyUsd);
        CostBreakdown = parts.Apply(p => p.Settings.Cost.Breakdown.ToDictionary(item => item.Key, item => (double)item.Value));

        // The [Output] properties declared here (as the schema analyzer reads them), not Resource's own urn.
        RegisterOutputs(GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(property => (Attribute: property.GetCustomAttribute<OutputAttribute>(), Property: property))
            .Where(output => output.Attribute?.Name is not null)
            .ToDictionary(output => output.Attribute!.Name!, output => output.Property.GetValue(this)));
    }

    private static Output<string?> Optional(Output<string>? value) =>
        value is null ? Output.Create((string?)null) : value.Apply(text => (string?)text);
}
