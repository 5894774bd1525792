using Smoke.Cli;

namespace Smoke.Local;

/// <summary>`smoke local [--tls] [--bench]`: the smoke check (and a short bench) against a throwaway pair.</summary>
public sealed record LocalOptions(bool Tls, bool Bench);

/// <summary>`smoke local` as a parsed command.</summary>
public sealed record LocalCommand(LocalOptions Options) : ParsedCommand;

/// <summary>`smoke local --help`.</summary>
public sealed record LocalHelpCommand : ParsedCommand;
