namespace Smoke.Connection;

/// <summary>
/// The AUTH token. Its text is reachable only through <see cref="Reveal"/>, called where it goes
/// on the wire; <see cref="ToString"/> is redacted so a record or log line holding it cannot leak it.
/// </summary>
public sealed class AuthToken
{
    public const string Redacted = "***";

    private readonly string _value;

    public AuthToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    public string Reveal() => _value;

    /// <summary>Replaces every occurrence of the token in <paramref name="text"/> (a last line of defence for messages from libraries).</summary>
    public string RedactFrom(string text) => text.Replace(_value, Redacted, StringComparison.Ordinal);

    public override string ToString() => Redacted;
}
