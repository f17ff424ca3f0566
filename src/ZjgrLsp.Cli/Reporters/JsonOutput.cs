using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>
/// A JSON writer for the JSON and SARIF reporters (indented, Chinese kept readable) that hands what it has written
/// to the output at each <see cref="Flush"/>, so only the current page's JSON is ever buffered.
/// </summary>
internal sealed class JsonOutput
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public JsonOutput(TextWriter output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes out everything so far. The writer emits whole tokens, so the bytes are whole UTF-8.</summary>
    public void Flush()
    {
        Writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>Writes out the rest, ending the document with a newline.</summary>
    public void Finish()
    {
        Flush();
        _output.WriteLine();
        Writer.Dispose();
    }
}
