using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class TransitAndNodeTests
{
    [Fact]
    public void Transit_encryption_mode_is_required_by_default() =>
        Assert.Equal("required", Parse(Valid()).Cache.TransitEncryptionMode);

    private static Dictionary<string, string> WithoutAuth() => Valid().Without(SettingKeys.AuthToken).With(SettingKeys.AuthMode, "none");

    [Theory]
    [InlineData("redis", "7.0")]
    [InlineData("redis", "7.1")]
    [InlineData("valkey", "7.2")]
    [InlineData("valkey", "8.1")]
    [InlineData("valkey", "9.0")]
    public void Preferred_is_accepted_where_tls_switches_in_place(string engine, string version) =>
        Assert.Equal("preferred", Parse(WithoutAuth()
            .With(SettingKeys.Engine, engine)
            .With(SettingKeys.EngineVersion, version)
            .With(SettingKeys.TransitEncryptionMode, "preferred")).Cache.TransitEncryptionMode);

    // Issue 17 item 1: CreateReplicationGroup refuses TransitEncryptionMode below Redis OSS 7.0.5
    // ("Transit encryption mode is not supported for engine version 6.2.6"), so the default TLS stack on 6.2 sends none.
    [Fact]
    public void Redis_6_2_with_tls_sends_no_transit_encryption_mode()
    {
        var cache = Parse(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2")).Cache;

        Assert.True(cache.TransitEncryption);
        Assert.Null(cache.TransitEncryptionMode);
    }

    [Theory]
    [InlineData("preferred")]
    [InlineData("required")]
    public void Any_transit_encryption_mode_is_refused_on_redis_6_2(string mode)
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.Engine, "redis").With(SettingKeys.EngineVersion, "6.2").With(SettingKeys.TransitEncryptionMode, mode)));

        Assert.Equal(SettingKeys.TransitEncryptionMode, problem.Key);
        Assert.Contains("7.0.5", problem.Allowed, StringComparison.Ordinal);
    }

    // Issue 17 item 2: "Transit encryption preferred is not supported with redis access control".
    [Theory]
    [InlineData("token")]
    [InlineData("rbac")]
    public void Preferred_is_refused_with_auth(string authMode)
    {
        var config = authMode == "token"
            ? Valid()
            : Valid().Without(SettingKeys.AuthToken).With(SettingKeys.AuthMode, "rbac")
                .With(SettingKeys.Users, """{"app": {"access": "on ~* +@all"}}""")
                .With(SettingKeys.UserPasswords, """{"app": "App-Password-0123456789", "default": "Default-Password-0123456789"}""");

        var problem = Assert.Single(Problems(config.With(SettingKeys.TransitEncryptionMode, "preferred")));

        Assert.Equal(SettingKeys.TransitEncryptionMode, problem.Key);
        Assert.Contains($"authMode is {authMode}", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Preferred_is_refused_without_tls() =>
        Assert.Contains(
            Problems(WithoutAuth()
                .With(SettingKeys.TransitEncryption, "false")
                .With(SettingKeys.TransitEncryptionMode, "preferred")),
            p => p.Key == SettingKeys.TransitEncryptionMode);

    [Fact]
    public void No_mode_is_sent_without_tls() =>
        Assert.Null(Parse(Valid().Without(SettingKeys.AuthToken).With(SettingKeys.AuthMode, "none").With(SettingKeys.TransitEncryption, "false")).Cache.TransitEncryptionMode);

    [Fact]
    public void An_unknown_transit_mode_is_an_error() =>
        Assert.Equal(SettingKeys.TransitEncryptionMode, SingleProblem(SettingKeys.TransitEncryptionMode, "optional").Key);

    [Theory]
    [InlineData("cache.r6gd.xlarge", true)]
    [InlineData("cache.r6g.xlarge", false)]
    [InlineData("cache.t4g.micro", false)]
    public void Data_tiering_follows_the_node_family(string nodeType, bool dataTiering) =>
        Assert.Equal(dataTiering, ParseWith(SettingKeys.NodeType, nodeType).Cache.DataTiering);

    [Theory]
    [InlineData("cache.c7gn.large")]
    [InlineData("cache.m5.24xlarge")]
    [InlineData("cache.r4.16xlarge")]
    [InlineData("cache.m4.10xlarge")]
    public void Every_offered_family_and_size_is_accepted(string nodeType) =>
        Assert.Null(NodeTypes.Problem(nodeType));

    [Fact]
    public void The_final_snapshot_name_carries_the_creation_time()
    {
        var prefix = ParseWith(SettingKeys.FinalSnapshot, "true").Cache.FinalSnapshotPrefix!;
        var first = FinalSnapshotNames.For(prefix, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var second = FinalSnapshotNames.For(prefix, new DateTimeOffset(2026, 6, 2, 3, 4, 5, TimeSpan.FromHours(2)));

        Assert.Equal("elasticache-redis-dev-final-20260102-030405", first);
        Assert.Equal("elasticache-redis-dev-final-20260602-010405", second);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(SettingKeys.Engine, "valkey → redis only")]
    [InlineData(SettingKeys.TransitEncryption, "redis 6.2 only")]
    [InlineData(SettingKeys.AuthMode, "no (→ none is refused in place)")]
    [InlineData(SettingKeys.TransitEncryptionMode, "no")]
    public void The_catalog_says_when_a_change_replaces(string key, string replaces) =>
        Assert.Equal(replaces, SettingKeys.Find(key)!.Replaces);

    [Theory]
    [InlineData("Engine-family upgrades")]
    [InlineData("`slowLog` on or off needs `applyImmediately: true`")]
    [InlineData("Replicas added later are placed by AWS")]
    [InlineData("Replica-count changes are always immediate")]
    public void The_configuration_notes_tell_what_waits_and_what_needs_two_steps(string note) =>
        Assert.Contains(note, DocumentationConsistencyTests.DocSection(DocumentationConsistencyTests.ConfigurationDoc, "configuration"), StringComparison.Ordinal);

    // Issue 17 item 4: DataTiering is decided for every node type (the program sends it, false included).
    [Theory]
    [InlineData("cache.r6gd.xlarge")]
    [InlineData("cache.r6g.xlarge")]
    [InlineData("cache.t4g.micro")]
    public void Data_tiering_follows_the_node_family_both_ways(string nodeType) =>
        Assert.Equal(nodeType.Contains("r6gd", StringComparison.Ordinal), ParseWith(SettingKeys.NodeType, nodeType).Cache.DataTiering);
}
