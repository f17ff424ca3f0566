using System.Reflection;
using ZjgrLsp.Core.Rules;

namespace ZjgrLsp.Core.Tests.Rules;

public class RuleRegistryTests
{
    [Fact]
    public void Ids_AreUniqueSortedAndOfKnownFamilies()
    {
        var ids = RuleRegistry.All.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Contains(id.Split('/')[0], RuleDescriptor.Families));
    }

    [Fact]
    public void EveryRuleClass_IsRegistered()
    {
        var classes = typeof(IRule).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface);
        Assert.Equal(classes.Select(t => t.Name).Order(), RuleRegistry.All.Select(r => r.GetType().Name).Order());
    }

    [Fact]
    public void EveryRule_HasATestClassADocsEntryAndAReadmeRow()
    {
        var tests = Assembly.GetExecutingAssembly().GetTypes().Select(t => t.Name).ToHashSet();
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "rules.md"));
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        foreach (var rule in RuleRegistry.All)
        {
            Assert.Contains(rule.GetType().Name + "Tests", tests);
            Assert.Contains($"`{rule.Descriptor.Id}`", docs);
            Assert.Contains($"| `{rule.Descriptor.Id}` |", readme); // the README's table of what it finds
        }
    }

    [Fact]
    public void Descriptor_RejectsMalformedIds()
    {
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("style/foo", "t", Findings.Severity.Hint, "d"));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("dup", "t", Findings.Severity.Hint, "d"));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("dup/x", "t", Findings.Severity.Hint, " "));
    }
}
