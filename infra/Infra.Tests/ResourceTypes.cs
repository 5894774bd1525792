namespace Infra.Tests;

// Type tokens as the Pulumi engine (and so the mocks) sees them; checked against the SDKs'
// [AwsResourceType]/[CommandResourceType] attributes and `pulumi import` docs.
internal static class ResourceTypes
{
    /// <summary>The package's public component; every area component is its child.</summary>
    public const string PackageComponent = Cache.TypeToken;
    public const string NetworkComponent = Network.TypeToken;
    public const string CacheComponent = CacheReplicationGroup.TypeToken;
    public const string ClientComponent = ClientCompute.TypeToken;
    public const string VerifyComponent = PostDeployCheck.TypeToken;
    public const string AccessComponent = CacheAccess.TypeToken;
    public const string MonitoringComponent = CacheMonitoring.TypeToken;
    public const string DnsComponent = EndpointDnsNames.TypeToken;

    public const string Vpc = "aws:ec2/vpc:Vpc";
    public const string Subnet = "aws:ec2/subnet:Subnet";
    public const string RouteTable = "aws:ec2/routeTable:RouteTable";
    public const string RouteTableAssociation = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    public const string VpcEndpoint = "aws:ec2/vpcEndpoint:VpcEndpoint";
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string IngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string EgressRule = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public const string SubnetGroup = "aws:elasticache/subnetGroup:SubnetGroup";
    public const string ParameterGroup = "aws:elasticache/parameterGroup:ParameterGroup";
    public const string ReplicationGroup = "aws:elasticache/replicationGroup:ReplicationGroup";
    public const string LogGroup = "aws:cloudwatch/logGroup:LogGroup";
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicyAttachment = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public const string InstanceProfile = "aws:iam/instanceProfile:InstanceProfile";
    public const string Instance = "aws:ec2/instance:Instance";
    public const string Command = "command:local:Command";
    public const string User = "aws:elasticache/user:User";
    public const string UserGroup = "aws:elasticache/userGroup:UserGroup";
    public const string Topic = "aws:sns/topic:Topic";
    public const string TopicPolicy = "aws:sns/topicPolicy:TopicPolicy";
    public const string TopicSubscription = "aws:sns/topicSubscription:TopicSubscription";
    public const string MetricAlarm = "aws:cloudwatch/metricAlarm:MetricAlarm";
    public const string Dashboard = "aws:cloudwatch/dashboard:Dashboard";
    public const string DefaultSecurityGroup = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    public const string FlowLog = "aws:ec2/flowLog:FlowLog";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string DnsRecord = "aws:route53/record:Record";

    public static readonly IReadOnlySet<string> Components = new HashSet<string>
    {
        PackageComponent,
        NetworkComponent, CacheComponent, ClientComponent, VerifyComponent,
        AccessComponent,
        MonitoringComponent,
        DnsComponent,
    };

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(Components)
    {
        Vpc, Subnet, RouteTable, RouteTableAssociation, VpcEndpoint, SecurityGroup, IngressRule, EgressRule,
        SubnetGroup, ParameterGroup, ReplicationGroup, LogGroup, Role, RolePolicyAttachment, InstanceProfile,
        Instance, Command,
        User, UserGroup,
        Topic, TopicPolicy, TopicSubscription, MetricAlarm, Dashboard,
        DefaultSecurityGroup, FlowLog, RolePolicy, DnsRecord,
    };

    /// <summary>The component each resource type belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> OwningComponent = new Dictionary<string, string>
    {
        [NetworkComponent] = PackageComponent,
        [CacheComponent] = PackageComponent,
        [ClientComponent] = PackageComponent,
        [VerifyComponent] = PackageComponent,
        [AccessComponent] = PackageComponent,
        [MonitoringComponent] = PackageComponent,
        [DnsComponent] = PackageComponent,
        [Vpc] = NetworkComponent,
        [Subnet] = NetworkComponent,
        [RouteTable] = NetworkComponent,
        [RouteTableAssociation] = NetworkComponent,
        [VpcEndpoint] = NetworkComponent,
        [SecurityGroup] = NetworkComponent,
        [IngressRule] = NetworkComponent,
        [EgressRule] = NetworkComponent,
        [SubnetGroup] = CacheComponent,
        [ParameterGroup] = CacheComponent,
        [ReplicationGroup] = CacheComponent,
        [LogGroup] = CacheComponent,
        [Role] = ClientComponent,
        [RolePolicyAttachment] = ClientComponent,
        [InstanceProfile] = ClientComponent,
        [Instance] = ClientComponent,
        [Command] = VerifyComponent,
        [User] = AccessComponent,
        [UserGroup] = AccessComponent,
        [Topic] = MonitoringComponent,
        [TopicPolicy] = MonitoringComponent,
        [TopicSubscription] = MonitoringComponent,
        [MetricAlarm] = MonitoringComponent,
        [Dashboard] = MonitoringComponent,
        [DefaultSecurityGroup] = NetworkComponent,
        [FlowLog] = NetworkComponent,
        [RolePolicy] = NetworkComponent,
        [DnsRecord] = DnsComponent,
    };

    /// <summary>Types another component owns too: the network's flow logs have a log group and a role of their own.</summary>
    public static readonly IReadOnlyDictionary<string, string> AlsoOwnedBy = new Dictionary<string, string>
    {
        [LogGroup] = NetworkComponent,
        [Role] = NetworkComponent,
    };

    /// <summary>The components a resource of <paramref name="type"/> may belong to.</summary>
    public static IReadOnlyList<string> OwnersOf(string type) =>
        AlsoOwnedBy.TryGetValue(type, out var other) ? [OwningComponent[type], other] : [OwningComponent[type]];

    /// <summary>AWS types that take tags (not: the two attachments, the topic policy and subscriptions, the dashboard, the inline role policy, the DNS records).</summary>
    public static readonly IReadOnlySet<string> Taggable = new HashSet<string>
    {
        Vpc, Subnet, RouteTable, VpcEndpoint, SecurityGroup, IngressRule, EgressRule, SubnetGroup, ParameterGroup,
        ReplicationGroup, LogGroup, Role, InstanceProfile, Instance,
        User, UserGroup,
        Topic, MetricAlarm,
        DefaultSecurityGroup, FlowLog,
    };
}
