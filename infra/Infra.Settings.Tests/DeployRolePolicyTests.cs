using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Settings.Tests;

/// <summary>docs/deploy-role-policy.json covers every AWS service the program creates resources in.</summary>
public partial class DeployRolePolicyTests
{
    /// <summary>Pulumi.Aws module (or root invoke) → the IAM service prefixes its resources need.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> IamPrefixes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Ec2"] = ["ec2"],
        ["Vpc"] = ["ec2"],
        ["ElastiCache"] = ["elasticache"],
        ["Iam"] = ["iam"],
        ["CloudWatch"] = ["cloudwatch", "logs"],
        ["Sns"] = ["sns"],
        ["Route53"] = ["route53"],
        ["Ssm"] = ["ssm"],
        ["Kms"] = ["kms"],
        ["GetAvailabilityZones"] = ["ec2"],
        ["GetCallerIdentity"] = ["sts"],
        ["GetRegion"] = [],
        ["GetPartition"] = [],
        // Argument types of the root-level invokes (e.g. the zone filter): no AWS call of their own.
        ["Inputs"] = [],
    };

    [GeneratedRegex(@"\bAws\.(?<module>[A-Z][A-Za-z0-9]*)\.", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleUsage();

    [Fact]
    public void Every_service_the_program_uses_has_actions_in_the_policy()
    {
        var modules = Directory.EnumerateFiles(RepositoryRoot.File("infra/ElastiCacheRedis"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => ModuleUsage().Matches(File.ReadAllText(path)).Select(m => m.Groups["module"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var prefixes = PolicyActionPrefixes();

        Assert.Contains("ElastiCache", modules);
        foreach (var module in modules)
        {
            Assert.True(IamPrefixes.TryGetValue(module, out var needed), $"Aws.{module} is used by the program: map it to its IAM prefix here and grant it in docs/deploy-role-policy.json");
            Assert.All(needed, prefix => Assert.Contains(prefix, prefixes));
        }
    }

    [Fact]
    public void The_policy_grants_what_aws_needs_beyond_create_and_delete()
    {
        var actions = PolicyActions();

        Assert.All(
            [
                "iam:CreateServiceLinkedRole", "iam:PassRole", "logs:CreateLogDelivery", "logs:PutResourcePolicy",
                "elasticache:CreateSnapshot", "kms:CreateGrant", "kms:DescribeKey", "ssm:GetParameter", "ssm:StartSession",
                "sns:CreateTopic", "cloudwatch:PutMetricAlarm", "cloudwatch:PutDashboard", "route53:ChangeResourceRecordSets",
                "ec2:CreateFlowLogs",
            ],
            action => Assert.Contains(action, actions));
    }

    [Fact]
    public void The_service_linked_role_is_only_elasticaches()
    {
        using var policy = Load();
        var statement = policy.RootElement.GetProperty("Statement").EnumerateArray()
            .Single(s => s.GetProperty("Action").ValueKind == JsonValueKind.String && s.GetProperty("Action").GetString() == "iam:CreateServiceLinkedRole");

        Assert.Equal("elasticache.amazonaws.com", statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("iam:AWSServiceName").GetString());
        Assert.Contains("AWSServiceRoleForElastiCache", statement.GetProperty("Resource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_statement_grants_a_whole_service_or_everything()
    {
        Assert.All(PolicyActions(), action => Assert.DoesNotMatch(@"(^\*$|:\*$)", action));
        using var policy = Load();
        Assert.All(policy.RootElement.GetProperty("Statement").EnumerateArray(), s => Assert.Equal("Allow", s.GetProperty("Effect").GetString()));
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("docs/deploy-role-policy.json")));

    private static List<string> PolicyActions()
    {
        using var policy = Load();
        return policy.RootElement.GetProperty("Statement").EnumerateArray()
            .SelectMany(s => s.GetProperty("Action") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(a => a.GetString()!)
                : [s.GetProperty("Action").GetString()!])
            .ToList();
    }

    private static HashSet<string> PolicyActionPrefixes() =>
        PolicyActions().Select(action => action[..action.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
}
