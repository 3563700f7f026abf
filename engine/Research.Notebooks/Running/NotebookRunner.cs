using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis;
using Research.Engine.Files;
using Research.Notebooks.Display;
using Research.Notebooks.Documents;

namespace Research.Notebooks.Running;

/// <summary>
/// Runs a notebook's C# cells the way the .NET Interactive C# kernel does: Roslyn scripting, the first cell with
/// <c>CSharpScript.RunAsync</c> and each later one with <c>ContinueWithAsync</c>, so variables, types and usings carry
/// from cell to cell; a trailing expression is the cell's result; <c>display(...)</c> is in scope (see
/// <see cref="KernelGlobals"/>). Outputs go back into the notebook, which is written atomically, also when a cell fails.
/// </summary>
/// <remarks>
/// One notebook runs at a time per process: console output is captured by swapping <see cref="Console.Out"/>, which is
/// process-wide. After a failing cell the later cells are left cleared and unexecuted, as papermill leaves them.
/// </remarks>
public sealed class NotebookRunner(TimeProvider time)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private CellSink? _current;

    /// <summary>Runs <paramref name="options"/>' notebook.</summary>
    /// <exception cref="FileNotFoundException">No notebook at the path.</exception>
    /// <exception cref="InvalidDataException">The file is not a notebook.</exception>
    /// <exception cref="ArgumentException">A parameter override the notebook does not declare, or of the wrong type.</exception>
    public async Task<NotebookRunResult> RunAsync(NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var notebook = NotebookDocument.Load(options.NotebookPath);
        NotebookParameters.Apply(notebook, options.Parameters ?? []);
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new SinkWriter(() => _current, "stdout"));
        Console.SetError(new SinkWriter(() => _current, "stderr"));
        try
        {
            var (failure, times) = await ExecuteAsync(notebook, cancellationToken).ConfigureAwait(false);
            notebook.Save(options.OutputPath);
            if (options.HtmlPath is { } html)
            {
                AtomicFile.WriteAllText(html, NotebookHtml.Render(notebook, Path.GetFileNameWithoutExtension(options.NotebookPath), failure));
            }
            return new NotebookRunResult(Path.GetFullPath(options.OutputPath), options.HtmlPath is null ? null : Path.GetFullPath(options.HtmlPath), failure, times);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            _current = null;
            OneAtATime.Release();
        }
    }

    private async Task<(CellFailure? Failure, Dictionary<int, TimeSpan> Times)> ExecuteAsync(NotebookDocument notebook, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path!))!;
        var page = new NotebookPage();
        var times = new Dictionary<int, TimeSpan>();
        ScriptState<object>? state = null;
        KernelGlobals? globals = null;
        var count = 0;
        CellFailure? failure = null;
        foreach (var cell in notebook.Cells)
        {
            cell.Clear();
            if (!cell.IsCode || failure is not null || string.IsNullOrWhiteSpace(cell.Source))
            {
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var sink = new CellSink(page);
            _current = sink;
            globals ??= new KernelGlobals(sink);
            globals.Sink = sink;
            var started = time.GetTimestamp();
            cell.SetExecutionCount(++count);
            try
            {
                if (cell.KernelName is { } kernel && !kernel.Equals("csharp", StringComparison.OrdinalIgnoreCase))
                {
                    throw new DirectiveException(cell.Number, 1, $"the cell is for the '{kernel}' kernel; the runner runs C# cells only.");
                }
                var code = CellDirectives.Rewrite(cell.Source, directory, ScriptSetup.HostAssemblies, cell.Number);
                var scriptOptions = ScriptSetup.Options(CellFile(cell.Number));
                state = state is null
                    ? await CSharpScript.RunAsync(code, scriptOptions, globals, typeof(KernelGlobals), cancellationToken).ConfigureAwait(false)
                    : await state.ContinueWithAsync(code, scriptOptions, cancellationToken).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (state.ReturnValue is { } value && HasTrailingExpression(state.Script))
                {
                    sink.Result(value, count);
                }
            }
            catch (CompilationErrorException e)
            {
                var first = e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
                failure = new CellFailure(cell.Number, first.Location.GetLineSpan().StartLinePosition.Line + 1, "CompilationError", first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                sink.Error(failure.ErrorType, failure.Message, [failure.ToString(), .. e.Diagnostics.Select(d => d.ToString())]);
            }
            catch (DirectiveException e)
            {
                failure = new CellFailure(e.Cell, e.Line, "DirectiveError", e.Message);
                sink.Error(failure.ErrorType, failure.Message, [failure.ToString()]);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = new CellFailure(cell.Number, LineIn(e, cell.Number), e.GetType().Name, e.Message);
                sink.Error(failure.ErrorType, failure.Message, [failure.ToString(), .. (e.ToString()).ReplaceLineEndings("\n").Split('\n')]);
            }
            finally
            {
                sink.Flush();
                cell.Outputs.Clear();
                foreach (var output in sink.Outputs.ToList())
                {
                    sink.Outputs.Remove(output);
                    cell.Outputs.Add(output);
                }
                times[cell.Number] = time.GetElapsedTime(started);
            }
        }
        return (failure, times);
    }

    private static string CellFile(int number) => $"cell-{number}.csx";

    /// <summary>True when the submission ends in an expression without a semicolon, the kernel's rule for a cell result.</summary>
    private static bool HasTrailingExpression(Script script)
    {
        var root = script.GetCompilation().SyntaxTrees.Last().GetRoot();
        var last = root.ChildNodes().LastOrDefault();
        return last is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax { Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax statement }
            && statement.SemicolonToken.IsMissing;
    }

    /// <summary>The line in cell <paramref name="number"/> the exception was thrown from (innermost frame in the cell).</summary>
    private static int? LineIn(Exception e, int number)
    {
        var file = CellFile(number);
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            var frame = new StackTrace(inner, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName() is { } name && name.EndsWith(file, StringComparison.Ordinal) && f.GetFileLineNumber() > 0);
            if (frame is not null)
            {
                return frame.GetFileLineNumber();
            }
        }
        return null;
    }
}
