using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// Convolutional autoencoder between frames (B, 3, S, S) in [0, 1] and latent grids (B, C, S/4, S/4) in [-1, 1].
/// </summary>
public sealed class FrameTokenizer : Module<Tensor, Tensor>
{
    private readonly Sequential _encoder;
    private readonly Sequential _decoderTrunk;
    private readonly Sequential _decoderHead;

    /// <summary>Builds the tokenizer of <paramref name="config"/>.</summary>
    public FrameTokenizer(ModelConfig config) : base(nameof(FrameTokenizer))
    {
        var w = config.TokenizerWidth;
        var c = config.LatentChannels;
        _encoder = Sequential(
            Conv2d(3, w, 3, padding: 1), SiLU(),
            Conv2d(w, w, 4, stride: 2, padding: 1), SiLU(),
            Conv2d(w, w, 3, padding: 1), SiLU(),
            Conv2d(w, 2 * w, 4, stride: 2, padding: 1), SiLU(),
            Conv2d(2 * w, 2 * w, 3, padding: 1), SiLU(),
            Conv2d(2 * w, c, 1), Tanh());
        _decoderTrunk = Sequential(
            Conv2d(c, 2 * w, 3, padding: 1), SiLU(),
            Conv2d(2 * w, 2 * w, 3, padding: 1), SiLU(),
            ConvTranspose2d(2 * w, w, 4, stride: 2, padding: 1), SiLU(),
            Conv2d(w, w, 3, padding: 1), SiLU(),
            ConvTranspose2d(w, w / 2, 4, stride: 2, padding: 1), SiLU());
        // The full-resolution stage is the costliest; half width keeps a frame's decode cheap on a CPU.
        _decoderHead = Sequential(Conv2d(w / 2, w / 2, 3, padding: 1), SiLU(), Conv2d(w / 2, 3, 3, padding: 1), Sigmoid());
        RegisterComponents();
    }

    /// <summary>Reconstructs frames through the latent (the training objective).</summary>
    public override Tensor forward(Tensor frames) => Decode(Encode(frames));

    /// <summary>Frames (B, 3, S, S) in [0, 1] to latents (B, C, S/4, S/4).</summary>
    public Tensor Encode(Tensor frames) => _encoder.forward(frames);

    /// <summary>Latents to frames at the base size.</summary>
    public Tensor Decode(Tensor latents)
    {
        using var trunk = _decoderTrunk.forward(latents);
        return _decoderHead.forward(trunk);
    }
}
