using System.Security.Cryptography;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

[Collection(TorchCollection.Name)]
public sealed class NumericalFaultTests
{
    [Fact]
    public void IsFault_UniformModelBesideVariedTruth_True() =>
        Assert.True(NumericalFault.IsFault(new byte[12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));

    [Fact]
    public void IsFault_VariedModelOrUniformTruth_False()
    {
        Assert.False(NumericalFault.IsFault([0, 0, 1], [1, 2, 3]));
        Assert.False(NumericalFault.IsFault(new byte[3], new byte[3]));
    }

    [Fact]
    public void End_BlackModelFrame_RecordsFaultReanchorsAndRecovers()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Next(clock);

        // The fault as it reached sessions: an exactly black model frame.
        clock.Advance(TimeSpan.FromMilliseconds(session.Options.PeriodMs));
        var plan = session.Begin(clock.GetTimestamp())!;
        var faulty = session.End(plan, new byte[session.Rollout.OutputSize * session.Rollout.OutputSize * 3], 1);
        var after = Enumerable.Range(0, 3).Select(_ => session.Next(clock)!).ToList();

        Assert.Equal(1, session.NumericalFaults);
        Assert.Equal([faulty.Frame], session.Log().NumericalFaultFrames!);
        Assert.All(after, frame => Assert.False(NumericalFault.IsFault(frame.Model, frame.Truth)));
    }

    // A session that faults, is injected with noise, soft-reset and forked must leave the loaded model as it was: a new
    // rollout on it gives the same bytes as one on a freshly loaded copy (the issue saw a poisoned model stay black).
    [Fact]
    public void End_FaultedAndPerturbedSession_SharedModelGivesFreshModelsFrames()
    {
        var path = Models.DefaultModelTests.ShippedModel("default");
        var (model, _) = Checkpoint.Load(path);
        using var owned = model;
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Mode = QualityMode.Balanced });
        using (session)
        {
            session.Submit(SessionInput.Act(AgentAction.Right));
            for (var i = 0; i < 10; i++)
            {
                session.Next(clock);
            }
            clock.Advance(TimeSpan.FromMilliseconds(session.Options.PeriodMs));
            session.End(session.Begin(clock.GetTimestamp())!, new byte[session.Rollout.OutputSize * session.Rollout.OutputSize * 3], 1);
            session.Submit(SessionInput.Inject(PerturbTarget.Latent, 0.5f));
            session.Submit(SessionInput.Control(InputKind.SoftReset));
            using var branch = session.Fork();
            for (var i = 0; i < 10; i++)
            {
                session.Next(clock);
                branch.Next(clock);
            }
            Assert.Equal(1, session.NumericalFaults);
        }

        var (fresh, _) = Checkpoint.Load(path);
        using var freshOwned = fresh;
        Assert.Equal(Roll(fresh), Roll(model));
    }

    private static string Roll(WorldModel model)
    {
        using var rollout = new ModelRollout(model, QualityMode.Balanced);
        var world = new WorldSimulator(new WorldOptions { Seed = 21 });
        rollout.Start(new FrameRenderer().Render(world, 64), world.Agent);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < 40; i++)
        {
            hash.AppendData(rollout.Step(i < 20 ? AgentAction.Down : AgentAction.Left, []));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
