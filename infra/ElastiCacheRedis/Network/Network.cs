using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The network: a VPC the stack creates (<see cref="CreatedVpc"/>) or the team's existing one
/// (<see cref="ExistingVpc"/>), then, the same for both, the stack's security groups with one
/// ingress and one egress rule per allowed flow, one cache-port ingress rule per admitted outside
/// source, and the SSM interface endpoints when the stack creates them.
/// </summary>
internal sealed class Network : ComponentResource
{
    public const string TypeToken = "elasticache-redis:network:Network";

    /// <summary>The SSM services the client's agent talks to; each gets an interface endpoint.</summary>
    public static readonly IReadOnlyList<string> SsmEndpointServices = ["ssm", "ssmmessages", "ec2messages"];

    public Output<string> VpcId { get; }

    public Output<string> VpcCidrBlock { get; }

    /// <summary>The cache subnets; with an existing VPC, only once they have been checked (a wrong one fails the run).</summary>
    public Output<ImmutableArray<string>> CacheSubnetIds { get; }

    /// <summary>Zone names by zone index, for the cache's preferred zones.</summary>
    public Output<ImmutableArray<string>> ZoneNames { get; }

    /// <summary>The client instance's subnet (the interface endpoints live there too); null without the client in an existing VPC.</summary>
    public Output<string>? ClientInstanceSubnetId { get; }

    /// <summary>The created VPC's route table, for peering or Transit Gateway routes; null with an existing VPC.</summary>
    public Output<string>? PrivateRouteTableId { get; }

    /// <summary>The security group ids by role (the client's and the endpoints' only when the client is enabled).</summary>
    public IReadOnlyDictionary<SecurityGroupRole, Output<string>> SecurityGroupIds { get; }

    public Network(string name, NetworkArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var layout = args.Settings.ExistingVpc is { } existing
            ? ExistingVpc.Lookup(existing)
            : CreatedVpc.Declare(this, name, args);

        var groups = CreateSecurityGroups(name, args, layout.VpcId);
        var rules = new SecurityGroupRules(this, name, args.Tags);
        rules.Flows(args.Security, groups);
        rules.ExternalIngress(args.Security, groups[SecurityGroupRole.Cache]);
        if (args.ClientEnabled)
        {
            rules.ClientEgressOutOfTheStack(args.Security, groups[SecurityGroupRole.Client], layout.S3PrefixListId);
        }

        if (args.Settings.CreateSsmEndpoints && layout.ClientSubnetId is { } endpointSubnet)
        {
            CreateSsmEndpoints(name, args, layout.VpcId, endpointSubnet, groups[SecurityGroupRole.Endpoints]);
        }

        VpcId = layout.VpcId;
        VpcCidrBlock = layout.VpcCidrBlock;
        CacheSubnetIds = layout.CacheSubnetIds;
        ZoneNames = layout.ZoneNames;
        ClientInstanceSubnetId = layout.ClientSubnetId;
        PrivateRouteTableId = layout.PrivateRouteTableId;
        SecurityGroupIds = groups.ToDictionary(entry => entry.Key, entry => entry.Value.Id);

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["vpcId"] = VpcId,
            ["vpcCidrBlock"] = VpcCidrBlock,
            ["cacheSubnetIds"] = CacheSubnetIds,
        });
    }

    // Session Manager without internet access. Interface endpoints bill per zone, and only the
    // client uses them, so they live in the client's subnet only.
    private void CreateSsmEndpoints(string name, NetworkArgs args, Output<string> vpcId, Output<string> subnetId, Aws.Ec2.SecurityGroup group)
    {
        foreach (var service in SsmEndpointServices)
        {
            _ = new Aws.Ec2.VpcEndpoint($"{name}-{service}", new Aws.Ec2.VpcEndpointArgs
            {
                VpcId = vpcId,
                ServiceName = args.Region.Apply(region => $"com.amazonaws.{region}.{service}"),
                VpcEndpointType = "Interface",
                PrivateDnsEnabled = true,
                SubnetIds = { subnetId },
                SecurityGroupIds = { group.Id },
                Tags = ResourceTags.For(args.Tags, $"{name}-{service}"),
            }, new CustomResourceOptions { Parent = this });
        }
    }

    // The groups carry no inline rules. Per the provider's SecurityGroup docs, mixing inline
    // `ingress`/`egress` (even an empty list) with separate rule resources causes conflicts and
    // perpetual diffs; and "when creating a new Security Group inside a VPC, this provider will
    // remove [AWS's default ALLOW ALL egress] rule". So each group allows exactly what the rule
    // resources say, egress included.
    private Dictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup> CreateSecurityGroups(string name, NetworkArgs args, Output<string> vpcId)
    {
        var roles = new List<SecurityGroupRole> { SecurityGroupRole.Cache };
        if (args.ClientEnabled)
        {
            roles.Add(SecurityGroupRole.Client);
            if (args.Settings.CreateSsmEndpoints)
            {
                roles.Add(SecurityGroupRole.Endpoints);
            }
        }

        var groups = new Dictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup>();
        foreach (var role in roles)
        {
            var groupName = $"{name}-{SecurityGroupNames.Slug(role)}";
            groups[role] = new Aws.Ec2.SecurityGroup(groupName, new Aws.Ec2.SecurityGroupArgs
            {
                VpcId = vpcId,
                Description = SecurityGroupNames.Description(role),
                Tags = ResourceTags.For(args.Tags, groupName),
            }, new CustomResourceOptions { Parent = this });
        }

        return groups;
    }
}
