using Research.Engine.Compute;
using Research.Engine.Datasets;
using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// A dataset's episodes held in memory as raw frames, actions and prompt tokens, split into training and
/// held-out episodes. Batches are a pure function of (seed, step), so a resumed run sees the same batches.
/// </summary>
/// <remarks>Memory: frames x size x size x 3 bytes (40 x 400 frames at 64x64: 197 MB).</remarks>
public sealed class TrainingData
{
    /// <summary>The largest dataset held in memory (raw bytes).</summary>
    public const long MaxBytes = 8L << 30;

    private readonly List<TrainingEpisode> _train = [];
    private readonly List<TrainingEpisode> _heldOut = [];

    private TrainingData(int frameSize, int maxPromptTokens)
    {
        FrameSize = frameSize;
        MaxPromptTokens = maxPromptTokens;
    }

    /// <summary>Frame side in pixels.</summary>
    public int FrameSize { get; }


    /// <summary>Prompt tokens per frame (cut or padded).</summary>
    public int MaxPromptTokens { get; }

    /// <summary>Training frames.</summary>
    public long TrainFrames => _train.Sum(e => (long)e.Length);

    /// <summary>The training episodes (held-out ones excluded).</summary>
    internal IReadOnlyList<TrainingEpisode> TrainEpisodes => _train;

    /// <summary>Held-out frames.</summary>
    public long HeldOutFrames => _heldOut.Sum(e => (long)e.Length);

    /// <summary>Reads every episode of the dataset at <paramref name="directory"/>; the last <paramref name="heldOut"/> are held out.</summary>
    public static TrainingData Load(string directory, int heldOut, int maxPromptTokens)
    {
        var reader = DatasetReader.Open(directory);
        var manifest = reader.Manifest;
        var bytes = manifest.Frames * manifest.FrameSize * manifest.FrameSize * 3;
        if (bytes > MaxBytes)
        {
            throw new ArgumentException($"Dataset {directory} holds {bytes >> 20} MB of frames; training keeps at most {MaxBytes >> 20} MB in memory.");
        }
        var data = new TrainingData(manifest.FrameSize, maxPromptTokens);
        for (var i = 0; i < manifest.Episodes; i++)
        {
            var episode = TrainingEpisode.Read(reader, i, manifest.FrameSize, maxPromptTokens);
            (i >= manifest.Episodes - heldOut ? data._heldOut : data._train).Add(episode);
        }
        return data;
    }

    /// <summary>
    /// A batch of windows of <paramref name="steps"/> predicted frames (see <see cref="TrainingWindows"/>): a pure
    /// function of seed and step, so a resumed run draws the same batches. Loss weights put
    /// <paramref name="agentWeight"/> extra on the agent's disc and <paramref name="objectWeight"/> on moving objects.
    /// </summary>
    /// <remarks>Record t pairs frame t with the action that led to it from frame t-1 (see datasets/README.md).</remarks>
    public TrainingWindows WindowBatch(int batch, int steps, int seed, long step, float agentWeight, float objectWeight, bool heldOut = false)
    {
        var source = heldOut ? _heldOut : _train;
        var random = BatchRandom(seed, step, heldOut, 2);
        var length = steps + 2;
        var frame = FrameSize * FrameSize * 3;
        var plane = FrameSize * FrameSize;
        var bytes = new byte[batch * length * frame];
        var actions = new World.AgentAction[batch, length];
        var prompts = new long[batch * length * MaxPromptTokens];
        var moves = new float[batch * length * 4];
        var weights = new float[batch * length * plane];
        var trackers = new MotionTracker[batch];
        var memories = new PixelMemory[batch];
        var scale = FrameSize / (float)World.WorldOptions.ViewSize;
        var planar = new float[3 * plane];
        for (var b = 0; b < batch; b++)
        {
            var episode = source[random.Next(source.Count)];
            var first = random.Next(episode.Length - length + 1);
            var context = first + 1;
            Buffer.BlockCopy(episode.Frames, first * frame, bytes, b * length * frame, length * frame);
            for (var t = 0; t < length; t++)
            {
                var i = first + t;
                actions[b, t] = episode.Actions[i];
                Array.Copy(episode.Prompts, i * MaxPromptTokens, prompts, (b * length + t) * MaxPromptTokens, MaxPromptTokens);
                var (ax, ay, cx, cy) = episode.Move(i);
                var m = (b * length + t) * 4;
                (moves[m], moves[m + 1], moves[m + 2], moves[m + 3]) = (ax, ay, cx, cy);
                LossWeights(episode, i, scale, agentWeight, objectWeight, weights.AsSpan((b * length + t) * plane, plane));
            }
            var pose = new World.AgentKinematics(episode.AgentX[context], episode.AgentY[context], episode.FacingX[context], episode.FacingY[context], 0, 0, episode.WorldSize);
            var tracker = trackers[b] = new MotionTracker(pose);
            var past = Math.Max(1, context - MotionTracker.History + 1);
            tracker.Seed(
                [.. episode.Actions[past..(context + 1)]],
                [.. Enumerable.Range(Math.Max(1, context - MotionTracker.RecentMoves + 1), Math.Min(context, MotionTracker.RecentMoves)).Select(i => (episode.Move(i).AgentX, episode.Move(i).AgentY))]);
            var memory = memories[b] = new PixelMemory(episode.WorldSize, FrameSize);
            for (var i = 0; i <= context; i++)
            {
                Planar(episode.Frames.AsSpan(i * frame, frame), planar);
                memory.Write(planar, episode.CameraX[i], episode.CameraY[i], i,
                    (episode.AgentX[i] - episode.CameraX[i]) * scale, (episode.AgentY[i] - episode.CameraY[i]) * scale);
            }
        }
        using var images = ToImages(bytes, batch * length);
        return new TrainingWindows(
            images.view(batch, length, 3, FrameSize, FrameSize), actions, tensor(prompts, [batch, length, MaxPromptTokens]),
            tensor(moves, [batch, length, 4]), tensor(weights, [batch, length, 1, FrameSize, FrameSize]), trackers, memories);
    }

    private void LossWeights(TrainingEpisode episode, int t, float scale, float agentWeight, float objectWeight, Span<float> weights)
    {
        weights.Fill(1);
        var (cameraX, cameraY) = (episode.CameraX[t], episode.CameraY[t]);
        var objects = episode.Objects[t];
        for (var k = 0; k + 1 < objects.Length; k += 2)
        {
            Disc(weights, (objects[k] - cameraX) * scale, (objects[k + 1] - cameraY) * scale, 3.5f * scale, objectWeight);
        }
        Disc(weights, (episode.AgentX[t] - cameraX) * scale, (episode.AgentY[t] - cameraY) * scale, 4.5f * scale, agentWeight);
    }

    private void Disc(Span<float> weights, float cx, float cy, float radius, float extra)
    {
        int x0 = Math.Max(0, (int)(cx - radius)), x1 = Math.Min(FrameSize - 1, (int)(cx + radius));
        int y0 = Math.Max(0, (int)(cy - radius)), y1 = Math.Min(FrameSize - 1, (int)(cy + radius));
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
                if (dx * dx + dy * dy <= radius * radius)
                {
                    weights[y * FrameSize + x] = Math.Max(weights[y * FrameSize + x], 1 + extra);
                }
            }
        }
    }

    /// <summary>Interleaved RGB bytes of one frame to planar floats in [0, 1].</summary>
    internal static void Planar(ReadOnlySpan<byte> rgb, Span<float> planar)
    {
        var plane = rgb.Length / 3;
        for (var p = 0; p < plane; p++)
        {
            planar[p] = rgb[3 * p] / 255f;
            planar[plane + p] = rgb[3 * p + 1] / 255f;
            planar[2 * plane + p] = rgb[3 * p + 2] / 255f;
        }
    }

    /// <summary>RGB bytes (N x S x S x 3) to a float tensor (N, 3, S, S) in [0, 1].</summary>
    public Tensor ToImages(byte[] rgb, int count)
    {
        using var raw = tensor(rgb, [count, FrameSize, FrameSize, 3]);
        using var planar = raw.permute(0, 3, 1, 2);
        return planar.to_type(ScalarType.Float32).div_(Scalars.Constant(255));
    }

    /// <summary>
    /// The random source of one batch: a pure function of its arguments in every process (unlike
    /// <see cref="HashCode"/>, which is seeded per process), so a resumed run draws the same batches.
    /// </summary>
    internal static Random BatchRandom(int seed, long step, bool heldOut, int stream) =>
        new((int)(World.DeterministicRandom.Hash((ulong)(uint)seed, step, heldOut ? 1 : 0, stream) >> 33));

    /// <summary>Prompt token ids cut or padded to <paramref name="length"/>.</summary>
    public static long[] PadTokens(IReadOnlyList<int> tokens, int length)
    {
        var padded = new long[length];
        for (var i = 0; i < Math.Min(length, tokens.Count); i++)
        {
            padded[i] = tokens[i];
        }
        return padded;
    }
}
