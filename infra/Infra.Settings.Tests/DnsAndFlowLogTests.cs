using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class DnsAndFlowLogTests
{
    [Fact]
    public void Without_a_zone_there_are_no_records() =>
        Assert.Null(Parse(Valid()).Network.Dns);

    [Fact]
    public void With_a_zone_the_records_are_named_after_the_stack_by_default()
    {
        var dns = ParseWith(SettingKeys.PrivateDnsZoneId, "Z0123456789ABCDEFGHIJ").Network.Dns;

        Assert.Equal(new DnsRecordSettings("Z0123456789ABCDEFGHIJ", Stack), dns);
        Assert.Equal("dev-primary", dns!.PrimaryRecordName);
        Assert.Equal("dev-reader", dns.ReaderRecordName);
    }

    [Fact]
    public void A_prefix_names_the_records()
    {
        var dns = Parse(Valid().With(SettingKeys.PrivateDnsZoneId, "Z123").With(SettingKeys.DnsRecordPrefix, "orders-cache")).Network.Dns;

        Assert.Equal("orders-cache-primary", dns!.PrimaryRecordName);
    }

    [Theory]
    [InlineData("Prod_Stack", "prod-stack")]
    [InlineData("2024", "cache-2024")]
    public void The_default_prefix_is_the_stack_name_as_a_dns_label(string stack, string prefix) =>
        Assert.Equal(prefix, DnsRecordsReader.DefaultPrefix(stack));

    [Theory]
    [InlineData("z123")]
    [InlineData("Z")]
    [InlineData("/hostedzone/Z123")]
    public void A_malformed_zone_id_is_rejected(string zoneId) =>
        Assert.Equal(SettingKeys.PrivateDnsZoneId, SingleProblem(SettingKeys.PrivateDnsZoneId, zoneId).Key);

    [Theory]
    [InlineData("Orders")]
    [InlineData("-orders")]
    [InlineData("orders-")]
    [InlineData("orders.cache")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456")]
    public void A_prefix_that_is_not_a_dns_label_is_rejected(string prefix)
    {
        var problems = Problems(Valid().With(SettingKeys.PrivateDnsZoneId, "Z123").With(SettingKeys.DnsRecordPrefix, prefix));

        Assert.Equal(SettingKeys.DnsRecordPrefix, Assert.Single(problems).Key);
    }

    [Fact]
    public void A_prefix_without_a_zone_is_refused() =>
        Assert.Contains("privateDnsZoneId", SingleProblem(SettingKeys.DnsRecordPrefix, "orders").Allowed, StringComparison.Ordinal);

    [Fact]
    public void Flow_logs_are_on_by_default_for_a_created_vpc_for_14_days()
    {
        var flowLogs = Parse(Valid()).Network.FlowLogs;

        Assert.Equal(new FlowLogSettings("/aws/vpc-flow-logs/elasticache-redis-dev", 14), flowLogs);
    }

    [Fact]
    public void Flow_logs_can_be_turned_off() =>
        Assert.Null(ParseWith(SettingKeys.FlowLogs, "false").Network.FlowLogs);

    [Theory]
    [InlineData("1")]
    [InlineData("365")]
    [InlineData("3653")]
    public void Every_cloudwatch_retention_value_is_accepted(string days) =>
        Assert.Equal(int.Parse(days, System.Globalization.CultureInfo.InvariantCulture), ParseWith(SettingKeys.FlowLogRetentionDays, days).Network.FlowLogs!.RetentionDays);

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("15")]
    [InlineData("3654")]
    [InlineData("two weeks")]
    public void Other_retentions_are_rejected_with_the_allowed_list(string days)
    {
        var problem = SingleProblem(SettingKeys.FlowLogRetentionDays, days);

        Assert.Equal($"\"{days}\"", problem.Given);
        Assert.Contains("1, 3, 5, 7, 14, 30", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retention_list_is_cloudwatchs() =>
        Assert.Equal(
            [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653],
            LogRetention.AllowedDays);
}
