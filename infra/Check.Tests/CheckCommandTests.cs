using System.Globalization;
using System.Text.Json;

namespace Check.Tests;

public class CheckCommandTests
{
    private const string Ciphertext = "v1:AAAAAAAAAAAAAAAA:c2VjcmV0LWNpcGhlcnRleHQtbmV2ZXItcHJpbnRlZA==";

    [Fact]
    public void The_committed_prod_stack_gets_the_reviewers_summary()
    {
        var run = CheckRun.Of(RepositoryRoot.File("Pulumi.prod.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stack prod of elasticache-redis is valid", run.Output, StringComparison.Ordinal);
        var prod = CommittedStack.Parse("Pulumi.prod.yaml");
        Assert.Contains($"{prod.Cache.EngineName} {prod.Cache.EngineVersion} on cache.r7g.large", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 primary + 2 replicas over 3 zones (eu-west-1a, eu-west-1b, eu-west-1c)", run.Output, StringComparison.Ordinal);
        Assert.Contains("all 9 controls pass", run.Output, StringComparison.Ordinal);
        Assert.Contains("pass ElastiCache.5 encryption in transit: TLS, mode required", run.Output, StringComparison.Ordinal);
        Assert.Contains($"${prod.Cost.MonthlyUsd.ToString("#,0.00", CultureInfo.InvariantCulture)} a month", run.Output, StringComparison.Ordinal);
        Assert.Contains("authToken is not in the file", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pulumi.dev.yaml")]
    [InlineData("Pulumi.prod.yaml")]
    [InlineData("examples/shared-vpc/Pulumi.shared-vpc.yaml")]
    public void The_committed_stacks_pass_strict(string relativePath) =>
        Assert.Equal(0, CheckRun.Of("--strict", RepositoryRoot.File(relativePath)).ExitCode);

    [Fact]
    public void An_invalid_file_lists_every_problem_at_once_and_exits_2()
    {
        using var file = new TempStackFile("broken", """
            config:
              elasticache-redis:replicas: 9
              elasticache-redis:port: 80
              elasticache-redis:nodeTyp: cache.t4g.micro
            """);

        var run = CheckRun.Of(file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stack broken is invalid (3 problems)", run.Output, StringComparison.Ordinal);
        Assert.Contains("replicas: given \"9\"; allowed: an integer from 0 to 5", run.Output, StringComparison.Ordinal);
        Assert.Contains("port: given \"80\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("nodeTyp: given a value (not shown: unknown key); allowed: no such key; did you mean nodeType?", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("authToken", run.Output, StringComparison.Ordinal); // a file without its token yet is not a problem
    }

    [Fact]
    public void A_default_that_breaks_a_rule_is_reported_as_the_default()
    {
        using var file = new TempStackFile("plain", """
            config:
              elasticache-redis:transitEncryption: false
            """);

        var run = CheckRun.Of(file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("authMode: not set, so its default \"token\" applies", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_near_the_end_of_standard_support_gets_the_warning_preview_logs()
    {
        using var file = new TempStackFile("legacy", """
            config:
              elasticache-redis:engine: redis
              elasticache-redis:engineVersion: "6.2"
            """);

        var run = CheckRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("engineVersion: redis 6.2 leaves ElastiCache standard support on 2027-01-31", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_below_the_baseline_is_valid_but_names_the_failing_control_and_fails_strict()
    {
        using var file = new TempStackFile("staging", $"""
            config:
              elasticache-redis:replicas: 0
              elasticache-redis:authToken:
                secure: {Ciphertext}
            """);

        var run = CheckRun.Of(file.Path);
        var strict = CheckRun.Of("--strict", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("FAIL ElastiCache.3 automatic failover: off (replicas 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("security baseline: ElastiCache.3 automatic failover fails", run.Output, StringComparison.Ordinal);
        Assert.Contains("AUTH token set (encrypted in the stack file)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_are_never_printed_in_text_or_json()
    {
        const string plainToken = "Plain0Text0Token0Never0Shown0123";
        using var secure = new TempStackFile("secure", $"""
            config:
              elasticache-redis:authToken:
                secure: {Ciphertext}
              elasticache-redis:authtoken: {plainToken}
            """);

        var text = CheckRun.Of(secure.Path);
        var json = CheckRun.Of("--json", secure.Path);

        foreach (var run in new[] { text, json })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.DoesNotContain(Ciphertext, run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("c2VjcmV0", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(plainToken, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("authtoken: given a value (not shown: unknown key)", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_machines_the_summary_and_the_problems()
    {
        using var broken = new TempStackFile("broken", "config:\n  elasticache-redis:replicas: 9\n");

        var run = CheckRun.Of("--json", RepositoryRoot.File("Pulumi.dev.yaml"), broken.Path);
        using var document = JsonDocument.Parse(run.Output);
        var dev = document.RootElement[0];
        var problems = document.RootElement[1].GetProperty("problems");

        Assert.Equal(2, run.ExitCode);
        Assert.True(dev.GetProperty("valid").GetBoolean());
        Assert.Equal("cache.t4g.micro", dev.GetProperty("summary").GetProperty("nodeType").GetString());
        Assert.Equal(CommittedStack.Parse("Pulumi.dev.yaml").Cost.MonthlyUsd, dev.GetProperty("summary").GetProperty("cost").GetProperty("monthlyUsd").GetDecimal());
        Assert.All(dev.GetProperty("summary").GetProperty("security").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean()));
        Assert.False(document.RootElement[1].GetProperty("valid").GetBoolean());
        Assert.Contains(problems.EnumerateArray(), p => p.GetProperty("key").GetString() == "replicas" && p.GetProperty("given").GetString() == "\"9\"");
    }

    [Fact]
    public void A_missing_or_malformed_file_is_named_and_exits_2()
    {
        using var malformed = new TempStackFile("bad", "config: {a: [unclosed");

        var missing = CheckRun.Of(Path.Combine(RepositoryRoot.Path, "Pulumi.nosuch.yaml"));
        var bad = CheckRun.Of(malformed.Path);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Pulumi.nosuch.yaml: cannot be checked", missing.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Pulumi.bad.yaml is not valid YAML", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_usage_line()
    {
        var none = CheckRun.Of();
        var unknown = CheckRun.Of("--jsn", RepositoryRoot.File("Pulumi.dev.yaml"));

        Assert.Equal(2, none.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("usage: check", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("unknown option --jsn", unknown.Error, StringComparison.Ordinal);
        Assert.Empty(unknown.Output);
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var help = CheckRun.Of("--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--json", help.Output, StringComparison.Ordinal);
        Assert.Contains("--strict", help.Output, StringComparison.Ordinal);
    }
}
