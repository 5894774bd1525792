namespace Smoke.Connection;

/// <summary>Which of the two stack endpoints a target or check is about.</summary>
public enum EndpointRole
{
    Primary,
    Reader,
}
