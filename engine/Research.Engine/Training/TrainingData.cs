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

    private readonly List<Episode> _train = [];
    private readonly List<Episode> _heldOut = [];

    private TrainingData(int frameSize, int maxPromptTokens)
    {
        FrameSize = frameSize;
        MaxPromptTokens = maxPromptTokens;
    }

    /// <summary>Frame side in pixels.</summary>
    public int FrameSize { get; }

    /// <summary>Latent grid side (frame size / 4).</summary>
    public int LatentSize => FrameSize / 4;

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
        var random = BatchRandom(seed, step, heldOut, 1);
        var frame = FrameSize * FrameSize * 3;
        var bytes = new byte[batch * frame];
        for (var b = 0; b < batch; b++)
        {
            var episode = source[random.Next(source.Count)];
            Buffer.BlockCopy(episode.Frames, random.Next(episode.Length) * frame, bytes, b * frame, frame);
        }
        return ToImages(bytes, batch);
    }

    /// <summary>Whether <see cref="EncodeLatents"/> has run.</summary>
    public bool HasLatents => _train.Count > 0 && _train[0].Latents is not null;

    /// <summary>
    /// Encodes every frame once with the frozen tokenizer, so the dynamics phase reads latents instead of
    /// encoding each batch again (floats: frames x C x L x L).
    /// </summary>
    /// <param name="encode">Frames (N, 3, S, S) in [0, 1] to latents (N, C, L, L) on the CPU.</param>
    /// <param name="batch">Frames encoded at once.</param>
    public void EncodeLatents(Func<Tensor, Tensor> encode, int batch = 64)
    {
        var frame = FrameSize * FrameSize * 3;
        foreach (var episode in _train.Concat(_heldOut))
        {
            float[]? latents = null;
            for (var first = 0; first < episode.Length; first += batch)
            {
                var count = Math.Min(batch, episode.Length - first);
                using var scope = NewDisposeScope();
                var bytes = new byte[count * frame];
                Buffer.BlockCopy(episode.Frames, first * frame, bytes, 0, bytes.Length);
                var encoded = encode(ToImages(bytes, count)).cpu().contiguous().data<float>().ToArray();
                latents ??= new float[episode.Length * (encoded.Length / count)];
                encoded.CopyTo(latents, first * (encoded.Length / count));
            }
            episode.Latents = latents;
        }
    }

    /// <summary>
    /// A batch of windows: latents (B, T, C, L, L) once <see cref="EncodeLatents"/> has run, actions (B, T), prompt
    /// tokens (B, T, P), the view of every frame, and per window a <see cref="LatentMemory"/> holding every frame
    /// of its episode up to the window's first. Frames (B, T, 3, S, S) are included when asked for.
    /// </summary>
    /// <remarks>Record t pairs frame t with the action that led to it from frame t-1 (see datasets/README.md).</remarks>
    public TrainingWindows WindowBatch(int batch, int window, int seed, long step, bool heldOut = false, bool withFrames = false)
    {
        var source = heldOut ? _heldOut : _train;
        var random = BatchRandom(seed, step, heldOut, 2);
        var frame = FrameSize * FrameSize * 3;
        var latentLength = source[0].Latents is { } first ? first.Length / source[0].Length : 0;
        var bytes = withFrames ? new byte[batch * window * frame] : [];
        var latents = new float[batch * window * latentLength];
        var actions = new long[batch * window];
        var prompts = new long[batch * window * MaxPromptTokens];
        var cameras = new (float X, float Y)[batch, window];
        var memories = new LatentMemory?[batch];
        var starts = new int[batch];
        for (var b = 0; b < batch; b++)
        {
            var episode = source[random.Next(source.Count)];
            var start = starts[b] = random.Next(episode.Length - window + 1);
            if (withFrames)
            {
                Buffer.BlockCopy(episode.Frames, start * frame, bytes, b * window * frame, window * frame);
            }
            for (var t = 0; t < window; t++)
            {
                actions[b * window + t] = episode.Actions[start + t];
                cameras[b, t] = (episode.CameraX[start + t], episode.CameraY[start + t]);
                Array.Copy(episode.Prompts, (start + t) * MaxPromptTokens, prompts, (b * window + t) * MaxPromptTokens, MaxPromptTokens);
            }
            if (episode.Latents is { } stored)
            {
                Array.Copy(stored, start * latentLength, latents, b * window * latentLength, window * latentLength);
                var memory = memories[b] = new LatentMemory(latentLength / (LatentSize * LatentSize), LatentSize, episode.WorldSize);
                for (var i = 0; i <= start; i++)
                {
                    memory.Write(stored.AsSpan(i * latentLength, latentLength), (episode.CameraX[i], episode.CameraY[i]), i);
                }
            }
        }
        Tensor? frames = null;
        if (withFrames)
        {
            using var images = ToImages(bytes, batch * window);
            frames = images.view(batch, window, 3, FrameSize, FrameSize);
        }
        var latentTensor = latentLength == 0 ? null : tensor(latents, [batch, window, latentLength / (LatentSize * LatentSize), LatentSize, LatentSize]);
        return new TrainingWindows(frames, latentTensor, tensor(actions, [batch, window]), tensor(prompts, [batch, window, MaxPromptTokens]), cameras, starts, memories);
    }

    /// <summary>RGB bytes (N x S x S x 3) to a float tensor (N, 3, S, S) in [0, 1].</summary>
    public Tensor ToImages(byte[] rgb, int count)
    {
        using var raw = tensor(rgb, [count, FrameSize, FrameSize, 3]);
        using var planar = raw.permute(0, 3, 1, 2);
        return planar.to_type(ScalarType.Float32).div_(255f);
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

    private sealed record Episode(byte[] Frames, byte[] Actions, long[] Prompts, float[] CameraX, float[] CameraY, int WorldSize, int Length)
    {
        public float[]? Latents { get; set; }

        public static Episode Read(DatasetReader reader, int index, int size, int maxTokens)
        {
            using var file = reader.OpenEpisode(index);
            var records = file.ReadAll().ToList();
            var frame = size * size * 3;
            var frames = new byte[records.Count * frame];
            var actions = new byte[records.Count];
            var prompts = new long[records.Count * maxTokens];
            var cameraX = new float[records.Count];
            var cameraY = new float[records.Count];
            for (var t = 0; t < records.Count; t++)
            {
                records[t].Frame.CopyTo(frames, t * frame);
                actions[t] = (byte)records[t].Action;
                (cameraX[t], cameraY[t]) = (records[t].State.CameraX, records[t].State.CameraY);
                PadTokens(records[t].PromptTokens, maxTokens).CopyTo(prompts, t * maxTokens);
            }
            var world = new World.WorldOptions { Explore = file.Header.Explore };
            return new Episode(frames, actions, prompts, cameraX, cameraY, world.Size, records.Count);
        }
    }
}
