namespace Infra.Settings.Tests;

public class RestoreTests
{
    [Fact]
    public void By_default_nothing_is_restored() => Assert.False(TestConfig.Parse(TestConfig.Valid()).Restore.Restores);

    [Theory]
    [InlineData("nightly-2026-11-30")]
    [InlineData("automatic.elasticache-redis-dev-2026-11-30-03-00")]
    public void A_snapshot_name_is_accepted(string name) => Assert.Equal(name, TestConfig.ParseWith(SettingKeys.SnapshotName, name).Restore.SnapshotName);

    [Theory]
    [InlineData("-leading-hyphen")]
    [InlineData("has space")]
    [InlineData("under_score")]
    public void A_malformed_snapshot_name_is_refused(string name) =>
        Assert.Equal(SettingKeys.SnapshotName, TestConfig.SingleProblem(SettingKeys.SnapshotName, name).Key);

    [Fact]
    public void Snapshot_arns_are_accepted() =>
        Assert.Equal(
            ["arn:aws:s3:::my-backups/cache/dump.rdb"],
            TestConfig.ParseWith(SettingKeys.SnapshotArns, """["arn:aws:s3:::my-backups/cache/dump.rdb"]""").Restore.SnapshotArns);

    [Theory]
    [InlineData("""["arn:aws:s3:::my-backups"]""")]
    [InlineData("""["arn:aws:s3:::my-backups/a,b.rdb"]""")]
    [InlineData("""["s3://my-backups/dump.rdb"]""")]
    public void A_malformed_snapshot_arn_is_refused(string arns) =>
        Assert.Equal(SettingKeys.SnapshotArns, TestConfig.SingleProblem(SettingKeys.SnapshotArns, arns).Key);

    [Fact]
    public void Name_and_arns_are_exclusive()
    {
        var config = TestConfig.Valid()
            .With(SettingKeys.SnapshotName, "nightly")
            .With(SettingKeys.SnapshotArns, """["arn:aws:s3:::my-backups/dump.rdb"]""");

        var problem = Assert.Single(TestConfig.Problems(config));
        Assert.Equal(SettingKeys.SnapshotName, problem.Key);
        Assert.Contains("snapshotArns", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_keys_are_documented_as_replacing_the_group() =>
        Assert.All([SettingKeys.SnapshotName, SettingKeys.SnapshotArns], key => Assert.Equal("yes", SettingKeys.Find(key)!.Replaces));
}
