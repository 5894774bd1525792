using Smoke.Cli;

namespace Smoke.Bench;

/// <summary>Everything `smoke bench` needs: the target flags shared with the check, the workload, and the report format.</summary>
public sealed record BenchCliOptions(TargetOptions Target, BenchOptions Workload, bool Json);
