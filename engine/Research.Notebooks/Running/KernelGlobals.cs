namespace Research.Notebooks.Running;

/// <summary>
/// The globals every cell sees, as the .NET Interactive C# kernel puts them in scope: <c>display(value)</c> shows a
/// value as an output of the running cell, before the cell's own result.
/// </summary>
public sealed class KernelGlobals
{
    internal KernelGlobals(CellSink sink) => Sink = sink;

    // The globals live for the whole notebook; the runner points them at the running cell.
    internal CellSink Sink { get; set; }

    /// <summary>Shows <paramref name="value"/> as an output of the running cell (a chart, a DataFrame, an image, text...).</summary>
    /// <remarks>Named and cased as the kernel's helper so cells run unchanged in Polyglot Notebooks; null shows "&lt;null&gt;".</remarks>
#pragma warning disable IDE1006 // The kernel's name, lower case, so notebooks run unchanged under both.
    public void display(object? value) => Sink.Display(value);
#pragma warning restore IDE1006
}
