using System.Collections.Immutable;
using ZjgrLsp.Core.Findings;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Linting;

/// <summary>The findings on one page file, the stamp of the bytes they were found in, and the encoding those were in.</summary>
public sealed record PageReport(string Path, SourceText Source, ImmutableArray<Finding> Findings, FileStamp? Stamp = null, PageEncoding? Encoding = null);

/// <summary>A path that could not be linted, with the reason in plain words.</summary>
public sealed record PageError(string Path, string Message);

public sealed record LintResult(ImmutableArray<PageReport> Pages, ImmutableArray<PageError> Errors);
