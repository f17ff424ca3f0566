using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Findings;

/// <summary>Another place a finding speaks of, such as the first copy of a duplicated paragraph.</summary>
/// <param name="Path">The page it is on; null for the page of the finding itself.</param>
public sealed record RelatedLocation(string? Path, TextSpan Span, string Message);
