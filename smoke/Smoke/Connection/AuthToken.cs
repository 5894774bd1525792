namespace Smoke.Connection;

/// <summary>
/// An AUTH secret: the group's token, or an ElastiCache user's password. Its text is reachable only through <see cref="Reveal"/>, called where it goes
/// on the wire; <see cref="ToString"/> is redacted so a record or log line holding it cannot leak it.
/// </summary>
public sealed class AuthToken
{
    public const string Redacted = "***";

    /// <summary>The shortest leading part of the token that is redacted on its own (ElastiCache's shortest token).</summary>
    public const int ShortestQuotedPart = 16;

    private readonly string _value;

    public AuthToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    public string Reveal() => _value;

    /// <summary>
    /// Replaces every occurrence of the token in <paramref name="text"/> (a last line of defence for
    /// messages from libraries and servers). Servers quote arguments cut short (Redis: "unknown
    /// command 'AUTH', with args beginning with:" keeps 128 characters), so a leading part of the
    /// token of at least <see cref="ShortestQuotedPart"/> characters is replaced too.
    /// </summary>
    public string RedactFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = _value[..Math.Min(_value.Length, ShortestQuotedPart)];
        var redacted = new System.Text.StringBuilder(text.Length);
        var next = 0;
        for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, next, StringComparison.Ordinal))
        {
            var length = head.Length;
            while (length < _value.Length && at + length < text.Length && text[at + length] == _value[length])
            {
                length++;
            }

            redacted.Append(text, next, at - next).Append(Redacted);
            next = at + length;
        }

        return redacted.Append(text, next, text.Length - next).ToString();
    }

    public override string ToString() => Redacted;
}
