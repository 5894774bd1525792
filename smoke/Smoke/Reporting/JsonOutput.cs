using System.Text.Encodings.Web;
using System.Text.Json;

namespace Smoke.Reporting;

/// <summary>
/// How every JSON document of the program is written: indented, and with the relaxed encoder, so
/// text keeps its quotes and angle brackets as they are (<c>'</c>, not <c>\u0027</c>). The output
/// goes to a terminal or a file, never into HTML, so the default encoder's escaping only hurts.
/// </summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document <paramref name="write"/> makes, as text.</summary>
    public static string Format(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
