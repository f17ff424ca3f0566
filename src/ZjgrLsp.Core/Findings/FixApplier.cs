namespace ZjgrLsp.Core.Findings;

/// <summary>Applies text edits, and gathers the preferred fixes of many findings into one non-overlapping set.</summary>
public static class FixApplier
{
    /// <summary>Applies non-overlapping edits; edits are sorted first, so their order does not matter.</summary>
    /// <exception cref="ArgumentException">Two edits overlap or one falls outside the text.</exception>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var sorted = edits.OrderBy(e => e.Offset).ThenBy(e => e.Length).ToList();
        var sb = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (var e in sorted)
        {
            if (e.Offset < last || e.Offset < 0 || e.End > text.Length)
                throw new ArgumentException($"Edit at {e.Offset}+{e.Length} overlaps another or lies outside the text.");
            sb.Append(text, last, e.Offset - last).Append(e.NewText);
            last = e.End;
        }
        sb.Append(text, last, text.Length - last);
        return sb.ToString();
    }

    /// <summary>
    /// The edits of each finding's preferred fix, skipping any fix that would overlap one already taken,
    /// so "fix all" never mangles text; a second run picks up what was skipped.
    /// </summary>
    public static IReadOnlyList<TextEdit> CollectPreferred(IEnumerable<Finding> findings)
    {
        var taken = new List<TextEdit>();
        foreach (var f in findings.Where(f => f.Fixes.Length > 0).OrderBy(f => f.Span.Start))
        {
            var edits = f.Fixes[0].Edits;
            if (edits.Any(e => taken.Any(t => Overlap(t, e)))) continue;
            taken.AddRange(edits);
        }
        return taken;
    }

    private static bool Overlap(TextEdit a, TextEdit b) =>
        a.Offset < b.End && b.Offset < a.End || a.Offset == b.Offset;
}
