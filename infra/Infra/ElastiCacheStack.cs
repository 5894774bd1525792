using Infra.Settings;
using Pulumi;

namespace Infra;

/// <summary>
/// The whole program: validated settings, then the network, the cache, the client and (opt-in) the
/// post-deploy check, then the stack outputs. <c>Program.cs</c> runs it; the unit tests run it with
/// Pulumi's mocks.
/// </summary>
internal static class ElastiCacheStack
{
    public static IDictionary<string, object?> Define()
    {
        // Invalid config throws here, before any resource or invoke is declared.
        var settings = StackConfigReader.Read();
        if (settings.Verification.VerifyOnUp && !settings.Client.Enabled)
        {
            // The settings library is expected to reject this combination; kept as a guard so the
            // check can never silently vanish.
            throw new RunException(
                "verifyOnUp: given true with clientEnabled false; allowed: verifyOnUp true only with clientEnabled true "
                + "(the check reaches the cache through the client instance).");
        }

        var aws = AwsLookups.For(settings.Network);
        var prefix = settings.Names.Prefix;
        var authToken = settings.Cache.AuthToken is { } token ? Output.CreateSecret(token.Reveal()) : null;

        var network = new Network($"{prefix}-network", new NetworkArgs(
            settings.Network, settings.Security, settings.Client.Enabled, aws.ZoneNames, aws.Region, settings.Tags, aws.Partition));

        // The cache waits for the network's checks: in an existing VPC a subnet outside it, or
        // subnets in one zone, fail the run before any cache resource is registered.
        var cache = new CacheReplicationGroup($"{prefix}-cache", new CacheArgs(
            settings.Cache,
            settings.Names,
            network.ZoneNames,
            network.CacheSubnetIds,
            network.SecurityGroupIds[SecurityGroupRole.Cache],
            authToken,
            settings.Tags,
            settings.Network.SubnetGroupName), new ComponentResourceOptions { DependsOn = { network.CacheSubnetIds.Apply(_ => (Resource)network) } });

        var outputs = new Dictionary<string, object?>
        {
            [StackOutputNames.PrimaryEndpoint] = cache.PrimaryEndpoint,
            [StackOutputNames.ReaderEndpoint] = cache.ReaderEndpoint,
            [StackOutputNames.Port] = settings.Cache.Port,
            [StackOutputNames.TransitEncryption] = settings.Cache.TransitEncryption,
            [StackOutputNames.ReplicationGroupId] = cache.ReplicationGroupId,
            [StackOutputNames.VpcId] = network.VpcId,
            [StackOutputNames.Region] = aws.Region,
            [StackOutputNames.Engine] = settings.Cache.EngineName,
            [StackOutputNames.EngineVersion] = settings.Cache.EngineVersion,
        };
        if (authToken is not null)
        {
            outputs[StackOutputNames.AuthToken] = authToken;
        }

        ApplicationOutputs.Add(outputs, settings, network, cache, authToken, prefix);

        if (!settings.Client.Enabled)
        {
            return outputs;
        }

        var client = new ClientCompute($"{prefix}-client", new ClientComputeArgs(
            settings.Client,
            network.ClientInstanceSubnetId ?? throw new InvalidOperationException("The client is enabled but the network has no client subnet."),
            network.SecurityGroupIds[SecurityGroupRole.Client],
            aws.Partition,
            network,
            settings.Tags));
        outputs[StackOutputNames.ClientInstanceId] = client.InstanceId;

        if (settings.Verification.VerifyOnUp)
        {
            var check = new PostDeployCheck($"{prefix}-verify", new PostDeployCheckArgs(
                cache.PrimaryEndpoint,
                cache.ReaderEndpoint,
                settings.Cache.Port,
                settings.Cache.TransitEncryption,
                authToken,
                settings.Cache.EngineVersion,
                client.InstanceId,
                aws.Region,
                PulumiProjectRoot.Find(Directory.GetCurrentDirectory()),
                cache,
                client));
            outputs[StackOutputNames.Verification] = check.Report;
        }

        return outputs;
    }
}
