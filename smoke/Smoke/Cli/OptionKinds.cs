using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Smoke.Input;

namespace Smoke.Cli;

/// <summary>
/// The kinds of value our flags take, as System.CommandLine options whose parsers say what was
/// given and what is allowed in our words (the library's own messages name neither). Defaults
/// are applied when binding, not here, so help shows them as written in the description.
/// </summary>
public static class OptionKinds
{
    public const string DurationExamples = "500ms, 2s, 1.5";

    public static Option<string> Text(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };

    public static Option<bool> Switch(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A time of more than 0 and at most an hour: <c>250ms</c>, <c>2s</c>, <c>1.5</c> (seconds).</summary>
    public static Option<TimeSpan?> Duration(string name, string description) =>
        Parsed<TimeSpan?>(name, "t", description, text => Durations.TryParse(text, out var duration)
            ? (duration, null)
            : (null, $"{name}: '{text}' is not a duration (allowed: more than 0 and at most 1 hour, e.g. {DurationExamples})"));

    /// <summary>A time within <paramref name="min"/>..<paramref name="max"/>; 0 (or "off") too when <paramref name="zeroAllowed"/>.</summary>
    public static Option<TimeSpan?> BoundedDuration(string name, string description, TimeSpan min, TimeSpan max, string allowed, bool zeroAllowed) =>
        Parsed<TimeSpan?>(name, "t", description, text =>
            zeroAllowed && text is "0" or "0s" or "0ms" or "off" ? (TimeSpan.Zero, null)
            : Durations.TryParse(text, out var value) && value >= min && value <= max ? (value, null)
            : (null, $"{name}: got '{text}'; allowed: {allowed} (a time such as {DurationExamples})"));

    public static Option<long?> Integer(string name, string helpName, string description, long min, long max) =>
        Parsed<long?>(name, helpName, description, text =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? (value, null)
                : (null, string.Create(CultureInfo.InvariantCulture, $"{name}: got '{text}'; allowed: a whole number from {min} to {max}")));

    public static Option<EndpointOverride> Endpoint(string name, string description) =>
        Parsed(name, "host[:port]", description, text => HostPort.TryParse(text, out var host, out var port, out var problem)
            ? (new EndpointOverride(host, port), null)
            : ((EndpointOverride?)null, $"{name}: '{text}' is not host[:port]: {problem}"));

    /// <summary>
    /// The NAME of an environment variable holding a secret. A value that does not look like one is
    /// most likely the secret itself pasted by mistake: said so without repeating it.
    /// </summary>
    public static Option<string> VariableName(string name, string description) =>
        Parsed(name, "NAME", description, text =>
            text.Length == 0 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(text[0])
                ? (null, $"{name}: expects the NAME of an environment variable (letters, digits, '_'), "
                    + "not the secret itself; the given value is not repeated here in case it is a secret")
                : (text, (string?)null));

    /// <summary>An ElastiCache user name: letters, digits and hyphens (the users output's keys); Redis itself refuses spaces.</summary>
    public static Option<string> UserName(string name, string description) =>
        Parsed(name, "name", description, text =>
            text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
                ? (null, $"{name}: a user name has no spaces or control characters (given {text.Length} characters, not repeated)")
                : (text, (string?)null));

    /// <summary>Whether the option was written on the command line (a switch or an optional-value flag).</summary>
    public static bool Given(this ParseResult result, Option option) =>
        result.GetResult(option) is { Implicit: false };

    /// <summary>An option of one value turned into <typeparamref name="T"/> by <paramref name="parse"/>, or a problem naming the flag.</summary>
    public static Option<T> Parsed<T>(string name, string helpName, string description, Func<string, (T? Value, string? Problem)> parse) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                var (value, problem) = parse(result.Tokens[0].Value);
                if (problem is not null)
                {
                    result.AddError(problem);
                }

                return value;
            },
        };
}
