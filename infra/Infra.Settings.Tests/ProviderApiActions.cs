namespace Infra.Settings.Tests;

/// <summary>
/// What the AWS provider (the Terraform AWS provider's code, which Pulumi.Aws runs) calls for each
/// resource type and invoke the program declares, in create, read, update, delete and tagging, plus
/// what AWS checks on the caller's behalf for that resource. The deploy-role policy must grant all
/// of it (DeployRolePolicyTests). Keyed by the Pulumi.Aws C# name (<c>Module.Type</c>); a type the
/// program starts to use fails the test until its row is added here, with its source.
/// </summary>
internal static class ProviderApiActions
{
    /// <summary>The provider's generated tagging of ElastiCache resources (internal/service/elasticache/tags_gen.go: listTags, updateTags; tag-on-create in each Create).</summary>
    private static readonly string[] ElastiCacheTags = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource", "elasticache:ListTagsForResource"];

    private static readonly string[] Ec2Tags = ["ec2:CreateTags", "ec2:DeleteTags"];

    public static IReadOnlyList<(string Type, string Source, string[] Actions)> Rows { get; } =
    [
        ("ElastiCache.ReplicationGroup",
            "internal/service/elasticache/replication_group.go: resourceReplicationGroupCreate (CreateReplicationGroup), Read (DescribeReplicationGroups, "
            + "DescribeCacheClusters), Update (ModifyReplicationGroup; increaseReplicationGroupReplicaCount: IncreaseReplicaCount; "
            + "decreaseReplicationGroupReplicaCount: DecreaseReplicaCount; waitReplicationGroupMemberClustersAvailable: DescribeCacheClusters), "
            + "Delete (DeleteReplicationGroup, with FinalSnapshotIdentifier: CreateSnapshot); log delivery and KMS: ElastiCache user guide "
            + "\"Log delivery\" and \"At-Rest Encryption\"; the service-linked role: \"Using Service-Linked Roles for Amazon ElastiCache\"",
            [
                "elasticache:CreateReplicationGroup", "elasticache:DescribeReplicationGroups", "elasticache:DescribeCacheClusters",
                "elasticache:ModifyReplicationGroup", "elasticache:IncreaseReplicaCount", "elasticache:DecreaseReplicaCount",
                "elasticache:DeleteReplicationGroup", "elasticache:CreateSnapshot", .. ElastiCacheTags,
                "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries",
                "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
                "kms:DescribeKey", "kms:CreateGrant", "iam:CreateServiceLinkedRole",
            ]),
        ("ElastiCache.ParameterGroup",
            "internal/service/elasticache/parameter_group.go: Create (CreateCacheParameterGroup), Read (DescribeCacheParameterGroups, DescribeCacheParameters), "
            + "Update (resourceResetParameterGroup: ResetCacheParameterGroup for a removed key; resourceModifyParameterGroup: ModifyCacheParameterGroup), "
            + "Delete (DeleteCacheParameterGroup)",
            [
                "elasticache:CreateCacheParameterGroup", "elasticache:DescribeCacheParameterGroups", "elasticache:DescribeCacheParameters",
                "elasticache:ModifyCacheParameterGroup", "elasticache:ResetCacheParameterGroup", "elasticache:DeleteCacheParameterGroup", .. ElastiCacheTags,
            ]),
        ("ElastiCache.SubnetGroup",
            "internal/service/elasticache/subnet_group.go: CreateCacheSubnetGroup, DescribeCacheSubnetGroups, ModifyCacheSubnetGroup, DeleteCacheSubnetGroup",
            [
                "elasticache:CreateCacheSubnetGroup", "elasticache:DescribeCacheSubnetGroups", "elasticache:ModifyCacheSubnetGroup",
                "elasticache:DeleteCacheSubnetGroup", .. ElastiCacheTags,
            ]),
        ("ElastiCache.User",
            "internal/service/elasticache/user.go: CreateUser, DescribeUsers, ModifyUser, DeleteUser",
            ["elasticache:CreateUser", "elasticache:DescribeUsers", "elasticache:ModifyUser", "elasticache:DeleteUser", .. ElastiCacheTags]),
        ("ElastiCache.UserGroup",
            "internal/service/elasticache/user_group.go: CreateUserGroup, DescribeUserGroups (waiters), ModifyUserGroup, DeleteUserGroup",
            ["elasticache:CreateUserGroup", "elasticache:DescribeUserGroups", "elasticache:ModifyUserGroup", "elasticache:DeleteUserGroup", .. ElastiCacheTags]),
        ("Ec2.Vpc",
            "internal/service/ec2/vpc_.go: resourceVPCCreate (CreateVpc, ModifyVpcAttribute), resourceVPCRead (DescribeVpcs, DescribeVpcAttribute, "
            + "findVPCDefaultNetworkACL: DescribeNetworkAcls, findVPCMainRouteTable: DescribeRouteTables, default security group: DescribeSecurityGroups), Delete (DeleteVpc)",
            [
                "ec2:CreateVpc", "ec2:ModifyVpcAttribute", "ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeNetworkAcls",
                "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DeleteVpc", .. Ec2Tags,
            ]),
        ("Ec2.Subnet", "internal/service/ec2/vpc_subnet.go", ["ec2:CreateSubnet", "ec2:DescribeSubnets", "ec2:ModifySubnetAttribute", "ec2:DeleteSubnet", .. Ec2Tags]),
        ("Ec2.RouteTable", "internal/service/ec2/vpc_route_table.go", ["ec2:CreateRouteTable", "ec2:DescribeRouteTables", "ec2:DeleteRouteTable", .. Ec2Tags]),
        ("Ec2.RouteTableAssociation", "internal/service/ec2/vpc_route_table_association.go", ["ec2:AssociateRouteTable", "ec2:DescribeRouteTables", "ec2:DisassociateRouteTable"]),
        ("Ec2.VpcEndpoint",
            "internal/service/ec2/vpc_endpoint.go (CreateVpcEndpoint, DescribeVpcEndpoints, ModifyVpcEndpoint, DeleteVpcEndpoints; DescribePrefixLists for the "
            + "gateway endpoint's prefix list); an interface endpoint with private DNS makes AWS associate its private hosted zone with the VPC "
            + "on the caller's behalf: route53:AssociateVPCWithHostedZone (AccessDenied without it)",
            [
                "ec2:CreateVpcEndpoint", "ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint", "ec2:DeleteVpcEndpoints", "ec2:DescribePrefixLists",
                "ec2:DescribeVpcEndpointServices", "route53:AssociateVPCWithHostedZone", .. Ec2Tags,
            ]),
        ("Ec2.SecurityGroup",
            "internal/service/ec2/vpc_security_group.go: Create (CreateSecurityGroup, RevokeSecurityGroupEgress of the default rule), Read (DescribeSecurityGroups), "
            + "Delete (DeleteSecurityGroup; lingering ENIs: DescribeNetworkInterfaces)",
            [
                "ec2:CreateSecurityGroup", "ec2:DescribeSecurityGroups", "ec2:RevokeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress",
                "ec2:DeleteSecurityGroup", "ec2:DescribeNetworkInterfaces", .. Ec2Tags,
            ]),
        ("Ec2.DefaultSecurityGroup", "internal/service/ec2/vpc_default_security_group.go", ["ec2:DescribeSecurityGroups", "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress", .. Ec2Tags]),
        ("Vpc.SecurityGroupIngressRule", "internal/service/ec2/vpc_security_group_ingress_rule.go",
            ["ec2:AuthorizeSecurityGroupIngress", "ec2:DescribeSecurityGroupRules", "ec2:ModifySecurityGroupRules", "ec2:RevokeSecurityGroupIngress", .. Ec2Tags]),
        ("Vpc.SecurityGroupEgressRule", "internal/service/ec2/vpc_security_group_egress_rule.go",
            ["ec2:AuthorizeSecurityGroupEgress", "ec2:DescribeSecurityGroupRules", "ec2:ModifySecurityGroupRules", "ec2:RevokeSecurityGroupEgress", .. Ec2Tags]),
        ("Ec2.FlowLog", "internal/service/ec2/vpc_flow_log.go (the delivery role is passed: iam:PassRole)", ["ec2:CreateFlowLogs", "ec2:DescribeFlowLogs", "ec2:DeleteFlowLogs", "iam:PassRole", .. Ec2Tags]),
        ("Ec2.Instance",
            "internal/service/ec2/ec2_instance.go: RunInstances (instance profile: iam:PassRole), DescribeInstances, DescribeInstanceAttribute, "
            + "DescribeInstanceTypes, DescribeInstanceCreditSpecifications, DescribeVolumes, ModifyInstanceAttribute, TerminateInstances",
            [
                "ec2:RunInstances", "iam:PassRole", "ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "ec2:DescribeInstanceTypes",
                "ec2:DescribeInstanceCreditSpecifications", "ec2:DescribeVolumes", "ec2:DescribeImages", "ec2:ModifyInstanceAttribute", "ec2:TerminateInstances", .. Ec2Tags,
            ]),
        ("Ec2.GetSubnet", "internal/service/ec2/vpc_subnet_data_source.go", ["ec2:DescribeSubnets"]),
        ("Ec2.GetVpc", "internal/service/ec2/vpc_data_source.go", ["ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables"]),
        ("GetAvailabilityZones", "internal/service/ec2/ec2_availability_zones_data_source.go", ["ec2:DescribeAvailabilityZones"]),
        ("GetRegion", "internal/service/meta/region_data_source.go (from the provider's configuration)", []),
        ("GetPartition", "internal/service/meta/partition_data_source.go (from the provider's configuration)", []),
        ("Ssm.GetParameter", "internal/service/ssm/parameter_data_source.go", ["ssm:GetParameter"]),
        ("CloudWatch.LogGroup", "internal/service/logs/group.go",
            ["logs:CreateLogGroup", "logs:DescribeLogGroups", "logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy", "logs:DeleteLogGroup", "logs:TagResource", "logs:UntagResource", "logs:ListTagsForResource"]),
        ("CloudWatch.MetricAlarm", "internal/service/cloudwatch/metric_alarm.go",
            ["cloudwatch:PutMetricAlarm", "cloudwatch:DescribeAlarms", "cloudwatch:DeleteAlarms", "cloudwatch:TagResource", "cloudwatch:UntagResource", "cloudwatch:ListTagsForResource"]),
        ("CloudWatch.Dashboard", "internal/service/cloudwatch/dashboard.go", ["cloudwatch:PutDashboard", "cloudwatch:GetDashboard", "cloudwatch:DeleteDashboards"]),
        ("Iam.Role", "internal/service/iam/role.go (Delete lists and detaches the role's policies and instance profiles first)",
            [
                "iam:CreateRole", "iam:GetRole", "iam:UpdateAssumeRolePolicy", "iam:DeleteRole", "iam:TagRole", "iam:UntagRole",
                "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole",
            ]),
        ("Iam.RolePolicy", "internal/service/iam/role_policy.go", ["iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy"]),
        ("Iam.RolePolicyAttachment", "internal/service/iam/role_policy_attachment.go", ["iam:AttachRolePolicy", "iam:ListAttachedRolePolicies", "iam:DetachRolePolicy"]),
        ("Iam.InstanceProfile", "internal/service/iam/instance_profile.go",
            ["iam:CreateInstanceProfile", "iam:GetInstanceProfile", "iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "iam:DeleteInstanceProfile", "iam:TagInstanceProfile"]),
        ("Sns.Topic", "internal/service/sns/topic.go",
            ["sns:CreateTopic", "sns:GetTopicAttributes", "sns:SetTopicAttributes", "sns:DeleteTopic", "sns:TagResource", "sns:UntagResource", "sns:ListTagsForResource"]),
        ("Sns.TopicPolicy", "internal/service/sns/topic_policy.go", ["sns:SetTopicAttributes", "sns:GetTopicAttributes"]),
        ("Sns.TopicSubscription", "internal/service/sns/topic_subscription.go", ["sns:Subscribe", "sns:GetSubscriptionAttributes", "sns:Unsubscribe"]),
        ("Route53.Record", "internal/service/route53/record.go", ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:GetChange", "route53:GetHostedZone"]),
    ];
}
