namespace Smoke.Cli;

/// <summary>
/// The program's window on its process: standard streams and environment variables. Tests pass
/// their own (captured writers, a private environment), so the program runs in-process and in
/// parallel without touching the real console or the process environment.
/// </summary>
public sealed record CliContext(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable)
{
    public static CliContext FromConsole() =>
        new(Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
