namespace Smoke.Checks;

public enum CheckStatus
{
    Passed,
    Failed,

    /// <summary>Not run: not applicable (TLS off, no token) or an earlier layer failed.</summary>
    Skipped,
}
