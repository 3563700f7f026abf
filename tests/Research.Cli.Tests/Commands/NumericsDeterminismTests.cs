using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Research.Cli.Tests.Commands;

/// <summary>
/// The determinism contract (environment.md, "Numerics"), on the real path: the CLI in separate processes, five at a
/// time on a 2-core machine, so the machine is busy. Each child starts with the numerics variables removed, so what it
/// computes with is what the CLI itself configures. On 5fabfbb these runs differed and went black (two threads) or NaN.
/// </summary>
public sealed partial class NumericsDeterminismTests
{
    private const int Processes = 5;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Rollout_FiveConcurrentProcesses_ByteIdenticalFramesNoBlackFrame(int threads)
    {
        using var temp = new TempDirectory();

        var runs = await Task.WhenAll(Enumerable.Range(0, Processes).Select(i => Run(
            "rollout", "--frames", "20", "--every", "20", "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", temp[$"r{i}"], "--data-dir", temp[$"d{i}"])));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
        var hashes = Enumerable.Range(0, Processes).Select(i => Hash(temp[$"r{i}/frames.csv"])).ToList();
        Assert.Single(hashes.Distinct());
        var rows = File.ReadAllLines(temp["r0/frames.csv"]).Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, cells => Assert.True(double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture) > 0.01, $"black frame {cells[0]}"));
    }

    [Fact]
    public async Task Rollout_OneAndTwoThreads_SameFrames()
    {
        using var temp = new TempDirectory();

        var runs = await Task.WhenAll(new[] { "1", "2" }.Select(threads => Run(
            "rollout", "--frames", "20", "--every", "20", "--threads", threads, "--out", temp[$"t{threads}"], "--data-dir", temp[$"d{threads}"])));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
        Assert.Equal(Hash(temp["t1/frames.csv"]), Hash(temp["t2/frames.csv"]));
    }

    [Fact]
    public async Task Train_FiveConcurrentSmokeRuns_IdenticalFiniteLosses()
    {
        using var temp = new TempDirectory();

        var runs = await Task.WhenAll(Enumerable.Range(0, Processes).Select(i => Run(
            "train", "--config", "engine/models/smoke.train.json", "--data-dir", temp[$"d{i}"])));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
        var losses = runs.Select(r => string.Join(";", LossLine().Matches(r.Output).Select(m => m.Value).Distinct())).ToList();
        Assert.Contains("dynamics 20/20 loss", losses[0]);
        Assert.DoesNotContain("NaN", losses[0]);
        Assert.Single(losses.Distinct());
    }

    [Fact]
    public async Task Device_CleanEnvironment_ReportsSafeConfigurationReadBackFromNativeEnvironment()
    {
        var (exit, output, error) = await Run("device");

        Assert.True(exit == 0, output + error);
        // The ISA cap is read back through libc getenv in the child: Environment.SetEnvironmentVariable would leave it unset.
        Assert.Matches(@"numerics: safe, oneDNN off, (NNPACK (on|off), )?ONEDNN_MAX_CPU_ISA=AVX2, threads 1, self-test passed", Regex.Replace(output, @"\s+", " "));
    }

    /// <summary>Runs the CLI with the variables <c>NumericsConfiguration</c> sets removed, so the child sets them itself.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        var info = CliProcess.StartInfo(args);
        foreach (var name in new[] { "ONEDNN_MAX_CPU_ISA", "OMP_NUM_THREADS", "RESEARCH_NUMERICS", "RESEARCH_THREADS" })
        {
            info.Environment.Remove(name);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex(@"(dynamics|upsampler|motion) \d+/\d+ loss [0-9.NaN]+")]
    private static partial Regex LossLine();
}
