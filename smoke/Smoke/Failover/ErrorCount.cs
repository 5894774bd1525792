namespace Smoke.Failover;

/// <summary>How many attempts of one loop failed with one kind of error, and the first message seen (redacted).</summary>
internal sealed record ErrorCount(string Kind, int Count, string Example)
{
    public static IReadOnlyList<ErrorCount> Tally(AttemptLog log) =>
        log.Attempts.Where(a => a.Error is not null)
            .GroupBy(a => a.Error!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => new ErrorCount(ErrorKinds.Label(g.Key), g.Count(), log.Examples.GetValueOrDefault(g.Key, ErrorKinds.Label(g.Key))))
            .ToList();
}
