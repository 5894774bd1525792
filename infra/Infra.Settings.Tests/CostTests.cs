using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Settings.Tests;

public partial class CostTests
{
    public static TheoryData<string, string, double> CommittedLineItems => new()
    {
        // dev: 2 x cache.t4g.micro (valkey, the default), t4g.nano client with 3 SSM endpoints in one zone, 1 day of backups.
        { "dev", "cacheNodes", 18.69 },
        { "dev", "backups", 0.00 },
        { "dev", "clientInstance", 3.07 },
        { "dev", "clientVolume", 0.64 },
        { "dev", "interfaceEndpoints", 21.90 },
        { "dev", "logIngestion", 0.50 },
        { "dev", "alarms", 1.60 },
        { "dev", "dashboard", 3.00 },
        // prod: 3 x cache.r7g.large (valkey, the default), 7 days of backups (one snapshot a day for the group), slow and engine log, t4g.small client.
        { "prod", "cacheNodes", 383.69 },
        { "prod", "backups", 6.67 },
        { "prod", "clientInstance", 12.26 },
        { "prod", "clientVolume", 0.64 },
        { "prod", "interfaceEndpoints", 21.90 },
        { "prod", "logIngestion", 0.60 },
        { "prod", "alarms", 2.40 },
        { "prod", "dashboard", 3.00 },
    };

    [Theory]
    [MemberData(nameof(CommittedLineItems))]
    public void Each_line_item_of_the_committed_stacks(string stack, string item, double usd) =>
        Assert.Equal((decimal)usd, Committed(stack).Breakdown[item]);

    [Theory]
    [InlineData("dev", 49.40)]
    [InlineData("prod", 431.16)]
    public void The_totals_of_the_committed_stacks(string stack, double usd)
    {
        var cost = Committed(stack);

        Assert.Equal((decimal)usd, cost.MonthlyUsd);
        Assert.Empty(cost.Unpriced);
        Assert.Equal(CommittedLineItems.Count(row => (string)row[0] == stack), cost.Items.Count);
    }

    [Fact]
    public void Dev_without_the_client_between_uses_is_under_the_50_dollar_goal()
    {
        var cost = StackSettingsParser.Parse(TestConfig.Project, "dev", WithToken("Pulumi.dev.yaml", (SettingKeys.ClientEnabled, "false")), acceptEncryptedSecrets: true).Cost;

        Assert.True(cost.MonthlyUsd <= 50m, $"{cost.MonthlyUsd}");
        Assert.DoesNotContain("interfaceEndpoints", cost.Breakdown.Keys);
    }

    [Fact]
    public void An_existing_vpc_pays_for_no_interface_endpoints_and_no_flow_logs()
    {
        var config = TestConfig.Valid()
            .With(SettingKeys.VpcId, "vpc-0123456789abcdef0")
            .With(SettingKeys.CacheSubnetIds, """["subnet-0123456789abcdef0","subnet-0123456789abcdef1"]""")
            .With(SettingKeys.ClientSubnetId, "subnet-0123456789abcdef0");

        var cost = TestConfig.Parse(config).Cost;

        Assert.DoesNotContain("interfaceEndpoints", cost.Breakdown.Keys);
        Assert.Equal(0m, cost.Breakdown["logIngestion"]);
    }

    [Fact]
    public void Valkey_nodes_are_priced_20_percent_below_redis()
    {
        var redis = TestConfig.ParseWith(SettingKeys.Engine, "redis").Cost.Breakdown["cacheNodes"];
        var valkey = TestConfig.ParseWith(SettingKeys.Engine, "valkey").Cost.Breakdown["cacheNodes"];

        Assert.Equal(Math.Round(redis * 0.8m, 2), valkey);
    }

    [Fact]
    public void A_node_type_without_a_price_is_reported_not_guessed()
    {
        var cost = TestConfig.ParseWith(SettingKeys.NodeType, "cache.r7g.4xlarge").Cost;

        Assert.DoesNotContain("cacheNodes", cost.Breakdown.Keys);
        Assert.Contains(cost.Unpriced, item => item.Contains("cache.r7g.4xlarge", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_prints_the_computed_figures_for_dev_and_prod()
    {
        var section = DocumentationConsistencyTests.DocSection("docs/cost.md", "cost");
        var dev = Committed("dev");
        var prod = Committed("prod");

        foreach (var item in dev.Items)
        {
            var row = ReadmeRow(section, item.Name);
            Assert.Equal((Usd(item.MonthlyUsd), Usd(prod.Breakdown[item.Name])), row);
        }

        Assert.Equal((Usd(dev.MonthlyUsd), Usd(prod.MonthlyUsd)), ReadmeRow(section, "total"));
        Assert.Contains(PriceTable.RecordedOn, section, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `?(?<item>[A-Za-z]+)`? \| (?<dev>\$[0-9.,]+) \| (?<prod>\$[0-9.,]+) \|", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    private static (string Dev, string Prod) ReadmeRow(string section, string item)
    {
        var match = Row().Matches(section).SingleOrDefault(m => m.Groups["item"].Value == item);
        Assert.True(match is not null, $"docs/cost.md's table has no row for {item}");
        return (match.Groups["dev"].Value, match.Groups["prod"].Value);
    }

    private static string Usd(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static CostEstimate Committed(string stack) =>
        StackSettingsParser.Parse(TestConfig.Project, stack, WithToken($"Pulumi.{stack}.yaml"), acceptEncryptedSecrets: true).Cost;

    private static Dictionary<string, string> WithToken(string fileName, params (string Key, string Value)[] overrides)
    {
        var file = StackFile.Load(RepositoryRoot.File(fileName), TestConfig.Project);
        var config = CommittedStack.WithToken(file);
        foreach (var (key, value) in overrides)
        {
            config[key] = value;
        }

        return config;
    }

    // Issue 17 item 8: a cluster-mode-disabled group takes one snapshot a day, whatever its node count.
    [Fact]
    public void Backups_count_one_snapshot_a_day_for_the_group_not_one_per_node()
    {
        var oneNode = TestConfig.Parse(TestConfig.Valid().With(SettingKeys.Replicas, "0").With(SettingKeys.SnapshotRetentionDays, "7")).Cost.Breakdown["backups"];
        var threeNodes = TestConfig.Parse(TestConfig.Valid().With(SettingKeys.Replicas, "2").With(SettingKeys.SnapshotRetentionDays, "7")).Cost.Breakdown["backups"];

        Assert.Equal(oneNode, threeNodes);
        Assert.Equal(Math.Round(6 * PriceTable.CacheNodes["cache.t4g.micro"].MemoryGiB * PriceTable.BackupPerGiBMonth, 2), threeNodes);
    }
}
