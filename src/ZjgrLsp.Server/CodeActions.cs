using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Text;
using ZjgrLsp.Server.Protocol;
using Range = ZjgrLsp.Server.Protocol.Range;

namespace ZjgrLsp.Server;

/// <summary>Builds quick fixes for the findings under a range, and the "fix all" actions.</summary>
public static class CodeActions
{
    /// <summary>The command behind "add to dictionary": arguments are the document URI and the word.</summary>
    public const string AddToDictionary = "zjgr.addToDictionary";

    /// <summary>The command behind "ignore this finding": document URI, rule id, offset and length.</summary>
    public const string IgnoreFinding = "zjgr.ignoreFinding";

    /// <summary>Families whose findings come in numbers, with the title of their fix-all-in-file action.</summary>
    private static readonly Dictionary<string, string> FileWideTitles = new()
    {
        ["punct"] = "修正本文件全部标点问题（{0} 处）",
        ["layout"] = "合并本文件全部断开的段落（{0} 处）",
    };

    public static IEnumerable<CodeAction> QuickFixes(string uri, LintSnapshot snapshot, Range range, Func<string, SourceText, Finding, Diagnostic> diagnose)
    {
        var source = snapshot.Source;
        var start = LspConversions.ToOffset(source, range.Start);
        var end = LspConversions.ToOffset(source, range.End);
        var selected = TextSpan.FromBounds(start, Math.Max(start, end));
        var familiesOffered = new HashSet<string>();
        foreach (var f in snapshot.Findings)
        {
            if (!f.Span.OverlapsWith(selected) && !(selected.Length == 0 && f.Span.End == selected.Start)) continue;
            var diagnostic = diagnose(uri, source, f);
            for (var i = 0; i < f.Fixes.Length; i++)
                yield return new CodeAction(f.Fixes[i].Title, CodeActionKinds.QuickFix, [diagnostic], i == 0,
                    Edit(uri, source, f.Fixes[i].Edits));
            yield return new CodeAction("忽略此处（记入 .zjgr-ignore.json）", CodeActionKinds.QuickFix, [diagnostic], false, null,
                new Command("忽略此处", IgnoreFinding, [uri, f.RuleId, f.Span.Start, f.Span.Length]));
            if (f.DictionaryWord is { } word)
                yield return new CodeAction($"将“{word}”加入词典（zjgr.json）", CodeActionKinds.QuickFix, [diagnostic], false, null,
                    new Command($"将“{word}”加入词典", AddToDictionary, [uri, word]));
            // Punctuation and split paragraphs come by the dozen; offer to fix the whole file from any one of them.
            // Findings that offer a choice (，。: keep which?) are left for the editor to decide one by one.
            if (FileWideTitles.TryGetValue(f.Family, out var title) && familiesOffered.Add(f.Family))
            {
                var all = snapshot.Findings.Where(x => x.Family == f.Family && x.Fixes.Length == 1).ToList();
                var edits = FixApplier.CollectPreferred(all);
                if (edits.Count > 1)
                    yield return new CodeAction(string.Format(title, edits.Count), CodeActionKinds.QuickFix, null, false,
                        Edit(uri, source, edits));
            }
        }
    }

    /// <summary>source.fixAll.zjgr: every preferred fix that is safe to apply unseen.</summary>
    public static CodeAction? FixAll(string uri, LintSnapshot snapshot)
    {
        var safe = snapshot.Findings.Where(f => RuleRegistry.Find(f.RuleId)?.Descriptor.SafeToFixAll == true);
        var edits = FixApplier.CollectPreferred(safe);
        if (edits.Count == 0) return null;
        return new CodeAction($"zjgr：修正全部可安全修正的问题（{edits.Count} 处）", CodeActionKinds.SourceFixAllZjgr, null, null,
            Edit(uri, snapshot.Source, edits));
    }

    private static WorkspaceEdit Edit(string uri, SourceText source, IEnumerable<Core.Findings.TextEdit> edits) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [uri] = LspConversions.ToEdits(source, edits) });
}
