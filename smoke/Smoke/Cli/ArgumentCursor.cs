namespace Smoke.Cli;

/// <summary>Walks command-line arguments; a flag's value may follow it or be attached with '='.</summary>
public sealed class ArgumentCursor(IReadOnlyList<string> args)
{
    private int _next;
    private string? _attachedValue;

    public bool TryNext(out string argument)
    {
        _attachedValue = null;
        if (_next >= args.Count)
        {
            argument = "";
            return false;
        }

        argument = args[_next++];
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (argument.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            _attachedValue = argument[(equals + 1)..];
            argument = argument[..equals];
        }

        return true;
    }

    /// <summary>The value of the flag just read, or null (and a problem) when it has none.</summary>
    public string? TakeValue(string flag, string expected, ICollection<string> problems)
    {
        if (_attachedValue is not null)
        {
            var attached = _attachedValue;
            _attachedValue = null;
            return attached;
        }

        // "-" alone is a value (standard input), any other dash-led word is the next flag.
        if (_next < args.Count && (args[_next] == "-" || !args[_next].StartsWith('-')))
        {
            return args[_next++];
        }

        problems.Add($"{flag}: missing value (expected {expected})");
        return null;
    }

    /// <summary>The optional value of the flag just read: attached with '=', or a following word that is not a flag.</summary>
    public string? TakeOptionalValue()
    {
        if (_attachedValue is not null)
        {
            var attached = _attachedValue;
            _attachedValue = null;
            return attached;
        }

        return _next < args.Count && !args[_next].StartsWith('-') ? args[_next++] : null;
    }

    /// <summary>A switch must not carry a value: --tls=yes is a mistake worth naming.</summary>
    public void RejectValue(string flag, ICollection<string> problems)
    {
        if (_attachedValue is not null)
        {
            problems.Add($"{flag}: takes no value (given '{_attachedValue}')");
            _attachedValue = null;
        }
    }
}
