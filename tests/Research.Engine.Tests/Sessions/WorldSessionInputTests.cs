using Research.Engine.Imaging;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

[Collection(TorchCollection.Name)]
public sealed class WorldSessionInputTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "session-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(InputKind.Action, "fly", "Unknown action 'fly'")]
    [InlineData(InputKind.Preset, "mars", "Unknown preset 'mars'")]
    [InlineData(InputKind.Mode, "ultra", "Unknown quality mode 'ultra'")]
    [InlineData(InputKind.Rate, "6", "score from 1 to 5")]
    [InlineData(InputKind.Inject, "latent:-1", "at least 0")]
    [InlineData(InputKind.Prompt, "", "1 to 200 characters")]
    public void Submit_BadInput_RejectedWithReasonAndTraced(InputKind kind, string payload, string reason)
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(new SessionInput(kind, payload));
        var frame = session.Next(clock)!;

        Assert.False(receipt.Accepted);
        Assert.Contains(reason, receipt.Error);
        Assert.Equal(receipt.Error, session.RecentInputs().Single(i => i.Seq == receipt.Seq).Error);
        Assert.DoesNotContain(receipt.Seq, frame.AppliedInputs);
    }

    [Fact]
    public void Submit_OverLongPrompt_RejectedNeverCut()
    {
        using var model = SessionTestModel.Create();
        var (session, _) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(SessionInput.Prompt(new string('a', SessionOptions.MaxPromptLength + 1)));

        Assert.Equal($"A prompt must have 1 to 200 characters; this one has 201.", receipt.Error);
    }

    [Fact]
    public void Submit_PromptWithUnknownWords_AcceptedWithWarnings()
    {
        using var model = SessionTestModel.Create();
        var (session, _) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(SessionInput.Prompt("snowy zorblax"));

        Assert.True(receipt.Accepted);
        Assert.Contains(receipt.Warnings, w => w.Contains("zorblax", StringComparison.Ordinal));
    }

    [Fact]
    public void Submit_NotAPng_RejectedSessionCarriesOn()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(SessionInput.AnchorImage([1, 2, 3, 4, 5, 6, 7, 8, 9], "broken.png"));
        var frame = session.Next(clock);

        Assert.False(receipt.Accepted);
        Assert.Contains("broken.png", receipt.Error);
        Assert.NotNull(frame);
    }

    [Fact]
    public void Submit_ValidImage_ReanchorsOnIt()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        var png = PngEncoder.Encode(Enumerable.Repeat((byte)200, 32 * 32 * 3).ToArray(), 32, 32);

        var receipt = session.Submit(SessionInput.AnchorImage(png, "grey.png"));
        var frame = session.Next(clock)!;

        Assert.True(receipt.Accepted, receipt.Error);
        Assert.Contains(receipt.Seq, frame.AppliedInputs);
    }

    [Fact]
    public void Submit_FloodFromManyThreads_EveryInputTracedAndStoredOnce()
    {
        using var model = SessionTestModel.Create();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory });
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { MaxPendingInputs = 2000 }, store);
        var actions = new[] { AgentAction.Left, AgentAction.Right, AgentAction.Up, AgentAction.Down };

        var senders = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
            Enumerable.Range(0, 1500).Select(i => session.Submit(SessionInput.Act(actions[(t + i) % 4]))).ToList())).ToList();
        while (!senders.All(s => s.IsCompleted))
        {
            session.Next(clock);
        }
        session.Next(clock);
        var receipts = senders.SelectMany(s => s.Result).ToList();
        var trace = session.Log().Inputs;
        var runId = session.RunId!;
        session.Dispose();
        var stored = store.GetInputs(runId);

        Assert.Equal(6000, receipts.Select(r => r.Seq).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 6000).Select(i => (long)i), trace.Select(i => i.Seq));
        Assert.All(trace, i => Assert.True(i.Error is not null || i.CoalescedInto is not null || i.FirstFrameMs is not null, $"input {i.Seq} left hanging"));
        Assert.All(trace.Where(i => i.Error is not null), i => Assert.Contains("Too many inputs", i.Error));
        Assert.Equal(trace.Select(i => i.Seq), stored.Select(i => i.Seq));
    }

    [Fact]
    public async Task Dispose_WhileConsumerReads_StreamEndsCleanly()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        var subscription = session.Subscribe(4);
        var reader = Task.Run(async () =>
        {
            var count = 0;
            await foreach (var frame in subscription.Frames.ReadAllAsync())
            {
                count++;
            }
            return count;
        });
        session.Next(clock);
        session.Next(clock);

        session.Dispose();
        var count = await reader.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.InRange(count, 1, 2);
        Assert.Null(session.Tick());
        Assert.Equal("The session has ended.", session.Submit(SessionInput.Act(AgentAction.Up)).Error);
    }

    [Fact]
    public void Subscribe_ConsumerNeverReads_LoopCarriesOnAndDropsAreCounted()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        using var stalled = session.Subscribe(1);
        using var reading = session.Subscribe(16);

        for (var i = 0; i < 10; i++)
        {
            session.Next(clock);
        }

        Assert.Equal(9, stalled.Dropped);
        Assert.Equal(0, reading.Dropped);
        Assert.True(stalled.Frames.TryRead(out var newest) && newest.Frame == 10);
    }
}
