namespace Smoke.Cli;

/// <summary>The process exit codes: scripts and the post-deploy command branch on them.</summary>
public static class ExitCodes
{
    /// <summary>Every check passed.</summary>
    public const int Passed = 0;

    /// <summary>At least one check failed (unreachable or unknown hosts included).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input or usage: nothing was connected to.</summary>
    public const int BadInput = 2;

    /// <summary>Ctrl+C (SIGINT): stopped and cleaned up; 128 + 2, as a shell reports a process the signal ended.</summary>
    public const int Interrupted = 130;
}
