using Research.Engine.Compute;
using Research.Engine.Training;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class AdamWStepTests
{
    [Fact]
    public void Apply_FiveSteps_SameWeightsAsTorchSharpAdamW()
    {
        var (ours, theirs) = (Linear(), Linear());
        using var ourOptimizer = optim.AdamW(ours.parameters(), 0.01, weight_decay: 1e-2);
        using var theirOptimizer = optim.AdamW(theirs.parameters(), 0.01, weight_decay: 1e-2);
        for (var step = 0; step < 5; step++)
        {
            Backward(ours, ourOptimizer, step);
            AdamWStep.Apply(ourOptimizer);
            Backward(theirs, theirOptimizer, step);
#pragma warning disable RS0030 // The reference: TorchSharp's own step, single-threaded here, no collection pressure.
            theirOptimizer.step();
#pragma warning restore RS0030
        }

        var ourWeights = ours.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
        var theirWeights = theirs.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
        Assert.Equal(theirWeights, ourWeights);
        Assert.NotEqual(InitialWeights(), ourWeights);
    }

    private static float[] InitialWeights() => Linear().parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();

    private static TorchSharp.Modules.Linear Linear()
    {
        manual_seed(7);
        return nn.Linear(4, 3);
    }

    private static void Backward(TorchSharp.Modules.Linear layer, optim.Optimizer optimizer, int step)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var generator = new Generator((ulong)(step + 1));
        var input = randn([8, 4], generator: generator);
        layer.forward(input).Squared().mean().backward();
    }
}
