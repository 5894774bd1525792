using System.Text.Json.Nodes;

namespace Infra.Settings;

/// <summary>The IAM policy documents of the created VPC, as JSON text: the S3 gateway endpoint's policy and the flow-log role's.</summary>
public static class NetworkPolicies
{
    public const string FlowLogsService = "vpc-flow-logs.amazonaws.com";

    /// <summary>
    /// The Amazon Linux 2023 repository bucket of a region (AL2023 User Guide, "Using Amazon Linux
    /// 2023 with a VPC endpoint / S3 gateway endpoint policy": <c>al2023-repos-&lt;region&gt;-de612dc2</c>).
    /// </summary>
    public static string AmazonLinuxRepositoryBucket(string region) => $"al2023-repos-{region}-de612dc2";

    /// <summary>
    /// The AWS-owned buckets SSM Agent reads from (Systems Manager User Guide, "SSM Agent
    /// communications with AWS managed S3 buckets" / "About minimum S3 Bucket permissions for SSM
    /// Agent", and "Reference: Amazon S3 buckets for patching operations").
    /// </summary>
    public static IReadOnlyList<string> SsmAgentBuckets(string region) =>
    [
        $"aws-ssm-{region}",
        $"aws-windows-downloads-{region}",
        $"amazon-ssm-{region}",
        $"amazon-ssm-packages-{region}",
        $"{region}-birdwatcher-prod",
        $"aws-ssm-distributor-file-{region}",
        $"aws-ssm-document-attachments-{region}",
        $"patch-baseline-snapshot-{region}",
    ];

    /// <summary>
    /// Replaces the gateway endpoint's default full-access policy (an exfiltration path out of a VPC
    /// without internet) with reads of the buckets the client needs: its package repositories and
    /// SSM Agent's buckets. A gateway endpoint policy needs a Principal; the callers' own IAM
    /// permissions still apply on top.
    /// </summary>
    public static string S3GatewayEndpointPolicy(string partition, string region) => Document(
        Statement("AmazonLinuxRepositories", new JsonObject { ["Principal"] = "*" }, ["s3:GetObject"],
            [$"arn:{partition}:s3:::{AmazonLinuxRepositoryBucket(region)}/*"]),
        Statement("SsmAgentBuckets", new JsonObject { ["Principal"] = "*" }, ["s3:GetObject"],
            SsmAgentBuckets(region).Select(bucket => $"arn:{partition}:s3:::{bucket}/*").ToList()));

    /// <summary>
    /// Trust of the flow-log role: only the flow-logs service, and only for flow logs of this account
    /// and region (VPC User Guide, "IAM role for publishing flow logs to CloudWatch Logs": the
    /// confused-deputy conditions aws:SourceAccount and aws:SourceArn).
    /// </summary>
    public static string FlowLogTrustPolicy(string partition, string region, string accountId)
    {
        var statement = new JsonObject
        {
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Service"] = FlowLogsService },
            ["Action"] = "sts:AssumeRole",
            ["Condition"] = new JsonObject
            {
                ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = accountId },
                ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = $"arn:{partition}:ec2:{region}:{accountId}:vpc-flow-log/*" },
            },
        };
        return Document(statement);
    }

    /// <summary>
    /// What the flow-log role may do: the actions the VPC User Guide lists as the minimum ("IAM role
    /// for publishing flow logs to CloudWatch Logs"), but on its own group only instead of "*".
    /// </summary>
    /// <param name="logGroupArn">The group's ARN without the trailing <c>:*</c> (as the provider's <c>arn</c> output gives it).</param>
    public static string FlowLogWritePolicy(string logGroupArn) => Document(
        Statement("WriteOwnLogGroup", [],
            ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
            [logGroupArn, $"{logGroupArn}:*"]));

    private static JsonObject Statement(string sid, JsonObject extra, IReadOnlyList<string> actions, IReadOnlyList<string> resources)
    {
        var statement = new JsonObject { ["Sid"] = sid, ["Effect"] = "Allow" };
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            statement[key] = value;
        }

        statement["Action"] = new JsonArray(actions.Select(a => (JsonNode)JsonValue.Create(a)).ToArray());
        statement["Resource"] = new JsonArray(resources.Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
        return statement;
    }

    private static string Document(params JsonObject[] statements) => new JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(statements.Cast<JsonNode>().ToArray()),
    }.ToJsonString();
}
