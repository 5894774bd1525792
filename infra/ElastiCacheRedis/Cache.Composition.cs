using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

public sealed partial class Cache
{
    /// <summary>
    /// The area components, in the order the stack program declared them before the package existed
    /// (network, access, monitoring, replication group, DNS names, client, post-deploy check), each a
    /// child of this component under its old name and type token.
    /// </summary>
    private CacheParts Compose(StackSettings settings)
    {
        var aws = AwsLookups.For(settings.Network);
        var prefix = settings.Names.Prefix;
        var authToken = settings.Cache.AuthToken is { } token ? Output.CreateSecret(token.Reveal()) : null;

        var network = new Network($"{prefix}-network", new NetworkArgs(
            settings.Network, settings.Security, settings.Client.Enabled, aws.ZoneNames, aws.Region, settings.Tags, aws.Partition), Child());

        var access = settings.Access.Mode == AccessMode.Rbac
            ? new CacheAccess($"{prefix}-access", new CacheAccessArgs(settings.Access, settings.Tags), Child())
            : null;
        var monitoring = new CacheMonitoring($"{prefix}-monitoring", new CacheMonitoringArgs(settings.Monitoring, aws.Region, settings.Tags), Child());

        // The cache waits for the network's checks: in an existing VPC a subnet outside it, or
        // subnets in one zone, fail the run before any cache resource is registered.
        var cacheOptions = Child();
        cacheOptions.DependsOn.Add(network.CacheSubnetIds.Apply(_ => (Resource)network));
        var cache = new CacheReplicationGroup($"{prefix}-cache", new CacheReplicationGroupArgs(
            settings.Cache,
            settings.Names,
            network.ZoneNames,
            network.CacheSubnetIds,
            network.SecurityGroupIds[SecurityGroupRole.Cache],
            authToken,
            settings.Tags,
            settings.Access,
            access?.UserGroupId,
            monitoring.TopicArn,
            settings.Restore,
            settings.Monitoring,
            settings.Network.SubnetGroupName), cacheOptions);
        // The per-node alarms follow the group's real member clusters (a replica decrease lets AWS
        // pick which node goes); see CacheMonitoring.WatchNodes.
        monitoring.WatchNodes(cache.MemberClusters);

        var dns = settings.Network.Dns is { } records
            ? new EndpointDnsNames($"{prefix}-dns", records, cache.PrimaryEndpoint, cache.ReaderEndpoint, Child())
            : null;

        ClientCompute? client = null;
        PostDeployCheck? check = null;
        if (settings.Client.Enabled)
        {
            client = new ClientCompute($"{prefix}-client", new ClientComputeArgs(
                settings.Client,
                network.ClientInstanceSubnetId ?? throw new InvalidOperationException("The client is enabled but the network has no client subnet."),
                network.SecurityGroupIds[SecurityGroupRole.Client],
                aws.Partition,
                network,
                settings.Tags), Child());

            if (settings.Verification.VerifyOnUp)
            {
                check = new PostDeployCheck($"{prefix}-verify", new PostDeployCheckArgs(
                    cache.PrimaryEndpoint,
                    cache.ReaderEndpoint,
                    settings.Cache.Port,
                    settings.Cache.TransitEncryption,
                    authToken,
                    Output.CreateSecret(SmokeCheckInput.Json(settings.Cache.Replicas, settings.Access)),
                    settings.Cache.EngineVersion,
                    client.InstanceId,
                    aws.Region,
                    // Found at construction, or verifyOnUp was refused there (SmokeProgram).
                    SmokeProgram.CheckoutRoot(Directory.GetCurrentDirectory())
                        ?? throw new InvalidOperationException("verifyOnUp is on but the smoke program is not found."),
                    cache,
                    client), Child());
            }
        }

        return new CacheParts(settings, network, cache, monitoring, dns, client, check, authToken, aws.Region);
    }

    /// <summary>
    /// A child's options: parented here, and aliased to the top-level URN the stack program gave it
    /// before this component existed (same name and type, no parent). Its own children inherit the
    /// alias, so no resource of a deployed stack is replaced or renamed. It depends on the resources
    /// behind the inputs (<see cref="CacheInputs.Dependencies"/>), whose values it gets as plain settings.
    /// </summary>
    private ComponentResourceOptions Child() => new()
    {
        Parent = this,
        Aliases = { new Alias { NoParent = true } },
        DependsOn = { _inputResources },
    };
}

/// <summary>What <see cref="Cache"/>'s outputs are read from: the validated settings and the area components.</summary>
/// <param name="AuthToken">The AUTH token as a secret; null unless authMode is token.</param>
internal sealed record CacheParts(
    StackSettings Settings,
    Network Network,
    CacheReplicationGroup Cache,
    CacheMonitoring Monitoring,
    EndpointDnsNames? Dns,
    ClientCompute? Client,
    PostDeployCheck? Check,
    Output<string>? AuthToken,
    Output<string> Region)
{
    /// <summary>redis:// or rediss:// URL of an endpoint.</summary>
    public Output<string> Url(Output<string> host) =>
        host.Apply(name => ClientConnectionStrings.Url(name, Settings.Cache.Port, Settings.Cache.TransitEncryption));

    /// <summary>
    /// AUTH token mode: the StackExchange.Redis configuration string of an endpoint with the token,
    /// secret (Output.Tuple keeps the token's secrecy; CreateSecret says so). Null in the other modes,
    /// where each user's string comes with the users.
    /// </summary>
    public Output<string>? TokenConnectionString(Output<string> host) =>
        AuthToken is null
            ? null
            : Output.CreateSecret(Output.Tuple(host, AuthToken).Apply(values => ClientConnectionStrings.StackExchangeRedis(
                values.Item1, Settings.Cache.Port, Settings.Cache.TransitEncryption, null, values.Item2)));
}
