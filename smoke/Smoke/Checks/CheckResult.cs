using Smoke.Connection;

namespace Smoke.Checks;

/// <summary>One row of the report. <see cref="Hint"/> is the one actionable next step of a failure.</summary>
public sealed record CheckResult(
    string Name,
    EndpointRole? Endpoint,
    CheckStatus Status,
    TimeSpan Duration,
    string Detail,
    string? Hint = null);
