using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ZjgrLsp.Bench.LintBenchmarks).Assembly).Run(args);
