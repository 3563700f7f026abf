using System.CommandLine;
using System.Globalization;
using Research.Notebooks.Running;

namespace Research.Cli.Commands;

/// <summary><c>research notebook run</c>: executes a notebook's C# cells headlessly, as the .NET Interactive kernel would, and writes the outputs back.</summary>
internal static class NotebookCommand
{
    /// <summary>Exit code when a cell failed (the notebook run so far is still written).</summary>
    public const int CellFailed = 1;

    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "The notebook (.ipynb) to run." };
        var parameters = new Option<string[]>("--param") { Description = "name=value: overrides a default of the cell tagged 'parameters' (repeatable).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--out") { Description = "Executed notebook (default: <notebook>.executed.ipynb beside it)." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report (opens offline)." };
        var run = new Command("run", "Run a notebook's C# cells (Roslyn scripting, as the .NET Interactive C# kernel), write the outputs into the notebook; non-zero exit when a cell fails.")
        {
            notebook, parameters, output, html,
        };
        run.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var path = parse.GetValue(notebook)!;
            var options = new NotebookRunOptions(
                path, parse.GetValue(output) ?? NotebookRunOptions.DefaultOutput(path), parse.GetValue(html),
                NotebookParameters.ParseArguments(parse.GetValue(parameters) ?? []));
            var result = await new NotebookRunner(TimeProvider.System).RunAsync(options, cancellation);
            var seconds = result.CellTimes.Values.Sum(t => t.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
            if (result.Failure is { } failure)
            {
                Console.Error.WriteLine($"error: {path} failed at {failure}");
                Console.Error.WriteLine($"the notebook as run so far is in {result.OutputPath}{(result.HtmlPath is null ? "" : $" and {result.HtmlPath}")}");
                return CellFailed;
            }
            foreach (var (cell, time) in result.CellTimes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cell {cell}: {time.TotalSeconds:0.0} s"));
            }
            Console.WriteLine($"ran {result.CellTimes.Count} cells in {seconds} s: {result.OutputPath}{(result.HtmlPath is null ? "" : $", {result.HtmlPath}")}");
            return 0;
        }));
        return new Command("notebook", "Experiment notebooks (notebooks/*.ipynb).") { run };
    }
}
