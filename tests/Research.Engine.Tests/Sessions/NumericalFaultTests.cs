using Research.Engine.Sessions;

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
}
