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

    /// <summary>A resource's args class, <c>Aws.ElastiCache.ReplicationGroupArgs</c> (nested input types are under <c>.Inputs.</c> and do not match).</summary>
    [GeneratedRegex(@"\bAws\.(?<module>[A-Z][A-Za-z0-9]*)\.(?<type>[A-Z][A-Za-z0-9]*)Args\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceArgsUsage();

    /// <summary>An invoke, <c>Aws.Ec2.GetSubnet.Invoke(</c> or the root <c>Aws.GetRegion.Invoke(</c>.</summary>
    [GeneratedRegex(@"\bAws\.(?:(?<module>[A-Z][A-Za-z0-9]*)\.)?(?<type>Get[A-Z][A-Za-z0-9]*)\.Invoke\(", RegexOptions.CultureInvariant)]
    private static partial Regex InvokeUsage();

    [Fact]
    public void Every_resource_type_and_invoke_the_program_declares_has_its_provider_actions_listed()
    {
        var listed = ProviderApiActions.Rows.Select(row => row.Type).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("ElastiCache.ReplicationGroup", DeclaredTypes());
        Assert.All(DeclaredTypes(), type => Assert.True(listed.Contains(type),
            $"Aws.{type} is declared by the program: add what the provider calls for it (create, read, update, delete, tags) to ProviderApiActions, with its source"));
    }

    [Fact]
    public void The_policy_grants_every_action_the_provider_calls_for_what_the_program_declares()
    {
        var granted = PolicyActions().ToHashSet(StringComparer.Ordinal);
        var declared = DeclaredTypes();

        var missing = ProviderApiActions.Rows
            .Where(row => declared.Contains(row.Type))
            .SelectMany(row => row.Actions.Where(action => !granted.Contains(action)).Select(action => $"{action} ({row.Type}: {row.Source})"))
            .ToList();

        Assert.True(missing.Count == 0, "docs/deploy-role-policy.json lacks:\n" + string.Join("\n", missing));
    }

    private static HashSet<string> DeclaredTypes()
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ProgramSources().Select(File.ReadAllText))
        {
            foreach (Match match in ResourceArgsUsage().Matches(text))
            {
                var (module, type) = (match.Groups["module"].Value, match.Groups["type"].Value);
                if (module != "Inputs" && !type.EndsWith("Invoke", StringComparison.Ordinal))
                {
                    types.Add($"{module}.{type}");
                }
            }

            foreach (Match match in InvokeUsage().Matches(text))
            {
                var module = match.Groups["module"].Value;
                types.Add(module.Length == 0 ? match.Groups["type"].Value : $"{module}.{match.Groups["type"].Value}");
            }
        }

        return types;
    }

    private static IEnumerable<string> ProgramSources() =>
        Directory.EnumerateFiles(RepositoryRoot.File("infra/ElastiCacheRedis"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Every_service_the_program_uses_has_actions_in_the_policy()
    {
        var modules = ProgramSources()
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
