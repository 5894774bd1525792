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
    private readonly ManualResetEventSlim stop = new();
    private int gets;

    public CuttingTlsServer(TestCertificates certificates, int cutAfter, bool close)
    {
        using var pem = X509Certificate2.CreateFromPemFile(certificates.CertificateFile, certificates.KeyFile);
        certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        this.cutAfter = cutAfter;
        this.close = close;
        listener = new TcpListener(IPAddress.Parse(RedisPair.PrimaryAddress), 0);
        listener.Start();
        Start(Accept);
    }

    public string Address => $"{RedisPair.PrimaryAddress}:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public void Dispose()
    {
        stop.Set();
        listener.Stop();
    }

    // Threads of its own with blocking calls: the probe runs in the test process, and its blocking
    // connects would otherwise starve the thread pool this server needs to answer them.
    private static void Start(Action run) => new Thread(() => run()) { IsBackground = true, Name = "cutting TLS server" }.Start();

    private void Accept()
    {
        try
        {
            while (true)
            {
                var client = listener.AcceptTcpClient();
                Start(() => Serve(client));
            }
        }
        catch (Exception error) when (error is ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The test is over.
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        using (var tls = new SslStream(client.GetStream()))
        {
            try
            {
                client.ReceiveTimeout = 30_000;
                tls.AuthenticateAsServer(new SslServerAuthenticationOptions { ServerCertificate = certificate });
                var reader = new BufferedStream(tls);
                while (ReadCommand(reader) is { } name && Answer(tls, name))
                {
                }
            }
            catch (Exception error) when (error is IOException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // The probe closed its side, or the test is over.
            }
        }
    }

    // False when the connection is cut (closed, or stalled until the test ends).
    private bool Answer(SslStream tls, string name)
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
            tls.Write(Encoding.ASCII.GetBytes(reply[..(reply.Length / 2)]));
            tls.Flush();
            if (!close)
            {
                stop.Wait(TimeSpan.FromSeconds(60));
            }

            return false;
        }

        tls.Write(Encoding.ASCII.GetBytes(reply));
        return true;
    }

    // Reads one RESP array command and returns its name (upper case); null at the end of the stream.
    private static string? ReadCommand(Stream reader)
    {
        var header = ReadLine(reader);
        if (header is null)
        {
            return null;
        }

        var count = int.Parse(header.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        string? name = null;
        for (var i = 0; i < count; i++)
        {
            var length = int.Parse((ReadLine(reader) ?? throw new IOException("cut short")).AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            var data = new byte[length + 2];
            reader.ReadExactly(data);
            name ??= Encoding.ASCII.GetString(data, 0, length).ToUpperInvariant();
        }

        return name;
    }

    private static string? ReadLine(Stream reader)
    {
        var line = new StringBuilder();
        for (var next = reader.ReadByte(); next >= 0; next = reader.ReadByte())
        {
            if (next == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)next);
        }

        return null;
    }
}
