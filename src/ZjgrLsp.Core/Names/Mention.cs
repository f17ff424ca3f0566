using ZjgrLsp.Core.Text;

namespace ZjgrLsp.Core.Names;

/// <summary>One post in a title chain: the organisation (normalised; empty when unknown) and the title, with its span.</summary>
public sealed record Post(string Organisation, Title Title, TextSpan Span);

/// <summary>A person named after a chain of titles: 省总工会党组书记、常务副主席吕志良.</summary>
public sealed record Mention(string Path, string Name, TextSpan NameSpan, IReadOnlyList<Post> Posts);
