using Smoke.Connection;

namespace Smoke.Checks;

/// <summary>The outcome of a run: every check in order, what was tested, how long it took.</summary>
public sealed record SmokeReport(SmokeTarget Target, IReadOnlyList<CheckResult> Checks, TimeSpan Duration)
{
    public bool Passed => Checks.All(c => c.Status != CheckStatus.Failed);
}
