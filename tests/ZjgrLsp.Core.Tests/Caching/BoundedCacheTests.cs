using ZjgrLsp.Core.Caching;

namespace ZjgrLsp.Core.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void AValueIsComputedOnceAndThenKept()
    {
        var cache = new BoundedCache<string, int>(10, StringComparer.Ordinal);
        var calls = 0;
        Assert.Equal(4, cache.GetOrAdd("工人", (k, _) => { calls++; return k.Length * 2; }, 0));
        Assert.Equal(4, cache.GetOrAdd("工人", (k, _) => { calls++; return -1; }, 0));
        Assert.Equal(1, calls);
        Assert.True(cache.TryGetValue("工人", out var kept) && kept == 4);
    }

    [Fact]
    public void PastItsCapacityItStartsAfresh()
    {
        var cache = new BoundedCache<int, int>(3);
        for (var i = 0; i < 3; i++) cache.Set(i, i);
        Assert.True(cache.TryGetValue(0, out _));
        cache.Set(3, 3); // the fourth entry: the first three go
        Assert.False(cache.TryGetValue(0, out _));
        Assert.True(cache.TryGetValue(3, out var three) && three == 3);
        // And it counts afresh: two more fit before the next clearing.
        cache.Set(4, 4);
        cache.Set(5, 5);
        Assert.True(cache.TryGetValue(3, out _) && cache.TryGetValue(5, out _));
    }
}
