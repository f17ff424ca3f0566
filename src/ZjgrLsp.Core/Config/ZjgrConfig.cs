using System.Collections.Immutable;
using System.Text.Json;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Config;

/// <summary>
/// The settings of zjgr.json:
/// <code>
/// { "rules": { "dup/word": "off", "punct/halfwidth": { "severity": "error", "style": "fullwidth" } },
///   "dictionary": ["数智化"],
///   "roster": [{ "name": "吕志良", "titles": ["省总工会党组书记", "省总工会常务副主席"], "aliases": ["吕志亮"] }],
///   "region": "浙江" }
/// </code>
/// A rule value is "off", "on", a severity name, or an object with "enabled", "severity" and options.
/// </summary>
public sealed record ZjgrConfig
{
    public const string FileName = "zjgr.json";

    public static readonly ZjgrConfig Empty = new();

    public ImmutableDictionary<string, RuleSetting> Rules { get; init; } = ImmutableDictionary<string, RuleSetting>.Empty;

    /// <summary>Words the newsroom accepts (names, new terms); rules never flag them.</summary>
    public ImmutableArray<string> Dictionary { get; init; } = [];

    /// <summary>People whose names and posts must be printed exactly: the newsroom's roster.</summary>
    public ImmutableArray<RosterEntry> Roster { get; init; } = [];

    /// <summary>The home province, whose own bodies are written with or without its name (浙江省总工会 = 省总工会).</summary>
    public string Region { get; init; } = "浙江";

    /// <summary>The file this came from, if any.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Settings that were read but mean nothing (an unknown key, "enabled": "no"), for the user to see.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    public RuleSetting For(string ruleId) => Rules.TryGetValue(ruleId, out var s) ? s : RuleSetting.Default;

    public ZjgrConfig MergedWith(ZjgrConfig over)
    {
        var rules = Rules.ToBuilder();
        foreach (var (id, s) in over.Rules)
            rules[id] = rules.TryGetValue(id, out var mine) ? mine.MergedWith(s) : s;
        return this with
        {
            Rules = rules.ToImmutable(),
            Dictionary = Dictionary.AddRange(over.Dictionary.Except(Dictionary)),
            Roster = Roster.AddRange(over.Roster),
            Region = over.Region != Empty.Region ? over.Region : Region,
        };
    }

    public static ZjgrConfig Parse(string json, string? sourcePath = null)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return FromJson(doc.RootElement, sourcePath);
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{sourcePath ?? FileName}: {DescribeJsonError(e)}", e);
        }
    }

    /// <summary>A JSON error with 1-based line and column, as editors count them (System.Text.Json counts from 0).</summary>
    public static string DescribeJsonError(JsonException e)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal) is >= 0 and var p ? p : reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) reason = reason[..cut];
        return e.LineNumber is { } line
            ? $"not valid JSON at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}: {reason.TrimEnd('.', ' ')}"
            : $"not valid JSON: {reason.TrimEnd('.', ' ')}";
    }

    /// <summary>Reads settings from a JSON object (zjgr.json, or the "zjgr" section a client sends).</summary>
    public static ZjgrConfig FromJson(JsonElement root, string? sourcePath = null)
    {
        var where = sourcePath ?? FileName;
        if (root.ValueKind != JsonValueKind.Object) throw new ConfigException($"{where}: the top level must be an object");
        var rules = ImmutableDictionary.CreateBuilder<string, RuleSetting>();
        var words = ImmutableArray.CreateBuilder<string>();
        var roster = ImmutableArray.CreateBuilder<RosterEntry>();
        var region = Empty.Region;
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var prop in root.EnumerateObject())
        {
            switch (prop.Name)
            {
                case "rules":
                    if (prop.Value.ValueKind != JsonValueKind.Object) throw new ConfigException($"{where}: \"rules\" must be an object");
                    foreach (var r in prop.Value.EnumerateObject()) rules[r.Name] = ParseRule(r.Value, $"{where}: rule \"{r.Name}\"", warnings);
                    break;
                case "dictionary":
                    if (prop.Value.ValueKind != JsonValueKind.Array) throw new ConfigException($"{where}: \"dictionary\" must be an array of words");
                    foreach (var w in prop.Value.EnumerateArray())
                    {
                        if (w.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(w.GetString())) words.Add(w.GetString()!.Trim());
                        else warnings.Add($"{where}: dictionary entry {w.GetRawText()} is not a word; it is ignored");
                    }
                    break;
                case "roster":
                    if (prop.Value.ValueKind != JsonValueKind.Array) throw new ConfigException($"{where}: \"roster\" must be an array of people");
                    foreach (var person in prop.Value.EnumerateArray()) roster.Add(RosterEntry.FromJson(person, where));
                    break;
                case "region":
                    region = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : throw new ConfigException($"{where}: \"region\" must be a string");
                    break;
                default:
                    warnings.Add($"{where}: unknown setting \"{prop.Name}\" is ignored (known: rules, dictionary, roster, region)");
                    break;
            }
        }
        return new ZjgrConfig { Rules = rules.ToImmutable(), Dictionary = words.ToImmutable(), Roster = roster.ToImmutable(), Region = region, SourcePath = sourcePath, Warnings = warnings.ToImmutable() };
    }

    private static RuleSetting ParseRule(JsonElement value, string where, ImmutableArray<string>.Builder warnings)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.False: return RuleSetting.Default with { Enabled = false };
            case JsonValueKind.True: return RuleSetting.Default;
            case JsonValueKind.String:
                var s = value.GetString();
                if (s is "off" or "none" or "disabled") return RuleSetting.Default with { Enabled = false };
                if (s is "on" or "default") return RuleSetting.Default;
                if (SeverityNames.TryParse(s, out var sev)) return RuleSetting.Default with { Severity = sev };
                throw new ConfigException($"{where}: \"{s}\" is not off, on, error, warning, info or hint");
            case JsonValueKind.Object:
                var enabled = true;
                Severity? severity = null;
                var options = new Dictionary<string, JsonElement>();
                foreach (var p in value.EnumerateObject())
                {
                    if (p.Name == "enabled")
                    {
                        if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) enabled = p.Value.ValueKind == JsonValueKind.True;
                        else warnings.Add($"{where}: \"enabled\" must be true or false, not {p.Value.GetRawText()}; the rule stays on");
                    }
                    else if (p.Name == "severity")
                    {
                        var name = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                        if (name == "off") enabled = false;
                        else if (SeverityNames.TryParse(name, out var v)) severity = v;
                        else throw new ConfigException($"{where}: severity must be error, warning, info, hint or off");
                    }
                    else options[p.Name] = p.Value.Clone();
                }
                return new RuleSetting(enabled, severity, options);
            default:
                throw new ConfigException($"{where}: expected \"off\", a severity or an object");
        }
    }
}
