using System.Text.Json;

namespace Smoke.Tests.Infrastructure;

/// <summary>What one run of the program did: exit code, captured streams, wall time.</summary>
public sealed record SmokeRun(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>The checks of the --json report on standard output.</summary>
    public IReadOnlyList<ReportedCheck> Checks
    {
        get
        {
            using var document = JsonDocument.Parse(Output);
            return document.RootElement.GetProperty("checks").EnumerateArray()
                .Select(c => new ReportedCheck(
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("endpoint").GetString(),
                    c.GetProperty("status").GetString()!,
                    c.GetProperty("durationMs").GetDouble(),
                    c.GetProperty("detail").GetString()!,
                    c.TryGetProperty("hint", out var hint) ? hint.GetString() : null)
                {
                    Note = c.TryGetProperty("note", out var note) ? note.GetString() : null,
                })
                .ToList();
        }
    }

    /// <summary>The failed checks, as "name/endpoint", in report order.</summary>
    public IReadOnlyList<string> Failed => Checks.Where(c => c.Status == "failed").Select(c => c.Id).ToList();

    public ReportedCheck Check(string id) => Checks.Single(c => c.Id == id);

    public string Describe() => $"exit {ExitCode} after {Elapsed.TotalMilliseconds:0} ms\n--- stdout\n{Output}\n--- stderr\n{Error}";

    public void AssertFinishedWithin(TimeSpan bound) =>
        Assert.True(Elapsed <= bound, $"took {Elapsed.TotalSeconds:0.0} s, bound {bound.TotalSeconds} s\n{Describe()}");
}
