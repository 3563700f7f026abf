using System.CommandLine;
using Research.Engine.Storage;
using Research.Workbench.Bench;

var seconds = new Option<int>("--seconds") { Description = "Length of each measured phase in seconds (default 20).", DefaultValueFactory = _ => 20 };
var output = new Option<DirectoryInfo?>("--out") { Description = "Report folder (default: <data-dir>/reports); the report is bench-workbench.md." };
var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Data folder whose reports/ gets the report (default: RESEARCH_DATA_DIR, then the per-user folder)." };
var root = new RootCommand("Benchmarks the workbench in headless Chromium: input to canvas, drawn fps with live charts, time to interactive, two tabs.")
{
    seconds, output, dataDir,
};
root.SetAction(async (parse, token) =>
{
    var options = new WorkbenchBenchOptions { Seconds = Math.Max(5, parse.GetValue(seconds)) };
    var result = await WorkbenchBenchmark.RunAsync(options, Console.Out, token);
    var folder = parse.GetValue(output)?.FullName ?? Path.Combine(DataDirectory.Resolve(parse.GetValue(dataDir)?.FullName), "reports");
    Directory.CreateDirectory(folder);
    var path = Path.Combine(folder, "bench-workbench.md");
    await File.WriteAllTextAsync(path, WorkbenchBenchReport.Render(result), token);
    Console.WriteLine($"Report: {path}");
    return 0;
});
return await root.Parse(args).InvokeAsync();
