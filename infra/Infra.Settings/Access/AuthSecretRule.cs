namespace Infra.Settings;

/// <summary>
/// What ElastiCache accepts as an AUTH token (and, by the same rule, as a user password): 16 to 128
/// printable characters, only letters, digits and <c>! &amp; # $ ^ &lt; &gt; -</c>. Source: the
/// <c>AuthToken</c> parameter of CreateReplicationGroup / ModifyReplicationGroup in the ElastiCache
/// API reference. Checked offline, so a bad token fails before the VPC exists, not at cache creation.
/// </summary>
public static class AuthSecretRule
{
    public const int MinLength = 16;
    public const int MaxLength = 128;
    public const string SpecialCharacters = "!&#$^<>-";

    public const string Text = "16 to 128 characters, only letters, digits and ! & # $ ^ < > -";

    /// <summary>Which rule the secret breaks, in words that never reveal it; null when it is acceptable.</summary>
    public static string? Broken(string secret)
    {
        if (secret.Length < MinLength)
        {
            return $"is shorter than {MinLength} characters";
        }

        if (secret.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters";
        }

        return secret.All(IsAllowed) ? null : "contains a character other than letters, digits and ! & # $ ^ < > -";
    }

    public static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || SpecialCharacters.Contains(c, StringComparison.Ordinal);
}
