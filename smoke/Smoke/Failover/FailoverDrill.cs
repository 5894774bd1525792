using Smoke.Connection;

namespace Smoke.Failover;

/// <summary>
/// The drill: writer and reader start, the trigger fails the primary over, traffic goes on until
/// writes are back and <see cref="DrillSettings.Observe"/> has passed, then the acknowledged writes
/// are read back, the endpoints' roles asked, and every key deleted — on every path, Ctrl+C
/// (cancellation, rethrown after the cleanup) and errors included.
/// </summary>
internal sealed class FailoverDrill(SmokeTarget target, IFailoverTrigger trigger, DrillSettings settings, Action<string> progress)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>What the cleanup did; set on every path once the drill has written (for the interrupted message).</summary>
    public Cleanup? Cleanup { get; private set; }

    public async Task<FailoverReport> RunAsync(CancellationToken cancellation)
    {
        var figures = ClockFigures.Measure();
        var clock = new DrillClock();
        // Keys outlive the drill and the read-back; the TTL only matters when the cleanup cannot run.
        var keys = DrillKeys.Create(settings.Timeout * 2 + TimeSpan.FromMinutes(5));
        var verifier = new DrillVerifier(target, keys);
        var roles = new RoleCheck(verifier.Identify(target.Primary), verifier.Identify(target.Reader), null);
        if (roles.PrimaryBefore is null || roles.ReaderBefore is null)
        {
            throw new DrillNotStartedException(
                $"the {(roles.PrimaryBefore is null ? "primary" : "reader")} endpoint did not answer before the drill (see `smoke check`); nothing was triggered");
        }

        using var writer = TrafficLoop.Writer(clock, target, keys, settings.Rate, settings.WaitReplicaMs);
        using var reader = TrafficLoop.Reader(clock, target, keys, settings.Rate, () => writer.Log.LastAcknowledged);
        var started = clock.NowMs;
        try
        {
            writer.Start();
            reader.Start();
            progress($"traffic started: {settings.Rate} writes/s on {target.Primary.Describe()}, {settings.Rate} reads/s on {target.Reader.Describe()}, keys {keys.Prefix}:*");
            await Task.Delay(settings.Before, cancellation).ConfigureAwait(false);

            var triggered = clock.NowMs;
            var outcome = await trigger.RunAsync(clock, progress, cancellation).ConfigureAwait(false);
            if (outcome.Completed)
            {
                await ObserveAsync(clock, writer.Log, outcome.CompletedAtMs ?? clock.NowMs, triggered, cancellation).ConfigureAwait(false);
            }

            writer.Stop();
            reader.Stop();
            var stopped = clock.NowMs;
            progress("traffic stopped; reading back the acknowledged writes");
            var acknowledged = writer.Log.Attempts.Where(a => a.Ok).Select(a => a.Sequence).ToList();
            var lost = verifier.FindLost(acknowledged);
            roles = roles with { PrimaryAfter = verifier.Identify(target.Primary) };
            Cleanup = verifier.Delete(writer.Sent);
            return Report(figures, keys, outcome, writer.Log, reader.Log, started, triggered, stopped, roles, lost, Cleanup);
        }
        finally
        {
            if (Cleanup is null)
            {
                writer.Stop();
                reader.Stop();
                Cleanup = verifier.Delete(writer.Sent);
            }
        }
    }

    /// <summary>Traffic goes on until writes are back (the newest write acknowledged, after the completion) and Observe has passed, bounded by the drill's timeout.</summary>
    private async Task ObserveAsync(DrillClock clock, AttemptLog writes, double completedMs, double triggeredMs, CancellationToken cancellation)
    {
        var observeMs = settings.Observe.TotalMilliseconds;
        var boundMs = triggeredMs + settings.Timeout.TotalMilliseconds + observeMs;
        // Stopped right after a good write, so a blip at the very end does not read as an outage that never ended.
        while (clock.NowMs < boundMs
            && !(writes.LastAcknowledgedAtMs > completedMs && clock.NowMs - completedMs >= observeMs && writes.LastAcknowledged == writes.LastRecorded))
        {
            await Task.Delay(Poll, cancellation).ConfigureAwait(false);
        }
    }

    private FailoverReport Report(
        ClockFigures figures, DrillKeys keys, FailoverOutcome outcome, AttemptLog writes, AttemptLog reads,
        double started, double triggered, double stopped, RoleCheck roles, LostWrites lost, Cleanup cleanup)
    {
        var firstFailed = writes.Attempts.FirstOrDefault(a => !a.Ok && a.StartMs >= triggered);
        return new FailoverReport
        {
            Trigger = trigger.Description,
            PrimaryEndpoint = target.Primary.Describe(),
            ReaderEndpoint = target.Reader.Describe(),
            KeyPrefix = keys.Prefix,
            Rate = settings.Rate,
            WaitReplicas = settings.WaitReplicaMs is not null,
            MaxWriteOutageMs = settings.MaxWriteOutage.TotalMilliseconds,
            Clock = figures,
            TrafficStartedMs = started,
            TriggeredMs = triggered,
            TrafficStoppedMs = stopped,
            Failover = outcome,
            WriteRateBefore = RateBefore(writes, started, triggered),
            ReadRateBefore = RateBefore(reads, started, triggered),
            WriteAttempts = writes.Attempts.Count,
            WritesAcknowledged = writes.Attempts.Count(a => a.Ok),
            ReadAttempts = reads.Attempts.Count,
            ReadsAnswered = reads.Attempts.Count(a => a.Ok),
            TimeToFirstFailedWriteMs = firstFailed.Sequence == 0 ? null : firstFailed.StartMs - triggered,
            WriteOutage = Outage.Longest(writes.Attempts, started),
            ReadOutage = Outage.Longest(reads.Attempts, started),
            WriteErrors = ErrorCount.Tally(writes),
            ReadErrors = ErrorCount.Tally(reads),
            Roles = roles,
            Lost = lost,
            Cleanup = cleanup,
        };
    }

    private static double RateBefore(AttemptLog log, double started, double triggered)
    {
        var seconds = (triggered - started) / 1000;
        return seconds <= 0 ? 0 : log.Attempts.Count(a => a.StartMs < triggered) / seconds;
    }
}

/// <summary>The drill could not start (an endpoint unreachable beforehand): nothing was written or triggered.</summary>
internal sealed class DrillNotStartedException(string message) : Exception(message);
