using Research.Engine.Sessions;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

[Collection(TorchCollection.Name)]
public sealed class WorldSessionControlTests
{
    [Fact]
    public void Tick_Running_DeliversNumberedFramesWithShadow()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;

        var frames = Enumerable.Range(0, 3).Select(_ => session.Next(clock)!).ToList();

        Assert.Equal([1L, 2L, 3L], frames.Select(f => f.Frame));
        Assert.All(frames, f => Assert.Equal(64 * 64 * 3, f.Truth.Length));
        Assert.All(frames, f => Assert.InRange(f.Psnr, 0, 100));
    }

    [Fact]
    public void Pause_ThenTicks_NoFramesUntilResume()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Next(clock);

        session.Submit(SessionInput.Control(InputKind.Pause));
        var whilePaused = Enumerable.Range(0, 5).Select(_ => session.Next(clock)).ToList();
        session.Submit(SessionInput.Control(InputKind.Resume));
        var resumed = session.Next(clock);

        Assert.All(whilePaused, Assert.Null);
        Assert.True(session.Frame == 2 && resumed!.Frame == 2);
    }

    [Fact]
    public void LastInputSeq_ActionWhilePaused_CarriedOnlyByTheFrameThatAppliesIt()
    {
        // Arrange
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        var before = session.Next(clock)!;
        var up = session.Submit(SessionInput.Act(AgentAction.Up)).Seq;
        var first = session.Next(clock)!;
        session.Submit(SessionInput.Control(InputKind.Pause));
        session.Next(clock);

        // Act
        var down = session.Submit(SessionInput.Act(AgentAction.Down)).Seq;
        var whilePaused = session.Next(clock);
        var step = session.Submit(SessionInput.Control(InputKind.Step)).Seq;
        var stepped = session.Next(clock)!;

        // Assert
        Assert.Equal(-1, before.LastInputSeq);
        Assert.Equal(up, first.LastInputSeq);
        Assert.Null(whilePaused);
        Assert.Contains(down, stepped.AppliedInputs);
        Assert.Equal(step, stepped.LastInputSeq);
    }

    [Fact]
    public void Step_WhilePaused_ExactlyOneFrameEach()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Submit(SessionInput.Control(InputKind.Pause));
        session.Next(clock);

        session.Submit(SessionInput.Control(InputKind.Step));
        var stepped = session.Next(clock);
        var after = session.Next(clock);

        Assert.Equal(1, stepped!.Frame);
        Assert.Null(after);
        Assert.True(session.Paused);
    }

    [Fact]
    public void Submit_ActionWhilePaused_AppliesWithTheNextStep()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Submit(SessionInput.Control(InputKind.Pause));
        session.Next(clock);

        var receipt = session.Submit(SessionInput.Act(AgentAction.Right));
        session.Next(clock);
        var waiting = session.RecentInputs().Single(i => i.Seq == receipt.Seq);
        session.Submit(SessionInput.Control(InputKind.Step));
        var frame = session.Next(clock)!;
        var applied = session.RecentInputs().Single(i => i.Seq == receipt.Seq);

        Assert.Null(waiting.AppliedFrame);
        Assert.Equal(frame.Frame, applied.AppliedFrame);
        Assert.Contains(receipt.Seq, frame.AppliedInputs);
        Assert.Equal(AgentAction.Right, session.HeldAction);
    }

    [Fact]
    public void Reset_Hard_NewWorldFrameCountKeepsCounting()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Submit(SessionInput.Act(AgentAction.Right));
        for (var i = 0; i < 10; i++)
        {
            session.Next(clock);
        }

        session.Submit(SessionInput.Reset(99));
        var frame = session.Next(clock)!;

        Assert.Equal(11, frame.Frame);
        Assert.Equal(AgentAction.Idle, session.HeldAction);
        Assert.Single(session.Log().ResetTimesMs);
    }

    [Fact]
    public async Task Submit_ModeWhileFrameComputes_AppliesFromTheNextFrame()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        using var subscription = session.Subscribe(8);
        session.Next(clock);

        // The switch arrives from another thread while frames are being computed: no frame may mix modes.
        var ticking = Task.Run(() => Enumerable.Range(0, 20).Select(_ => session.Next(clock)!).ToList());
        var receipt = session.Submit(SessionInput.Mode("quality"));
        var frames = await ticking;
        frames.Add(session.Next(clock)!);
        var applied = session.RecentInputs().Single(i => i.Seq == receipt.Seq).AppliedFrame!.Value;

        Assert.All(frames, f => Assert.Equal(f.Frame >= applied ? "quality" : "fast", f.Mode));
        Assert.All(frames, f => Assert.Equal(f.Mode == "quality" ? 128 : 64, f.ModelSize));
    }
}
