namespace Smoke.Failover;

/// <summary>
/// Every attempt of one traffic loop, in order, with the first message seen of each error kind
/// (redacted). Written by the loop's thread, read by the drill after the loop has stopped.
/// </summary>
internal sealed class AttemptLog
{
    private readonly List<Attempt> _attempts = [];
    private readonly Dictionary<ErrorKind, string> _examples = [];
    private long _lastAcknowledged;
    private long _lastRecorded;
    private double _lastAcknowledgedAtMs = -1;

    public IReadOnlyList<Attempt> Attempts => _attempts;

    public IReadOnlyDictionary<ErrorKind, string> Examples => _examples;

    /// <summary>The newest acknowledged sequence number (0: none yet); read by the other loop while this one runs.</summary>
    public long LastAcknowledged => Interlocked.Read(ref _lastAcknowledged);

    /// <summary>The newest recorded sequence number: equal to <see cref="LastAcknowledged"/> while the loop is healthy.</summary>
    public long LastRecorded => Interlocked.Read(ref _lastRecorded);

    /// <summary>When the newest acknowledged attempt ended (drill ms; negative: none yet); read by the drill while the loop runs.</summary>
    public double LastAcknowledgedAtMs => Volatile.Read(ref _lastAcknowledgedAtMs);

    public void Add(Attempt attempt, string? message = null)
    {
        _attempts.Add(attempt);
        Interlocked.Exchange(ref _lastRecorded, attempt.Sequence);
        if (attempt.Error is { } kind)
        {
            _examples.TryAdd(kind, message ?? ErrorKinds.Label(kind));
        }
        else
        {
            Interlocked.Exchange(ref _lastAcknowledged, attempt.Sequence);
            Volatile.Write(ref _lastAcknowledgedAtMs, attempt.EndMs);
        }
    }
}
