using Infra.Settings.Tests.Repository;

namespace Infra.Settings.Tests;

public class StackFileTests
{
    private const string Project = "elasticache-redis";

    private static IEnumerable<string> StackFileNames() => RepositoryFiles.StackNames().Select(FileName);

    private static string FileName(string stack) => $"Pulumi.{stack}.yaml";

    /// <summary>Every stack file at the root, the committed ones and any a user added (all must validate).</summary>
    public static TheoryData<string> StackFiles() => new(StackFileNames());

    /// <summary>The stacks this repository ships, held to the security baseline.</summary>
    public static TheoryData<string> CommittedStackFiles() => new(RepositoryFiles.CommittedStackNames.Select(FileName));

    /// <summary>Example stack files under examples/ (relative paths): validated like the real ones, never previewed or deployed.</summary>
    public static TheoryData<string> ExampleStackFiles() => new(
        Directory.GetFiles(RepositoryRoot.File("examples"), "Pulumi.*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ExampleStackFiles))]
    public void Every_example_stack_file_validates_and_meets_the_security_baseline(string relativePath)
    {
        var stackFile = StackFile.Load(RepositoryRoot.File(relativePath), Project);
        AssertNoPlainTextAuthToken(stackFile);

        var settings = StackSettingsParser.Parse(Project, stackFile.Stack, CommittedStack.WithToken(stackFile), acceptEncryptedSecrets: true);

        AssertMeetsTheBaseline(settings);
        Assert.All(settings.Security.ExternalIngress, ingress => Assert.Equal(settings.Cache.Port, ingress.Port));
    }

    [Fact]
    public void The_shared_vpc_example_deploys_into_an_existing_vpc_and_admits_one_application_group()
    {
        var settings = CommittedStack.Parse(Path.Combine("examples", "shared-vpc", "Pulumi.shared-vpc.yaml"));

        Assert.False(settings.Network.CreatesVpc);
        Assert.False(settings.Network.CreateSsmEndpoints);
        Assert.Single(settings.Network.AllowedSecurityGroupIds);
        Assert.DoesNotContain("shared-vpc", StackFileNames().Select(name => name["Pulumi.".Length..^".yaml".Length]));
    }

    [Fact]
    public void The_dev_and_prod_stack_files_are_committed() =>
        Assert.All(RepositoryFiles.CommittedStackNames, stack => Assert.Contains(FileName(stack), StackFileNames()));

    [Theory]
    [MemberData(nameof(StackFiles))]
    public void Every_stack_file_validates(string fileName)
    {
        var stackFile = StackFile.Load(RepositoryRoot.File(fileName), Project);
        AssertNoPlainTextAuthToken(stackFile);

        // The files in this repository carry no authToken yet; an operator's will, once set. Either
        // way it is supplied as a `secure:` value reaches us (CommittedStack.WithToken).
        var settings = StackSettingsParser.Parse(Project, stackFile.Stack, CommittedStack.WithToken(stackFile), acceptEncryptedSecrets: true);

        Assert.Equal(stackFile.Stack, settings.Stack);
    }

    [Fact]
    public void Dev_is_the_cheapest_sensible_stack()
    {
        var settings = Load("dev");

        Assert.Equal("cache.t4g.micro", settings.Cache.NodeType);
        Assert.Equal(1, settings.Cache.Replicas);
        Assert.Equal(2, settings.Network.AvailabilityZoneCount);
        Assert.Equal(1, settings.Cache.SnapshotRetentionDays);
        Assert.Null(settings.Cache.FinalSnapshotPrefix);
        Assert.False(settings.Cache.Protect);
        Assert.True(settings.Cache.MultiAz);
    }

    [Fact]
    public void Prod_is_the_production_stack()
    {
        var settings = Load("prod");

        Assert.StartsWith("cache.r7g.", settings.Cache.NodeType, StringComparison.Ordinal);
        Assert.Equal(2, settings.Cache.Replicas);
        Assert.Equal(3, settings.Network.AvailabilityZoneCount);
        Assert.Equal([0, 1, 2], settings.Cache.PreferredZoneIndexes);
        Assert.Equal(7, settings.Cache.SnapshotRetentionDays);
        Assert.Equal("elasticache-redis-prod-final", settings.Cache.FinalSnapshotPrefix);
        Assert.True(settings.Cache.Protect);
        Assert.True(settings.Cache.SlowLog);
        Assert.True(settings.Cache.MultiAz && settings.Cache.AutomaticFailover);
    }

    [Theory]
    [MemberData(nameof(CommittedStackFiles))]
    public void Every_committed_stack_meets_the_security_baseline(string fileName)
    {
        var stack = Path.GetFileNameWithoutExtension(fileName)["Pulumi.".Length..];

        AssertMeetsTheBaseline(Load(stack));
    }

    [Fact]
    public void A_stack_below_the_baseline_fails_naming_the_control()
    {
        var settings = StackSettingsParser.Parse(Project, "staging", TestConfig.Valid().With(SettingKeys.SnapshotRetentionDays, "0"));

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertMeetsTheBaseline(settings));

        Assert.Contains("FAIL ElastiCache.1 automatic backups: snapshotRetentionDays is 0", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ElastiCache.2", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Every control of <see cref="SecurityControls"/> passes; a failure lists the failing controls by name.</summary>
    private static void AssertMeetsTheBaseline(StackSettings settings)
    {
        var failed = SecurityControls.Evaluate(settings).Where(control => !control.Passed).ToList();
        Assert.True(failed.Count == 0, $"stack {settings.Stack} fails the security baseline: " + string.Join("; ", failed));
    }

    [Fact]
    public void The_loader_strips_the_project_namespace_and_keeps_others_apart()
    {
        var file = StackFile.Parse(
            """
            config:
              aws:region: eu-west-1
              elasticache-redis:replicas: 2
              other-project:replicas: 9
            """,
            Project,
            "test");

        Assert.Equal(new Dictionary<string, string> { ["replicas"] = "2" }, file.Config);
        Assert.Equal("eu-west-1", file.OtherNamespaces["aws:region"]);
        Assert.Equal("9", file.OtherNamespaces["other-project:replicas"]);
    }

    [Fact]
    public void Structured_values_become_json_text_with_yaml_scalar_types()
    {
        var file = StackFile.Parse(
            """
            config:
              elasticache-redis:tags:
                Team: platform
                CostCenter: 1234
                Quoted: "1234"
                Enabled: true
              elasticache-redis:availabilityZoneNames:
                - us-east-1a
                - us-east-1b
            """,
            Project,
            "test");

        Assert.Equal("{\"Team\":\"platform\",\"CostCenter\":1234,\"Quoted\":\"1234\",\"Enabled\":true}", file.Config["tags"]);
        Assert.Equal("[\"us-east-1a\",\"us-east-1b\"]", file.Config["availabilityZoneNames"]);
    }

    [Fact]
    public void A_secure_value_becomes_the_encrypted_marker_and_is_accepted_as_present()
    {
        var file = StackFile.Parse(
            """
            config:
              elasticache-redis:authToken:
                secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
            """,
            Project,
            "test");

        Assert.Equal(StackFile.EncryptedValueMarker, file.Config["authToken"]);
        Assert.True(StackSettingsParser.Parse(Project, "test", file.Config, acceptEncryptedSecrets: true).Cache.AuthEnabled);
    }

    [Fact]
    public void A_plain_text_auth_token_in_a_stack_file_is_refused_without_repeating_it()
    {
        const string token = "plain-text-token-0123456789";
        var file = StackFile.Parse(
            $"""
            config:
              elasticache-redis:authToken: {token}
            """,
            Project,
            "leaky");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoPlainTextAuthToken(file));

        Assert.Contains("authToken is in plain text", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_stack_file_fails_validation_with_its_key()
    {
        var file = StackFile.Parse(
            """
            config:
              elasticache-redis:replicas: 7
              elasticache-redis:authToken:
                secure: v1:abc
            """,
            Project,
            "broken");

        var problem = Assert.Single(Assert.Throws<SettingsValidationException>(
            () => StackSettingsParser.Parse(Project, "broken", file.Config, acceptEncryptedSecrets: true)).Problems);
        Assert.Equal("replicas", problem.Key);
    }

    [Fact]
    public void The_encrypted_marker_could_never_be_a_valid_token() =>
        Assert.NotNull(AuthSecretRule.Broken(StackFile.EncryptedValueMarker));

    [Theory]
    [InlineData("config: [1, 2]")]
    [InlineData("config: {a: [unclosed")]
    public void A_malformed_stack_file_is_a_format_error(string yaml) =>
        Assert.Throws<FormatException>(() => StackFile.Parse(yaml, Project, "bad"));

    [Fact]
    public void Load_takes_the_stack_name_from_the_file_name() =>
        Assert.Equal("prod", StackFile.Load(RepositoryRoot.File("Pulumi.prod.yaml"), Project).Stack);

    private static StackSettings Load(string stack) => CommittedStack.Parse(FileName(stack));

    // The README tells operators to commit their stack file after `pulumi config set --secret
    // authToken`: its ciphertext may be committed, a plain-text token never (that is a leak).
    private static void AssertNoPlainTextAuthToken(StackFile stackFile)
    {
        if (stackFile.Config.TryGetValue(SettingKeys.AuthToken, out var token))
        {
            Assert.True(
                token == StackFile.EncryptedValueMarker,
                $"Pulumi.{stackFile.Stack}.yaml: authToken is in plain text; set it with `pulumi config set --secret authToken` (it prompts) so only its ciphertext is committed.");
        }
    }
}
