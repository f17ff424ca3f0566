using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ZjgrLsp.Server.Wire;

/// <summary>
/// Looks at each message before StreamJsonRpc does, in the order they arrive, and decides what reaches the server:
/// <list type="bullet">
/// <item>a request the server must not serve yet or any more (before initialize: −32002; after shutdown: −32600) or
/// cannot read (params that are neither object nor array, a method that is not a string) is turned into a
/// <c>$/zjgr/reject</c> request with the same id, which the server answers with that error;</item>
/// <item>such a notification is dropped with a log line (JSON-RPC sends no answer to a notification), except that a
/// text-sync notification whose text was damaged on the way (invalid UTF-8) becomes <c>$/zjgr/outOfSync</c>, so the
/// server stops trusting that document instead of drifting from the editor's text;</item>
/// <item>everything else passes unchanged.</item>
/// </list>
/// </summary>
public sealed partial class MessageGate(ILogger logger)
{
    public const string RejectMethod = "$/zjgr/reject";
    public const string OutOfSyncMethod = "$/zjgr/outOfSync";

    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int ServerNotInitialized = -32002;

    private enum Phase { New, Running, ShuttingDown }

    private Phase _phase = Phase.New;

    /// <summary>The bytes to hand to the JSON-RPC layer, or null to drop the message.</summary>
    public byte[]? Pass(JsonBody body)
    {
        var root = body.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            logger.LogWarning("Dropped a message that is not a JSON object ({Kind})", root.ValueKind);
            return null;
        }
        var hasId = root.TryGetProperty("id", out var id);
        if (hasId && id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
        {
            logger.LogWarning("Dropped a message whose id is {Kind}", id.ValueKind);
            return null;
        }
        if (!root.TryGetProperty("method", out var methodElement))
            return hasId ? body.Utf8 : Drop("a message with neither method nor id");   // a response to one of our requests
        if (methodElement.ValueKind != JsonValueKind.String)
            return hasId ? Reject(id, InvalidRequest, "method must be a string") : Drop("a notification whose method is not a string");
        var method = methodElement.GetString()!;
        if (method.StartsWith("$/zjgr/", StringComparison.Ordinal))
            return hasId ? Reject(id, InvalidRequest, $"{method} is internal") : Drop($"the internal {method} from the client");

        if (root.TryGetProperty("params", out var p) && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
            return hasId ? Reject(id, InvalidParams, $"params of {method} must be an object or an array, not {p.ValueKind}") : Drop($"{method} with {p.ValueKind} params");

        if (body.Lossy && !hasId && method is "textDocument/didOpen" or "textDocument/didChange")
            return OutOfSync(root, method, "it was not valid UTF-8");
        if (body.LoneSurrogates > 0)
            logger.LogWarning("{Method}: {Count} lone surrogate(s) read as U+FFFD", method, body.LoneSurrogates);

        switch (_phase)
        {
            case Phase.New:
                if (method == "initialize" && hasId) { _phase = Phase.Running; return body.Utf8; }
                if (method == "exit") return body.Utf8;
                return hasId ? Reject(id, ServerNotInitialized, $"{method} before initialize") : Drop($"{method} before initialize");
            case Phase.Running:
                if (method == "initialize") return hasId ? Reject(id, InvalidRequest, "initialize was already received") : Drop("a second initialize");
                if (method == "shutdown" && hasId) _phase = Phase.ShuttingDown;
                return body.Utf8;
            default:
                if (method == "exit") return body.Utf8;
                return hasId ? Reject(id, InvalidRequest, $"{method} after shutdown") : Drop($"{method} after shutdown");
        }
    }

    /// <summary>What to do with a body that is not JSON at all: a text-sync notification still tells which document drifted.</summary>
    public byte[]? PassMalformed(string text)
    {
        if (!text.Contains("textDocument/didChange", StringComparison.Ordinal) && !text.Contains("textDocument/didOpen", StringComparison.Ordinal)) return null;
        if (UriIn().Match(text) is not { Success: true } m) return null;
        return Write(w =>
        {
            w.WriteString("method", OutOfSyncMethod);
            w.WriteStartObject("params");
            w.WriteString("uri", m.Groups[1].Value);
            w.WriteString("reason", "its change could not be read (malformed JSON)");
            w.WriteEndObject();
        });
    }

    [GeneratedRegex("\"uri\"\\s*:\\s*\"([^\"\\\\]+)\"")]
    private static partial Regex UriIn();

    private byte[]? Drop(string what)
    {
        logger.LogWarning("Dropped {What}", what);
        return null;
    }

    private byte[] Reject(JsonElement id, int code, string message)
    {
        logger.LogWarning("Answering request {Id} with error {Code}: {Message}", id.GetRawText(), code, message);
        return Write(w =>
        {
            w.WritePropertyName("id");
            id.WriteTo(w);
            w.WriteString("method", RejectMethod);
            w.WriteStartObject("params");
            w.WriteNumber("code", code);
            w.WriteString("message", message);
            w.WriteEndObject();
        });
    }

    private byte[]? OutOfSync(JsonElement root, string method, string reason)
    {
        var uri = root.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object
                  && p.TryGetProperty("textDocument", out var td) && td.ValueKind == JsonValueKind.Object
                  && td.TryGetProperty("uri", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        if (uri is null) return Drop($"{method} that {reason}");
        logger.LogWarning("{Method} for {Uri}: {Reason}", method, uri, reason);
        return Write(w =>
        {
            w.WriteString("method", OutOfSyncMethod);
            w.WriteStartObject("params");
            w.WriteString("uri", uri);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        });
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("jsonrpc", "2.0");
            body(w);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
