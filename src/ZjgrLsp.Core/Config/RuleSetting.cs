using System.Text.Json;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Config;

/// <summary>One rule's settings: on or off, an optional severity override, and rule-specific options.</summary>
public sealed record RuleSetting(bool Enabled, Severity? Severity, IReadOnlyDictionary<string, JsonElement> Options)
{
    public static readonly RuleSetting Default = new(true, null, new Dictionary<string, JsonElement>());

    public string? GetString(string option) =>
        Options.TryGetValue(option, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Later settings win key by key, so a client's settings refine the workspace's zjgr.json.</summary>
    public RuleSetting MergedWith(RuleSetting over)
    {
        var options = new Dictionary<string, JsonElement>(Options);
        foreach (var (k, v) in over.Options) options[k] = v;
        return new RuleSetting(over.Enabled, over.Severity ?? Severity, options);
    }
}
