namespace Smoke.Tests.Infrastructure;

/// <summary>redis-server could not bind: another process took the port after it was picked.</summary>
public sealed class PortTakenException : Exception
{
    public PortTakenException(int port)
        : base($"port {port} was taken before redis-server could bind it")
    {
    }

    public PortTakenException()
    {
    }

    public PortTakenException(string message)
        : base(message)
    {
    }

    public PortTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
