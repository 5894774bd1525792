namespace Infra.Settings;

/// <summary>
/// A secret (the AUTH token). Its text is reachable only through <see cref="Reveal"/>, so it never
/// lands in a record's generated ToString, an exception message or a log line by accident.
/// </summary>
public sealed class SecretValue : IEquatable<SecretValue>
{
    public const string Mask = "[secret]";

    private readonly string _value;

    public SecretValue(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public int Length => _value.Length;

    /// <summary>The secret text: pass it only to a secret-aware sink (Pulumi secret output).</summary>
    public string Reveal() => _value;

    public override string ToString() => Mask;

    public bool Equals(SecretValue? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SecretValue);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
