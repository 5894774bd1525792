namespace Smoke.Bench;

/// <summary>
/// A reason the probe stops, in words fit for the operator (never containing the AUTH token).
/// <see cref="ExitCode"/> is 1 for a failure of the cache or the network, 2 for a refusal caused
/// by the input (bad flag, wrong role behind an endpoint).
/// </summary>
internal sealed class BenchException(int exitCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static BenchException Failure(string message, Exception? inner = null) => new(1, message, inner);

    public static BenchException Refusal(string message) => new(2, message);
}
