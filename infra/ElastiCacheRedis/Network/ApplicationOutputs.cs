using Infra.Settings;
using Pulumi;

namespace ElastiCacheRedis;

/// <summary>The outputs application stacks build on: where to attach, what to route, how to connect.</summary>
internal static class ApplicationOutputs
{
    public static void Add(
        IDictionary<string, object?> outputs, StackSettings settings, Network network, CacheReplicationGroup cache,
        Output<string>? authToken, string prefix)
    {
        var port = settings.Cache.Port;
        var tls = settings.Cache.TransitEncryption;
        outputs[StackOutputNames.CacheSecurityGroupId] = network.SecurityGroupIds[SecurityGroupRole.Cache];
        outputs[StackOutputNames.VpcCidrBlock] = network.VpcCidrBlock;
        outputs[StackOutputNames.CacheSubnetIds] = network.CacheSubnetIds;
        outputs[StackOutputNames.Replicas] = settings.Cache.Replicas;
        outputs[StackOutputNames.PrimaryEndpointUrl] = cache.PrimaryEndpoint.Apply(host => ClientConnectionStrings.Url(host, port, tls));
        outputs[StackOutputNames.ReaderEndpointUrl] = cache.ReaderEndpoint.Apply(host => ClientConnectionStrings.Url(host, port, tls));
        if (network.PrivateRouteTableId is not null)
        {
            outputs[StackOutputNames.PrivateRouteTableId] = network.PrivateRouteTableId;
        }

        // AUTH token mode only; in user mode each user's connection string comes with the users.
        if (authToken is not null)
        {
            outputs[StackOutputNames.ConnectionString] = ConnectionString(cache.PrimaryEndpoint, port, tls, authToken);
            outputs[StackOutputNames.ReaderConnectionString] = ConnectionString(cache.ReaderEndpoint, port, tls, authToken);
        }

        if (settings.Network.Dns is { } dns)
        {
            var names = new EndpointDnsNames($"{prefix}-dns", dns, cache.PrimaryEndpoint, cache.ReaderEndpoint);
            outputs[StackOutputNames.PrimaryDnsName] = names.PrimaryDnsName;
            outputs[StackOutputNames.ReaderDnsName] = names.ReaderDnsName;
        }
    }

    // Secret because it carries the token (Output.Tuple keeps the token's secrecy; CreateSecret says so).
    private static Output<string> ConnectionString(Output<string> host, int port, bool tls, Output<string> authToken) =>
        Output.CreateSecret(Output.Tuple(host, authToken)
            .Apply(values => ClientConnectionStrings.StackExchangeRedis(values.Item1, port, tls, null, values.Item2)));
}
