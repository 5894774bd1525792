using System.Globalization;

namespace Smoke.Input;

/// <summary>A host name or IP address and a TCP port, as written on a command line: host[:port].</summary>
public sealed record HostPort(string Host, int Port)
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary>
    /// Parses <c>host</c>, <c>host:port</c>, <c>[ipv6]</c>, <c>[ipv6]:port</c> or a bare IPv6 address.
    /// Port is null when the text names none (the stack output <c>port</c> then applies).
    /// </summary>
    public static bool TryParse(string text, out string host, out int? port, out string problem)
    {
        host = "";
        port = null;
        problem = "";
        var hostPart = text.Trim();
        string? portPart = null;
        if (hostPart.StartsWith('['))
        {
            var close = hostPart.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                problem = "an IPv6 address in brackets needs its closing ']'";
                return false;
            }

            var rest = hostPart[(close + 1)..];
            if (rest.Length > 0 && !rest.StartsWith(':'))
            {
                problem = "expected ':port' after ']'";
                return false;
            }

            portPart = rest.Length > 0 ? rest[1..] : null;
            hostPart = hostPart[1..close];
        }
        else if (hostPart.Count(c => c == ':') == 1)
        {
            var colon = hostPart.IndexOf(':', StringComparison.Ordinal);
            portPart = hostPart[(colon + 1)..];
            hostPart = hostPart[..colon];
        }

        if (hostPart.Length == 0 || hostPart.Any(char.IsWhiteSpace))
        {
            problem = "the host is empty or contains spaces";
            return false;
        }

        if (portPart is not null)
        {
            if (!int.TryParse(portPart, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                || parsed is < MinPort or > MaxPort)
            {
                problem = $"the port must be a whole number from {MinPort} to {MaxPort}";
                return false;
            }

            port = parsed;
        }

        host = hostPart;
        return true;
    }

    /// <summary>host:port, with brackets around an IPv6 address so the text parses back.</summary>
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
