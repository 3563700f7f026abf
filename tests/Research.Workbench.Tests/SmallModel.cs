using Research.Engine.Models;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests;

/// <summary>
/// A small real world model (untrained, seeded), loaded once, for tests of the pages and hosting around live sessions
/// that do not depend on what the shipped checkpoint has learned (and so run whatever state it is in).
/// </summary>
internal static class SmallModel
{
    private static readonly ModelConfig Config = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };

    private static readonly Lazy<LoadedModel> Loaded = new(() =>
    {
        TorchSharp.torch.manual_seed(7);
        var model = new WorldModel(Config);
        model.eval();
        return new LoadedModel(model, "small");
    });

    public static Lazy<LoadedModel> Instance
    {
        get
        {
            _ = Loaded.Value;
            return Loaded;
        }
    }
}
