namespace Smoke.Bench;

/// <summary>
/// The workload of one probe run, validated (see <see cref="BenchCommandLine"/> for the flags
/// and their ranges).
/// </summary>
/// <param name="Duration">Measured time; null when <paramref name="Requests"/> bounds the run.</param>
/// <param name="Requests">Measured operation count (rounded up to whole pipelined batches); null with a duration.</param>
/// <param name="Warmup">Load before measuring starts (connections warm, keys in place); not in the figures.</param>
/// <param name="InFlight">
/// Requests in flight over the whole run, like redis-benchmark's <c>-c</c>: that many independent
/// clients, each sending one request (or one batch of <paramref name="Pipeline"/> commands) and
/// waiting for its reply before the next. With <c>--pipeline 16</c> the commands outstanding are
/// <c>InFlight × 16</c>, exactly as <c>redis-benchmark -c 50 -P 16</c>.
/// </param>
/// <param name="Connections">Sockets those clients share (default one per client, as redis-benchmark).</param>
/// <param name="Pipeline">Commands written together by one client before it waits for all their replies.</param>
/// <param name="ValueSize">Bytes per SET value.</param>
/// <param name="KeySpace">Distinct keys, picked uniformly at random per command.</param>
/// <param name="ReadShare">Share of the clients that read (0 = writes only, 1 = reads only).</param>
/// <param name="ReadFrom">Endpoints the reads go to.</param>
/// <param name="LagInterval">How often a replication-lag marker is written; zero turns the sampler off.</param>
/// <param name="Threads">
/// Event-loop threads driving the load connections, plain or TLS (like redis-benchmark's <c>--threads</c>).
/// </param>
public sealed record BenchOptions(
    TimeSpan? Duration,
    long? Requests,
    TimeSpan Warmup,
    int InFlight,
    int Connections,
    int Pipeline,
    int ValueSize,
    int KeySpace,
    double ReadShare,
    ReadTarget ReadFrom,
    TimeSpan LagInterval,
    int Threads)
{
    public static BenchOptions Default { get; } = new(
        Duration: TimeSpan.FromSeconds(10),
        Requests: null,
        Warmup: TimeSpan.FromSeconds(1),
        InFlight: 50,
        Connections: 50,
        Pipeline: 1,
        ValueSize: 100,
        KeySpace: 10_000,
        ReadShare: 0.5,
        ReadFrom: ReadTarget.Reader,
        LagInterval: TimeSpan.FromMilliseconds(100),
        Threads: DefaultThreads);

    /// <summary>One core left for the supervisor, the lag sampler and the system; at least one.</summary>
    public static int DefaultThreads => Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// Whether a reading workload first writes every key once (untimed), so that GETs hit; off
    /// (<c>--no-prefill</c>) for like-for-like comparisons with tools that read missing keys.
    /// </summary>
    public bool Prefill { get; init; } = true;

    public bool Reads => ReadShare > 0;

    public bool Writes => ReadShare < 1;

    /// <summary>
    /// Safety net for every key the probe writes: long enough to outlive the run, short enough
    /// that a probe killed with SIGKILL leaves nothing behind for long.
    /// </summary>
    public TimeSpan KeyTimeToLive =>
        Duration is { } duration
            ? TimeSpan.FromSeconds(Math.Max(600, Math.Ceiling((2 * (duration + Warmup)).TotalSeconds) + 60))
            : TimeSpan.FromHours(1);
}
