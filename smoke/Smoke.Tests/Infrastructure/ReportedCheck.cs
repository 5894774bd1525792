namespace Smoke.Tests.Infrastructure;

/// <summary>One check as the --json report states it.</summary>
public sealed record ReportedCheck(string Name, string? Endpoint, string Status, double DurationMs, string Detail, string? Hint)
{
    /// <summary>Why a passed check passed other than as usual; null when it did not say.</summary>
    public string? Note { get; init; }

    /// <summary>"name/endpoint", the way assertions name a check.</summary>
    public string Id => Endpoint is null ? Name : $"{Name}/{Endpoint}";
}
