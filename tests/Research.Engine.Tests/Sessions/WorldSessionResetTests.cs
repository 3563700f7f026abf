using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

[Collection(TorchCollection.Name)]
public sealed class WorldSessionResetTests
{
    [Fact]
    public void SoftReset_TrainedModel_ChangeAtResetCloseToNormalMotionUnlikeRestart()
    {
        var (model, _) = Checkpoint.Load(Models.DefaultModelTests.ShippedModel("default"));
        using var owned = model;
        var (session, clock) = SessionTestModel.Start(model);
        using var ownedSession = session;
        session.Submit(SessionInput.Act(AgentAction.Right));
        var frames = Enumerable.Range(0, 60).Select(_ => session.Next(clock)!.Model).ToList();
        var normal = frames.Zip(frames.Skip(1), (a, b) => ImageQuality.MeanAbsoluteDifference(a, b)).Order().ToList();
        var p99 = normal[(int)Math.Ceiling(0.99 * normal.Count) - 1];

        // The restart a soft reset replaces: a fresh rollout started from the current frame.
        using var restarted = new ModelRollout(model, QualityMode.Fast);
        restarted.Start(frames[^1], session.Rollout.Pose);
        var restartJump = ImageQuality.MeanAbsoluteDifference(frames[^1], restarted.Step(AgentAction.Right, []));
        session.Submit(SessionInput.Control(InputKind.SoftReset));
        var reset = session.Next(clock)!;
        var softJump = ImageQuality.MeanAbsoluteDifference(frames[^1], reset.Model);

        Assert.True(reset.SoftReset);
        Assert.True(softJump <= 2 * p99, $"soft reset changed the frame by {softJump:F2}, normal p99 {p99:F2}");
        Assert.True(softJump < restartJump, $"soft reset {softJump:F2} vs restart {restartJump:F2}");
    }

    [Fact]
    public void Inject_LatentNoise_FramesLeaveTheUnperturbedBranchAndAreLogged()
    {
        var (model, _) = Checkpoint.Load(Models.DefaultModelTests.ShippedModel("default"));
        using var ownedModel = model;
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        for (var i = 0; i < 5; i++)
        {
            session.Next(clock);
        }
        using var clean = session.Fork();

        session.Submit(SessionInput.Inject(PerturbTarget.Latent, 0.5f));
        var perturbed = session.Next(clock)!;
        var unperturbed = clean.Next(clock)!;

        Assert.True(ImageQuality.Psnr(perturbed.Model, unperturbed.Model) < 40, $"PSNR between branches {ImageQuality.Psnr(perturbed.Model, unperturbed.Model):F1} dB");
        var injection = Assert.Single(session.Log().Injections);
        Assert.Equal((6L, "latent", 0.5), (injection.Frame, injection.Target, injection.Magnitude));
        Assert.Empty(clean.Log().Injections);
    }

    [Fact]
    public void AutoReset_EstimateOverThreshold_SoftResetsAtMostOncePerGap()
    {
        using var model = SessionTestModel.Create();
        var policy = new AutoResetPolicy { Threshold = 0.01, HoldFrames = 1, MinGapFrames = 10 };
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { AutoReset = policy });
        using var owned = session;

        for (var i = 0; i < 40; i++)
        {
            session.Next(clock);
        }

        var inputs = session.Log().Inputs;
        var resets = inputs.Where(i => i.AppliedFrame is not null).Select(i => i.AppliedFrame!.Value).ToList();
        Assert.InRange(resets.Count, 2, 4);
        Assert.All(inputs, i => Assert.Equal(("softReset", "auto"), (i.Kind, i.Payload)));
        Assert.All(resets.Zip(resets.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 10));
        // Each soft reset is spread over 5 frames; the last may still be under way.
        Assert.InRange(session.Log().Frames.Count(f => f.SoftReset), (resets.Count * 5) - 4, resets.Count * 5);
    }
}
