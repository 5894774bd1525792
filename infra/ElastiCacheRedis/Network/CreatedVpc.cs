using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// The VPC the stack creates: private subnets per zone (no internet or NAT gateway), one private
/// route table, the S3 gateway endpoint with a policy limited to the client's buckets, the default
/// security group emptied, and flow logs. Children of the <see cref="Network"/> component.
/// </summary>
internal static class CreatedVpc
{
    public static VpcLayout Declare(Network parent, string name, NetworkArgs args)
    {
        var options = new CustomResourceOptions { Parent = parent };
        var vpc = new Aws.Ec2.Vpc($"{name}-vpc", new Aws.Ec2.VpcArgs
        {
            CidrBlock = args.Settings.VpcCidr,
            // Private DNS of the interface endpoints needs both.
            EnableDnsSupport = true,
            EnableDnsHostnames = true,
            Tags = ResourceTags.For(args.Tags, $"{name}-vpc"),
        }, options);

        // AWS FSBP EC2.2: the default security group allows nothing. The provider adopts the VPC's
        // default group and removes all of its rules when none are declared (aws_default_security_group docs).
        _ = new Aws.Ec2.DefaultSecurityGroup($"{name}-default-sg", new Aws.Ec2.DefaultSecurityGroupArgs
        {
            VpcId = vpc.Id,
            Tags = ResourceTags.For(args.Tags, $"{name}-default-sg"),
        }, options);

        if (args.Settings.FlowLogs is { } flowLogs)
        {
            VpcFlowLogs.Declare(parent, name, flowLogs, vpc, args);
        }

        // One table for every subnet: only the VPC-local route and the S3 endpoint's route. No
        // internet gateway and no NAT gateway exist, so nothing routes to or from the internet.
        var routeTable = new Aws.Ec2.RouteTable($"{name}-private", new Aws.Ec2.RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = ResourceTags.For(args.Tags, $"{name}-private"),
        }, options);

        var cacheSubnets = new List<Aws.Ec2.Subnet>();
        var clientSubnets = new Dictionary<int, Aws.Ec2.Subnet>();
        foreach (var zone in args.Settings.Subnets)
        {
            var zoneName = args.ZoneNames.Apply(names => AwsLookups.ZoneAt(names, zone.ZoneIndex));
            cacheSubnets.Add(PrivateSubnet(parent, $"{name}-cache-{zone.ZoneIndex}", zone.CacheSubnetCidr, zoneName, vpc, routeTable, args.Tags));
            clientSubnets[zone.ZoneIndex] = PrivateSubnet(parent, $"{name}-client-{zone.ZoneIndex}", zone.ClientSubnetCidr, zoneName, vpc, routeTable, args.Tags);
        }

        // The client installs packages from the Amazon Linux repositories, hosted on S3. A gateway
        // endpoint costs nothing and adds a route to S3's prefix list to the route table. Its default
        // policy allows all of S3; ours allows only the buckets the client reads.
        var s3Endpoint = new Aws.Ec2.VpcEndpoint($"{name}-s3", new Aws.Ec2.VpcEndpointArgs
        {
            VpcId = vpc.Id,
            ServiceName = args.Region.Apply(region => $"com.amazonaws.{region}.s3"),
            VpcEndpointType = "Gateway",
            RouteTableIds = { routeTable.Id },
            Policy = Output.Tuple(args.Partition, args.Region)
                .Apply(values => NetworkPolicies.S3GatewayEndpointPolicy(values.Item1, values.Item2)),
            Tags = ResourceTags.For(args.Tags, $"{name}-s3"),
        }, options);

        return new VpcLayout(
            vpc.Id,
            vpc.CidrBlock,
            Output.All(cacheSubnets.Select(subnet => subnet.Id)),
            args.ZoneNames,
            clientSubnets[args.Settings.ClientZoneIndex].Id,
            routeTable.Id,
            s3Endpoint.PrefixListId);
    }

    private static Aws.Ec2.Subnet PrivateSubnet(
        Network parent, string subnetName, string cidr, Output<string> zoneName, Aws.Ec2.Vpc vpc, Aws.Ec2.RouteTable routeTable,
        IReadOnlyDictionary<string, string> tags)
    {
        var subnet = new Aws.Ec2.Subnet(subnetName, new Aws.Ec2.SubnetArgs
        {
            VpcId = vpc.Id,
            CidrBlock = cidr,
            AvailabilityZone = zoneName,
            MapPublicIpOnLaunch = false,
            Tags = ResourceTags.For(tags, subnetName),
        }, new CustomResourceOptions { Parent = parent });

        _ = new Aws.Ec2.RouteTableAssociation($"{subnetName}-private", new Aws.Ec2.RouteTableAssociationArgs
        {
            SubnetId = subnet.Id,
            RouteTableId = routeTable.Id,
        }, new CustomResourceOptions { Parent = parent });
        return subnet;
    }
}
