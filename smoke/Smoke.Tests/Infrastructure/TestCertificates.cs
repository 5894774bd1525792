namespace Smoke.Tests.Infrastructure;

/// <summary>The tests' throw-away CA and server certificate: the ones `smoke local --tls` makes.</summary>
public sealed class TestCertificates : IDisposable
{
    private readonly ThrowawayCertificates _certificates = new();

    public string Directory => _certificates.Directory;

    public string CaFile => _certificates.CaFile;

    public string CertificateFile => _certificates.CertificateFile;

    public string KeyFile => _certificates.KeyFile;

    public void Dispose() => _certificates.Dispose();
}
