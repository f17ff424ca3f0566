using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>Writer settings shared by the JSON and SARIF reporters: indented, Chinese kept readable.</summary>
internal static class JsonOutput
{
    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = CreateWriter(buffer)) write(writer);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
