using System.Collections.Immutable;
using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Rules;
using ZjgrLsp.Core.Workspace;

namespace ZjgrLsp.Core.Tests;

/// <summary>Runs one rule on a text and states findings as the text they cover, so Chinese widths never matter.</summary>
public static class RuleHarness
{
    public static ImmutableArray<Finding> Run(IRule rule, string text, ZjgrConfig? config = null, IssueContext? issue = null, string path = "/issue/page.txt") =>
        new Analyzer([rule]).Analyze(NewsDocument.Parse(path, text), config, issue);

    /// <summary>An issue of the page (as /issue/page.txt) and other pages (/issue/02.txt …).</summary>
    public static IssueContext Issue(string page, params string[] others) =>
        new([.. others.Select((t, i) => NewsDocument.Parse($"/issue/0{i + 2}.txt", t)), NewsDocument.Parse("/issue/page.txt", page)]);

    /// <summary>The covered text of each finding, in order.</summary>
    public static string[] Flagged(IRule rule, string text, ZjgrConfig? config = null, IssueContext? issue = null) =>
        Run(rule, text, config, issue).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    /// <summary>The text after applying every finding's preferred fix.</summary>
    public static string Fixed(IRule rule, string text, ZjgrConfig? config = null, IssueContext? issue = null) =>
        FixApplier.Apply(text, FixApplier.CollectPreferred(Run(rule, text, config, issue)));
}
