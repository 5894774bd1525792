using Smoke.Connection;

namespace Smoke.Checks;

/// <summary>
/// One row of the report. <see cref="Hint"/> is the one actionable next step of a failure;
/// <see cref="Note"/> says why a passed check passed other than as usual (no replicas).
/// </summary>
public sealed record CheckResult(
    string Name,
    EndpointRole? Endpoint,
    CheckStatus Status,
    TimeSpan Duration,
    string Detail,
    string? Hint = null)
{
    public string? Note { get; init; }
}
