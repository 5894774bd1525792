using Infra.Settings;
using Pulumi;
using Aws = Pulumi.Aws;

namespace ElastiCacheRedis;

/// <summary>
/// AWS FSBP EC2.6: flow logs of all traffic of the created VPC to a CloudWatch Logs group with a
/// retention, written by a role only the flow-logs service of this account may assume and that may
/// only write to that group.
/// </summary>
internal static class VpcFlowLogs
{
    public static void Declare(Network parent, string name, FlowLogSettings settings, Aws.Ec2.Vpc vpc, NetworkArgs args)
    {
        var options = new CustomResourceOptions { Parent = parent };
        var logGroup = new Aws.CloudWatch.LogGroup($"{name}-flow-logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = settings.LogGroupName,
            RetentionInDays = settings.RetentionDays,
            Tags = ResourceTags.For(args.Tags, settings.LogGroupName),
        }, options);

        // The VPC's owner is the account the flow log is created in: no caller-identity lookup needed.
        var role = new Aws.Iam.Role($"{name}-flow-logs-role", new Aws.Iam.RoleArgs
        {
            Description = "VPC flow logs of the ElastiCache stack: write to its own log group only",
            AssumeRolePolicy = Output.Tuple(args.Partition, args.Region, vpc.OwnerId)
                .Apply(values => NetworkPolicies.FlowLogTrustPolicy(values.Item1, values.Item2, values.Item3)),
            Tags = ResourceTags.For(args.Tags, $"{name}-flow-logs-role"),
        }, options);

        var write = new Aws.Iam.RolePolicy($"{name}-flow-logs-write", new Aws.Iam.RolePolicyArgs
        {
            Role = role.Id,
            Policy = logGroup.Arn.Apply(arn => NetworkPolicies.FlowLogWritePolicy(arn)),
        }, options);

        _ = new Aws.Ec2.FlowLog($"{name}-flow-log", new Aws.Ec2.FlowLogArgs
        {
            VpcId = vpc.Id,
            TrafficType = "ALL",
            LogDestinationType = "cloud-watch-logs",
            LogDestination = logGroup.Arn,
            IamRoleArn = role.Arn,
            Tags = ResourceTags.For(args.Tags, $"{name}-flow-log"),
        }, new CustomResourceOptions { Parent = parent, DependsOn = { write } });
    }
}
