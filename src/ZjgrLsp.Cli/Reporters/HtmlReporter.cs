using System.Net;
using System.Text;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>
/// A proof sheet: one self-contained HTML file (inline CSS and script, no network, system fonts) for a chief editor to
/// look at. A summary table counts the findings per page and family; below it each page's text is shown with every
/// finding highlighted in its family's colour, its message and first fix on hover or tap, and the page's findings
/// listed under it. Check boxes filter by family and severity. Each finding is one <c>li.finding</c> and marks the
/// text it covers with <c>data-f</c> (overlapping findings share the marks of the text they share), so a test can
/// count what the sheet shows against the JSON report. Pages are kept until the end, since the summary comes first.
/// </summary>
public sealed class HtmlReporter(TextWriter output) : IReporter
{
    private static readonly string[] Families = ["typo", "dup", "name", "cont", "layout", "punct", "date", "num"];

    private readonly List<(string Path, Dictionary<string, int> PerFamily, string Body)> _pages = [];
    private int _next;

    public void WritePage(PageReport page)
    {
        var perFamily = page.Findings.GroupBy(f => f.Family).ToDictionary(g => g.Key, g => g.Count());
        _pages.Add((page.Path, perFamily, RenderPage(page, _pages.Count)));
    }

    public void Finish()
    {
        var total = _pages.Sum(p => p.PerFamily.Values.Sum());
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>校对报告 — zjgr</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append($"<h1>校对报告</h1><p class=\"totals\">{_pages.Count} 个版面，{total} 处问题</p>\n");
        html.Append("<form id=\"filters\"><fieldset><legend>类别</legend>");
        foreach (var family in Families)
            html.Append($"<label class=\"fam-{family}\"><input type=\"checkbox\" data-family=\"{family}\" checked> {family}</label>");
        html.Append("</fieldset><fieldset><legend>级别</legend>");
        foreach (var severity in new[] { "error", "warning", "info", "hint" })
            html.Append($"<label><input type=\"checkbox\" data-severity=\"{severity}\" checked> {severity}</label>");
        html.Append("</fieldset></form>\n");
        html.Append("<table class=\"summary\"><thead><tr><th>版面</th>");
        foreach (var family in Families) html.Append($"<th class=\"fam-{family}\">{family}</th>");
        html.Append("<th>合计</th></tr></thead><tbody>\n");
        for (var i = 0; i < _pages.Count; i++)
        {
            var (path, perFamily, _) = _pages[i];
            html.Append($"<tr><td><a href=\"#page-{i}\">{Escape(path)}</a></td>");
            foreach (var family in Families) html.Append($"<td>{(perFamily.TryGetValue(family, out var n) ? n : "")}</td>");
            html.Append($"<td>{perFamily.Values.Sum()}</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
        foreach (var page in _pages) html.Append(page.Body);
        html.Append("<script>").Append(Script).Append("</script></body></html>\n");
        output.Write(html.ToString());
    }

    /// <summary>One page: its text cut where findings start and end, each piece marked with the findings covering it.</summary>
    private string RenderPage(PageReport page, int index)
    {
        var text = page.Source.Text;
        var findings = page.Findings.Select(f => (Id: _next++, Finding: f)).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (_, f) in findings)
        {
            cuts.Add(Math.Clamp(f.Span.Start, 0, text.Length));
            cuts.Add(Math.Clamp(f.Span.End, 0, text.Length));
        }
        var html = new StringBuilder();
        html.Append($"<section class=\"page\" id=\"page-{index}\"><h2>{Escape(page.Path)}</h2><div class=\"text\">");
        var points = findings.Where(x => x.Finding.Span.Length == 0).ToLookup(x => x.Finding.Span.Start);
        // A sweep: every start and end is a cut, so a finding covers a piece exactly while it has started and not ended.
        var byStart = findings.Where(x => x.Finding.Span.Length > 0).OrderBy(x => x.Finding.Span.Start).ToList();
        var active = new List<(int Id, Finding Finding)>();
        var nextStart = 0;
        int? previous = null;
        foreach (var cut in cuts)
        {
            if (previous is { } from && cut > from)
            {
                active.RemoveAll(x => x.Finding.Span.End <= from);
                while (nextStart < byStart.Count && byStart[nextStart].Finding.Span.Start <= from) active.Add(byStart[nextStart++]);
                var piece = Escape(text[from..cut]);
                html.Append(active.Count == 0 ? piece : Mark(active, piece));
            }
            // A finding of no length (a missing mark) is a caret at its place.
            foreach (var point in points[cut]) html.Append(Mark([point], "‸"));
            previous = cut;
        }
        html.Append("</div><ol class=\"findings\">");
        foreach (var (id, f) in findings)
        {
            var pos = page.Source.GetPosition(f.Span.Start);
            var fix = f.Fixes.Length > 0 ? $" <span class=\"fix\">→ {Escape(f.Fixes[0].Title)}</span>" : "";
            html.Append($"<li class=\"finding fam-{f.Family}\" data-f=\"{id}\" data-family=\"{f.Family}\" data-severity=\"{f.Severity.ToName()}\">")
                .Append($"<span class=\"where\">{pos.Line + 1}:{pos.Character + 1}</span> <span class=\"rule\">{Escape(f.RuleId)}</span> ")
                .Append(Escape(f.Message)).Append(fix).Append("</li>");
        }
        html.Append("</ol></section>\n");
        return html.ToString();
    }

    private static string Mark(IReadOnlyList<(int Id, Finding Finding)> covering, string content)
    {
        var first = covering.OrderBy(x => x.Finding.Severity).First().Finding;
        var tip = string.Join("\n", covering.Select(x => x.Finding.Message + (x.Finding.Fixes.Length > 0 ? $"（{x.Finding.Fixes[0].Title}）" : "")));
        var ids = string.Join(' ', covering.Select(x => x.Id));
        var families = string.Join(' ', covering.Select(x => x.Finding.Family).Distinct());
        var severities = string.Join(' ', covering.Select(x => x.Finding.Severity.ToName()).Distinct());
        return $"<mark class=\"fam-{first.Family}\" data-f=\"{ids}\" data-families=\"{families}\" data-severities=\"{severities}\" "
            + $"title=\"{Escape(tip)}\" tabindex=\"0\">{content}</mark>";
    }

    private static string Escape(string s) => WebUtility.HtmlEncode(s);

    /// <summary>System fonts only: the sheet must render offline on Windows, macOS and Linux alike.</summary>
    private const string Style = """
        body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5em auto; max-width: 60em; padding: 0 1em; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.1em; border-bottom: 1px solid #ccc; }
        table.summary { border-collapse: collapse; margin: 1em 0; } table.summary td, table.summary th { border: 1px solid #ccc; padding: .2em .6em; text-align: right; }
        table.summary td:first-child { text-align: left; }
        #filters fieldset { display: inline-block; border: 1px solid #ccc; margin-right: 1em; } #filters label { margin-right: .6em; white-space: nowrap; }
        .text { white-space: pre-wrap; line-height: 1.9; background: #fcfcfa; padding: 1em; border: 1px solid #eee; }
        mark { border-radius: 2px; cursor: help; } mark.hidden { background: none !important; outline: none; }
        ol.findings li.hidden { display: none; }
        .where { color: #888; font-variant-numeric: tabular-nums; } .rule { font-family: monospace; color: #555; } .fix { color: #2a6; }
        .fam-typo { background: #ffd6d6; } .fam-dup { background: #ffe7b3; } .fam-name { background: #e2d4ff; } .fam-cont { background: #cfe8ff; }
        .fam-layout { background: #d4f5e0; } .fam-punct { background: #fff6a8; } .fam-date { background: #ffd9f0; } .fam-num { background: #dfe7ea; }
        ol.findings li { background: none; border-left: .5em solid; padding-left: .5em; margin: .2em 0; }
        ol.findings li.fam-typo { border-color: #f99; } ol.findings li.fam-dup { border-color: #fc6; } ol.findings li.fam-name { border-color: #b9f; }
        ol.findings li.fam-cont { border-color: #7bf; } ol.findings li.fam-layout { border-color: #7d9; } ol.findings li.fam-punct { border-color: #ee5; }
        ol.findings li.fam-date { border-color: #f8c; } ol.findings li.fam-num { border-color: #9ab; }
        """;

    /// <summary>The filters: a mark stays lit while any finding under it is of a family and severity that are shown.</summary>
    private const string Script = """
        (function () {
          const shown = () => ({
            families: new Set([...document.querySelectorAll('input[data-family]:checked')].map(i => i.dataset.family)),
            severities: new Set([...document.querySelectorAll('input[data-severity]:checked')].map(i => i.dataset.severity)),
          });
          function apply() {
            const s = shown();
            document.querySelectorAll('li.finding').forEach(li =>
              li.classList.toggle('hidden', !(s.families.has(li.dataset.family) && s.severities.has(li.dataset.severity))));
            document.querySelectorAll('mark').forEach(m => {
              const lit = m.dataset.families.split(' ').some(f => s.families.has(f)) && m.dataset.severities.split(' ').some(v => s.severities.has(v));
              m.classList.toggle('hidden', !lit);
            });
          }
          document.getElementById('filters').addEventListener('change', apply);
        })();
        """;
}
