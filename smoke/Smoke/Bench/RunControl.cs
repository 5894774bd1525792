using System.Diagnostics;

namespace Smoke.Bench;

/// <summary>
/// State shared by the runner and its workers, written by the runner and read by the workers on
/// every batch: when measuring starts, whether to stop sending, how many measured requests a
/// count-bounded run has left, and the first failure (which ends the run).
/// </summary>
internal sealed class RunControl(long? requests) : IDisposable
{
    private long measureStart = long.MaxValue;
    private long remaining = requests ?? long.MaxValue;
    private volatile bool stopping;
    private string? failure;

    /// <summary>Stopwatch timestamp from which replies count; <see cref="long.MaxValue"/> during warm-up.</summary>
    public long MeasureStart => Volatile.Read(ref measureStart);

    public bool Stopping => stopping;

    public bool CountBounded { get; } = requests is not null;

    public string? Failure => Volatile.Read(ref failure);

    /// <summary>Cancelled by <see cref="Fail"/>: every connection is closed at once.</summary>
    public CancellationTokenSource Abort { get; } = new();

    /// <summary>Cancelled when sending stops (end of the run, Ctrl+C, failure): ends the sampler's waits.</summary>
    public CancellationTokenSource Stopped { get; } = new();

    public void StartMeasuring() => Volatile.Write(ref measureStart, Stopwatch.GetTimestamp());

    public void Stop()
    {
        stopping = true;
        Stopped.Cancel();
    }

    /// <summary>Takes <paramref name="count"/> measured requests from a count-bounded run's budget; false when it is spent.</summary>
    public bool TryReserve(int count)
    {
        if (Interlocked.Add(ref remaining, -count) + count > 0)
        {
            return true;
        }

        return false;
    }

    /// <summary>Records the first failure and aborts every connection; later failures are its consequences.</summary>
    public void Fail(string reason)
    {
        if (Interlocked.CompareExchange(ref failure, reason, null) is null)
        {
            Stop();
            Abort.Cancel();
        }
    }

    public void Dispose()
    {
        Abort.Dispose();
        Stopped.Dispose();
    }
}
