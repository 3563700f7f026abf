using Research.Engine.Compute;
using Research.Engine.Datasets;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// Pairs of the same world state at the dataset's frame size and at twice it: every episode is replayed in the
/// ground-truth world from its header (seed, preset) and records (actions, prompt changes), which reproduces it
/// exactly, and every <c>stride</c>-th state is rendered again at twice the size.
/// </summary>
public sealed class UpsamplerData
{
    private readonly List<(byte[] Small, byte[] Large)> _train = [];
    private readonly List<(byte[] Small, byte[] Large)> _heldOut = [];

    private UpsamplerData(int frameSize) => FrameSize = frameSize;

    /// <summary>Base frame side in pixels.</summary>
    public int FrameSize { get; }

    /// <summary>Training pairs.</summary>
    public int TrainPairs => _train.Count;

    /// <summary>Replays the dataset at <paramref name="directory"/>; the last <paramref name="heldOut"/> episodes are held out.</summary>
    /// <exception cref="InvalidDataException">A replayed frame differs from the recorded one (the dataset is not from this world version).</exception>
    public static UpsamplerData Load(string directory, int heldOut, int stride)
    {
        var reader = DatasetReader.Open(directory);
        var size = reader.Manifest.FrameSize;
        var data = new UpsamplerData(size);
        var renderer = new FrameRenderer();
        var check = new byte[size * size * 3];
        for (var e = 0; e < reader.Manifest.Episodes; e++)
        {
            using var episode = reader.OpenEpisode(e);
            var header = episode.Header;
            var world = new WorldSimulator(new WorldOptions { Seed = header.WorldSeed, Explore = header.Explore }, ScenePresets.Get(header.Preset));
            foreach (var record in episode.ReadAll())
            {
                if (record.PromptChange is { } prompt)
                {
                    world.Scene = PromptParser.Parse(prompt, world.Scene).Scene;
                }
                if (record.Index > 0)
                {
                    world.Step(record.Action);
                }
                if (record.Index % stride != 0)
                {
                    continue;
                }
                renderer.Render(world, size, check);
                if (!check.AsSpan().SequenceEqual(record.Frame))
                {
                    throw new InvalidDataException($"{episode.Path}: frame {record.Index} does not replay: the dataset was made by another version of the world; generate it again.");
                }
                (e >= reader.Manifest.Episodes - heldOut ? data._heldOut : data._train).Add((record.Frame, renderer.Render(world, 2 * size)));
            }
        }
        return data;
    }

    /// <summary>A batch: frames (B, 3, S, S) and the same states at (B, 3, 2S, 2S), in [0, 1]; a pure function of seed and step.</summary>
    public (Tensor Small, Tensor Large) Batch(int batch, int seed, long step, bool heldOut = false)
    {
        var source = heldOut ? _heldOut : _train;
        var random = TrainingData.BatchRandom(seed, step, heldOut, 4);
        var small = new byte[batch * FrameSize * FrameSize * 3];
        var large = new byte[small.Length * 4];
        for (var b = 0; b < batch; b++)
        {
            var (s, l) = source[heldOut ? b % source.Count : random.Next(source.Count)];
            s.CopyTo(small, b * s.Length);
            l.CopyTo(large, b * l.Length);
        }
        return (Images(small, batch, FrameSize), Images(large, batch, 2 * FrameSize));
    }

    private static Tensor Images(byte[] rgb, int count, int size)
    {
        using var raw = tensor(rgb, [count, size, size, 3]);
        using var planar = raw.permute(0, 3, 1, 2);
        return planar.to_type(ScalarType.Float32).div_(Scalars.Constant(255));
    }
}
