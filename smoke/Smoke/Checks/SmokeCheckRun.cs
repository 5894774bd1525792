using System.Diagnostics;
using Smoke.Cli;
using Smoke.Connection;
using StackExchange.Redis;

namespace Smoke.Checks;

/// <summary>
/// Runs the checks in order against a <see cref="SmokeTarget"/> and returns the report. Layers
/// (DNS, TCP, TLS, AUTH, PING, role) run for both endpoints side by side; a failed layer skips
/// the layers above it on that endpoint only. Every wait is bounded: each check by its own
/// timeout and all of them by <paramref name="budget"/>; the smoke key is deleted on every path,
/// with a reserve of time kept for that.
/// </summary>
public sealed class SmokeCheckRun(SmokeTarget target, TimeSpan replicationTimeout, TimeSpan budget)
{
    /// <summary>The key's lifetime: short, so a run killed before its cleanup leaves nothing for long.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromSeconds(60);

    public const string KeyPrefix = "smoke:";

    private static readonly TimeSpan CloseBound = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly List<CheckResult> _results = [];
    private readonly RedisConnectionFactory _connections = new(target);
    private readonly string _key = KeyPrefix + Guid.NewGuid().ToString("N")[..16];
    private readonly string _value = Guid.NewGuid().ToString("N");
    private CancellationToken _checksDeadline;
    private bool _primaryWritten;

    private string ReaderWriteKey => _key + ":reader-write";

    private TimeSpan CleanupReserve => Min(target.Timeouts.Command, TimeSpan.FromSeconds(2));

    /// <summary>Runs the checks; <paramref name="interrupt"/> (Ctrl+C) ends them early, the cleanup still runs.</summary>
    public async Task<SmokeReport> RunAsync(CancellationToken interrupt = default)
    {
        var clock = Stopwatch.StartNew();
        var checksBudget = budget - CleanupReserve - CloseBound;
        using var checksDeadline = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        checksDeadline.CancelAfter(checksBudget > TimeSpan.Zero ? checksBudget : TimeSpan.Zero);
        _checksDeadline = checksDeadline.Token;
        await using var primary = new EndpointSession(target.Primary, target);
        await using var reader = new EndpointSession(target.Reader, target);
        EndpointSession[] both = [primary, reader];
        try
        {
            await LayerAsync(both, CheckNames.Dns, target.Timeouts.Connect, (s, ct) => s.Probe.ResolveAsync(ct)).ConfigureAwait(false);
            await LayerAsync(both, CheckNames.Tcp, target.Timeouts.Connect, (s, ct) => s.Probe.ConnectAsync(ct)).ConfigureAwait(false);
            if (target.Tls)
            {
                await LayerAsync(both, CheckNames.Tls, target.Timeouts.Connect, (s, ct) => s.Probe.HandshakeTlsAsync(ct)).ConfigureAwait(false);
            }
            else
            {
                SkipLayer(both, CheckNames.Tls, "transit encryption off (transitEncryption false or --no-tls)");
            }

            if (target.AuthToken is { } token)
            {
                await LayerAsync(both, CheckNames.Auth, target.Timeouts.Command, (s, ct) => s.Probe.AuthenticateAsync(token, ct)).ConfigureAwait(false);
            }
            else
            {
                SkipLayer(both, CheckNames.Auth, "no AUTH token or user given");
            }

            await LayerAsync(both, CheckNames.Ping, target.Timeouts.Command, (s, ct) => s.Probe.PingAsync(ct)).ConfigureAwait(false);
            await LayerAsync(both, CheckNames.Role, target.Timeouts.Connect + target.Timeouts.Command, CheckRoleAsync).ConfigureAwait(false);

            await CheckAsync(CheckNames.Set, EndpointRole.Primary, primary.Connection is null ? "primary not reached" : null, target.Timeouts.Command, ct => SetAsync(primary, ct)).ConfigureAwait(false);
            var written = _results[^1].Status == CheckStatus.Passed;
            await CheckAsync(CheckNames.Get, EndpointRole.Primary, written ? null : "nothing was written", target.Timeouts.Command, ct => GetAsync(primary, ct)).ConfigureAwait(false);
            var replicationSkip = reader.Connection is null ? "reader not reached" : written ? null : "nothing was written";
            await CheckAsync(CheckNames.Replication, EndpointRole.Reader, replicationSkip, replicationTimeout + target.Timeouts.Command, ct => ReplicationAsync(reader, ct)).ConfigureAwait(false);
            await CheckAsync(CheckNames.ReadOnly, EndpointRole.Reader, reader.Connection is null ? "reader not reached" : null, target.Timeouts.Command * 2, ct => ReaderRefusesWriteAsync(reader, ct)).ConfigureAwait(false);
            NoteReaderIsPrimary(reader);
        }
        finally
        {
            // Cleanup has its own reserve of time, outside the checks' deadline: it runs even when
            // the checks ran out of time or an unexpected error ended them.
            _results.Add(await CleanupAsync(primary).ConfigureAwait(false));
            await Task.WhenAll(both.Select(s => RedisConnectionFactory.CloseAsync(s.Connection, CloseBound))).ConfigureAwait(false);
        }

        return new SmokeReport(target, _results, clock.Elapsed);
    }

    private async Task<string> CheckRoleAsync(EndpointSession session, CancellationToken cancellation)
    {
        try
        {
            session.Connection = await _connections.ConnectAsync(session.Endpoint, cancellation).ConfigureAwait(false);
        }
        catch (RedisConnectionException e)
        {
            throw new CheckFailedException($"client connection failed: {target.Redact(e.Message)}", Hints.ClientConnect);
        }

        var answer = await RoleQuery.AskAsync(session.Database, cancellation).ConfigureAwait(false);
        session.Role = answer.Role;
        return (session.Endpoint.Role, answer.Role) switch
        {
            (EndpointRole.Primary, ServerRole.Replica) => throw new CheckFailedException($"expected a master, found a {answer.Detail}", Hints.PrimaryIsReplica),
            (EndpointRole.Reader, ServerRole.Primary) when !NoReplicas(session) => throw new CheckFailedException($"expected a replica, found a {answer.Detail}", Hints.ReaderNotReplica),
            _ => answer.Detail,
        };
    }

    private async Task<string> SetAsync(EndpointSession primary, CancellationToken cancellation)
    {
        _primaryWritten = true;
        try
        {
            await primary.Database.StringSetAsync(_key, _value, KeyLifetime).WaitAsync(cancellation).ConfigureAwait(false);
        }
        catch (RedisServerException e)
        {
            // A refusal writes nothing: cleanup has nothing to delete (and a read-only user could not).
            _primaryWritten = false;
            var noPermission = e.Message.StartsWith("NOPERM", StringComparison.Ordinal);
            throw new CheckFailedException(
                $"SET refused{(noPermission && target.User is { } user ? $" for user {user}" : "")}: {target.Redact(e.Message)}",
                noPermission ? Hints.NoWritePermission : Hints.PrimaryWrite);
        }

        return $"SET {_key} (expires in {KeyLifetime.TotalSeconds:0} s)";
    }

    private async Task<string> GetAsync(EndpointSession primary, CancellationToken cancellation)
    {
        var value = (string?)await primary.Database.StringGetAsync(_key).WaitAsync(cancellation).ConfigureAwait(false);
        return value == _value
            ? "read back the value just written"
            : throw new CheckFailedException($"GET returned {(value is null ? "nothing" : "another value")}", Hints.PrimaryWrite);
    }

    private async Task<string> ReplicationAsync(EndpointSession reader, CancellationToken cancellation)
    {
        var waited = Stopwatch.StartNew();
        var interval = TimeSpan.FromMilliseconds(5);
        var polls = 0;
        while (true)
        {
            polls++;
            // From a replica, demanding one: the client library never answers this read from a primary instead.
            var flags = reader.Role == ServerRole.Replica ? CommandFlags.DemandReplica : CommandFlags.None;
            var value = (string?)await reader.Database.StringGetAsync(_key, flags).WaitAsync(cancellation).ConfigureAwait(false);
            if (value == _value)
            {
                return $"value arrived on the reader; observed replication lag {waited.Elapsed.TotalMilliseconds:0} ms ({polls} read(s))";
            }

            if (waited.Elapsed >= replicationTimeout)
            {
                var link = await ReplicaLinkAsync(reader, cancellation).ConfigureAwait(false);
                throw new CheckFailedException(
                    $"value not on the reader after {Durations.Format(replicationTimeout)} ({polls} reads){link}", Hints.Replication);
            }

            await Task.Delay(interval, cancellation).ConfigureAwait(false);
            interval = Min(interval * 2, LongestPollInterval);
        }
    }

    /// <summary>The reader's own view of its replication link, for the failure detail; empty when it will not say.</summary>
    private static async Task<string> ReplicaLinkAsync(EndpointSession reader, CancellationToken cancellation)
    {
        try
        {
            var info = (string?)await reader.Database.ExecuteAsync("INFO", "replication").WaitAsync(cancellation).ConfigureAwait(false) ?? "";
            var role = RoleQuery.InfoField(info, "role");
            return role == "master"
                ? "; the reader reports itself as a master"
                : $"; reader reports master_link_status:{RoleQuery.InfoField(info, "master_link_status")}, {LastContact(info)}";
        }
        catch (RedisException)
        {
            return "";
        }
    }

    /// <summary>"never in contact" for Redis's -1 (no contact since the link was configured), else the seconds.</summary>
    private static string LastContact(string info) =>
        RoleQuery.InfoField(info, "master_last_io_seconds_ago") is "-1" or null
            ? "never in contact with the primary"
            : $"last contact with the primary {RoleQuery.InfoField(info, "master_last_io_seconds_ago")} s ago";

    /// <summary>The stack has no replicas and the reader answered as the primary: ElastiCache then points the reader endpoint at the primary.</summary>
    private bool NoReplicas(EndpointSession reader) => target.Replicas == 0 && reader.Role == ServerRole.Primary;

    /// <summary>Marks the reader rows that passed only because the reader endpoint serves the primary.</summary>
    private void NoteReaderIsPrimary(EndpointSession reader)
    {
        if (!NoReplicas(reader))
        {
            return;
        }

        for (var i = 0; i < _results.Count; i++)
        {
            if (_results[i] is { Endpoint: EndpointRole.Reader, Status: CheckStatus.Passed, Name: CheckNames.Role or CheckNames.Replication or CheckNames.ReadOnly })
            {
                _results[i] = _results[i] with { Note = Hints.NoReplicas };
            }
        }
    }

    private async Task<string> ReaderRefusesWriteAsync(EndpointSession reader, CancellationToken cancellation)
    {
        if (NoReplicas(reader))
        {
            return "no write tried: the reader endpoint is the primary, which takes writes";
        }

        // On the probe's raw connection: the client library refuses to send a write to a replica
        // (even with CommandFlags.DemandReplica), and here the server must answer for itself.
        var ttl = ((long)KeyLifetime.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reply = await reader.Probe.SendAsync(["SET", ReaderWriteKey, _value, "PX", ttl], cancellation).ConfigureAwait(false);
        if (reply.StartsWith("-READONLY", StringComparison.Ordinal))
        {
            return $"write refused: {reply[1..]}";
        }

        if (reply.StartsWith("-NOPERM", StringComparison.Ordinal))
        {
            // The user's ACL refused before the replica could: no proof of read-only either way.
            throw new CheckFailedException(
                $"write refused with NOPERM (the user's access string), not READONLY: read-only not shown: {target.Redact(reply[1..])}",
                Hints.ReaderNoPermission);
        }

        if (reply.StartsWith('-'))
        {
            throw new CheckFailedException($"write refused, but not with READONLY: {target.Redact(reply[1..])}", Hints.ReaderNotReplica);
        }

        var removed = await reader.Probe.SendAsync(["DEL", ReaderWriteKey], cancellation).ConfigureAwait(false);
        throw new CheckFailedException(
            $"the reader accepted a write (SET {ReaderWriteKey} answered {reply}); the key was removed again (DEL answered {removed})",
            Hints.ReaderNotReplica);
    }

    private async Task<CheckResult> CleanupAsync(EndpointSession primary)
    {
        if (!_primaryWritten || primary.Connection is null)
        {
            return new CheckResult(CheckNames.Cleanup, EndpointRole.Primary, CheckStatus.Skipped, TimeSpan.Zero, "nothing was written");
        }

        using var bound = new CancellationTokenSource(CleanupReserve);
        return await MeasureAsync(CheckNames.Cleanup, EndpointRole.Primary, CleanupReserve, bound.Token, async ct =>
        {
            // The reader-write key too: when the reader endpoint points at the primary, it landed here.
            var deleted = await primary.Database.KeyDeleteAsync([_key, ReaderWriteKey]).WaitAsync(ct).ConfigureAwait(false);
            return $"deleted {deleted} smoke key(s)";
        }).ConfigureAwait(false);
    }

    private async Task LayerAsync(
        EndpointSession[] sessions, string name, TimeSpan bound, Func<EndpointSession, CancellationToken, Task<string>> check)
    {
        var running = sessions.Select(async session =>
        {
            if (session.FailedLayer is { } failed)
            {
                return Skipped(name, session.Endpoint.Role, $"not run: the {failed} check failed");
            }

            var result = await MeasureAsync(name, session.Endpoint.Role, bound, _checksDeadline, ct => check(session, ct)).ConfigureAwait(false);
            if (result.Status == CheckStatus.Failed && !(name == CheckNames.Role && session.Connection is not null))
            {
                // A role mismatch keeps the connection: the data checks still show what the server does.
                session.FailedLayer = name;
            }

            return result;
        }).ToList();
        _results.AddRange(await Task.WhenAll(running).ConfigureAwait(false));
    }

    private void SkipLayer(EndpointSession[] sessions, string name, string why) =>
        _results.AddRange(sessions.Select(s => Skipped(name, s.Endpoint.Role, s.FailedLayer is { } failed ? $"not run: the {failed} check failed" : why)));

    private async Task CheckAsync(string name, EndpointRole endpoint, string? skipReason, TimeSpan bound, Func<CancellationToken, Task<string>> check) =>
        _results.Add(skipReason is not null
            ? Skipped(name, endpoint, $"not run: {skipReason}")
            : await MeasureAsync(name, endpoint, bound, _checksDeadline, check).ConfigureAwait(false));

    /// <summary>Runs one check under its own bound and the run's deadline, and turns every outcome into a row.</summary>
    private async Task<CheckResult> MeasureAsync(
        string name, EndpointRole endpoint, TimeSpan bound, CancellationToken deadline, Func<CancellationToken, Task<string>> check)
    {
        if (deadline.IsCancellationRequested)
        {
            return Skipped(name, endpoint, "not run: the overall time limit was reached");
        }

        var clock = Stopwatch.StartNew();
        using var ownBound = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        ownBound.CancelAfter(bound);
        CheckResult Row(CheckStatus status, string detail, string? hint = null) =>
            new(name, endpoint, status, clock.Elapsed, target.Redact(detail), hint);
        try
        {
            return Row(CheckStatus.Passed, await check(ownBound.Token).ConfigureAwait(false));
        }
        catch (CheckFailedException e)
        {
            return Row(CheckStatus.Failed, e.Message, e.Hint);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && ownBound.IsCancellationRequested)
        {
            return deadline.IsCancellationRequested
                ? Row(CheckStatus.Failed, "stopped: the overall time limit was reached", Hints.OverallTimeout)
                : Row(CheckStatus.Failed, $"no answer within {Durations.Format(bound)}", Hints.ForCheck(name));
        }
        catch (Exception e) when (e is RedisException or IOException or System.Net.Sockets.SocketException)
        {
            return Row(CheckStatus.Failed, $"{e.GetType().Name}: {e.Message}", Hints.ForCheck(name));
        }
    }

    private static CheckResult Skipped(string name, EndpointRole endpoint, string why) =>
        new(name, endpoint, CheckStatus.Skipped, TimeSpan.Zero, why);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
