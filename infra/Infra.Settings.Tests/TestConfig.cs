namespace Infra.Settings.Tests;

/// <summary>Builds raw config dictionaries for the parser, starting from a valid one.</summary>
internal static class TestConfig
{
    public const string Project = "elasticache-redis";
    public const string Stack = "dev";

    /// <summary>A token that satisfies every rule; tests check it never appears in messages.</summary>
    public const string GoodToken = "Correct-Horse-Battery-Staple-42";

    public static Dictionary<string, string> Valid() => new(StringComparer.Ordinal) { [SettingKeys.AuthToken] = GoodToken };

    public static Dictionary<string, string> With(this Dictionary<string, string> config, string key, string value)
    {
        config[key] = value;
        return config;
    }

    public static Dictionary<string, string> Without(this Dictionary<string, string> config, string key)
    {
        config.Remove(key);
        return config;
    }

    public static StackSettings Parse(Dictionary<string, string> config) => StackSettingsParser.Parse(Project, Stack, config);

    public static StackSettings ParseWith(string key, string value) => Parse(Valid().With(key, value));

    /// <summary>Parses and returns the problems; fails the test when the config is accepted.</summary>
    public static IReadOnlyList<SettingProblem> Problems(Dictionary<string, string> config) =>
        Assert.Throws<SettingsValidationException>(() => Parse(config)).Problems;

    public static SettingProblem SingleProblem(string key, string value)
    {
        var problems = Problems(Valid().With(key, value));
        return Assert.Single(problems);
    }
}
