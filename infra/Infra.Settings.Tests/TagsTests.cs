using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class TagsTests
{
    [Fact]
    public void User_tags_are_merged_after_the_defaults()
    {
        var tags = ParseWith(SettingKeys.Tags, "{\"Team\":\"platform\",\"CostCenter\":1234,\"Owner\":\"ops@example.com\"}").Tags;

        Assert.Equal("platform", tags["Team"]);
        Assert.Equal("1234", tags["CostCenter"]);
        Assert.Equal("ops@example.com", tags["Owner"]);
        Assert.Equal(Project, tags["Project"]);
        Assert.Equal(Stack, tags["Stack"]);
        Assert.Equal("pulumi", tags["ManagedBy"]);
    }

    [Theory]
    [InlineData("Project")]
    [InlineData("stack")]
    [InlineData("ManagedBy")]
    public void A_user_tag_cannot_replace_a_default_tag(string key)
    {
        var problem = SingleProblem(SettingKeys.Tags, $"{{\"{key}\":\"other\"}}");

        Assert.Equal($"tags.{key}", problem.Key);
        Assert.Contains("default tag", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"aws:foo\":\"x\"}", "reserved by AWS")]
    [InlineData("{\"AWS:foo\":\"x\"}", "reserved by AWS")]
    [InlineData("{\"\":\"x\"}", "1 to 128")]
    [InlineData("{\"bad#key\":\"x\"}", "only letters")]
    [InlineData("{\"k\":\"bad{value}\"}", "only letters")]
    [InlineData("{\"k\":{\"nested\":\"x\"}}", "a single value")]
    public void A_bad_tag_is_rejected_naming_it(string json, string reason) =>
        Assert.Contains(reason, SingleProblem(SettingKeys.Tags, json).Allowed, StringComparison.Ordinal);

    [Fact]
    public void Tag_key_and_value_lengths_follow_aws_limits()
    {
        Assert.NotNull(ParseWith(SettingKeys.Tags, $"{{\"{new string('k', 128)}\":\"{new string('v', 256)}\"}}"));
        Assert.Contains("1 to 128", SingleProblem(SettingKeys.Tags, $"{{\"{new string('k', 129)}\":\"v\"}}").Allowed, StringComparison.Ordinal);
        Assert.Contains("at most 256", SingleProblem(SettingKeys.Tags, $"{{\"k\":\"{new string('v', 257)}\"}}").Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_47_user_tags_fit_next_to_the_three_defaults()
    {
        static string TagsJson(int count) => "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"t{i}\":\"v\"")) + "}";

        Assert.Equal(50, ParseWith(SettingKeys.Tags, TagsJson(47)).Tags.Count);
        Assert.Equal("48 tags", SingleProblem(SettingKeys.Tags, TagsJson(48)).Given);
    }

    [Theory]
    [InlineData("[\"a\"]")]
    [InlineData("\"text\"")]
    [InlineData("{not json")]
    public void Tags_must_be_a_map(string json) =>
        Assert.Equal(SettingKeys.Tags, SingleProblem(SettingKeys.Tags, json).Key);
}
