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

        foreach (var warning in settings.Warnings)
        {
            Log.Warn(warning, null, null, null);
        }

        var aws = AwsLookups.For(settings.Network);
        var prefix = settings.Names.Prefix;
        var authToken = settings.Cache.AuthToken is { } token ? Output.CreateSecret(token.Reveal()) : null;

        var network = new Network($"{prefix}-network", new NetworkArgs(
            settings.Network, settings.Security, settings.Client.Enabled, aws.ZoneNames, aws.Region, settings.Tags, aws.Partition));

        var access = settings.Access.Mode == AccessMode.Rbac
            ? new CacheAccess($"{prefix}-access", new CacheAccessArgs(settings.Access, settings.Tags))
            : null;
        var monitoring = new CacheMonitoring($"{prefix}-monitoring", new CacheMonitoringArgs(settings.Monitoring, aws.Region, settings.Tags));

        // The cache waits for the network's checks: in an existing VPC a subnet outside it, or
        // subnets in one zone, fail the run before any cache resource is registered.
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
            settings.Network.SubnetGroupName), new ComponentResourceOptions { DependsOn = { network.CacheSubnetIds.Apply(_ => (Resource)network) } });
        monitoring.WatchNodes(cache.MemberClusters);

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

        foreach (var (outputName, value) in AccessOutputs.For(settings.Access, cache.PrimaryEndpoint, settings.Cache.Port, settings.Cache.TransitEncryption))
        {
            outputs[outputName] = value;
        }

        outputs[StackOutputNames.AlarmTopicArn] = monitoring.TopicArn;
        if (monitoring.DashboardUrl is not null)
        {
            outputs[StackOutputNames.DashboardUrl] = monitoring.DashboardUrl;
        }

        var cost = settings.Cost;
        outputs[StackOutputNames.EstimatedMonthlyCostUsd] = (double)cost.MonthlyUsd;
        outputs[StackOutputNames.CostBreakdown] = cost.Breakdown.ToDictionary(item => item.Key, item => (double)item.Value);

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
                Output.CreateSecret(SmokeCheckInput.Json(settings.Cache.Replicas, settings.Access)),
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
