using Smoke.Cli;
using Smoke.Connection;
using Smoke.Failover;

namespace Smoke.Tests.Failover;

/// <summary>Starts the local failover site (the throwaway pair behind movable endpoints) with redis-server from PATH, and reads keys straight from its nodes.</summary>
internal static class LocalSite
{
    public const string KeyPattern = "smoke:failover:*";

    public static LocalFailoverSite Start() =>
        LocalFailoverSite.Start(
            ExecutableLocator.Find("redis-server", Environment.GetEnvironmentVariable("PATH")) ?? throw new InvalidOperationException("redis-server not on PATH"),
            new ConnectionTimeouts(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

    /// <summary>The drill's keys on one node, in write order (by sequence number).</summary>
    public static IReadOnlyList<string> Keys(LocalFailoverSite site, System.Net.IPEndPoint node)
    {
        var reply = site.Execute(node, "KEYS", KeyPattern);
        return (reply.Items ?? []).Select(k => k.Text!).OrderBy(Sequence).ToList();
    }

    /// <summary>Waits (bounded, 10 s) until no drill key is left on the node: a replica applies the cleanup's DEL a moment after the primary.</summary>
    public static void AssertNoKeys(LocalFailoverSite site, System.Net.IPEndPoint node)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Keys(site, node).Count > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.Empty(Keys(site, node));
    }

    public static long Sequence(string key) => long.Parse(key[(key.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    public static DrillSettings Settings => new()
    {
        Rate = 200,
        Before = TimeSpan.FromMilliseconds(500),
        Observe = TimeSpan.FromMilliseconds(500),
        Timeout = TimeSpan.FromSeconds(30),
    };
}
