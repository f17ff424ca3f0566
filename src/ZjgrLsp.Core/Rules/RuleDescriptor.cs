using System.Text.RegularExpressions;
using ZjgrLsp.Core.Findings;

namespace ZjgrLsp.Core.Rules;

/// <summary>
/// What a rule is: a stable id <c>family/name</c>, a short title, its default severity and a one-paragraph doc
/// shown on hover and in docs/rules.md. Ids are never reused.
/// </summary>
public sealed partial record RuleDescriptor
{
    /// <summary>The families a rule id may start with.</summary>
    public static readonly IReadOnlySet<string> Families =
        new HashSet<string> { "typo", "dup", "name", "cont", "layout", "punct", "date", "num" };

    [GeneratedRegex("^[a-z]+/[a-z][a-z0-9-]*$")]
    private static partial Regex IdShape();

    public RuleDescriptor(string id, string title, Severity defaultSeverity, string doc)
    {
        if (!IdShape().IsMatch(id) || !Families.Contains(id[..id.IndexOf('/')]))
            throw new ArgumentException($"Rule id '{id}' is not family/name with a known family.", nameof(id));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A rule needs a title.", nameof(title));
        if (string.IsNullOrWhiteSpace(doc)) throw new ArgumentException("A rule needs a doc paragraph.", nameof(doc));
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Doc = doc;
    }

    public string Id { get; }
    public string Title { get; }
    public Severity DefaultSeverity { get; }
    public string Doc { get; }

    /// <summary>
    /// True when the rule's preferred fix is safe to apply unseen, in "fix all" and on save
    /// (punctuation swaps, deleting a doubled word); false when a person should look first (deleting a paragraph).
    /// </summary>
    public bool SafeToFixAll { get; init; }

    /// <summary>The options the rule reads from zjgr.json, each with the string values it accepts.</summary>
    public IReadOnlyDictionary<string, string[]> Options { get; init; } = new Dictionary<string, string[]>();

    /// <summary>
    /// For rules whose findings compete for the same words (the typo rules): when two such findings of one
    /// family overlap, only the one with the lower precedence is kept. Null: never suppressed.
    /// </summary>
    public int? Precedence { get; init; }

    /// <summary>
    /// Families whose findings give way to this rule's where they overlap: a misprinted leader's name is a name
    /// finding, not also a typo the spelling checker saw.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>
    /// True for the rules that read the language model. Its spelling checker's tables are built on another thread
    /// as a lint starts, so the analyzer runs these rules after the others, which run meanwhile.
    /// </summary>
    public bool ReadsLanguageModel { get; init; }
    public string Family => Id[..Id.IndexOf('/')];
}
