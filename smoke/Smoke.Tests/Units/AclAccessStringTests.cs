using Smoke.Input;

namespace Smoke.Tests.Units;

/// <summary>The offline ACL reader: rules in order, categories, key permissions, what it refuses to guess.</summary>
public sealed class AclAccessStringTests
{
    private const string Key = "smoke:0123456789abcdef";

    [Theory]
    [InlineData("on ~* +@all", "set", true)]
    [InlineData("on allkeys allcommands", "set", true)]
    [InlineData("on ~* +@all -set", "set", false)]
    [InlineData("on ~* -@all +set", "set", true)]
    [InlineData("on ~* +set -@write", "set", false)]
    [InlineData("on ~* -@write +set", "set", true)]
    [InlineData("on ~* +@read", "set", false)]
    [InlineData("on ~* +@read", "get", true)]
    [InlineData("on ~* +@string", "get", true)]
    [InlineData("on ~* +@keyspace", "del", true)]
    [InlineData("on ~* +@write", "del", true)]
    [InlineData("on ~* +@fast -@dangerous", "role", false)]
    [InlineData("on ~* +@fast", "role", true)]
    [InlineData("on ~* +@slow", "info", true)]
    [InlineData("on ~* +@all -@dangerous", "info", false)]
    [InlineData("on ~* +@connection", "ping", true)]
    [InlineData("on ~* +@all nocommands", "get", false)]
    [InlineData("on ~* +config|get", "config", false)]
    [InlineData("on ~*", "get", false)]
    [InlineData("on ~* +GET", "get", true)]
    public void Commands_LastMatchingRuleDecides(string access, string command, bool allowed) =>
        Assert.Equal(allowed, Parse(access).MayRun(command));

    [Theory]
    [InlineData("on ~smoke:* +@all", AclKeyAccess.ReadWrite, true)]
    [InlineData("on ~app:* +@all", AclKeyAccess.Read, false)]
    [InlineData("on %R~smoke:* +@all", AclKeyAccess.Read, true)]
    [InlineData("on %R~smoke:* +@all", AclKeyAccess.Write, false)]
    [InlineData("on %W~smoke:* +@all", AclKeyAccess.Write, true)]
    [InlineData("on %R~smoke:* %W~smoke:* +@all", AclKeyAccess.ReadWrite, true)]
    [InlineData("on %RW~smoke:* +@all", AclKeyAccess.ReadWrite, true)]
    [InlineData("on ~* resetkeys ~app:* +@all", AclKeyAccess.Read, false)]
    [InlineData("on allkeys +@all", AclKeyAccess.ReadWrite, true)]
    [InlineData("on ~smoke:[0-9]* +@all", AclKeyAccess.Write, true)]
    [InlineData("on ~smoke:[a-f]* +@all", AclKeyAccess.Write, false)]
    [InlineData("on ~smoke:????????????????* +@all", AclKeyAccess.Write, true)]
    [InlineData("on ~smoke\\:* +@all", AclKeyAccess.Write, true)]
    public void Keys_PatternsAndPermissionsAddUp(string access, AclKeyAccess needed, bool allowed) =>
        Assert.Equal(allowed, Parse(access).MayAccess(Key, needed));

    [Theory]
    [InlineData("on >pw1 <pw2 #0123 !0123 nopass resetpass &chan:* allchannels resetchannels ~* +@all", true)]
    [InlineData("off ~* +@all", false)]
    [InlineData("on off", false)]
    [InlineData("off on", true)]
    [InlineData("on ~* +@all reset", false)]
    public void Enabled_PasswordsAndChannelsIgnored(string access, bool enabled) =>
        Assert.Equal(enabled, Parse(access).Enabled);

    [Theory]
    [InlineData("on ~* +@all sometimes", "unknown rule 'sometimes'")]
    [InlineData("on ~* +@", "unknown rule '+@'")]
    [InlineData("on %X~* +@all", "unknown rule '%X~*'")]
    [InlineData("on (~app:* +get)", "selectors ('(~app:*') are not supported")]
    [InlineData("on ~* +", "unknown rule '+'")]
    public void UnknownRules_AreReported_NotGuessed(string access, string expected)
    {
        Assert.Null(AclAccessString.TryParse(access, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Allows_NeedsEnabledCommandAndKey()
    {
        Assert.True(Parse("on ~smoke:* +set").Allows("set", Key, AclKeyAccess.Write));
        Assert.False(Parse("off ~smoke:* +set").Allows("set", Key, AclKeyAccess.Write));
        Assert.False(Parse("on ~app:* +set").Allows("set", Key, AclKeyAccess.Write));
    }

    [Theory]
    [InlineData("*", "anything", true)]
    [InlineData("smoke:*", "smoke:", true)]
    [InlineData("smoke:*", "smok", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("[^x]bc", "abc", true)]
    [InlineData("[^a]bc", "abc", false)]
    [InlineData("a\\*", "a*", true)]
    [InlineData("a\\*", "ab", false)]
    [InlineData("*:reader-write", "smoke:1:reader-write", true)]
    [InlineData("a**b", "axxb", true)]
    public void GlobPattern_MatchesAsRedisDoes(string pattern, string text, bool matches) =>
        Assert.Equal(matches, GlobPattern.Matches(pattern, text));

    [Theory]
    [InlineData("on ~smoke:* +set +get +del", null)]
    [InlineData("on ~smoke:* +@read +@write", null)]
    [InlineData("on ~smoke:* +@read", "may not SET/DEL smoke:* keys")]
    [InlineData("on %R~smoke:* +@all", "may not SET/DEL smoke:* keys")]
    [InlineData("on ~app:* +@all", "may not SET/GET/DEL smoke:* keys")]
    [InlineData("off ~* +@all", "off")]
    [InlineData("on ~* +@all bogus", "access string not understood: unknown rule 'bogus'")]
    public void UserPicker_SaysWhyAUserCannotRunTheCheck(string access, string? why) =>
        Assert.Equal(why, UserPicker.WhyNot(new StackUser("u", access, StackUser.PasswordAuth)));

    [Fact]
    public void UserPicker_RefusesIamUsers() =>
        Assert.Equal("auth iam (the smoke check logs in with passwords)", UserPicker.WhyNot(new StackUser("u", "on ~* +@all", StackUser.IamAuth)));

    private static AclAccessString Parse(string access) =>
        AclAccessString.TryParse(access, out var problem) ?? throw new InvalidOperationException(problem);
}
