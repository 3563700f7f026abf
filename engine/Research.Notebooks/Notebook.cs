using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Research.Engine.Imaging;
using Research.Engine.Reports;
using Research.Notebooks.Display;

namespace Research.Notebooks;

/// <summary>
/// What a notebook's first cell calls, the same under <c>research notebook run</c> and VS Code's Polyglot Notebooks:
/// <see cref="Setup"/> teaches the kernel's formatter to draw charts, DataFrames and images, and <see cref="Root"/> finds
/// the repository so cells name files by repository-relative paths whatever the working directory.
/// </summary>
public static class Notebook
{
    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static int _registered;

    /// <summary>The repository root: the nearest folder above this assembly (or the working directory) holding <c>Research.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither lies inside a clone of the repository.</exception>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root, for example <c>Notebook.PathOf("engine/models/default")</c>.</summary>
    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>
    /// Registers HTML formatters for charts, DataFrames, images and reports with <c>Microsoft.DotNet.Interactive.Formatting</c>
    /// (what Polyglot Notebooks renders with); <c>research notebook run</c> formats these types itself, so there it changes
    /// nothing visible. Safe to call more than once. Returns a one-line description of the setup for the cell's output.
    /// </summary>
    /// <remarks>In Polyglot each chart output carries its own copy of plotly.js (about 3.6 MB), so it draws without a network.</remarks>
    public static string Setup()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            Formatter.Register<ChartSpec>((chart, writer) =>
                writer.Write(HtmlFragments.PlotlyScript + HtmlFragments.Chart(PlotlyFigures.ToFigureJson(chart), $"chart-{Guid.NewGuid():N}", chart.Title)), HtmlFormatter.MimeType);
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(HtmlFragments.Table(frame)), HtmlFormatter.MimeType);
            Formatter.Register<ReportTable>((table, writer) => writer.Write(HtmlFragments.Table(table)), HtmlFormatter.MimeType);
            Formatter.Register<RgbImage>((image, writer) => writer.Write(HtmlFragments.Image(image, 2)), HtmlFormatter.MimeType);
        }
        return $"Research.Notebooks ready: repository {Root}, {Environment.ProcessorCount} cores";
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Notebook).Assembly.Location) ?? "", Environment.CurrentDirectory })
        {
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Research.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException($"No Research.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run the notebook inside a clone of the repository.");
    }
}
