namespace Smoke.Cli;

/// <summary>An operator's --primary/--reader value: a host, and a port when one was written.</summary>
public sealed record EndpointOverride(string Host, int? Port);
