using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Settings;

/// <summary>
/// The resource policy of the stack's SNS topic: ElastiCache (events) and CloudWatch (alarm actions)
/// may publish, and only on behalf of this account.
/// </summary>
public static class AlarmTopicPolicy
{
    /// <summary>
    /// ElastiCache can only publish when the policy scopes it with aws:SourceOwner; with
    /// aws:SourceAccount (the default for new topics) it cannot
    /// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ElastiCacheSNS.html). CloudWatch alarms
    /// are scoped with aws:SourceAccount and their own ARNs, as the SNS guide's confused-deputy advice says
    /// (https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html).
    /// </summary>
    public static string Json(string topicArn)
    {
        var arn = SnsArn.Parse(topicArn);
        var policy = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray
            {
                Statement("ElastiCacheEvents", "elasticache.amazonaws.com", topicArn, new JsonObject
                {
                    ["StringEquals"] = new JsonObject { ["aws:SourceOwner"] = arn.Account },
                }),
                Statement("CloudWatchAlarms", "cloudwatch.amazonaws.com", topicArn, new JsonObject
                {
                    ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = arn.Account },
                    ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = $"arn:{arn.Partition}:cloudwatch:{arn.Region}:{arn.Account}:alarm:*" },
                }),
            },
        };
        return policy.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Statement(string sid, string service, string topicArn, JsonObject condition) => new()
    {
        ["Sid"] = sid,
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = service },
        ["Action"] = "sns:Publish",
        ["Resource"] = topicArn,
        ["Condition"] = condition,
    };
}

/// <summary>The parts of an SNS topic ARN <c>arn:&lt;partition&gt;:sns:&lt;region&gt;:&lt;account&gt;:&lt;name&gt;</c>.</summary>
public sealed record SnsArn(string Partition, string Region, string Account, string Name)
{
    public static SnsArn Parse(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "sns")
        {
            throw new ArgumentException($"'{arn}' is not an SNS topic ARN.", nameof(arn));
        }

        return new SnsArn(parts[1], parts[3], parts[4], parts[5]);
    }
}
