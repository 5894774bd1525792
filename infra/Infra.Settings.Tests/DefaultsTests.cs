using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class DefaultsTests
{
    private readonly StackSettings _settings = Parse(Valid());

    [Fact]
    public void Defaults_give_a_valkey_9_0_replication_group_with_one_replica_over_two_zones()
    {
        // Issue 17: valkey (AWS's recommendation, 20 % cheaper nodes) at the newest version AWS offers for node-based groups.
        var cache = _settings.Cache;
        Assert.Equal(CacheEngine.Valkey, cache.Engine);
        Assert.Equal("valkey", cache.EngineName);
        Assert.Equal("9.0", cache.EngineVersion);
        Assert.Equal("valkey9", cache.ParameterGroupFamily);
        Assert.Equal("cache.t4g.micro", cache.NodeType);
        Assert.Equal(1, cache.Replicas);
        Assert.Equal(2, cache.NumCacheClusters);
        Assert.Equal([0, 1], cache.PreferredZoneIndexes);
        Assert.True(cache.MultiAz);
        Assert.True(cache.AutomaticFailover);
        Assert.Equal(6379, cache.Port);
        Assert.Equal(2, _settings.Network.AvailabilityZoneCount);
        Assert.Empty(_settings.Network.AvailabilityZoneNames);
    }

    [Fact]
    public void Defaults_meet_the_security_baseline()
    {
        var cache = _settings.Cache;
        Assert.True(cache.TransitEncryption);
        Assert.True(cache.AuthEnabled);
        Assert.Equal(GoodToken, cache.AuthToken!.Reveal());
        Assert.True(cache.AtRestEncryption);
        Assert.Null(cache.KmsKeyArn);
        Assert.True(cache.SnapshotRetentionDays >= 1);
        Assert.True(cache.AutoMinorVersionUpgrade);
        Assert.Equal("03:00-04:00", cache.SnapshotWindow);
        Assert.Equal("sun:05:00-sun:06:00", cache.MaintenanceWindow);
    }

    [Fact]
    public void Defaults_for_the_optional_switches_are_off()
    {
        Assert.False(_settings.Cache.SlowLog);
        Assert.Equal(14, _settings.Cache.SlowLogRetentionDays);
        Assert.False(_settings.Cache.ApplyImmediately);
        Assert.Null(_settings.Cache.FinalSnapshotPrefix);
        Assert.False(_settings.Cache.Protect);
        Assert.Empty(_settings.Cache.Parameters);
        Assert.False(_settings.Verification.VerifyOnUp);
    }

    [Fact]
    public void Default_client_is_a_graviton_t4g_nano_with_the_arm64_al2023_ami()
    {
        var client = _settings.Client;
        Assert.True(client.Enabled);
        Assert.Equal("t4g.nano", client.InstanceType);
        Assert.Equal(CpuArchitecture.Arm64, client.Architecture);
        Assert.Equal("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64", client.AmiParameterName);
        Assert.True(client.RootVolumeSizeGiB >= 8);
    }

    [Fact]
    public void Values_equal_to_the_catalog_defaults_give_the_same_settings_as_absent_keys()
    {
        var explicitDefaults = Valid();
        foreach (var definition in SettingKeys.All.Where(d => d.Default is not null))
        {
            explicitDefaults[definition.Key] = definition.Default!;
        }

        var fromDefaults = Parse(explicitDefaults);

        Assert.Equal(_settings.Network.Subnets, fromDefaults.Network.Subnets);
        Assert.Equal(_settings.Cache.EngineVersion, fromDefaults.Cache.EngineVersion);
        Assert.Equal(_settings.Cache.MultiAz, fromDefaults.Cache.MultiAz);
        Assert.Equal(_settings.Names, fromDefaults.Names);
        Assert.Equal(_settings.Tags, fromDefaults.Tags);
    }

    [Fact]
    public void Default_tags_are_project_stack_and_managed_by_pulumi()
    {
        Assert.Equal(
            new Dictionary<string, string> { ["ManagedBy"] = "pulumi", ["Project"] = Project, ["Stack"] = Stack },
            _settings.Tags);
    }
}
