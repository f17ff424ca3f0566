using BenchmarkDotNet.Running;
using ZjgrLsp.Bench;

if (args.Length == 2 && args[0] == "segment") return SegmentThroughput.Run(args[1]);
if (args.Length == 1 && args[0] == "load") return LoadCosts.Run();
if (args.Length == 2 && args[0] == "spell") return SpellThroughput.Run(args[1]);
BenchmarkSwitcher.FromAssembly(typeof(LintBenchmarks).Assembly).Run(args);
return 0;
