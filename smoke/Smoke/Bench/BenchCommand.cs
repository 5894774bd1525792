using Smoke.Cli;

namespace Smoke.Bench;

/// <summary>`smoke bench ...`: the load probe.</summary>
public sealed record BenchCommand(BenchCliOptions Options) : ParsedCommand;

/// <summary>`smoke bench --help`.</summary>
public sealed record BenchHelpCommand : ParsedCommand;
