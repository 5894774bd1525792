namespace Infra.Settings;

/// <summary>
/// How applications are told to connect: endpoint URLs (no credentials) and StackExchange.Redis
/// configuration strings (secret: they carry the password). Options are those of
/// StackExchange.Redis's configuration docs (docs/Configuration.md): <c>ssl</c>, <c>sslHost</c>,
/// <c>user</c>, <c>password</c>, <c>abortConnect</c>.
/// </summary>
public static class ClientConnectionStrings
{
    /// <summary><c>rediss://host:port</c> with TLS, <c>redis://host:port</c> without; never credentials.</summary>
    public static string Url(string host, int port, bool tls) => $"{(tls ? "rediss" : "redis")}://{host}:{port}";

    /// <summary>
    /// <c>host:port,ssl=true,user=…,password=…,abortConnect=false</c>. <c>abortConnect=false</c> lets
    /// the multiplexer start while a node is failing over and reconnect by itself, which is what an
    /// application in front of a Multi-AZ group wants. <paramref name="sslHost"/> names the
    /// certificate's host when <paramref name="host"/> is an alias (a CNAME of the endpoint).
    /// </summary>
    /// <exception cref="ArgumentException">A value contains a comma or an equals sign, which the format cannot carry (the message never shows the value).</exception>
    public static string StackExchangeRedis(string host, int port, bool tls, string? user, string? password, string? sslHost = null)
    {
        var parts = new List<string> { $"{host}:{port}" };
        if (tls)
        {
            parts.Add("ssl=true");
            if (sslHost is not null)
            {
                parts.Add($"sslHost={Checked(sslHost, nameof(sslHost))}");
            }
        }

        if (user is not null)
        {
            parts.Add($"user={Checked(user, nameof(user))}");
        }

        if (password is not null)
        {
            parts.Add($"password={Checked(password, nameof(password))}");
        }

        parts.Add("abortConnect=false");
        return string.Join(',', parts);
    }

    private static string Checked(string value, string name) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('=', StringComparison.Ordinal)
            ? throw new ArgumentException($"The {name} contains ',' or '=', which a StackExchange.Redis configuration string cannot carry.", name)
            : value;
}
