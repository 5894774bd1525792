using System.Net;
using Smoke.Input;
using Smoke.Tests.Infrastructure;
using StackExchange.Redis;

namespace Smoke.Tests.Scenarios;

/// <summary>
/// The offline ACL reader against a real redis-server: its category table against ACL CAT, and its
/// verdicts against ACL DRYRUN (Redis 7), so a rule read wrongly shows up as a disagreement.
/// </summary>
public sealed class AclAgreementTests : IDisposable
{
    private const string Key = "smoke:0123456789abcdef";

    private static readonly string[] Categories = ["read", "write", "string", "keyspace", "fast", "slow", "dangerous", "connection", "admin"];

    private readonly RedisServer _server = RedisServer.StartOnFreePort(new RedisServerOptions("127.0.0.1"));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CategoryTable_MatchesAclCat()
    {
        await WithDatabaseAsync(async db =>
        {
            foreach (var category in Categories)
            {
                var members = ((RedisResult[]?)await db.ExecuteAsync("ACL", "CAT", category) ?? []).Select(r => (string?)r).ToHashSet();
                foreach (var command in AclCategories.Commands)
                {
                    Assert.True(
                        members.Contains(command) == AclCategories.Contains(category, command),
                        $"{command} in @{category}: server {members.Contains(command)}, table {AclCategories.Contains(category, command)}");
                }
            }
        });
    }

    [Theory]
    [InlineData("~smoke:* +@read +@write")]
    [InlineData("~smoke:* +@all -@dangerous")]
    [InlineData("%R~smoke:* +@all")]
    [InlineData("%W~smoke:* +@all")]
    [InlineData("%R~smoke:* %W~smoke:* +@string +del")]
    [InlineData("~app:* +@all")]
    [InlineData("allkeys -@all +get +@keyspace")]
    [InlineData("~* +@all -@write +set")]
    [InlineData("~* +set -@string")]
    [InlineData("~* resetkeys ~smoke:[0-9]* +@fast +@slow -@admin")]
    [InlineData("~* nocommands +@connection +ping +info")]
    public async Task Verdicts_MatchAclDryRun(string rules)
    {
        var user = $"u{Guid.NewGuid():N}"[..12];
        var access = AclAccessString.TryParse("on " + rules, out var problem) ?? throw new InvalidOperationException(problem);
        (string Command, AclKeyAccess Needed, object[] Args)[] probes =
        [
            ("set", AclKeyAccess.Write, [Key, "v"]),
            ("get", AclKeyAccess.Read, [Key]),
            ("del", AclKeyAccess.Write, [Key]),
            ("ping", AclKeyAccess.None, []),
            ("role", AclKeyAccess.None, []),
            ("info", AclKeyAccess.None, ["replication"]),
        ];
        await WithDatabaseAsync(async db =>
        {
            await db.ExecuteAsync("ACL", ["SETUSER", user, "on", .. rules.Split(' ')]);
            foreach (var (command, needed, args) in probes)
            {
                var said = (string?)await db.ExecuteAsync("ACL", ["DRYRUN", user, command, .. args]);
                var ours = access.MayRun(command) && (needed == AclKeyAccess.None || access.MayAccess(Key, needed));
                Assert.True(ours == (said == "OK"), $"'{rules}' {command}: server '{said}', ours {ours}");
            }
        });
    }

    private async Task WithDatabaseAsync(Func<IDatabase, Task> use)
    {
        var options = new ConfigurationOptions { AbortOnConnectFail = true, ConnectTimeout = 5000, SyncTimeout = 5000 };
        options.EndPoints.Add(new IPEndPoint(IPAddress.Parse(_server.Host), _server.Port));
        var connection = await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(TimeSpan.FromSeconds(10));
        try
        {
            await use(connection.GetDatabase()).WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            connection.Close(allowCommandsToComplete: false);
            connection.Dispose();
        }
    }
}
