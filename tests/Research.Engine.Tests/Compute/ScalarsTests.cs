using System.Security.Cryptography;
using Research.Engine.Compute;
using Research.Engine.Models;
using Research.Engine.Tests.Models;
using Research.Engine.World;
using TorchSharp;

namespace Research.Engine.Tests.Compute;

[Collection(TorchCollection.Name)]
public sealed class ScalarsTests
{
    // With TorchSharp's implicit Scalars (t * 0.5f) this loop failed within seconds here: "Unknown scalar type" or
    // "Expected false to be true" from libtorch, 4 to 9 times in 400,000 multiplications with a collecting thread beside it.
    [Fact]
    public void Constant_UnderConcurrentCollections_EveryProductExact()
    {
        using var ones = torch.ones(32, 32);
        var wrong = 0;
        BesideCollections(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                using var scope = torch.NewDisposeScope();
                if ((ones * Scalars.Constant(0.5))[0, 0].item<float>() != 0.5f)
                {
                    wrong++;
                }
            }
        });
        Assert.Equal(0, wrong);
    }

    // The whole step path (warp, memory, corrector, upsampler) with a thread collecting beside it: any Scalar left to
    // the finalizer inside a native call would show as an exception or as different bytes.
    [Fact]
    public void Step_ShippedModelWithCollectingThread_SameFramesAsQuietRun()
    {
        var (model, _) = Checkpoint.Load(DefaultModelTests.ShippedModel("default"));
        using var owned = model;
        var quiet = Roll(model);
        var busy = "";
        BesideCollections(() => busy = Roll(model));
        Assert.Equal(quiet, busy);
    }

    /// <summary>Runs <paramref name="work"/> while another thread allocates and collects without pause.</summary>
    private static void BesideCollections(Action work)
    {
        using var stop = new CancellationTokenSource();
        var collector = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.KeepAlive(new byte[4096]);
                GC.Collect(0);
            }
        }) { IsBackground = true };
        collector.Start();
        try
        {
            work();
        }
        finally
        {
            stop.Cancel();
            collector.Join();
        }
    }

    private static string Roll(WorldModel model)
    {
        using var rollout = new ModelRollout(model, QualityMode.Quality);
        var world = new WorldSimulator(new WorldOptions { Seed = 12 });
        rollout.Start(new FrameRenderer().Render(world, 64), world.Agent);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AgentAction[] actions = [AgentAction.Right, AgentAction.Right, AgentAction.Down, AgentAction.Dash, AgentAction.Idle, AgentAction.Left];
        for (var i = 0; i < 120; i++)
        {
            hash.AppendData(rollout.Step(actions[i / 20], []));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    [Fact]
    public void Constant_SameValue_SameScalar()
    {
        Assert.Same(Scalars.Constant(255), Scalars.Constant(255));
    }

    [Fact]
    public void ClampUnit_ValuesOutside_ClampedToZeroOne()
    {
        using var scope = torch.NewDisposeScope();
        var clamped = Scalars.ClampUnit(torch.tensor(new[] { -1f, 0.25f, 3f }));
        Assert.Equal(new[] { 0f, 0.25f, 1f }, clamped.data<float>().ToArray());
    }
}
