namespace Smoke.Cli;

/// <summary>
/// Bad input or usage (exit code 2). Carries every problem found, each naming the flag or
/// stack-output key, what was given and what is allowed. Never carries a secret.
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public UsageException(string problem)
        : this([problem])
    {
    }

    public UsageException()
        : this("bad input")
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}
