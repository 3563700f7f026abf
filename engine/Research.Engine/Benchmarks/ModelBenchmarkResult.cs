using Research.Engine.Models;

namespace Research.Engine.Benchmarks;

/// <summary>Everything the model benchmark measured, in the order a report shows it.</summary>
/// <param name="Machine">What it ran on.</param>
/// <param name="Threads">TorchSharp intra-op threads during the run.</param>
/// <param name="Peak">The machine's float32 matmul peak at that thread count.</param>
/// <param name="Config">The model's architecture.</param>
/// <param name="ParameterCount">Trainable parameters.</param>
/// <param name="Flops">Analytic FLOPs per part.</param>
/// <param name="Parts">Measured time per part, called directly.</param>
/// <param name="WarmupFrames">Rollout frames run before timing each mode.</param>
/// <param name="Modes">One result per quality mode.</param>
/// <param name="Memory">Resident memory per live session.</param>
/// <param name="LoadAverage">The system's one-minute load average at the start (null where the OS does not say): above the
/// core count, other processes compete for the CPU and the timings are noisy.</param>
public sealed record ModelBenchmarkResult(
    MachineInfo Machine,
    int Threads,
    MatmulPeak Peak,
    ModelConfig Config,
    long ParameterCount,
    ModelFlops Flops,
    ModelPartTimes Parts,
    int WarmupFrames,
    IReadOnlyList<ModeBenchmarkResult> Modes,
    double? LoadAverage,
    SessionMemory Memory);
