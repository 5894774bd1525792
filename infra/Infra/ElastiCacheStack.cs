using System.Collections.Immutable;
using ElastiCacheRedis;
using Infra.Settings;
using Pulumi;

namespace Infra;

/// <summary>
/// The whole program, a thin consumer of the package: validated config → <see cref="CacheArgs"/> →
/// one <see cref="Cache"/> → the stack outputs, under the names and in the shapes the smoke test
/// and application stacks read (StackOutputNames). <c>Program.cs</c> runs it; the unit tests run it
/// with Pulumi's mocks.
/// </summary>
internal static class ElastiCacheStack
{
    public static IDictionary<string, object?> Define()
    {
        // Invalid config throws here, before any resource or invoke is declared.
        var config = StackConfigReader.Read();
        var settings = config.Settings;

        // Named after the stack's prefix (a valid id, so the component keeps it): the children keep
        // their logical names ({prefix}-network, ...) and the AWS names stay as they are.
        var cache = new Cache(settings.Names.Prefix, CacheInputs.FromConfig(config.Values, DeferredValue.SecretKeys));

        // Decisions come from the validated config as plain values (as the stack always exported
        // them); what AWS computes comes from the component.
        var outputs = new Dictionary<string, object?>
        {
            [StackOutputNames.PrimaryEndpoint] = cache.PrimaryEndpoint,
            [StackOutputNames.ReaderEndpoint] = cache.ReaderEndpoint,
            [StackOutputNames.Port] = settings.Cache.Port,
            [StackOutputNames.TransitEncryption] = settings.Cache.TransitEncryption,
            [StackOutputNames.ReplicationGroupId] = cache.ReplicationGroupId,
            [StackOutputNames.VpcId] = cache.VpcId,
            [StackOutputNames.Region] = cache.Region,
            [StackOutputNames.Engine] = settings.Cache.EngineName,
            [StackOutputNames.EngineVersion] = settings.Cache.EngineVersion,
            [StackOutputNames.AuthMode] = settings.Access.ModeName,
            [StackOutputNames.AlarmTopicArn] = cache.AlarmTopicArn,
            [StackOutputNames.EstimatedMonthlyCostUsd] = (double)settings.Cost.MonthlyUsd,
            [StackOutputNames.CostBreakdown] = settings.Cost.Breakdown.ToDictionary(item => item.Key, item => (double)item.Value),
            [StackOutputNames.CacheSecurityGroupId] = cache.CacheSecurityGroupId,
            [StackOutputNames.VpcCidrBlock] = cache.VpcCidrBlock,
            [StackOutputNames.CacheSubnetIds] = cache.CacheSubnetIds.Apply(ids => ids.ToImmutableArray()),
            [StackOutputNames.Replicas] = settings.Cache.Replicas,
            [StackOutputNames.PrimaryEndpointUrl] = cache.PrimaryEndpointUrl,
            [StackOutputNames.ReaderEndpointUrl] = cache.ReaderEndpointUrl,
        };

        // Optional outputs appear exactly when the settings say the stack has them.
        if (settings.Cache.AuthEnabled)
        {
            outputs[StackOutputNames.AuthToken] = Present(cache.AuthToken);
            outputs[StackOutputNames.ConnectionString] = Present(cache.ConnectionString);
            outputs[StackOutputNames.ReaderConnectionString] = Present(cache.ReaderConnectionString);
        }

        if (settings.Access.Mode == AccessMode.Rbac)
        {
            outputs[StackOutputNames.Users] = AccessOutputShapes.Users(settings.Access).ToImmutableDictionary(
                user => user.Key,
                user => (object)user.Value.ToImmutableDictionary());
            outputs[StackOutputNames.UserPasswords] = cache.UserPasswords.Apply(values => ToImmutable(values));
            outputs[StackOutputNames.ConnectionStrings] = cache.ConnectionStrings.Apply(values => ToImmutable(values));
        }

        if (settings.Monitoring.Dashboard)
        {
            outputs[StackOutputNames.DashboardUrl] = Present(cache.DashboardUrl);
        }

        if (settings.Network.CreatesVpc)
        {
            outputs[StackOutputNames.PrivateRouteTableId] = Present(cache.PrivateRouteTableId);
        }

        if (settings.Network.Dns is not null)
        {
            outputs[StackOutputNames.PrimaryDnsName] = Present(cache.PrimaryDnsName);
            outputs[StackOutputNames.ReaderDnsName] = Present(cache.ReaderDnsName);
        }

        if (settings.Client.Enabled)
        {
            outputs[StackOutputNames.ClientInstanceId] = Present(cache.ClientInstanceId);
        }

        if (settings.Verification.VerifyOnUp)
        {
            outputs[StackOutputNames.Verification] = Present(cache.Verification);
        }

        return outputs;
    }

    // The settings say the value exists; the component's optional outputs are typed nullable.
    private static Output<string> Present(Output<string?> value) =>
        value.Apply(text => text ?? throw new InvalidOperationException("The Cache left out an output its settings promise."));

    // Secrecy is kept: Apply on a secret output gives a secret output.
    private static ImmutableDictionary<string, string> ToImmutable(Dictionary<string, string>? values) =>
        values?.ToImmutableDictionary() ?? ImmutableDictionary<string, string>.Empty;
}
