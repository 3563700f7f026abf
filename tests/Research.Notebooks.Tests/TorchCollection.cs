namespace Research.Notebooks.Tests;

/// <summary>Tests that use the native TorchSharp library (the notebooks) run one at a time, as TorchSharp's own tests do.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "Torch";
}
