using System.Text.RegularExpressions;
using ZjgrLsp.Core.Segmentation;

namespace ZjgrLsp.Core.Documents;

/// <summary>
/// Body paragraphs cut mid-sentence by a column break, and where their rest went. The rest usually follows at once
/// (perhaps after a photo and its caption); sometimes it lands paragraphs later, even under the next headline. A
/// word that straddles the break (建立总工 | 会、配备) shows where a displaced rest belongs.
/// </summary>
public static partial class ParagraphBreaks
{
    /// <summary>The start of a list item: 二是, （二）, 第二, 2., ②.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[，,、]|\d+(?:[.．](?!\d)|、)|[①-⑳])")]
    private static partial Regex ListItem();

    /// <summary>A broken paragraph: the block, the block holding its rest (null when none is found), and whether
    /// the rest is displaced (not the next body block).</summary>
    public sealed record Break(Block Broken, Block? Rest, bool Displaced, IReadOnlyList<Block> Between);

    /// <summary>How far ahead a displaced rest is looked for.</summary>
    private const int LookAhead = 8;

    private sealed record Cached(Segmenter Segmenter, IReadOnlyList<Break> Breaks);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsDocument, Cached> Cache = new();

    /// <summary>The page's breaks, computed once per page and segmenter (both layout rules ask).</summary>
    public static IReadOnlyList<Break> Find(NewsDocument document, Segmenter segmenter)
    {
        if (Cache.TryGetValue(document, out var cached) && ReferenceEquals(cached.Segmenter, segmenter)) return cached.Breaks;
        var breaks = Compute(document, segmenter).ToList();
        Cache.AddOrUpdate(document, new Cached(segmenter, breaks));
        return breaks;
    }

    private static IEnumerable<Break> Compute(NewsDocument document, Segmenter segmenter)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Paragraph || LogicalParagraphs.EndsSentence(block.Text)) continue;
            var between = new List<Block>();
            var j = i + 1;
            while (j < blocks.Count && blocks[j].Kind is BlockKind.Caption) between.Add(blocks[j++]);
            var next = j < blocks.Count && blocks[j].Kind == BlockKind.Paragraph ? blocks[j] : null;
            // A list set one item a paragraph ends each item with a semicolon (一是……； | 二是……), and a line that
            // introduces numbered items needs no stop before them (…的拆借业务 | 1.全国各信托…).
            if (next is not null && ListItem().IsMatch(next.Text)) continue;
            // A dash ends a line on purpose: speech broken off, or what follows introduced (就应该相信—— | 姑娘们好！);
            // so does a quotation opened after a colon whose words start the next paragraph (他说：“ | 我们…).
            var trimmed = block.Text.TrimEnd();
            if (trimmed[^1] is '—' or '－' || trimmed.EndsWith("：“", StringComparison.Ordinal) || trimmed.EndsWith(":“", StringComparison.Ordinal)) continue;
            if (next is not null && Straddles(segmenter, block.Text, next.Text))
            {
                yield return new Break(block, next, false, between);
                continue;
            }
            var displaced = blocks.Skip(j + 1).Take(LookAhead)
                .FirstOrDefault(b => b.Kind == BlockKind.Paragraph && !StartsSentence(b.Text) && Straddles(segmenter, block.Text, b.Text));
            if (displaced is not null) yield return new Break(block, displaced, true, []);
            else yield return new Break(block, next, false, next is null ? [] : between);
        }
    }

    /// <summary>A word of the dictionary that starts in <paramref name="end"/> and ends in <paramref name="start"/>.</summary>
    public static bool Straddles(Segmenter segmenter, string end, string start)
    {
        Span<char> word = stackalloc char[6];
        for (var left = 1; left <= Math.Min(3, end.Length); left++)
            for (var right = 1; right <= Math.Min(3, start.Length); right++)
            {
                end.AsSpan(end.Length - left).CopyTo(word);
                start.AsSpan(0, right).CopyTo(word[left..]);
                if (segmenter.Frequency(word[..(left + right)]) >= 10) return true;
            }
        return false;
    }

    /// <summary>A block whose first characters read as a sentence's start: a quote, or a lead such as 本报讯.</summary>
    private static bool StartsSentence(string text) => text.Length == 0 || text[0] is '“' or '《' or '（' or '(';
}
