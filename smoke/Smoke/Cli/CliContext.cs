namespace Smoke.Cli;

/// <summary>
/// The program's window on its process: standard streams, environment variables, and the
/// interruption (Ctrl+C) to stop on. Tests pass their own (captured writers, a private
/// environment, a token they cancel), so the program runs in-process and in parallel without
/// touching the real console, the process environment or its signals.
/// </summary>
public sealed record CliContext(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Cancelled by the first Ctrl+C: the command stops, cleans up quietly and exits 130.</summary>
    public CancellationToken Interrupt { get; init; }

    public static CliContext FromConsole(CancellationToken interrupt) =>
        new(Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable) { Interrupt = interrupt };
}
