using Infra.Settings;

namespace Infra.Tests;

public class InventoryTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Resources_PerType_MatchTheStackSettings(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));
        var settings = run.Settings;
        var client = settings.Client.Enabled;
        var zones = settings.Network.Subnets.Count;
        var flows = ActiveFlows(settings).Count;
        var monitoring = settings.Monitoring;
        var flowLogs = settings.Network.FlowLogs is null ? 0 : 1;

        var expected = new Dictionary<string, int>
        {
            [ResourceTypes.PackageComponent] = 1,
            [ResourceTypes.NetworkComponent] = 1,
            [ResourceTypes.CacheComponent] = 1,
            [ResourceTypes.ClientComponent] = client ? 1 : 0,
            [ResourceTypes.VerifyComponent] = client && settings.Verification.VerifyOnUp ? 1 : 0,
            [ResourceTypes.Vpc] = 1,
            [ResourceTypes.Subnet] = 2 * zones,
            [ResourceTypes.RouteTable] = 1,
            [ResourceTypes.RouteTableAssociation] = 2 * zones,
            [ResourceTypes.VpcEndpoint] = 1 + (client ? Network.SsmEndpointServices.Count : 0),
            [ResourceTypes.SecurityGroup] = client ? 3 : 1,
            [ResourceTypes.IngressRule] = flows,
            [ResourceTypes.EgressRule] = flows + (client ? 1 : 0),
            [ResourceTypes.SubnetGroup] = 1,
            [ResourceTypes.ParameterGroup] = 1,
            [ResourceTypes.ReplicationGroup] = 1,
            [ResourceTypes.LogGroup] = (settings.Cache.SlowLog ? 1 : 0) + (monitoring.EngineLog ? 1 : 0) + flowLogs,
            [ResourceTypes.Role] = (client ? 1 : 0) + flowLogs,
            [ResourceTypes.RolePolicyAttachment] = client ? 1 : 0,
            [ResourceTypes.InstanceProfile] = client ? 1 : 0,
            [ResourceTypes.Instance] = client ? 1 : 0,
            [ResourceTypes.Command] = client && settings.Verification.VerifyOnUp ? 1 : 0,
            [ResourceTypes.AccessComponent] = settings.Access.Mode == AccessMode.Rbac ? 1 : 0,
            [ResourceTypes.User] = settings.Access.Users.Count,
            [ResourceTypes.UserGroup] = settings.Access.Mode == AccessMode.Rbac ? 1 : 0,
            [ResourceTypes.MonitoringComponent] = 1,
            [ResourceTypes.Topic] = monitoring.CreatesTopic ? 1 : 0,
            [ResourceTypes.TopicPolicy] = monitoring.CreatesTopic ? 1 : 0,
            [ResourceTypes.TopicSubscription] = monitoring.AlarmEmails.Count,
            [ResourceTypes.MetricAlarm] = monitoring.Alarms.Count,
            [ResourceTypes.Dashboard] = monitoring.Dashboard ? 1 : 0,
            [ResourceTypes.DefaultSecurityGroup] = 1,
            [ResourceTypes.FlowLog] = flowLogs,
            [ResourceTypes.RolePolicy] = flowLogs,
            [ResourceTypes.DnsComponent] = settings.Network.Dns is null ? 0 : 1,
            [ResourceTypes.DnsRecord] = settings.Network.Dns is null ? 0 : 2,
        };
        var actual = ResourceTypes.Known.ToDictionary(type => type, type => run.OfType(type).Count);

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        Assert.All(run.Registrations, r => Assert.Contains(r.Type, ResourceTypes.Known));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task EveryResource_IsAChildOfItsComponent_AndNamedAfterIt(string stack)
    {
        var config = StackConfigs.FromStackFile(stack).With("clientEnabled", "true").With("verifyOnUp", "true");
        var run = await StackRun.RunAsync(stack, config);

        var declared = run.Declared.Where(d => ResourceTypes.Known.Contains(d.Type)).ToList();
        Assert.Equal(run.Registrations.Count, declared.Count);
        foreach (var resource in declared)
        {
            if (resource.Type == ResourceTypes.PackageComponent)
            {
                // The Cache hangs off the stack itself, named the stack's prefix; the area components are its children.
                Assert.Null(resource.Options.Parent);
                Assert.Equal(run.Settings.Names.Prefix, resource.Name);
                continue;
            }

            var parent = resource.Options.Parent;
            Assert.NotNull(parent);
            Assert.Contains(parent.GetResourceType(), ResourceTypes.OwnersOf(resource.Type));
            Assert.StartsWith(parent.GetResourceName() + "-", resource.Name, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task EveryTaggableResource_CarriesTheStackTags_AndAName(string stack)
    {
        var run = await StackRun.RunAsync(stack, StackConfigs.FromStackFile(stack));

        var taggable = run.Registrations.Where(r => ResourceTypes.Taggable.Contains(r.Type)).ToList();
        Assert.NotEmpty(taggable);
        foreach (var resource in taggable)
        {
            var tags = resource.TextFields("tags");
            foreach (var (key, value) in run.Settings.Tags.Where(tag => tag.Key != "Name"))
            {
                Assert.True(tags.TryGetValue(key, out var actual) && actual == value, $"{resource.Type} {resource.Name} lacks tag {key}={value}");
            }

            Assert.False(string.IsNullOrEmpty(tags.GetValueOrDefault("Name")), $"{resource.Type} {resource.Name} has no Name tag");
        }
    }

    /// <summary>The flows whose two security groups exist (the client's only when the client is enabled).</summary>
    internal static IReadOnlyList<AllowedFlow> ActiveFlows(StackSettings settings) =>
        settings.Security.Flows
            .Where(f => settings.Client.Enabled || (f.Source == SecurityGroupRole.Cache && f.Target == SecurityGroupRole.Cache))
            .ToList();
}
