using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Config;

/// <summary>Changes zjgr.json on the editor's behalf ("add to dictionary"), writing it atomically.</summary>
public static class ConfigEditor
{
    /// <summary>
    /// Adds a word to the dictionary of the zjgr.json nearest to <paramref name="pagePath"/>, or of a new one
    /// beside the page. Other settings are kept; comments are not (System.Text.Json does not keep them).
    /// Returns the file written.
    /// </summary>
    /// <param name="boundary">When given, the page and the zjgr.json written (links resolved) must lie inside it.</param>
    /// <exception cref="ConfigException">The word is empty, the page or file is outside the boundary, or the existing
    /// file is not a JSON object or cannot be written.</exception>
    public static string AddWord(string pagePath, string word, string? boundary = null)
    {
        word = ValidWord(word);
        var path = ConfigLocator.FileToWrite(pagePath, ZjgrConfig.FileName, boundary);
        JsonObject root;
        try
        {
            root = File.Exists(path)
                ? JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                  ?? throw new ConfigException($"{path}: the top level must be an object")
                : [];
        }
        catch (JsonException e) { throw new ConfigException($"{path}: {ZjgrConfig.DescribeJsonError(e)}", e); }

        if (root["dictionary"] is not JsonArray words)
        {
            if (root["dictionary"] is not null) throw new ConfigException($"{path}: \"dictionary\" must be an array of words");
            root["dictionary"] = words = [];
        }
        if (words.Any(w => w is not JsonValue v || !v.TryGetValue<string>(out _)))
            throw new ConfigException($"{path}: \"dictionary\" must hold only words (strings); fix the file first");
        if (!words.Any(w => w!.GetValue<string>() == word)) words.Add((JsonNode)JsonValue.Create(word)); // the JsonNode overload: no reflection, fit for Native AOT
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        try { AtomicFile.WriteAllBytes(path, PageReader.Encode(json + "\n")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot be written ({e.Message})", e);
        }
        return path;
    }

    /// <summary>The word trimmed; an empty one, one with a line break, or an absurdly long one is refused.</summary>
    public static string ValidWord(string? word)
    {
        var trimmed = word?.Trim() ?? "";
        if (trimmed.Length == 0) throw new ConfigException("cannot add an empty word to the dictionary");
        if (trimmed.Any(char.IsControl)) throw new ConfigException("a dictionary word cannot contain a line break or control character");
        if (trimmed.Length > 100) throw new ConfigException("a dictionary word can be at most 100 characters long");
        return trimmed;
    }
}
