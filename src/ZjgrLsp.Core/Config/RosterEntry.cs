using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace ZjgrLsp.Core.Config;

/// <summary>
/// A person on a roster: the canonical name, posts as printed (省总工会党组书记), wrong spellings seen, and the dates
/// between which the entry holds (either may be absent).
/// </summary>
public sealed record RosterEntry(string Name, ImmutableArray<string> Titles, ImmutableArray<string> Aliases, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Whether the entry holds on a day; on an undated page, whether it holds now (it has no end date).</summary>
    public bool HoldsOn(DateOnly? day) => day is { } d ? (From is null || From <= d) && (To is null || d <= To) : To is null;

    public static RosterEntry FromJson(JsonElement e, string where)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            throw new ConfigException($"{where}: each roster entry needs a \"name\"");
        return new RosterEntry(name.GetString()!.Trim(), Strings(e, "titles", where), Strings(e, "aliases", where),
            Date(e, "from", where), Date(e, "to", where));
    }

    private static ImmutableArray<string> Strings(JsonElement e, string property, string where)
    {
        if (!e.TryGetProperty(property, out var v)) return [];
        if (v.ValueKind != JsonValueKind.Array) throw new ConfigException($"{where}: roster \"{property}\" must be an array of strings");
        return [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0)];
    }

    private static DateOnly? Date(JsonElement e, string property, string where)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        throw new ConfigException($"{where}: roster \"{property}\" must be a date written yyyy-MM-dd");
    }
}
