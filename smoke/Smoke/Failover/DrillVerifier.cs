using System.Diagnostics;
using Smoke.Bench;
using Smoke.Connection;

namespace Smoke.Failover;

/// <summary>
/// The drill's checks and cleanup on fresh connections: the role and run id behind an endpoint,
/// the acknowledged writes still present on the primary endpoint, and the DEL of every key the
/// drill may have written. Each retries a failed connection until its bound (the endpoint may
/// still be moving), so the cleanup also runs right after a failover.
/// </summary>
internal sealed class DrillVerifier(SmokeTarget target, DrillKeys keys)
{
    private const int Batch = 500;
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    public TimeSpan Bound { get; init; } = TimeSpan.FromSeconds(20);

    public NodeIdentity? Identify(EndpointTarget endpoint)
    {
        try
        {
            return WithRetries(endpoint, connection =>
            {
                var replication = connection.Execute("INFO", "replication");
                var server = connection.Execute("INFO", "server");
                return new NodeIdentity(
                    Checks.RoleQuery.InfoField(replication.Text ?? "", "role") ?? "unknown",
                    Checks.RoleQuery.InfoField(server.Text ?? "", "run_id"));
            });
        }
        catch (DrillVerificationException)
        {
            return null;
        }
    }

    /// <summary>Reads back every acknowledged key from the primary endpoint (MGET in batches).</summary>
    public LostWrites FindLost(IReadOnlyList<long> acknowledged)
    {
        try
        {
            var missing = new List<long>();
            foreach (var chunk in acknowledged.Chunk(Batch))
            {
                var reply = WithRetries(target.Primary, connection => connection.Execute(["MGET", .. chunk.Select(keys.Key)]));
                if (reply.IsError || reply.Items is null)
                {
                    return new LostWrites(acknowledged.Count, null, [], $"MGET refused: {target.Redact(reply.Text ?? "")}");
                }

                missing.AddRange(chunk.Where((_, i) => reply.Items[i].Type == RespType.Nil));
            }

            return new LostWrites(
                acknowledged.Count,
                missing.Count,
                missing.Take(LostWrites.KeysShown).Select(keys.Key).ToList(),
                missing.Count == 0 ? "every acknowledged write is on the primary" : $"{missing.Count} acknowledged write(s) missing");
        }
        catch (DrillVerificationException e)
        {
            return new LostWrites(acknowledged.Count, null, [], e.Message);
        }
    }

    /// <summary>Deletes keys 1..<paramref name="written"/> through the primary endpoint.</summary>
    public Cleanup Delete(long written)
    {
        if (written == 0)
        {
            return new Cleanup(0, 0, "nothing was written");
        }

        long deleted = 0;
        try
        {
            for (long first = 1; first <= written; first += Batch)
            {
                var last = Math.Min(written, first + Batch - 1);
                var names = Enumerable.Range(0, (int)(last - first + 1)).Select(i => keys.Key(first + i));
                var reply = WithRetries(target.Primary, connection => connection.Execute(["DEL", .. names]));
                if (reply.IsError)
                {
                    return new Cleanup(written, deleted, $"DEL refused ({target.Redact(reply.Text ?? "")}); the keys expire by their TTL");
                }

                deleted += reply.Integer;
            }

            return new Cleanup(written, deleted, $"{deleted} key(s) deleted under {keys.Prefix}:*");
        }
        catch (DrillVerificationException e)
        {
            return new Cleanup(written, deleted, $"{e.Message}; the keys left expire by their TTL");
        }
    }

    private T WithRetries<T>(EndpointTarget endpoint, Func<RespConnection, T> use)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var connection = RespConnection.Open(endpoint, target, CancellationToken.None);
                return use(connection);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or BenchException)
            {
                if (clock.Elapsed >= Bound)
                {
                    throw new DrillVerificationException(
                        $"{RespConnection.Describe(endpoint)} unreachable for {Bound.TotalSeconds:0} s: {target.Redact(RespConnection.Describe(e))}");
                }

                Thread.Sleep(RetryPause);
            }
        }
    }

    private sealed class DrillVerificationException(string message) : Exception(message);
}
