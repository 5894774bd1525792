using System.Text.Json;

namespace Smoke.Tests.Failover;

/// <summary>The --json report of `smoke failover`, read back for assertions.</summary>
internal sealed class DrillJson : IDisposable
{
    private readonly JsonDocument _document;

    public DrillJson(string output) => _document = JsonDocument.Parse(output);

    public JsonElement Report => _document.RootElement.GetProperty("report");

    public bool Passed => _document.RootElement.GetProperty("passed").GetBoolean();

    public JsonElement Failover => Report.GetProperty("failover");

    public JsonElement Lost => Report.GetProperty("lost");

    public JsonElement Cleanup => Report.GetProperty("cleanup");

    public string Failures => string.Join("; ", _document.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetString()));

    public void Dispose() => _document.Dispose();
}
