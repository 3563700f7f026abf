using Research.Engine.Kpis;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorResponseTests
{
    [Fact]
    public void Compute_MixedInputs_FirstAndVisibleResponsePercentiles()
    {
        // First responses (FirstFrameMs - ReceivedMs): 40, 60, 20, 100; sorted 20, 40, 60, 100 (ranks 0..3).
        //   p50 at rank 1.5 = 40 + 0.5 x 20 = 50; p95 at rank 2.85 = 60 + 0.85 x 40 = 94; max 100.
        // Visible responses (FirstVisibleMs - ReceivedMs): 90, 30; sorted 30, 90.
        //   p50 at rank 0.5 = 60; p95 at rank 0.95 = 30 + 0.95 x 60 = 87.
        // Seq 8 is applied but its frame is not out yet: counted in neither, and not unapplied.
        var log = Log(inputs:
        [
            Input(1, receivedMs: 100, appliedFrame: 5, firstFrameMs: 140, firstVisibleMs: 190),
            Input(2, receivedMs: 200, appliedFrame: 8, firstFrameMs: 260),
            Input(3, receivedMs: 300, appliedFrame: 11, firstFrameMs: 320, firstVisibleMs: 330),
            Input(4, receivedMs: 400, appliedFrame: 14, firstFrameMs: 500),
            Input(5, receivedMs: 450, error: "unknown preset"),
            Input(6, receivedMs: 500, coalescedInto: 7),
            Input(7, receivedMs: 600),
            Input(8, receivedMs: 700, appliedFrame: 20),
        ], endMs: 1000);

        var responses = KpiCalculator.Compute(log, new KpiOptions()).Responses;

        Assert.Equal(new ResponseKpis(8, 1, 1, 1, 4, 50, 94, 100, 2, 60, 87), responses with
        {
            FirstResponseP95Ms = Math.Round(responses.FirstResponseP95Ms!.Value, 9),
            VisibleResponseP95Ms = Math.Round(responses.VisibleResponseP95Ms!.Value, 9),
        });
    }

    [Fact]
    public void Compute_NoInputs_CountsZeroAndTimesUndefined()
    {
        var log = Log(endMs: 1000);

        var responses = KpiCalculator.Compute(log, new KpiOptions()).Responses;

        Assert.Equal(new ResponseKpis(0, 0, 0, 0, 0, null, null, null, 0, null, null), responses);
    }
}
