using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Smoke.Connection;

/// <summary>
/// How server certificates are judged. By default: the operating system's validation (trusted
/// chain, name matches the endpoint host). With --ca-file: a chain ending at one of the given CA
/// certificates is trusted as well; the host name must still match. Never "accept anything".
/// </summary>
public sealed class TlsTrust
{
    private readonly X509Certificate2Collection? _extraRoots;

    private TlsTrust(X509Certificate2Collection? extraRoots, string? source)
    {
        _extraRoots = extraRoots;
        Source = source;
    }

    /// <summary>The operating system's trust store only.</summary>
    public static TlsTrust System { get; } = new(null, null);

    /// <summary>Where extra roots came from (for reports), or null.</summary>
    public string? Source { get; }

    /// <summary>Loads the PEM certificates of <paramref name="path"/>; throws with a reason on failure.</summary>
    public static TlsTrust FromCaFile(string path)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidDataException($"cannot read '{path}' as PEM certificates: {e.Message}", e);
        }

        if (roots.Count == 0)
        {
            throw new InvalidDataException($"'{path}' holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)");
        }

        return new TlsTrust(roots, path);
    }

    /// <summary>
    /// A validation callback for SslStream and StackExchange.Redis; <paramref name="onRejected"/>
    /// hears why a certificate was refused and the platform's policy errors.
    /// </summary>
    public RemoteCertificateValidationCallback CreateCallback(Action<string, SslPolicyErrors>? onRejected = null) =>
        (_, certificate, _, errors) =>
        {
            var reason = Judge(certificate, errors);
            if (reason is not null)
            {
                onRejected?.Invoke(reason, errors);
            }

            return reason is null;
        };

    /// <summary>Null when the certificate is acceptable, else the reason it is not.</summary>
    private string? Judge(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return null;
        }

        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "the server sent no certificate";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return $"the certificate ({certificate.Subject}) does not name the endpoint host";
        }

        if (_extraRoots is null)
        {
            return $"the certificate chain of {certificate.Subject} is not trusted by this machine (a private CA? pass --ca-file)";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf)
            ? null
            : $"the certificate chain of {certificate.Subject} ends at no CA of {Source}: "
                + string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()));
    }
}
