namespace Smoke.Failover;

/// <summary>
/// The longest time one traffic loop went without an acknowledged attempt: from the end of the
/// last good attempt before to the end of the first good one after (null: none came back before
/// the drill ended), and how many attempts failed in between.
/// </summary>
internal sealed record Outage(double FromMs, double? ToMs, int FailedAttempts)
{
    public double? DurationMs => ToMs - FromMs;

    /// <summary>The longest gap between successive acknowledged attempts, from <paramref name="startMs"/> on; null without any attempt.</summary>
    public static Outage? Longest(IReadOnlyList<Attempt> attempts, double startMs)
    {
        Outage? longest = null;
        var lastGood = startMs;
        var failed = 0;
        foreach (var attempt in attempts)
        {
            if (!attempt.Ok)
            {
                failed++;
                continue;
            }

            var gap = new Outage(lastGood, attempt.EndMs, failed);
            if (longest is null || gap.DurationMs > longest.DurationMs)
            {
                longest = gap;
            }

            lastGood = attempt.EndMs;
            failed = 0;
        }

        // Failures up to the end without a good attempt after them: the outage never ended.
        return failed > 0 ? new Outage(lastGood, null, failed) : longest;
    }
}
