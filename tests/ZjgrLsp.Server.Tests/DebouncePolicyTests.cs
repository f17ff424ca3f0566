namespace ZjgrLsp.Server.Tests;

public class DebouncePolicyTests
{
    private const string Page = "file:///page.txt";

    [Fact]
    public void APageNeverLinted_WaitsTheShortest()
    {
        Assert.Equal(DebouncePolicy.Shortest, new DebouncePolicy().DelayFor(Page));
    }

    [Theory]
    [InlineData(5, 25)]      // a cheap lint still lets a burst of keystrokes become one
    [InlineData(180, 90)]    // otherwise the wait is half what the page's last lint cost
    [InlineData(2000, 250)]  // and never longer than the old fixed delay
    public void TheWait_FollowsThePagesLastLint_WithinBounds(int costMs, int expectedMs)
    {
        var policy = new DebouncePolicy();
        policy.Record(Page, TimeSpan.FromMilliseconds(400));
        policy.Record(Page, TimeSpan.FromMilliseconds(costMs));
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), policy.DelayFor(Page));
        Assert.Equal(DebouncePolicy.Shortest, policy.DelayFor("file:///other.txt"));
    }

    [Fact]
    public void AClosedPage_IsForgotten()
    {
        var policy = new DebouncePolicy();
        policy.Record(Page, TimeSpan.FromMilliseconds(200));
        policy.Forget(Page);
        Assert.Equal(DebouncePolicy.Shortest, policy.DelayFor(Page));
    }
}
