using System.Text.Json;
using ZjgrLsp.Core.Config;

namespace ZjgrLsp.Core.Names;

/// <summary>
/// The roster the name rules check a page against: the national leaders shipped in Data/leaders.json, then the
/// newsroom's own roster from zjgr.json, which adds people and replaces a shipped entry of the same name. Only the
/// entries that hold on the page's day count (on an undated page: those that hold now).
/// </summary>
public static class Roster
{
    private static readonly Lazy<IReadOnlyList<RosterEntry>> _leaders = new(LoadLeaders);

    /// <summary>The shipped national leaders, every term the file lists.</summary>
    public static IReadOnlyList<RosterEntry> Leaders => _leaders.Value;

    /// <summary>The entries that hold on <paramref name="day"/>: the newsroom's first, then the shipped leaders it does not name.</summary>
    public static IReadOnlyList<RosterEntry> For(ZjgrConfig config, DateOnly? day)
    {
        var own = config.Roster.Where(r => r.HoldsOn(day)).ToList();
        var named = config.Roster.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return [.. own, .. Leaders.Where(r => !named.Contains(r.Name) && r.HoldsOn(day))];
    }

    private static IReadOnlyList<RosterEntry> LoadLeaders()
    {
        using var stream = typeof(Roster).Assembly.GetManifestResourceStream("ZjgrLsp.Core.Data.leaders.json")
            ?? throw new InvalidOperationException("Embedded data file leaders.json is missing from the build.");
        using var doc = JsonDocument.Parse(stream);
        return [.. doc.RootElement.GetProperty("roster").EnumerateArray().Select(e => RosterEntry.FromJson(e, "Data/leaders.json"))];
    }
}
