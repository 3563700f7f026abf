using Research.Engine.Reports;
using Research.Notebooks.Running;
using static Research.Notebooks.Tests.TestNotebook;

namespace Research.Notebooks.Tests.Running;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task RunAsync_VariablesAndMethods_CarryFromCellToCell()
    {
        // Arrange
        var path = Write(_directory.Path,
            Code("var counter = 40;\nint Twice(int x) => 2 * x;"),
            Code("counter += 1;"),
            Code("using System.Globalization;\nTwice(counter).ToString(CultureInfo.InvariantCulture)"));

        // Act
        var result = await Run(path);

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var executed = ExecutedNotebook.Load(result.OutputPath);
        var last = executed.Cells[2]["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)last["output_type"]);
        Assert.Equal("82", ExecutedNotebook.Text(last["data"]!["text/plain"]!));
        Assert.Equal([1, 2, 3], executed.Cells.Select(c => (int?)c["execution_count"]));
    }

    [Fact]
    public async Task RunAsync_TrailingSemicolon_NoResult()
    {
        var path = Write(_directory.Path, Code("var x = 1;\nMath.Max(x, 2);"));

        var result = await Run(path);

        Assert.Empty(ExecutedNotebook.Load(result.OutputPath).Outputs);
    }

    [Fact]
    public async Task RunAsync_DisplayAndConsole_OutputsInOrderWithPlotlyOnce()
    {
        // Arrange
        var path = Write(_directory.Path,
            Code("using Research.Engine.Reports;\nConsole.WriteLine(\"before\");\ndisplay(new LineChart(\"first\", \"x\", \"y\", [new ChartSeries(\"a\", [1.0, 2], [3.0, 4])]));\nConsole.WriteLine(\"after\");"),
            Code("new LineChart(\"second\", \"x\", \"y\", [new ChartSeries(\"b\", [1.0], [2.0])])"));

        // Act
        var result = await Run(path);

        // Assert
        var executed = ExecutedNotebook.Load(result.OutputPath);
        var kinds = executed.Outputs.Select(o => (string?)o["output_type"]).ToList();
        Assert.Equal(["stream", "display_data", "stream", "execute_result"], kinds);
        Assert.Equal(["a"], ExecutedNotebook.TraceNames(executed.Figure("first")));
        Assert.Equal(["b"], ExecutedNotebook.TraceNames(executed.Figure("second")));
        var html = string.Concat(executed.Outputs.Select(o => o["data"]?["text/html"]).OfType<System.Text.Json.Nodes.JsonNode>().Select(ExecutedNotebook.Text));
        Assert.Equal(1, Count(html, PlotlyJs.Banner));
    }

    [Fact]
    public async Task RunAsync_FailingCell_ReportsCellAndLineAndSavesTheRunSoFar()
    {
        // Arrange
        var path = Write(_directory.Path,
            ("# A markdown cell counts as cell 1", null),
            Code("Console.WriteLine(\"ran\");"),
            Code("var a = 1;\nvar b = 2;\nthrow new InvalidOperationException(\"the model file is missing\");"),
            Code("Console.WriteLine(\"never\");"));

        // Act
        var result = await Run(path);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Equal(new CellFailure(3, 3, nameof(InvalidOperationException), "the model file is missing"), result.Failure);
        var executed = ExecutedNotebook.Load(result.OutputPath);
        Assert.Contains("ran", executed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("never", executed.Stdout, StringComparison.Ordinal);
        var error = Assert.Single(executed.Errors);
        Assert.StartsWith("cell 3, line 3:", ExecutedNotebook.Text(error["traceback"]![0]!), StringComparison.Ordinal);
        Assert.Null((int?)executed.Cells[3]["execution_count"]);
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));
    }

    [Fact]
    public async Task RunAsync_CompilationError_ReportsCellAndLine()
    {
        var path = Write(_directory.Path, Code("var ok = 1;"), Code("var x = 1;\nvar y = undefinedName + x;"));

        var result = await Run(path);

        Assert.Equal(2, result.Failure?.Cell);
        Assert.Equal(2, result.Failure?.Line);
        Assert.Equal("CompilationError", result.Failure?.ErrorType);
        Assert.Contains("undefinedName", result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParameterOverride_InjectedAfterParametersCellAndUsed()
    {
        // Arrange
        var path = Write(_directory.Path,
            ("int horizon = 300;\nvar label = \"default\";\nvar rate = 0.5;\nbool fast = false;", NotebookParameters.Tag),
            Code("$\"{horizon} {label} {rate} {fast}\""));

        // Act
        var result = await Run(path, ("horizon", "12"), ("label", "a \"quoted\" name"), ("rate", "0.25"), ("fast", "true"));

        // Assert
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var executed = ExecutedNotebook.Load(result.OutputPath);
        Assert.Equal(3, executed.Cells.Count);
        Assert.Contains(NotebookParameters.InjectedTag, executed.Cells[1]["metadata"]!["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("12 a \"quoted\" name 0.25 True", ExecutedNotebook.Text(executed.Cells[2]["outputs"]![0]!["data"]!["text/plain"]!));
    }

    [Fact]
    public async Task RunAsync_UnknownParameter_ThrowsNamingTheKnownOnes()
    {
        var path = Write(_directory.Path, ("int horizon = 300;\nint seeds = 3;", NotebookParameters.Tag));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(path, ("horizn", "12")));

        Assert.Contains("horizn", error.Message, StringComparison.Ordinal);
        Assert.Contains("horizon, seeds", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("out.ipynb")));
    }

    [Fact]
    public async Task RunAsync_ParameterOfWrongType_ThrowsNamingTheType()
    {
        var path = Write(_directory.Path, ("int horizon = 300;", NotebookParameters.Tag));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(path, ("horizon", "long")));

        Assert.Contains("is not a int", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReferenceToHostAssemblyAndNuget_MappedToTheRunnersCopies()
    {
        var path = Write(_directory.Path,
            Code("#r \"../elsewhere/bin/Research.Notebooks.dll\"\n#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\n#!time\nusing Microsoft.Data.Analysis;\nnew DataFrame(new DoubleDataFrameColumn(\"psnr\", [20.5, 21.0]))"));

        var result = await Run(path);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var table = ExecutedNotebook.Load(result.OutputPath).Table("psnr");
        Assert.Equal([20.5, 21.0], table.Numbers("psnr"));
    }

    [Fact]
    public async Task RunAsync_UnknownNugetPackage_FailsWithTheLine()
    {
        var path = Write(_directory.Path, Code("#r \"nuget: Some.Package.Nobody.Has\"\nvar x = 1;"));

        var result = await Run(path);

        Assert.Equal(1, result.Failure?.Line);
        Assert.Contains("Some.Package.Nobody.Has", result.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HtmlReport_SelfContainedWithPlotlyOnce()
    {
        // Arrange
        var path = Write(_directory.Path,
            ("# Title", null),
            Code("using Research.Engine.Reports;\ndisplay(new LineChart(\"one\", \"x\", \"y\", [new ChartSeries(\"a\", [1.0], [2.0])]));\nnew LineChart(\"two\", \"x\", \"y\", [new ChartSeries(\"b\", [1.0], [2.0])])"));
        var html = _directory.File("report.html");

        // Act
        await new NotebookRunner(TimeProvider.System).RunAsync(new NotebookRunOptions(path, _directory.File("out.ipynb"), html), TestContext.Current.CancellationToken);

        // Assert
        var text = await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken);
        Assert.Equal(1, Count(text, PlotlyJs.Banner));
        // Outside plotly.js itself (whose code mentions plotly.com), nothing may load from or link to the network.
        var page = text.Replace(PlotlyJs.Script, "", StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Title</h1>", text, StringComparison.Ordinal);
        Assert.Equal(2, Count(page, "Plotly.newPlot("));
    }

    private async Task<NotebookRunResult> Run(string path, params (string Name, string Value)[] parameters) =>
        await new NotebookRunner(TimeProvider.System).RunAsync(
            new NotebookRunOptions(path, _directory.File("out.ipynb"), Parameters: [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]),
            TestContext.Current.CancellationToken);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
