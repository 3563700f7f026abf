using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>What the dynamics reads at one step.</summary>
/// <param name="Context">Past latents, newest first, stacked on channels: (B, W*C, L, L); missing ones are zeros.</param>
/// <param name="Memory">Remembered latents at the target view with a mask channel: (B, C+1, L, L); zeros when off.</param>
/// <param name="Actions">Action ids (B).</param>
/// <param name="Prompt">Prompt token ids (B, T), 0 = padding.</param>
/// <param name="NoiseLevel">Context noise level per sample (B), the same value the context was noised with.</param>
public sealed record DynamicsInput(Tensor Context, Tensor Memory, Tensor Actions, Tensor Prompt, Tensor NoiseLevel);

/// <summary>
/// Predicts the next latent frame from past latents, memory, action, prompt and context noise level with a
/// convolutional GRU: its state carries the history, so each frame costs the same however long the session.
/// Action, prompt and noise level are embedded, joined and added to the gates' pre-activations (a learned bias
/// per channel), which conditions every cell without spending input channels on them.
/// </summary>
public sealed class LatentDynamics : Module<DynamicsInput, Tensor, (Tensor Next, Tensor State)>
{
    private readonly Embedding _action;
    private readonly Embedding _prompt;
    private readonly Linear _noise;
    private readonly Linear _conditions;
    private readonly Conv2d _gates;
    private readonly Conv2d _candidate;
    private readonly Sequential _head;
    private readonly int _hidden;
    private readonly int _latentChannels;

    /// <summary>Builds the dynamics of <paramref name="config"/>.</summary>
    public LatentDynamics(ModelConfig config) : base(nameof(LatentDynamics))
    {
        var e = config.EmbeddingSize;
        _hidden = config.HiddenChannels;
        _latentChannels = config.LatentChannels;
        var inputs = config.MaxContextFrames * config.LatentChannels + config.LatentChannels + 1;
        _action = Embedding(World.AgentActions.All.Count, e);
        _prompt = Embedding(World.PromptVocabulary.TokenCount, e, padding_idx: World.PromptVocabulary.PaddingToken);
        _noise = Linear(1, e);
        _conditions = Linear(3 * e, 3 * _hidden);
        _gates = Conv2d(inputs + _hidden, 2 * _hidden, 3, padding: 1);
        _candidate = Conv2d(inputs + _hidden, _hidden, 3, padding: 1);
        _head = Sequential(Conv2d(_hidden + _latentChannels, _hidden, 3, padding: 1), SiLU(), Conv2d(_hidden, _latentChannels, 3, padding: 1));
        RegisterComponents();
    }

    /// <summary>A zero state for <paramref name="batch"/> sessions.</summary>
    public Tensor InitialState(long batch, int latentSize, Device device) => zeros(batch, _hidden, latentSize, latentSize, device: device);

    /// <summary>One step: the next latent (B, C, L, L) and the new state (B, H, L, L).</summary>
    public override (Tensor Next, Tensor State) forward(DynamicsInput input, Tensor state)
    {
        using var scope = NewDisposeScope();
        var conditions = _conditions.forward(cat([
            _action.forward(input.Actions),
            PromptEmbedding(input.Prompt),
            functional.silu(_noise.forward(input.NoiseLevel.unsqueeze(1))),
        ], 1))[.., .., TensorIndex.None, TensorIndex.None];
        var x = cat([input.Context, input.Memory], 1);
        var gates = functional.sigmoid(_gates.forward(cat([x, state], 1)) + conditions[.., ..(2 * _hidden)]);
        var update = gates[.., .._hidden];
        var reset = gates[.., _hidden..];
        var candidate = functional.tanh(_candidate.forward(cat([x, reset * state], 1)) + conditions[.., (2 * _hidden)..]);
        var next = (1 - update) * state + update * candidate;
        var newest = input.Context[.., .._latentChannels];
        var latent = newest + _head.forward(cat([next, newest], 1));
        return (latent.MoveToOuterDisposeScope(), next.MoveToOuterDisposeScope());
    }

    /// <summary>Mean of the non-padding token embeddings (B, E).</summary>
    private Tensor PromptEmbedding(Tensor tokens)
    {
        var embedded = _prompt.forward(tokens);
        var mask = (tokens != World.PromptVocabulary.PaddingToken).unsqueeze(-1).to_type(embedded.dtype);
        return (embedded * mask).sum(1) / mask.sum(1).clamp_min(1);
    }
}
