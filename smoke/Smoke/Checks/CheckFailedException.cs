namespace Smoke.Checks;

/// <summary>Thrown inside a check to fail it with a diagnosis: what was seen and the one next step.</summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException(string detail, string hint)
        : base(detail) => Hint = hint;

    public CheckFailedException()
    {
        Hint = "";
    }

    public CheckFailedException(string message)
        : base(message) => Hint = "";

    public CheckFailedException(string message, Exception innerException)
        : base(message, innerException) => Hint = "";

    public string Hint { get; }
}
