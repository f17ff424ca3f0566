using System.Collections.Immutable;
using System.Text.Json;

namespace ZjgrLsp.Core.Config;

/// <summary>A person on the newsroom's roster: the canonical name, posts as printed (省总工会党组书记), and wrong spellings seen.</summary>
public sealed record RosterEntry(string Name, ImmutableArray<string> Titles, ImmutableArray<string> Aliases)
{
    public static RosterEntry FromJson(JsonElement e, string where)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            throw new ConfigException($"{where}: each roster entry needs a \"name\"");
        return new RosterEntry(name.GetString()!.Trim(), Strings(e, "titles", where), Strings(e, "aliases", where));
    }

    private static ImmutableArray<string> Strings(JsonElement e, string property, string where)
    {
        if (!e.TryGetProperty(property, out var v)) return [];
        if (v.ValueKind != JsonValueKind.Array) throw new ConfigException($"{where}: roster \"{property}\" must be an array of strings");
        return [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0)];
    }
}
