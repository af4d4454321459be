using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace Extraction.Tests.Benchmarks;

/// <summary>Runs every benchmark once, in process and in dry mode, so a broken benchmark fails the tests, not the next measurement.</summary>
public class BenchmarkDryRunTests
{
    public static TheoryData<Type> BenchmarkClasses()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Extraction.Benchmarks.PipelineBenchmarks).Assembly.GetTypes()
                     .Where(t => t.IsPublic && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Benchmark_class_runs_once_in_dry_mode(Type benchmarks)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

        var summary = BenchmarkRunner.Run(benchmarks, config);

        summary.HasCriticalValidationErrors.Should().BeFalse(string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        summary.Reports.Should().NotBeEmpty();
        summary.Reports.Should().AllSatisfy(r => r.Success.Should().BeTrue(r.BenchmarkCase.DisplayInfo));
    }
}
