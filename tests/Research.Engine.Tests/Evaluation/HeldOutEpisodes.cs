using Research.Engine.Evaluation;

namespace Research.Engine.Tests.Evaluation;

/// <summary>Four generated episodes of 151 frames (seed 9001, half explore), made once for a test class.</summary>
public sealed class HeldOutEpisodes : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "research-held-out-episodes", Guid.NewGuid().ToString("N"));

    /// <summary>Generates the episodes.</summary>
    public HeldOutEpisodes() => Episodes = TruthEpisodes.Generated(_root, count: 4, frames: 151);

    /// <summary>The episodes.</summary>
    public IReadOnlyList<EvalEpisode> Episodes { get; }

    /// <summary>Deletes the dataset.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
