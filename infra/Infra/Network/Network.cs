using System.Collections.Immutable;
using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Infra;

/// <summary>
/// The VPC: private subnets per zone (no internet or NAT gateway), one private route table, the S3
/// gateway endpoint, the SSM interface endpoints, the stack's security groups and one ingress and
/// one egress rule per allowed flow between them.
/// </summary>
internal sealed class Network : ComponentResource
{
    public const string TypeToken = "elasticache-redis:network:Network";

    /// <summary>The SSM services the client's agent talks to; each gets an interface endpoint.</summary>
    public static readonly IReadOnlyList<string> SsmEndpointServices = ["ssm", "ssmmessages", "ec2messages"];

    public Output<string> VpcId { get; }

    public Output<ImmutableArray<string>> CacheSubnetIds { get; }

    public Output<ImmutableArray<string>> ClientSubnetIds { get; }

    /// <summary>The client subnet of <see cref="NetworkSettings.ClientZoneIndex"/>: the instance and the interface endpoints live there.</summary>
    public Output<string> ClientInstanceSubnetId { get; }

    /// <summary>The security group ids by role (the client's and the endpoints' only when the client is enabled).</summary>
    public IReadOnlyDictionary<SecurityGroupRole, Output<string>> SecurityGroupIds { get; }

    public Network(string name, NetworkArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var childOptions = new CustomResourceOptions { Parent = this };

        var vpc = new Aws.Ec2.Vpc($"{name}-vpc", new Aws.Ec2.VpcArgs
        {
            CidrBlock = args.Settings.VpcCidr,
            // Private DNS of the interface endpoints needs both.
            EnableDnsSupport = true,
            EnableDnsHostnames = true,
            Tags = ResourceTags.For(args.Tags, $"{name}-vpc"),
        }, childOptions);

        // One table for every subnet: only the VPC-local route and the S3 endpoint's route. No
        // internet gateway and no NAT gateway exist, so nothing routes to or from the internet.
        var routeTable = new Aws.Ec2.RouteTable($"{name}-private", new Aws.Ec2.RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = ResourceTags.For(args.Tags, $"{name}-private"),
        }, childOptions);

        var cacheSubnets = new List<Aws.Ec2.Subnet>();
        var clientSubnets = new Dictionary<int, Aws.Ec2.Subnet>();
        foreach (var zone in args.Settings.Subnets)
        {
            var zoneName = args.ZoneNames.Apply(names => AwsLookups.ZoneAt(names, zone.ZoneIndex));
            cacheSubnets.Add(PrivateSubnet($"{name}-cache-{zone.ZoneIndex}", zone.CacheSubnetCidr, zoneName, vpc, routeTable, args.Tags));
            clientSubnets[zone.ZoneIndex] = PrivateSubnet($"{name}-client-{zone.ZoneIndex}", zone.ClientSubnetCidr, zoneName, vpc, routeTable, args.Tags);
        }

        // The client installs packages from the Amazon Linux repositories, hosted on S3. A gateway
        // endpoint costs nothing and adds a route to S3's prefix list to the route table.
        var s3Endpoint = new Aws.Ec2.VpcEndpoint($"{name}-s3", new Aws.Ec2.VpcEndpointArgs
        {
            VpcId = vpc.Id,
            ServiceName = args.Region.Apply(region => $"com.amazonaws.{region}.s3"),
            VpcEndpointType = "Gateway",
            RouteTableIds = { routeTable.Id },
            Tags = ResourceTags.For(args.Tags, $"{name}-s3"),
        }, childOptions);

        var groups = CreateSecurityGroups(name, args, vpc);
        CreateFlowRules(name, args, groups);

        var clientSubnet = clientSubnets[args.Settings.ClientZoneIndex];
        if (args.ClientEnabled)
        {
            // HTTPS to S3 (package repositories) through the gateway endpoint: the only egress of
            // the client that does not go to another group of the stack.
            _ = new Aws.Vpc.SecurityGroupEgressRule($"{name}-client-to-s3-443-out", new Aws.Vpc.SecurityGroupEgressRuleArgs
            {
                SecurityGroupId = groups[SecurityGroupRole.Client].Id,
                PrefixListId = s3Endpoint.PrefixListId,
                IpProtocol = "tcp",
                FromPort = 443,
                ToPort = 443,
                Description = "HTTPS to Amazon S3 through the gateway endpoint (Amazon Linux repositories)",
                Tags = ResourceTags.For(args.Tags, $"{name}-client-to-s3-443-out"),
            }, childOptions);

            // Session Manager without internet access. Interface endpoints bill per zone, and only
            // the client uses them, so they live in the client's zone only.
            foreach (var service in SsmEndpointServices)
            {
                _ = new Aws.Ec2.VpcEndpoint($"{name}-{service}", new Aws.Ec2.VpcEndpointArgs
                {
                    VpcId = vpc.Id,
                    ServiceName = args.Region.Apply(region => $"com.amazonaws.{region}.{service}"),
                    VpcEndpointType = "Interface",
                    PrivateDnsEnabled = true,
                    SubnetIds = { clientSubnet.Id },
                    SecurityGroupIds = { groups[SecurityGroupRole.Endpoints].Id },
                    Tags = ResourceTags.For(args.Tags, $"{name}-{service}"),
                }, childOptions);
            }
        }

        VpcId = vpc.Id;
        CacheSubnetIds = Output.All(cacheSubnets.Select(subnet => subnet.Id));
        ClientSubnetIds = Output.All(clientSubnets.OrderBy(entry => entry.Key).Select(entry => entry.Value.Id));
        ClientInstanceSubnetId = clientSubnet.Id;
        SecurityGroupIds = groups.ToDictionary(entry => entry.Key, entry => entry.Value.Id);

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["vpcId"] = VpcId,
            ["cacheSubnetIds"] = CacheSubnetIds,
            ["clientSubnetIds"] = ClientSubnetIds,
        });
    }

    private Aws.Ec2.Subnet PrivateSubnet(
        string subnetName, string cidr, Output<string> zoneName, Aws.Ec2.Vpc vpc, Aws.Ec2.RouteTable routeTable,
        IReadOnlyDictionary<string, string> tags)
    {
        var subnet = new Aws.Ec2.Subnet(subnetName, new Aws.Ec2.SubnetArgs
        {
            VpcId = vpc.Id,
            CidrBlock = cidr,
            AvailabilityZone = zoneName,
            MapPublicIpOnLaunch = false,
            Tags = ResourceTags.For(tags, subnetName),
        }, new CustomResourceOptions { Parent = this });

        _ = new Aws.Ec2.RouteTableAssociation($"{subnetName}-private", new Aws.Ec2.RouteTableAssociationArgs
        {
            SubnetId = subnet.Id,
            RouteTableId = routeTable.Id,
        }, new CustomResourceOptions { Parent = this });
        return subnet;
    }

    // The groups carry no inline rules. Per the provider's SecurityGroup docs, mixing inline
    // `ingress`/`egress` (even an empty list) with separate rule resources causes conflicts and
    // perpetual diffs; and "when creating a new Security Group inside a VPC, this provider will
    // remove [AWS's default ALLOW ALL egress] rule". So each group allows exactly what the rule
    // resources below say, egress included.
    private Dictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup> CreateSecurityGroups(
        string name, NetworkArgs args, Aws.Ec2.Vpc vpc)
    {
        var roles = args.ClientEnabled
            ? new[] { SecurityGroupRole.Cache, SecurityGroupRole.Client, SecurityGroupRole.Endpoints }
            : new[] { SecurityGroupRole.Cache };
        var groups = new Dictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup>();
        foreach (var role in roles)
        {
            var groupName = $"{name}-{SecurityGroupNames.Slug(role)}";
            groups[role] = new Aws.Ec2.SecurityGroup(groupName, new Aws.Ec2.SecurityGroupArgs
            {
                VpcId = vpc.Id,
                Description = SecurityGroupNames.Description(role),
                Tags = ResourceTags.For(args.Tags, groupName),
            }, new CustomResourceOptions { Parent = this });
        }

        return groups;
    }

    // One ingress rule on the target's group and one egress rule on the source's group per flow,
    // each referring to the other group (never a CIDR). Separate rule resources let the cache's
    // group refer to the client's and the client's to the cache's without a dependency cycle.
    // Flows of the client exist only when the client does.
    private void CreateFlowRules(
        string name, NetworkArgs args, Dictionary<SecurityGroupRole, Aws.Ec2.SecurityGroup> groups)
    {
        foreach (var flow in args.Security.Flows)
        {
            if (!groups.TryGetValue(flow.Source, out var source) || !groups.TryGetValue(flow.Target, out var target))
            {
                continue;
            }

            var flowName = $"{name}-{SecurityGroupNames.Slug(flow.Source)}-to-{SecurityGroupNames.Slug(flow.Target)}-{flow.Port}";
            _ = new Aws.Vpc.SecurityGroupIngressRule($"{flowName}-in", new Aws.Vpc.SecurityGroupIngressRuleArgs
            {
                SecurityGroupId = target.Id,
                ReferencedSecurityGroupId = source.Id,
                IpProtocol = "tcp",
                FromPort = flow.Port,
                ToPort = flow.Port,
                Description = flow.Description,
                Tags = ResourceTags.For(args.Tags, $"{flowName}-in"),
            }, new CustomResourceOptions { Parent = this });

            _ = new Aws.Vpc.SecurityGroupEgressRule($"{flowName}-out", new Aws.Vpc.SecurityGroupEgressRuleArgs
            {
                SecurityGroupId = source.Id,
                ReferencedSecurityGroupId = target.Id,
                IpProtocol = "tcp",
                FromPort = flow.Port,
                ToPort = flow.Port,
                Description = flow.Description,
                Tags = ResourceTags.For(args.Tags, $"{flowName}-out"),
            }, new CustomResourceOptions { Parent = this });
        }
    }
}
