using Research.Engine.Compute;
using System.Diagnostics;
using Research.Engine.Models;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Benchmarks;

/// <summary>
/// Measures what a world model costs per generated frame on this machine: wall-clock time of
/// <see cref="ModelRollout.Step"/> per quality mode (p50/p95/p99), a breakdown by part from timing the modules
/// directly, analytic FLOPs per frame, and the achieved GFLOP/s against the machine's measured matmul peak.
/// </summary>
/// <remarks>
/// Runs at the current TorchSharp thread count (<c>torch.set_num_threads</c> before calling). Cost per frame does
/// not depend on the weights, so an untrained model measures the same as a trained one of its architecture.
/// </remarks>
public static class ModelBenchmark
{
    /// <summary>The real-time frame rate reports check against.</summary>
    public const double RealTimeFps = 30;

    /// <summary>A short prompt (three vocabulary tokens) given at every step, so the prompt path does its usual work.</summary>
    private static readonly int[] Prompt = [2, 3, 4];

    /// <summary>Runs the whole benchmark on <paramref name="model"/> (switched to evaluation mode).</summary>
    /// <param name="model">The model; its weights are not changed.</param>
    /// <param name="options">What to measure; validated first.</param>
    /// <param name="progress">Receives a short description of each stage.</param>
    /// <exception cref="ArgumentException">Invalid <paramref name="options"/>.</exception>
    public static ModelBenchmarkResult Run(WorldModel model, ModelBenchmarkOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        model.eval();
        var load = MachineInfo.LoadAverage();
        progress?.Report($"matmul peak at {get_num_threads()} threads");
        var peak = MatmulPeak.Measure(options.PeakSizes, options.PeakRepeats);
        var flops = ModelFlops.Of(model);
        progress?.Report("timing the parts");
        var parts = TimeParts(model, options.PartRepeats);
        var modes = new List<ModeBenchmarkResult>();
        foreach (var mode in options.Modes)
        {
            progress?.Report($"timing {options.Frames} frames in {mode.Name} mode");
            var times = TimeRollout(model, mode, options.WarmupFrames, options.Frames);
            modes.Add(new ModeBenchmarkResult(mode, options.Frames, FrameTimeStats.From(times), flops.PerFrame(mode), peak.BestGflops));
        }
        progress?.Report("measuring memory per session");
        var memory = SessionMemory.Measure(model, sessions: 8, frames: 300);
        return new ModelBenchmarkResult(
            MachineInfo.Current(), get_num_threads(), peak, model.Config, model.ParameterCount, flops, parts, options.WarmupFrames, modes, load, memory);
    }

    /// <summary>
    /// Per-frame milliseconds of <see cref="ModelRollout.Step"/> after <paramref name="warmup"/> untimed frames.
    /// The only place the benchmark drives a rollout, so changes to its API land here.
    /// </summary>
    private static double[] TimeRollout(WorldModel model, QualityMode mode, int warmup, int frames)
    {
        // The rollout owns its tensors (state and context) and scopes each step itself; no outer scope is needed.
        using var rollout = new ModelRollout(model, mode);
        rollout.Start(StartFrame(model.Config.FrameSize), AgentKinematics.Start(new WorldOptions()));
        var times = new double[frames];
        for (var i = 0; i < warmup + frames; i++)
        {
            var action = AgentActions.All[i / 10 % AgentActions.All.Count];
            var started = Stopwatch.GetTimestamp();
            rollout.Step(action, Prompt);
            if (i >= warmup)
            {
                times[i - warmup] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
        return times;
    }

    /// <summary>Times the parts one rollout frame runs, fed the shapes <see cref="ModelRollout.Step"/> feeds them.</summary>
    private static ModelPartTimes TimeParts(WorldModel model, int repeats)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var config = model.Config;
        var size = config.FrameSize;
        var features = zeros(1, MotionTracker.FeatureCount);
        var prompt = tensor(Training.TrainingData.PadTokens(Prompt, config.MaxPromptTokens), [1, config.MaxPromptTokens]);
        var frame = rand(1, 3, size, size);
        var input = new StepInput(frame, rand(1, 3, size, size), tensor(new[] { 1f, 0f }, [1, 2]), zeros(1, 4, size, size),
            zeros(1, 3, size, size), tensor(new long[] { 0 }), prompt, full(1, Scalars.Constant(QualityMode.Fast.ContextNoise)));
        return new ModelPartTimes(
            MedianMs(repeats, () => model.Motion.forward(features)),
            MedianMs(repeats, () => model.Step(input).Frame),
            MedianMs(repeats, () => model.Upsampler.forward(frame)),
            repeats);
    }

    /// <summary>Median milliseconds of <paramref name="call"/> after three untimed calls; its tensors are freed after each call.</summary>
    private static double MedianMs<T>(int repeats, Func<T> call)
    {
        for (var i = 0; i < 3; i++)
        {
            using var warm = NewDisposeScope();
            call();
        }
        var times = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            using var step = NewDisposeScope();
            var started = Stopwatch.GetTimestamp();
            call();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        return FrameTimeStats.Percentile(times, 50);
    }

    /// <summary>A smooth colour gradient as the starting RGB frame; the content does not change the cost.</summary>
    private static byte[] StartFrame(int size)
    {
        var rgb = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var i = (y * size + x) * 3;
                rgb[i] = (byte)(255 * x / size);
                rgb[i + 1] = (byte)(255 * y / size);
                rgb[i + 2] = 96;
            }
        }
        return rgb;
    }
}
