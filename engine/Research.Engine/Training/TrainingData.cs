using Research.Engine.Datasets;
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

    private readonly List<Episode> _train = [];
    private readonly List<Episode> _heldOut = [];

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
            var episode = Episode.Read(reader, i, manifest.FrameSize, maxPromptTokens);
            (i >= manifest.Episodes - heldOut ? data._heldOut : data._train).Add(episode);
        }
        return data;
    }

    /// <summary>A batch of single frames (B, 3, S, S) in [0, 1] for the tokenizer.</summary>
    public Tensor FrameBatch(int batch, int seed, long step, bool heldOut = false)
    {
        var source = heldOut ? _heldOut : _train;
        var random = new Random(HashCode.Combine(seed, step, heldOut, 1));
        var frame = FrameSize * FrameSize * 3;
        var bytes = new byte[batch * frame];
        for (var b = 0; b < batch; b++)
        {
            var episode = source[random.Next(source.Count)];
            Buffer.BlockCopy(episode.Frames, random.Next(episode.Length) * frame, bytes, b * frame, frame);
        }
        return ToImages(bytes, batch);
    }

    /// <summary>A batch of windows: frames (B, T, 3, S, S), actions (B, T) and prompt tokens (B, T, P).</summary>
    /// <remarks>Record t pairs frame t with the action that led to it from frame t-1 (see datasets/README.md).</remarks>
    public (Tensor Frames, Tensor Actions, Tensor Prompts) WindowBatch(int batch, int window, int seed, long step, bool heldOut = false)
    {
        var source = heldOut ? _heldOut : _train;
        var random = new Random(HashCode.Combine(seed, step, heldOut, 2));
        var frame = FrameSize * FrameSize * 3;
        var bytes = new byte[batch * window * frame];
        var actions = new long[batch * window];
        var prompts = new long[batch * window * MaxPromptTokens];
        for (var b = 0; b < batch; b++)
        {
            var episode = source[random.Next(source.Count)];
            var start = random.Next(episode.Length - window + 1);
            Buffer.BlockCopy(episode.Frames, start * frame, bytes, b * window * frame, window * frame);
            for (var t = 0; t < window; t++)
            {
                actions[b * window + t] = episode.Actions[start + t];
                Array.Copy(episode.Prompts, (start + t) * MaxPromptTokens, prompts, (b * window + t) * MaxPromptTokens, MaxPromptTokens);
            }
        }
        var images = ToImages(bytes, batch * window);
        var shaped = images.view(batch, window, 3, FrameSize, FrameSize);
        images.Dispose();
        return (shaped, tensor(actions, [batch, window]), tensor(prompts, [batch, window, MaxPromptTokens]));
    }

    /// <summary>RGB bytes (N x S x S x 3) to a float tensor (N, 3, S, S) in [0, 1].</summary>
    public Tensor ToImages(byte[] rgb, int count)
    {
        using var raw = tensor(rgb, [count, FrameSize, FrameSize, 3]);
        using var planar = raw.permute(0, 3, 1, 2);
        return planar.to_type(ScalarType.Float32).div_(255f);
    }

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

    private sealed record Episode(byte[] Frames, byte[] Actions, long[] Prompts, int Length)
    {
        public static Episode Read(DatasetReader reader, int index, int size, int maxTokens)
        {
            var records = reader.ReadEpisode(index).ToList();
            var frame = size * size * 3;
            var frames = new byte[records.Count * frame];
            var actions = new byte[records.Count];
            var prompts = new long[records.Count * maxTokens];
            for (var t = 0; t < records.Count; t++)
            {
                records[t].Frame.CopyTo(frames, t * frame);
                actions[t] = (byte)records[t].Action;
                PadTokens(records[t].PromptTokens, maxTokens).CopyTo(prompts, t * maxTokens);
            }
            return new Episode(frames, actions, prompts, records.Count);
        }
    }
}
