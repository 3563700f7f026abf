using System.CommandLine;
using System.Diagnostics;
using Research.Engine.Compute;
using Spectre.Console;
using TorchSharp;

namespace Research.Cli.Commands;

/// <summary><c>research device</c>: proves TorchSharp loads and measures the matmul peak of the chosen device.</summary>
internal static class DeviceCommand
{
    public static Command Create()
    {
        var device = new Option<string>("--device") { Description = "auto, cpu or cuda (default: $RESEARCH_DEVICE, else auto)." };
        var command = new Command("device", "Show the compute device and its measured float32 matmul throughput.") { device };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var text = parse.GetValue(device);
            var chosen = ComputeDevice.Select(text is null ? null : ComputeDevice.ParsePreference(text));
            AnsiConsole.MarkupLineInterpolated($"device: [bold]{chosen}[/] (cuda available: {torch.cuda.is_available()}), threads: {torch.get_num_threads()}");
            foreach (var n in new[] { 512, 1024, 2048 })
            {
                AnsiConsole.MarkupLineInterpolated($"matmul {n}x{n}: {MatmulGflops(n, chosen):F1} GFLOP/s");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>Best of five float32 matmuls of n x n, in GFLOP/s.</summary>
    internal static double MatmulGflops(int n, torch.Device device)
    {
        using var scope = torch.NewDisposeScope();
        var a = torch.randn(n, n, device: device);
        var b = torch.randn(n, n, device: device);
        torch.matmul(a, b).Dispose();
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var product = torch.matmul(a, b);
            _ = product.sum().item<float>();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return 2.0 * n * n * n / best / 1e9;
    }
}
