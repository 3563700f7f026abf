using Research.Engine.Models;
using Research.Engine.Sessions;

namespace Research.Engine.Tests.Sessions;

/// <summary>A small real (untrained, seeded) world model and session helpers for session tests.</summary>
internal static class SessionTestModel
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };

    public static WorldModel Create()
    {
        TorchSharp.torch.manual_seed(7);
        var model = new WorldModel(Small);
        model.eval();
        return model;
    }

    public static (WorldSession Session, ManualTimeProvider Clock) Start(WorldModel model, SessionOptions? options = null, Research.Engine.Storage.IRunStore? store = null)
    {
        var clock = new ManualTimeProvider();
        var recorder = store is null ? null : new SessionRecorder(store, new Research.Engine.Storage.NewRun { Kind = "session", Scenario = "test" });
        return (new WorldSession(model, options ?? new SessionOptions(), clock, recorder), clock);
    }

    /// <summary>Advances the clock by one frame period and ticks.</summary>
    public static SessionFrame? Next(this WorldSession session, ManualTimeProvider clock)
    {
        clock.Advance(TimeSpan.FromMilliseconds(session.Options.PeriodMs));
        return session.Tick(clock.GetTimestamp());
    }
}
