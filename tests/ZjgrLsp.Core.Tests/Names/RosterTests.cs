using ZjgrLsp.Core.Config;
using ZjgrLsp.Core.Names;

namespace ZjgrLsp.Core.Tests.Names;

/// <summary>The shipped leaders' roster and how the newsroom's roster extends and overrides it.</summary>
public class RosterTests
{
    [Fact]
    public void ShippedLeaders_HaveNamesTitlesAndAStartDate() =>
        Assert.All(Roster.Leaders, r =>
        {
            Assert.InRange(r.Name.Length, 2, 4);
            Assert.NotEmpty(r.Titles);
            Assert.NotNull(r.From);
        });

    [Fact]
    public void LeadersHoldFromTheirStartDate_AndOnUndatedPages()
    {
        var someone = Roster.Leaders[0];
        Assert.Contains(Roster.For(ZjgrConfig.Empty, null), r => r.Name == someone.Name);
        Assert.Contains(Roster.For(ZjgrConfig.Empty, someone.From), r => r.Name == someone.Name);
        Assert.DoesNotContain(Roster.For(ZjgrConfig.Empty, someone.From!.Value.AddDays(-1)), r => r.Name == someone.Name);
    }

    [Fact]
    public void NewsroomsEntries_ComeFirstAndReplaceShippedOnesOfTheSameName()
    {
        var name = Roster.Leaders[0].Name;
        var config = ZjgrConfig.Parse($$"""{ "roster": [{ "name": "{{name}}", "titles": ["名誉会长"] }, { "name": "钱卫平" }] }""");
        var roster = Roster.For(config, new DateOnly(2024, 1, 1));
        Assert.Equal(["名誉会长"], roster.Single(r => r.Name == name).Titles.ToArray());
        Assert.Equal("钱卫平", roster[1].Name);
    }

    [Fact]
    public void BadDate_IsAConfigError() =>
        Assert.Throws<ConfigException>(() => ZjgrConfig.Parse("""{ "roster": [{ "name": "钱卫平", "from": "2024/1/1" }] }"""));
}
