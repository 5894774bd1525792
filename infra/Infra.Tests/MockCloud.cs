using System.Collections.Immutable;
using Moq;
using Pulumi.Testing;

namespace Infra.Tests;

/// <summary>
/// The fake AWS behind Pulumi's mocks: records every registration and invoke, answers the six
/// invokes the program makes, computes the few outputs other resources read, and throws on any
/// resource type or invoke the program is not expected to use.
/// </summary>
internal sealed class MockCloud
{
    public const string Region = "us-east-1";
    public const string AmiId = "ami-0123456789abcdef0";
    public const string InstanceId = "i-0123456789abcdef0";
    public const string S3PrefixListId = "pl-63a5400a";
    public const string AccountId = "123456789012";
    public const string ExistingVpcId = "vpc-0123456789abcdef0";
    public const string ExistingVpcCidr = "10.80.0.0/16";
    public const string HostedZoneDomain = "cache.internal";
    public const string SmokeReport = """{"passed":true,"checks":["set-get","replication","readonly"]}""";

    public static readonly IReadOnlyList<string> ZoneNames =
        ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"];

    private readonly List<Registration> _registrations = [];

    /// <summary>
    /// The member clusters the replication group reports (DescribeReplicationGroups MemberClusters, in
    /// AWS's order); null reports none, as before creation. A test sets it to what AWS returns after a
    /// replica change, e.g. <c>-001</c> and <c>-003</c> once a decrease removed <c>-002</c>.
    /// </summary>
    public IReadOnlyList<string>? ReportedMemberClusters { get; init; }
    private readonly List<(string Token, ImmutableDictionary<string, object> Args)> _calls = [];

    public IReadOnlyList<Registration> Registrations
    {
        get
        {
            lock (_registrations)
            {
                return _registrations.ToList();
            }
        }
    }

    public IReadOnlyList<(string Token, ImmutableDictionary<string, object> Args)> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    public static string TopicArnOf(string topicName) => $"arn:aws:sns:{Region}:{AccountId}:{topicName}";
    /// <summary>The existing subnets the mock knows, by id: the VPC and zone each is in. Tests add their own.</summary>
    public Dictionary<string, (string VpcId, string Zone)> Subnets { get; } = new(StringComparer.Ordinal)
    {
        ["subnet-0123456789abcdef0"] = (ExistingVpcId, "us-east-1a"),
        ["subnet-0123456789abcdef1"] = (ExistingVpcId, "us-east-1b"),
        ["subnet-0123456789abcdef2"] = (ExistingVpcId, "us-east-1a"),
        ["subnet-0fedcba987654321f"] = ("vpc-0fedcba987654321f", "us-east-1c"),
    };

    public static string PrimaryEndpointOf(string replicationGroupId) => $"master.{replicationGroupId}.abc123.use1.cache.amazonaws.com";

    public static string ReaderEndpointOf(string replicationGroupId) => $"replica.{replicationGroupId}.abc123.use1.cache.amazonaws.com";

    public Mock<IMocks> CreateMocks()
    {
        var mocks = new Mock<IMocks>(MockBehavior.Strict);
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>()))
            .Returns((MockResourceArgs args) => Task.FromResult(NewResource(args)));
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>()))
            .Returns((MockCallArgs args) => Task.FromResult(Call(args)));
        mocks.Setup(m => m.RegisterResourceOutputs(It.IsAny<MockRegisterResourceOutputsRequest>()))
            .Returns(Task.CompletedTask);
        return mocks;
    }

    private (string? Id, object State) NewResource(MockResourceArgs args)
    {
        var type = args.Type ?? "";
        var name = args.Name ?? "";
        if (!ResourceTypes.Known.Contains(type))
        {
            throw new InvalidOperationException($"Unexpected resource type '{type}' (name '{name}').");
        }

        var inputs = args.Inputs ?? ImmutableDictionary<string, object>.Empty;
        var id = ResourceTypes.Components.Contains(type) ? null
            : type == ResourceTypes.Instance ? InstanceId
            : $"{name}-id";
        lock (_registrations)
        {
            _registrations.Add(new Registration(_registrations.Count, type, name, id, inputs));
        }

        var state = inputs.ToBuilder();
        switch (type)
        {
            case ResourceTypes.VpcEndpoint when inputs.TryGetValue("vpcEndpointType", out var endpointType) && (string)endpointType == "Gateway":
                state["prefixListId"] = S3PrefixListId;
                break;
            case ResourceTypes.SubnetGroup or ResourceTypes.InstanceProfile when !inputs.ContainsKey("name"):
                // What Pulumi's auto-naming would produce.
                state["name"] = $"{name}-1a2b3c4";
                break;
            case ResourceTypes.Vpc:
                state["ownerId"] = AccountId;
                break;
            case ResourceTypes.LogGroup:
                state["arn"] = $"arn:aws:logs:{Region}:{AccountId}:log-group:{inputs["name"]}";
                break;
            case ResourceTypes.Role:
                state["arn"] = $"arn:aws:iam::{AccountId}:role/{name}";
                if (!inputs.ContainsKey("name"))
                {
                    state["name"] = $"{name}-1a2b3c4";
                }

                break;
            case ResourceTypes.DnsRecord:
                state["fqdn"] = $"{inputs["name"]}.{HostedZoneDomain}";
                break;
            case ResourceTypes.ReplicationGroup:
                state["primaryEndpointAddress"] = PrimaryEndpointOf((string)inputs["replicationGroupId"]);
                state["readerEndpointAddress"] = ReaderEndpointOf((string)inputs["replicationGroupId"]);
                if (ReportedMemberClusters is { } members)
                {
                    state["memberClusters"] = members.ToImmutableArray();
                }

                break;
            case ResourceTypes.Topic:
                // What Pulumi's auto-naming and SNS would produce.
                state["name"] = $"{name}-1a2b3c4";
                state["arn"] = TopicArnOf($"{name}-1a2b3c4");
                break;
            case ResourceTypes.Command:
                state["stdout"] = SmokeReport;
                state["stderr"] = "";
                break;
        }

        return (id, state.ToImmutable());
    }

    private object Call(MockCallArgs args)
    {
        var token = args.Token ?? "";
        var callArgs = args.Args ?? ImmutableDictionary<string, object>.Empty;
        lock (_calls)
        {
            _calls.Add((token, callArgs));
        }

        // Every field of each result type is answered, so no [OutputConstructor] parameter is missing.
        return token switch
        {
            "aws:index/getAvailabilityZones:getAvailabilityZones" => new Dictionary<string, object>
            {
                ["id"] = Region,
                ["names"] = ZoneNames.ToImmutableArray(),
                ["zoneIds"] = ZoneNames.Select((_, index) => $"use1-az{index + 1}").ToImmutableArray(),
                ["groupNames"] = ImmutableArray.Create(Region),
                ["excludeNames"] = ImmutableArray<string>.Empty,
                ["excludeZoneIds"] = ImmutableArray<string>.Empty,
                ["filters"] = ImmutableArray<object>.Empty,
                ["allAvailabilityZones"] = false,
                ["state"] = "available",
                ["region"] = Region,
            },
            "aws:index/getRegion:getRegion" => new Dictionary<string, object>
            {
                ["id"] = Region,
                ["region"] = Region,
                ["name"] = Region,
                ["description"] = "US East (N. Virginia)",
                ["endpoint"] = $"ec2.{Region}.amazonaws.com",
            },
            "aws:index/getPartition:getPartition" => new Dictionary<string, object>
            {
                ["id"] = "aws",
                ["partition"] = "aws",
                ["dnsSuffix"] = "amazonaws.com",
                ["reverseDnsPrefix"] = "com.amazonaws",
            },
            "aws:ssm/getParameter:getParameter" => new Dictionary<string, object>
            {
                ["id"] = (string)callArgs["name"],
                ["name"] = (string)callArgs["name"],
                ["arn"] = $"arn:aws:ssm:{Region}::parameter{callArgs["name"]}",
                ["type"] = "String",
                ["value"] = AmiId,
                ["insecureValue"] = AmiId,
                ["version"] = 1,
                ["withDecryption"] = true,
                ["region"] = Region,
            },
            "aws:ec2/getSubnet:getSubnet" => SubnetResult((string)callArgs["id"]),
            "aws:ec2/getVpc:getVpc" => new Dictionary<string, object>
            {
                ["arn"] = $"arn:aws:ec2:{Region}:{AccountId}:vpc/{callArgs["id"]}",
                ["cidrBlock"] = ExistingVpcCidr,
                ["cidrBlockAssociations"] = ImmutableArray<object>.Empty,
                ["default"] = false,
                ["dhcpOptionsId"] = "dopt-0123456789abcdef0",
                ["enableDnsHostnames"] = true,
                ["enableDnsSupport"] = true,
                ["enableNetworkAddressUsageMetrics"] = false,
                ["filters"] = ImmutableArray<object>.Empty,
                ["id"] = (string)callArgs["id"],
                ["instanceTenancy"] = "default",
                ["ipv6AssociationId"] = "",
                ["ipv6CidrBlock"] = "",
                ["mainRouteTableId"] = "rtb-0123456789abcdef0",
                ["ownerId"] = AccountId,
                ["region"] = Region,
                ["state"] = "available",
                ["tags"] = ImmutableDictionary<string, object>.Empty,
            },
            _ => throw new InvalidOperationException($"Unexpected invoke '{token}'."),
        };
    }

    private Dictionary<string, object> SubnetResult(string id)
    {
        if (!Subnets.TryGetValue(id, out var subnet))
        {
            throw new InvalidOperationException($"no matching EC2 Subnet found ({id})");
        }

        return new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:ec2:{Region}:{AccountId}:subnet/{id}",
            ["assignIpv6AddressOnCreation"] = false,
            ["availabilityZone"] = subnet.Zone,
            ["availabilityZoneId"] = $"use1-az{subnet.Zone[^1] - 'a' + 1}",
            ["availableIpAddressCount"] = 250,
            ["cidrBlock"] = "10.80.0.0/24",
            ["customerOwnedIpv4Pool"] = "",
            ["defaultForAz"] = false,
            ["enableDns64"] = false,
            ["enableLniAtDeviceIndex"] = 0,
            ["enableResourceNameDnsARecordOnLaunch"] = false,
            ["enableResourceNameDnsAaaaRecordOnLaunch"] = false,
            ["filters"] = ImmutableArray<object>.Empty,
            ["id"] = id,
            ["ipv6CidrBlock"] = "",
            ["ipv6CidrBlockAssociationId"] = "",
            ["ipv6Native"] = false,
            ["mapCustomerOwnedIpOnLaunch"] = false,
            ["mapPublicIpOnLaunch"] = false,
            ["outpostArn"] = "",
            ["ownerId"] = AccountId,
            ["privateDnsHostnameTypeOnLaunch"] = "ip-name",
            ["region"] = Region,
            ["state"] = "available",
            ["tags"] = ImmutableDictionary<string, object>.Empty,
            ["vpcId"] = subnet.VpcId,
        };
    }
}
