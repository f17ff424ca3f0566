using System.Collections.Immutable;
using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Findings;

/// <summary>One problem a rule found on a page.</summary>
/// <param name="RuleId">The rule's id, <c>family/name</c>.</param>
/// <param name="Severity">The severity after configuration.</param>
/// <param name="Span">Where the problem is, in UTF-16 units.</param>
/// <param name="Message">What is wrong, in Chinese, for the copy editor.</param>
/// <param name="Fixes">Quick fixes, the preferred one first; empty when the rule cannot know the right text.</param>
/// <param name="Related">Other places the finding refers to.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    TextSpan Span,
    string Message,
    ImmutableArray<Fix> Fixes,
    ImmutableArray<RelatedLocation> Related)
{
    public string Family => RuleId[..RuleId.IndexOf('/')];

    /// <summary>
    /// The word that, added to zjgr.json's dictionary, makes the rule accept this text (offered as "add to
    /// dictionary"); null when a dictionary cannot help.
    /// </summary>
    public string? DictionaryWord { get; init; }
}
