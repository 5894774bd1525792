using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Smoke.Tests.Infrastructure;

namespace Smoke.Tests.Bench;

/// <summary>
/// A TLS stand-in for a Redis primary on 127.0.0.2 that answers like a master (ROLE, SET, DEL) and
/// serves GETs until it has answered <c>cutAfter</c> of them; then it sends half of the next reply
/// and closes the connection, or stalls (keeps it open and sends nothing more). A real
/// redis-server cannot be made to stop in the middle of a reply; this is what a lost node looks
/// like to the probe's TLS reply path.
/// </summary>
internal sealed class CuttingTlsServer : IDisposable
{
    private const int ValueSize = 100;

    private readonly TcpListener listener;
    private readonly X509Certificate2 certificate;
    private readonly int cutAfter;
    private readonly bool close;
    private readonly CancellationTokenSource stop = new();
    private int gets;

    public CuttingTlsServer(TestCertificates certificates, int cutAfter, bool close)
    {
        using var pem = X509Certificate2.CreateFromPemFile(certificates.CertificateFile, certificates.KeyFile);
        certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        this.cutAfter = cutAfter;
        this.close = close;
        listener = new TcpListener(IPAddress.Parse(RedisPair.PrimaryAddress), 0);
        listener.Start();
        _ = AcceptAsync();
    }

    public string Address => $"{RedisPair.PrimaryAddress}:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        certificate.Dispose();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        await using (var tls = new SslStream(client.GetStream()))
        {
            try
            {
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                var reader = new BufferedStream(tls);
                while (await ReadCommandAsync(reader) is { } name)
                {
                    if (!await AnswerAsync(tls, name))
                    {
                        return;
                    }
                }
            }
            catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // The probe closed its side, or the test is over.
            }
        }
    }

    // False when the connection is cut (closed, or stalled until the test ends).
    private async Task<bool> AnswerAsync(SslStream tls, string name)
    {
        var reply = name switch
        {
            "ROLE" => "*3\r\n$6\r\nmaster\r\n:0\r\n*0\r\n",
            "DEL" => ":0\r\n",
            "GET" => $"${ValueSize}\r\n{new string('v', ValueSize)}\r\n",
            _ => "+OK\r\n",
        };
        if (name == "GET" && Interlocked.Increment(ref gets) > cutAfter)
        {
            await tls.WriteAsync(Encoding.ASCII.GetBytes(reply[..(reply.Length / 2)]), stop.Token);
            await tls.FlushAsync(stop.Token);
            if (!close)
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }

            return false;
        }

        await tls.WriteAsync(Encoding.ASCII.GetBytes(reply), stop.Token);
        return true;
    }

    // Reads one RESP array command and returns its name (upper case); null at the end of the stream.
    private static async Task<string?> ReadCommandAsync(Stream reader)
    {
        var header = await ReadLineAsync(reader);
        if (header is null)
        {
            return null;
        }

        var count = int.Parse(header.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        string? name = null;
        for (var i = 0; i < count; i++)
        {
            var length = int.Parse((await ReadLineAsync(reader) ?? throw new IOException("cut short")).AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            var data = new byte[length + 2];
            await reader.ReadExactlyAsync(data);
            name ??= Encoding.ASCII.GetString(data, 0, length).ToUpperInvariant();
        }

        return name;
    }

    private static async Task<string?> ReadLineAsync(Stream reader)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await reader.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return null;
    }
}
