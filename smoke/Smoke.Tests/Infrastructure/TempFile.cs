namespace Smoke.Tests.Infrastructure;

/// <summary>A temporary file with given content, deleted on Dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"smoke-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
