namespace ZjgrLsp.Server.Tests;

/// <summary>A page opened alone still sees its issue: the server reads the other pages of its folder from disk.</summary>
public class WorkspaceTests
{
    [Fact]
    public async Task PageOpenedAlone_GetsIssueWideFindingsWithRelatedInformation()
    {
        var page = Path.Combine(ZjgrLsp.Testing.RepoPaths.Seeds, "000_710bbc81166087d6.txt");
        var uri = new Uri(page).AbsoluteUri;
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text = File.ReadAllText(page) } });
        var diagnostics = (await client.NextDiagnosticsAsync(uri)).Diagnostics;

        var conflict = Assert.Single(diagnostics, d => d.Code == "name/post-conflict");
        Assert.Contains("吕志良", conflict.Message);
        Assert.NotNull(conflict.RelatedInformation);
        // 办前十分钟 is only suspect because the other pages of the folder print 班前十分钟.
        Assert.Contains(diagnostics, d => d.Code == "typo/confusable" && d.Message.Contains("班"));
    }
}
