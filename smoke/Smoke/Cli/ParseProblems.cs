using System.CommandLine;
using System.CommandLine.Parsing;

namespace Smoke.Cli;

/// <summary>
/// The parse errors of a <see cref="ParseResult"/> in our words, for the usage error (exit 2, and
/// the JSON of --json). An unknown option is named with the nearest known one, and neither a value
/// attached to it (<c>--auth-token=X</c>) nor the word after it (<c>--auth-token X</c>) is ever
/// repeated: a misspelled secret flag must not echo the secret. The library's own typo correction
/// prints the whole unmatched token to the console, outside the JSON contract, hence this.
/// </summary>
public static class ParseProblems
{
    public static IReadOnlyList<string> From(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var command = result.CommandResult.Command;
        var problems = Unmatched(result, command).ToList();
        foreach (var error in result.Errors)
        {
            switch (error.SymbolResult)
            {
                case CommandResult:
                    // Unmatched tokens: said above, without their text.
                    break;
                case OptionResult { Tokens.Count: 0 } missing when missing.Option.Arity.MinimumNumberOfValues > 0:
                    problems.Add($"{missing.Option.Name}: missing value (expected {missing.Option.HelpName ?? "a value"})");
                    break;
                default:
                    problems.Add(error.Message);
                    break;
            }
        }

        return problems.Distinct().ToList();
    }

    private static IEnumerable<string> Unmatched(ParseResult result, Command command)
    {
        var unmatched = new Queue<string>(result.UnmatchedTokens);
        var afterUnknownOption = false;
        Token? previous = null;
        foreach (var token in result.Tokens)
        {
            var isFirst = previous is null;
            var before = previous;
            previous = token;
            if (unmatched.Count == 0 || token.Value != unmatched.Peek())
            {
                afterUnknownOption = false;
                continue;
            }

            unmatched.Dequeue();
            if (token.Value.StartsWith('-') && token.Value != "-")
            {
                afterUnknownOption = true;
                yield return UnknownOption(token.Value, command);
            }
            else if (afterUnknownOption)
            {
                // Most likely the unknown option's value: maybe a secret, so never repeated.
                afterUnknownOption = false;
            }
            else if (before is { Type: TokenType.Option } && Switch(command, before.Value) is { } flag)
            {
                // --tls=yes, --no-prefill=yes: the library splits off the value.
                yield return $"{flag.Name}: takes no value (given '{token.Value}')";
            }
            else if (isFirst && command is RootCommand)
            {
                yield return UnknownCommand(token.Value, command);
            }
            else
            {
                yield return $"unexpected argument '{token.Value}' (see {HelpCommandFor(command)})";
            }
        }
    }

    /// <summary>The command's option named <paramref name="name"/> when it takes no value.</summary>
    private static Option? Switch(Command command, string name) =>
        command.Options.FirstOrDefault(o => (o.Name == name || o.Aliases.Contains(name)) && o.Arity.MaximumNumberOfValues == 0);

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        return Nearest(name, known) is { } suggestion
            ? $"unknown option {name}; did you mean {suggestion}?"
            : $"unknown option {name} (see {HelpCommandFor(command)})";
    }

    private static string UnknownCommand(string word, Command command)
    {
        var verbs = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var suggestion = Nearest(word, verbs) is { } near ? $"did you mean {near}? " : "";
        return $"unknown command '{word}' ({suggestion}allowed: {string.Join(", ", verbs)}; see smoke --help)";
    }

    private static string HelpCommandFor(Command command) =>
        command is RootCommand ? "smoke --help" : $"smoke {command.Name} --help";

    /// <summary>The known name the given one most likely meant: one extends the other, or a few edits apart.</summary>
    internal static string? Nearest(string given, IEnumerable<string> known)
    {
        var candidates = known.Distinct().ToList();
        var extended = candidates.Where(k => k.StartsWith(given, StringComparison.Ordinal) || given.StartsWith(k, StringComparison.Ordinal))
            .OrderBy(k => Math.Abs(k.Length - given.Length))
            .FirstOrDefault();
        if (extended is not null && given.TrimStart('-').Length >= 3)
        {
            return extended;
        }

        var bound = Math.Max(1, given.Length / 4);
        return candidates
            .Select(k => (Name: k, Distance: EditDistance(given, k)))
            .Where(c => c.Distance <= bound)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, an adjacent swap counting as one edit (--tsl for --tls).</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
