namespace Smoke.Connection;

/// <summary>Bounds of single network waits: a DNS/TCP/TLS/connect step, and one Redis command.</summary>
public sealed record ConnectionTimeouts(TimeSpan Connect, TimeSpan Command);
