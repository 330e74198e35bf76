using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EcsGitOps.Benchmarks.WarmStartBenchmarks).Assembly).Run(args);
