using YamlDotNet.RepresentationModel;

namespace Infra.Settings.Tests.Repository;

/// <summary>
/// What must hold in the GitHub workflows: triggers, least permissions, OIDC instead of keys,
/// strict tests, and a preview of every committed stack. They cannot run here; these checks keep
/// a careless edit from silently weakening them.
/// </summary>
public class WorkflowTests
{
    private static readonly string WorkflowsDir = RepositoryFiles.PathOf(".github", "workflows");

    private static YamlMappingNode Workflow(string file) => Yaml.LoadMapping(Path.Combine(WorkflowsDir, file));

    public static TheoryData<string> AllWorkflowAndActionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf(".github"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, file));
        }

        return data;
    }

    private static IEnumerable<YamlNode> Steps(YamlNode job) => job.Child("steps").Items();

    private static IEnumerable<YamlNode> StepsUsing(YamlNode job, string actionPrefix) =>
        Steps(job).Where(step => step.Scalar("uses")?.StartsWith(actionPrefix, StringComparison.Ordinal) == true);

    [Fact]
    public void Preview_runs_on_pull_requests_only()
    {
        Assert.Equal(["pull_request"], Workflow("preview.yml").Required("on").Keys());
    }

    [Fact]
    public void Preview_has_exactly_the_permissions_it_needs()
    {
        var permissions = Workflow("preview.yml").Required("permissions");

        Assert.Equal(
            new Dictionary<string, string> { ["id-token"] = "write", ["contents"] = "read", ["pull-requests"] = "write" },
            permissions.Keys().ToDictionary(key => key, key => permissions.Scalar(key)!));
    }

    [Fact]
    public void Preview_cancels_older_runs_of_the_same_pull_request()
    {
        var concurrency = Workflow("preview.yml").Required("concurrency");

        Assert.Contains("github.event.pull_request.number", concurrency.Scalar("group"), StringComparison.Ordinal);
        Assert.Equal("true", concurrency.Scalar("cancel-in-progress"));
    }

    [Fact]
    public void Preview_runs_the_strict_tests_before_previewing()
    {
        var jobs = Workflow("preview.yml").Required("jobs");

        Assert.Equal("./.github/workflows/tests.yml", jobs.Required("tests").Scalar("uses"));
        Assert.Equal("tests", jobs.Required("preview").Scalar("needs"));
    }

    [Fact]
    public void Tests_workflow_runs_the_readme_test_command_with_pulumi_required()
    {
        var test = Workflow("tests.yml").Required("jobs").Required("test");
        var run = Assert.Single(Steps(test), step => step.Scalar("run") == "./test.sh");

        Assert.Equal("1", run.Required("env").Scalar("REQUIRE_PULUMI"));
        Assert.Contains("./test.sh", File.ReadAllText(RepositoryFiles.PathOf("README.md")), StringComparison.Ordinal);
        Assert.Contains(Steps(test), step => step.Scalar("run")?.Contains("redis-server", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Preview_previews_every_committed_stack_and_comments_on_the_pull_request()
    {
        var preview = Workflow("preview.yml").Required("jobs").Required("preview");
        var matrixStacks = preview.Required("strategy").Required("matrix").Required("stack").Items()
            .Select(item => ((YamlScalarNode)item).Value!).Order(StringComparer.Ordinal);
        var pulumi = Assert.Single(StepsUsing(preview, "pulumi/actions@"));
        var with = pulumi.Required("with");

        Assert.Equal(RepositoryFiles.CommittedStackNames, matrixStacks);
        Assert.Equal("pulumi/actions@v7", pulumi.Scalar("uses"));
        Assert.Equal("preview", with.Scalar("command"));
        Assert.Equal("true", with.Scalar("diff"));
        Assert.Contains("matrix.stack", with.Scalar("stack-name"), StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_checks_the_stack_file_first_and_comments_the_summary_with_the_diff()
    {
        var steps = Steps(Workflow("preview.yml").Required("jobs").Required("preview")).ToList();
        var check = steps.FindIndex(step => step.Scalar("run")?.Contains("dotnet run --project infra/Check -- --strict", StringComparison.Ordinal) == true);
        var preview = steps.FindIndex(step => step.Scalar("uses") == "pulumi/actions@v7");
        var comment = steps.FindIndex(step => step.Scalar("uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true);

        Assert.InRange(check, 0, preview - 1);
        Assert.True(comment > preview, "the comment step must follow the preview");
        Assert.Equal("always()", steps[comment].Scalar("if"));
        var script = steps[comment].Required("with").Scalar("script")!;
        Assert.Contains("check-summary.txt", script, StringComparison.Ordinal);
        Assert.Contains("process.env.PREVIEW", script, StringComparison.Ordinal);
        Assert.Contains("updateComment", script, StringComparison.Ordinal);
        Assert.Equal("${{ steps.preview.outputs.output }}", steps[comment].Required("env").Scalar("PREVIEW"));
    }

    [Fact]
    public void Preview_gets_aws_credentials_through_oidc()
    {
        var preview = Workflow("preview.yml").Required("jobs").Required("preview");
        var aws = Assert.Single(StepsUsing(preview, "aws-actions/configure-aws-credentials@"));

        Assert.Equal("${{ vars.AWS_ROLE_ARN }}", aws.Required("with").Scalar("role-to-assume"));
    }

    [Theory]
    [MemberData(nameof(AllWorkflowAndActionFiles))]
    public void No_workflow_uses_long_lived_aws_keys(string file)
    {
        var scalars = Yaml.LoadMapping(RepositoryFiles.PathOf(file)).AllScalars().ToList();

        foreach (var forbidden in new[] { "aws-access-key-id", "aws-secret-access-key", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY" })
        {
            Assert.DoesNotContain(scalars, value => value.Contains(forbidden, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(AllWorkflowAndActionFiles))]
    public void Every_aws_login_assumes_a_role(string file)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(file));
        var logins = Yaml.LoadMapping(RepositoryFiles.PathOf(file)).AllScalars()
            .Count(value => value.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal));

        Assert.Equal(logins, text.Split("role-to-assume:").Length - 1);
    }

    [Fact]
    public void Deploy_runs_on_main_and_by_hand_and_gates_prod_behind_an_approved_environment()
    {
        var deploy = Workflow("deploy.yml");
        var on = deploy.Required("on");
        var jobs = deploy.Required("jobs");
        var prod = jobs.Required("prod");

        Assert.Equal(["push", "workflow_dispatch"], on.Keys());
        Assert.Equal(["main"], on.Required("push").Required("branches").Items().Select(b => ((YamlScalarNode)b).Value));
        Assert.Equal("production", prod.Scalar("environment"));
        Assert.Contains("github.event_name == 'workflow_dispatch'", prod.Scalar("if"), StringComparison.Ordinal);
        Assert.Equal("tests", jobs.Required("dev").Scalar("needs"));
        Assert.Equal("tests", prod.Scalar("needs"));
    }

    [Fact]
    public void Deploy_smoke_tests_through_the_client_instance_after_up()
    {
        var action = Yaml.LoadMapping(RepositoryFiles.PathOf(".github", "actions", "deploy-and-smoke", "action.yml"));
        var steps = action.Required("runs").Required("steps").Items().ToList();
        var up = steps.FindIndex(step => step.Scalar("uses") == "pulumi/actions@v7" && step.Required("with").Scalar("command") == "up");
        var smoke = steps.FindIndex(step => step.Scalar("run")?.Contains("smoke/Smoke", StringComparison.Ordinal) == true);

        Assert.True(up >= 0, "no pulumi up step");
        Assert.True(smoke > up, "the smoke test must run after pulumi up");
        Assert.Contains("--via-ssm", steps[smoke].Scalar("run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Destroy_is_manual_and_confirmed_and_refuses_protected_stacks()
    {
        var destroy = Workflow("destroy.yml");
        var inputs = destroy.Required("on").Required("workflow_dispatch").Required("inputs");
        var steps = Steps(destroy.Required("jobs").Required("destroy")).ToList();
        var confirm = steps.FindIndex(step => step.Scalar("run")?.Contains("\"$CONFIRM\" != \"$WANTED\"", StringComparison.Ordinal) == true);
        var protectedCheck = steps.FindIndex(step => step.Scalar("run")?.Contains("select(.protect == true)", StringComparison.Ordinal) == true);
        var destroyStep = steps.FindIndex(step => step.Child("with")?.Scalar("command") == "destroy");

        Assert.Equal(["workflow_dispatch"], destroy.Required("on").Keys());
        Assert.Equal(RepositoryFiles.CommittedStackNames, inputs.Required("stack").Required("options").Items().Select(o => ((YamlScalarNode)o).Value!).Order(StringComparer.Ordinal));
        Assert.Equal("true", inputs.Required("confirm").Scalar("required"));
        Assert.Equal(0, confirm);
        Assert.InRange(protectedCheck, confirm + 1, destroyStep - 1);
        Assert.Contains("pulumi state unprotect", steps[protectedCheck].Scalar("run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_choices_cover_every_committed_stack()
    {
        var options = Workflow("deploy.yml").Required("on").Required("workflow_dispatch").Required("inputs").Required("stack").Required("options");

        Assert.Equal(RepositoryFiles.CommittedStackNames, options.Items().Select(o => ((YamlScalarNode)o).Value!).Order(StringComparer.Ordinal));
    }
}
