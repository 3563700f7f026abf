using Research.Engine.Datasets;

namespace Research.Engine.Tests.Datasets;

/// <summary>Runs the callback on the reporting thread (unlike Progress&lt;T&gt;, which posts it).</summary>
internal sealed class InlineProgress(Action<DatasetProgress> report) : IProgress<DatasetProgress>
{
    public void Report(DatasetProgress value) => report(value);
}
