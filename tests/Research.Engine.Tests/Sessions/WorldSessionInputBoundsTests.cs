using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.Sessions;

/// <summary>A rejected input costs its sequence number and a bounded trace entry, never its own size in store or memory.</summary>
[Collection(TorchCollection.Name)]
public sealed class WorldSessionInputBoundsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Submit_TenMegabytePrompt_RejectedAndTracedAsBoundedPrefixWithLength()
    {
        var huge = new string('a', 10_000_000);
        string runId;
        InputReceipt receipt;
        using (var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory.Path }))
        {
            using var model = SessionTestModel.Create();
            var (session, clock) = SessionTestModel.Start(model, store: store);
            receipt = session.Submit(SessionInput.Prompt(huge));
            session.Next(clock);
            runId = session.RunId!;
            session.Dispose();

            var input = Assert.Single(store.GetInputs(runId));
            Assert.Equal(StoredText.MaxPayloadLength, input.Payload.Length);
            Assert.Equal(huge.Length, input.PayloadLength);
            Assert.Equal(receipt.Error, input.Error);
        }

        Assert.False(receipt.Accepted);
        Assert.Contains("10000000", receipt.Error);
        var stored = Directory.EnumerateFiles(_directory.Path).Sum(f => new FileInfo(f).Length);
        Assert.True(stored < 1_000_000, $"the store grew to {stored} bytes");
    }

    [Theory]
    [InlineData(InputKind.Action)]
    [InlineData(InputKind.Preset)]
    [InlineData(InputKind.Rate)]
    public void Submit_HugeUnknownValue_ErrorQuotesOnlyItsStart(InputKind kind)
    {
        using var model = SessionTestModel.Create();
        var (session, _) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(new SessionInput(kind, new string('z', 1_000_000)));

        Assert.False(receipt.Accepted);
        Assert.True(receipt.Error!.Length < 500, $"{receipt.Error.Length} characters");
        Assert.Contains("(1000000 characters)", receipt.Error);
        Assert.Equal(StoredText.MaxPayloadLength, session.RecentInputs().Single().Payload.Length);
    }

    [Fact]
    public void Submit_OverLongMarkLabel_Rejected()
    {
        using var model = SessionTestModel.Create();
        var (session, _) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(SessionInput.Mark(new string('m', SessionOptions.MaxLabelLength + 1)));

        Assert.Equal($"A mark label must have 1 to {SessionOptions.MaxLabelLength} characters; this one has {SessionOptions.MaxLabelLength + 1}.", receipt.Error);
    }
}
