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

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Ticks;
        public void Advance(int ms) => Ticks += TimeSpan.FromMilliseconds(ms).Ticks;
    }

    [Theory]
    [InlineData(1000, 0)]   // a pause longer than the last lint and its wait: lint at once
    [InlineData(500, 0)]
    [InlineData(250, 90)]   // closer than 180 + 90 ms: the keystrokes may still be coming
    [InlineData(50, 90)]
    public void AnEditAfterAPause_IsLintedAtOnce(int gapMs, int expectedMs)
    {
        var clock = new ManualClock();
        var policy = new DebouncePolicy(clock);
        policy.Record(Page, TimeSpan.FromMilliseconds(180));
        Assert.Equal(TimeSpan.FromMilliseconds(90), policy.DelayFor(Page)); // no edit before it to measure the pause from
        clock.Advance(gapMs);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), policy.DelayFor(Page));
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
