namespace Smoke.Tests.Infrastructure;

/// <summary>A healthy plain-text pair without AUTH, shared by the tests of one class (they run one after another).</summary>
public sealed class PlainPairFixture : IDisposable
{
    public RedisPair Pair { get; } = RedisPair.Start();

    public void Dispose() => Pair.Dispose();
}
