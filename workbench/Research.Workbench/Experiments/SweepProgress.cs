namespace Research.Workbench.Experiments;

/// <summary>A snapshot of one sweep for the Experiments page.</summary>
/// <param name="Id">The sweep id: the id of its record (a run of kind <c>sweep</c>) and the tag of its cells' runs.</param>
/// <param name="Title">The sweep in words ("2 scenarios × 1 mode × 2 seeds").</param>
/// <param name="State">Where it is.</param>
/// <param name="CreatedAt">When it was launched.</param>
/// <param name="TotalCells">Cells planned.</param>
/// <param name="DoneCells">Cells finished (stored or failed).</param>
/// <param name="CurrentCell">The cell running now, if any.</param>
/// <param name="CurrentFrame">Frames of the current cell done.</param>
/// <param name="CurrentFrames">Frames of the current cell in all.</param>
/// <param name="Error">Why it failed, was cancelled or interrupted.</param>
public sealed record SweepProgress(
    string Id, string Title, SweepState State, DateTimeOffset CreatedAt, int TotalCells, int DoneCells,
    SweepCell? CurrentCell, long CurrentFrame, long CurrentFrames, string? Error)
{
    /// <summary>Whether the sweep is queued or running.</summary>
    public bool IsActive => State is SweepState.Queued or SweepState.Running;

    /// <summary>Share of cells finished, 0 to 100.</summary>
    public double Percent => TotalCells == 0 ? 0 : 100.0 * DoneCells / TotalCells;

    /// <summary>Share of the current cell's frames done, 0 to 100.</summary>
    public double CellPercent => CurrentFrames == 0 ? 0 : Math.Min(100, 100.0 * CurrentFrame / CurrentFrames);
}
