using System.Diagnostics;
using Research.Notebooks.Running;

namespace Research.Notebooks.Tests.Notebooks;

/// <summary>Runs the repository's notebooks with small parameters into one temporary data folder, and times them.</summary>
public sealed class NotebookFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    internal string DataDirectory => Path.Combine(_directory.Path, "data");

    internal async Task<(NotebookRunResult Result, ExecutedNotebook Notebook)> RunAsync(string name, params string[] parameters)
    {
        var path = Notebook.PathOf($"notebooks/{name}.ipynb");
        var arguments = parameters.Append("threads=1").Append($"dataDir={DataDirectory}");
        var declared = NotebookParameters.Declared(Documents.NotebookDocument.Load(path).Cells.First(c => c.Tags.Contains(NotebookParameters.Tag)).Source)
            .Select(p => p.Name).ToHashSet();
        var options = new NotebookRunOptions(path, Path.Combine(_directory.Path, $"{name}.ipynb"), Path.Combine(_directory.Path, $"{name}.html"),
            NotebookParameters.ParseArguments(arguments.Where(a => declared.Contains(a[..a.IndexOf('=')]))));
        var clock = Stopwatch.StartNew();
        var result = await new NotebookRunner(TimeProvider.System).RunAsync(options, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage($"{name}: {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(result.Succeeded, $"{name} failed at {result.Failure}");
        var executed = ExecutedNotebook.Load(result.OutputPath);
        Assert.Empty(executed.Errors);
        return (result, executed);
    }

    public void Dispose() => _directory.Dispose();
}
