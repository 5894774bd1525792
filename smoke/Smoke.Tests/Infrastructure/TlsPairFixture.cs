namespace Smoke.Tests.Infrastructure;

/// <summary>A healthy TLS-only pair with requirepass, as ElastiCache with transit encryption and an AUTH token.</summary>
public sealed class TlsPairFixture : IDisposable
{
    /// <summary>The AUTH token; every run asserts it never appears in the program's output.</summary>
    public const string Token = "s3cret-Token-for-smoke-tests-0123456789";

    private readonly TestCertificates _certificates = new();

    public TlsPairFixture()
    {
        try
        {
            Pair = RedisPair.Start(Token, _certificates);
        }
        catch
        {
            _certificates.Dispose();
            throw;
        }
    }

    public RedisPair Pair { get; }

    public string CaFile => _certificates.CaFile;

    public void Dispose()
    {
        Pair.Dispose();
        _certificates.Dispose();
    }
}
