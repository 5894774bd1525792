namespace Smoke.Ssm;

/// <summary>A tool the tunnel needs is not installed: a usage problem (exit 2), nothing was started.</summary>
public sealed class SsmPrerequisiteException(string message) : Exception(message);

/// <summary>A port-forwarding session did not come up in time or died: the run fails (exit 1).</summary>
public sealed class SsmTunnelException(string message) : Exception(message);
