namespace Infra.Settings;

/// <summary>One invalid setting: its config key, what was given (secrets masked) and what is allowed.</summary>
/// <param name="Defaulted">
/// The stack does not set the key: <paramref name="Given"/> is the catalog default that applied, and
/// the message says so instead of claiming the stack gave it.
/// </param>
public sealed record SettingProblem(string Key, string Given, string Allowed, bool Defaulted = false)
{
    /// <summary><see cref="Given"/> of a key the stack does not set and that has no default.</summary>
    public const string NotSet = "nothing (not set)";

    public override string ToString() => Defaulted
        ? $"{Key}: not set, so its default {Given} applies; allowed: {Allowed}"
        : $"{Key}: given {Given}; allowed: {Allowed}";
}

/// <summary>
/// Thrown before any resource is declared when the stack config is invalid. Carries every problem
/// found, not just the first; the message lists them all, one per line.
/// </summary>
public sealed class SettingsValidationException : Exception
{
    public SettingsValidationException(IReadOnlyList<SettingProblem> problems)
        : base(FormatMessage(problems)) => Problems = problems;

    public IReadOnlyList<SettingProblem> Problems { get; }

    private static string FormatMessage(IReadOnlyList<SettingProblem> problems) =>
        $"Invalid stack configuration ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
        + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
}
