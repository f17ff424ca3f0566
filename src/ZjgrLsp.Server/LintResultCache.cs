using System.Collections.Concurrent;
using System.Collections.Immutable;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Server;

/// <summary>The findings of the last lint of a document, tied to the version and text they were computed on.</summary>
public sealed record LintSnapshot(int Version, SourceText Source, ImmutableArray<Finding> Findings);

public sealed class LintResultCache
{
    private readonly ConcurrentDictionary<string, LintSnapshot> _results = new(StringComparer.Ordinal);

    public void Store(string uri, LintSnapshot snapshot) => _results[uri] = snapshot;

    public LintSnapshot? Get(string uri) => _results.TryGetValue(uri, out var s) ? s : null;

    public void Remove(string uri) => _results.TryRemove(uri, out _);
}
