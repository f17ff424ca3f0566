using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Cli.Reporters;

/// <summary>
/// Writes one output format to stdout page by page, so a batch's report is never held whole: one instance a run,
/// <see cref="WritePage"/> for each page in order, then <see cref="Finish"/>.
/// </summary>
public interface IReporter
{
    void WritePage(PageReport page);

    void Finish();
}
