using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Hanzi;
using ZjgrLsp.Core.Names;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Rules.Name;

/// <summary>A name one sound- or look-alike character away from a name the issue prints more often.</summary>
public sealed class NameVariantRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "name/variant",
        "人名疑有误",
        Severity.Warning,
        "Compares the names printed after titles in one day's issue (and the roster of zjgr.json): a name printed "
        + "once that differs by one character from a name printed at least twice, where the two characters sound or "
        + "look alike (胡海标 beside 胡海彪), is flagged, and the quick fix writes the commoner form. Names printed "
        + "equally often are left alone, since two people may well have similar names.")
    { Precedence = 3 };

    public void Analyze(RuleContext context)
    {
        var index = NameIndex.For(context);
        var counts = new Dictionary<string, int>(index.NameCounts);
        foreach (var r in context.Config.Roster) counts[r.Name] = Math.Max(counts.GetValueOrDefault(r.Name), 2);
        var reported = new HashSet<string>();
        foreach (var mention in index.Mentions.Where(index.IsOnPage))
        {
            var name = mention.Name;
            if (counts[name] != 1 || !reported.Add(name)) continue;
            var usual = counts.Where(kv => kv.Value >= 2 && IsVariant(name, kv.Key)).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
            if (usual is null) continue;
            var related = index.Mentions.Where(m => m.Name == usual).Take(3).Select(m => index.Related(m, $"此处作“{usual}”"));
            context.Report(mention.NameSpan, $"“{name}”疑为“{usual}”（本期他处作“{usual}”{counts[usual]}次）",
                [Fix.Replace($"改为“{usual}”", mention.NameSpan.Start, mention.NameSpan.Length, usual)], related);
        }
    }

    private static bool IsVariant(string a, string b)
    {
        if (a.Length != b.Length || a == b) return false;
        var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diffs.Count == 1 && diffs[0] > 0 && CharacterTable.Default.Confuse(a[diffs[0]], b[diffs[0]]) != Confusion.None;
    }
}
