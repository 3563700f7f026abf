using System.CommandLine;
using System.Diagnostics;
using Research.Engine.Compute;
using Spectre.Console;
using TorchSharp;

namespace Research.Cli.Commands;

/// <summary><c>research device</c>: proves TorchSharp loads, shows the numerics configuration in force and measures the device.</summary>
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
            var numerics = NumericsConfiguration.Current;
            AnsiConsole.MarkupLine($"[{(numerics.Verified ? "green" : "red")}]{Markup.Escape(numerics.Describe())}[/]");
            AnsiConsole.MarkupLineInterpolated($"conv 64x64 (3 layers, 24 channels): {ConvMilliseconds(chosen):F2} ms per frame");
            foreach (var n in new[] { 512, 1024, 2048 })
            {
                AnsiConsole.MarkupLineInterpolated($"matmul {n}x{n}: {MatmulGflops(n, chosen):F1} GFLOP/s");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>Best of 20 forwards of three 3x3 convolutions (3, 24, 24, 3 channels) on one 64x64 frame, in ms: the kind of layer the model runs.</summary>
    internal static double ConvMilliseconds(torch.Device device)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var x = torch.rand(1, 3, 64, 64, device: device);
        var weights = new[] { torch.randn(24, 3, 3, 3, device: device), torch.randn(24, 24, 3, 3, device: device), torch.randn(3, 24, 3, 3, device: device) };
        var best = double.MaxValue;
        for (var i = 0; i < 21; i++)
        {
            var clock = Stopwatch.StartNew();
            var h = x;
            foreach (var w in weights)
            {
                h = torch.nn.functional.conv2d(h, w, padding: [1, 1]).relu();
            }
            _ = h.sum().item<float>();
            best = i == 0 ? best : Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
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
