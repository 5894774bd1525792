namespace Smoke.Cli;

/// <summary>What the command line asks for. A new subcommand (bench) adds a case here.</summary>
public abstract record ParsedCommand;

/// <summary>`smoke --help`.</summary>
public sealed record HelpCommand : ParsedCommand;

/// <summary>`smoke [check] ...`: the smoke test.</summary>
public sealed record CheckCommand(CheckOptions Options) : ParsedCommand;
