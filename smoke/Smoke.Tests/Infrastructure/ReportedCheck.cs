namespace Smoke.Tests.Infrastructure;

/// <summary>One check as the --json report states it.</summary>
public sealed record ReportedCheck(string Name, string? Endpoint, string Status, double DurationMs, string Detail, string? Hint)
{
    /// <summary>"name/endpoint", the way assertions name a check.</summary>
    public string Id => Endpoint is null ? Name : $"{Name}/{Endpoint}";
}
