namespace ZjgrLsp.Server.Tests;

public class RapidEditTests
{
    [Fact]
    public async Task RapidEdits_PublishOnlyForTheLatestVersion_NeverAStaleOne()
    {
        const string uri = "untitled:rapid";
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "工会。" } });
        for (var v = 2; v <= 30; v++)
        {
            // Each edit appends a character; the last one makes a doubled word.
            var text = v == 30 ? "社会保障保障局。" : "工会" + new string('。', v);
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version = v },
                contentChanges = new[] { new { range = (object?)null, text } },
            });
        }
        // Whatever is published on the way must come in version order: an older lint never lands after a newer one.
        var versions = new List<int>();
        Protocol.PublishDiagnosticsParams published;
        do
        {
            published = await client.NextDiagnosticsAsync(uri);
            versions.Add(published.Version ?? 0);
        } while (published.Version != 30);
        Assert.Equal(versions.Order().Distinct(), versions);
        Assert.Equal("dup/word", Assert.Single(published.Diagnostics).Code);
    }
}
