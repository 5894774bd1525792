namespace Check;

/// <summary>What <c>check</c> found in one stack file: problems (invalid), or a summary (valid).</summary>
/// <param name="File">The path as the user gave it.</param>
/// <param name="Problems">Every invalid setting at once; empty when the file is valid.</param>
/// <param name="Error">The file could not be read at all (missing, not YAML); then there is nothing else.</param>
/// <param name="Summary">The reviewer's summary; null when the file is invalid.</param>
/// <param name="Warnings">Valid, but worth a look before <c>pulumi up</c>.</param>
internal sealed record CheckReport(
    string File,
    string? Stack,
    string? Error,
    IReadOnlyList<Infra.Settings.SettingProblem> Problems,
    StackSummary? Summary,
    IReadOnlyList<string> Warnings)
{
    public bool Valid => Error is null && Problems.Count == 0;

    public bool FailsBaseline => Summary?.Security.Any(control => !control.Passed) == true;

    /// <summary>0 valid (and, with <paramref name="strict"/>, every security control passes), 1 a control fails under strict, 2 invalid.</summary>
    public int ExitCode(bool strict) => !Valid ? 2 : strict && FailsBaseline ? 1 : 0;
}
