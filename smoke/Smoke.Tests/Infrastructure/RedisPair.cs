using System.Net;
using System.Text.Json;
using Smoke.Connection;
using StackExchange.Redis;

namespace Smoke.Tests.Infrastructure;

/// <summary>
/// A primary on 127.0.0.2 and its replica on 127.0.0.3, both on the same port as ElastiCache's
/// primary and reader endpoints are. Start returns once the replication link is up (bounded);
/// Dispose kills both processes. Admin helpers talk to the servers directly, for setting up
/// failures and for asserting that no smoke key is left behind.
/// </summary>
public sealed class RedisPair : IDisposable
{
    public const string PrimaryAddress = "127.0.0.2";
    public const string ReplicaAddress = "127.0.0.3";

    private static readonly TimeSpan LinkBound = TimeSpan.FromSeconds(15);

    private RedisPair(RedisServer primary, RedisServer replica, string? password, TestCertificates? tls, AclSetup? acl)
    {
        Primary = primary;
        Replica = replica;
        Password = password;
        Tls = tls;
        Acl = acl;
    }

    public RedisServer Primary { get; }

    public RedisServer Replica { get; }

    public int Port => Primary.Port;

    public string? Password { get; }

    public TestCertificates? Tls { get; }

    /// <summary>ACL users, the default user off: admin helpers then go through redis-cli as the admin user.</summary>
    public AclSetup? Acl { get; }

    public static RedisPair Start(string? password = null, TestCertificates? tls = null, AclSetup? acl = null)
    {
        var pair = RedisServer.RetryOnPortTaken(() =>
        {
            var port = FreePorts.Pick(IPAddress.Parse(PrimaryAddress), IPAddress.Parse(ReplicaAddress));
            var primary = RedisServer.Start(new RedisServerOptions(PrimaryAddress) { Password = password, Tls = tls, Acl = acl }, port);
            try
            {
                var replica = RedisServer.Start(
                    new RedisServerOptions(ReplicaAddress) { Password = password, Tls = tls, Acl = acl, ReplicaOf = (PrimaryAddress, port) }, port);
                return new RedisPair(primary, replica, password, tls, acl);
            }
            catch
            {
                primary.Dispose();
                throw;
            }
        });
        try
        {
            pair.WaitForReplicationLinkAsync().GetAwaiter().GetResult();
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>The stack outputs JSON this pair would have if ElastiCache ran it.</summary>
    public string OutputsJson(bool includeToken = true) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["primaryEndpoint"] = PrimaryAddress,
        ["readerEndpoint"] = ReplicaAddress,
        ["port"] = Port,
        ["transitEncryption"] = Tls is not null,
        ["authToken"] = includeToken ? Password : null,
        ["replicationGroupId"] = "smoke-test",
        ["clientInstanceId"] = "i-0123456789abcdef0",
    });

    public Task<string> InfoReplicationAsync(RedisServer server) =>
        Acl is not null
            ? RedisCli.RunAsync(server, "INFO", "replication")
            : WithConnectionAsync(server, async db => (string?)await db.ExecuteAsync("INFO", "replication") ?? "");

    /// <summary>Turns the replica into a standalone primary: the "reader" now accepts writes.</summary>
    public Task BreakReplicationAsync() =>
        WithConnectionAsync(Replica, db => db.ExecuteAsync("REPLICAOF", "NO", "ONE"));

    /// <summary>Makes the replica follow a primary that does not exist: still a read-only replica, but nothing reaches it.</summary>
    public Task CutReplicationLinkAsync()
    {
        var nobody = FreePorts.Pick(IPAddress.Loopback).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WithConnectionAsync(Replica, db => db.ExecuteAsync("REPLICAOF", "127.0.0.1", nobody));
    }

    /// <summary>Keys with the smoke prefix on a running server.</summary>
    public async Task<IReadOnlyList<string>> SmokeKeysAsync(RedisServer server) =>
        Acl is not null
            ? (await RedisCli.RunAsync(server, "KEYS", "smoke:*")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : await WithConnectionAsync<IReadOnlyList<string>>(server, async db =>
                ((RedisResult[]?)await db.ExecuteAsync("KEYS", "smoke:*") ?? []).Select(k => (string?)k ?? "").ToList());

    /// <summary>Asserts that no smoke key is left on the running servers of the pair.</summary>
    public async Task AssertNoSmokeKeysAsync()
    {
        foreach (var server in new[] { Primary, Replica }.Where(s => !s.HasExited))
        {
            Assert.Empty(await SmokeKeysAsync(server));
        }
    }

    /// <summary>Runs <paramref name="use"/> on a fresh admin connection to <paramref name="server"/>, then closes it.</summary>
    public async Task<T> WithConnectionAsync<T>(RedisServer server, Func<IDatabase, Task<T>> use)
    {
        await using var connection = await ConnectAsync(server);
        return await use(connection.GetDatabase()).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task<ConnectionMultiplexer> ConnectAsync(RedisServer server)
    {
        var options = new ConfigurationOptions
        {
            AllowAdmin = true,
            AbortOnConnectFail = true,
            ConnectTimeout = 5000,
            SyncTimeout = 5000,
            Password = Password,
            Ssl = Tls is not null,
        };
        options.EndPoints.Add(new IPEndPoint(IPAddress.Parse(server.Host), server.Port));
        if (Tls is not null)
        {
            options.SslHost = server.Host;
            options.CertificateValidation += TlsTrust.FromCaFile(Tls.CaFile).CreateCallback();
        }

        return await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Replica.Dispose();
        Primary.Dispose();
    }

    private async Task WaitForReplicationLinkAsync()
    {
        using var deadline = new CancellationTokenSource(LinkBound);
        while (true)
        {
            var info = await InfoReplicationAsync(Replica);
            if (info.Contains("master_link_status:up", StringComparison.Ordinal))
            {
                return;
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"replication link not up within {LinkBound.TotalSeconds} s:\n{info}\n{Replica.Log}");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
