using CsCheck;
using Microsoft.Extensions.Logging;
using ZjgrLsp.Core.Documents;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Segmentation;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Tests;

/// <summary>
/// Random pages from an alphabet of what copy is made of, and what breaks parsers: Chinese, both widths of
/// punctuation, quotes and brackets, continuation markers, headings, CRLF, a BOM, NUL and lone surrogates.
/// </summary>
public class PropertyTests
{
    private const string Alphabet = "工会职工社会保障治理办班股殷的了在是和一二四十年月日版转接下上第省总书记主席胡柯吕志良"
        + "，。、；：？！“”‘’《》（）【】…—·,.;:?!()\"' \t\n\n\n\r#0123456789abcAZ\uFEFF\0\uD842\uDFB7";

    private static readonly Gen<string> Pages = Gen.String[Gen.Char[Alphabet], 0, 400];

    [Fact]
    public void Analyze_NeverThrows_AndKeepsSpansAndFixesInsideTheText()
    {
        var errors = new ErrorLog();
        var analyzer = new Analyzer(logger: errors);
        Pages.Sample(text =>
        {
            var doc = NewsDocument.Parse("/issue/01.txt", text);
            foreach (var f in analyzer.Analyze(doc))
            {
                Assert.InRange(f.Span.Start, 0, text.Length);
                Assert.InRange(f.Span.End, f.Span.Start, text.Length);
                foreach (var fix in f.Fixes)
                {
                    Assert.All(fix.Edits, e => Assert.InRange(e.End, e.Offset, text.Length));
                    FixApplier.Apply(text, fix.Edits); // throws on overlapping or outside edits
                }
            }
            // The analyzer survives a failing rule by logging it; a property test must see that as a failure.
            Assert.True(errors.Messages.Count == 0, string.Join("\n", errors.Messages) + $"\non: {text}");
        }, iter: 300);
    }

    /// <summary>Collects what rules log as errors.</summary>
    private sealed class ErrorLog : ILogger
    {
        public List<string> Messages { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Messages.Add(formatter(state, exception) + " " + exception);
        }
    }

    [Fact]
    public void Segmenter_CoversTheTextExactly_AndNeverSplitsAPair()
    {
        Pages.Sample(text =>
        {
            var tokens = Segmenter.Default.Cut(text);
            Assert.Equal(text, string.Concat(tokens.Select(t => t.Word)));
            Assert.All(tokens, t => Assert.False(t.Start > 0 && char.IsLowSurrogate(text[t.Start]) && char.IsHighSurrogate(text[t.Start - 1])));
        }, iter: 300);
    }

    [Fact]
    public void LineIndex_PositionsRoundTrip()
    {
        Pages.Sample(text =>
        {
            var source = new SourceText(text);
            for (var o = 0; o <= text.Length; o++)
            {
                if (o > 0 && o < text.Length && text[o - 1] == '\r' && text[o] == '\n') continue; // inside a CRLF
                Assert.Equal(o, source.GetOffset(source.GetPosition(o)));
            }
        }, iter: 300);
    }
}
