namespace ZjgrLsp.Core.Documents;

/// <summary>What a block of a page is, as a copy editor reads it.</summary>
public enum BlockKind
{
    /// <summary>Nameplate, date line, serial numbers and addresses at the top of a front page.</summary>
    Masthead,
    /// <summary>A headline, kicker or subhead: a Markdown heading or a short line without sentence punctuation.</summary>
    Headline,
    /// <summary>A stand-alone byline or dateline (新华社北京6月30日电).</summary>
    Dateline,
    /// <summary>A photo caption, usually with a credit (记者某某 摄).</summary>
    Caption,
    /// <summary>Body text.</summary>
    Paragraph,
    /// <summary>A continuation marker on a line of its own: （下转第4版）, （上接第1版）.</summary>
    ContinuationMarker,
}
