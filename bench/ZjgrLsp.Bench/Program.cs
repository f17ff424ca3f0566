using BenchmarkDotNet.Running;
using ZjgrLsp.Bench;

if (args.Length == 2 && args[0] == "segment") return SegmentThroughput.Run(args[1]);
if (args.Length == 1 && args[0] == "load") return LoadCosts.Run();
if (args.Length is 2 or 3 && args[0] == "spell") return SpellThroughput.Run(args[1], args.Length == 3 ? int.Parse(args[2]) : 3);
BenchmarkSwitcher.FromAssembly(typeof(LintBenchmarks).Assembly).Run(args);
return 0;
