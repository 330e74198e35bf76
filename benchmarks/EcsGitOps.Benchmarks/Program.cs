using BenchmarkDotNet.Running;
using EcsGitOps.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AwsOverheadBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
