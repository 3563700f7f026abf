using System.Globalization;
using Research.Engine.Storage;

namespace Research.Workbench.Experiments;

/// <summary>
/// A sweep's record in the run store: a run of kind <see cref="Kind"/> whose config holds the request and whose status says
/// how it ended. The store marks records still running at start-up interrupted, so a sweep cut off by a stop shows as such.
/// </summary>
internal static class SweepRecords
{
    public const string Kind = "sweep";

    /// <summary>The error a cancelled sweep's record ends with.</summary>
    public const string CancelledError = "cancelled";

    /// <summary>The error a sweep stopped by the workbench shutting down ends with.</summary>
    public const string StoppedError = "the workbench stopped";

    public static NewRun New(SweepRequest request, IReadOnlyList<SweepCell> cells) => new()
    {
        Kind = Kind,
        Name = Title(request, cells.Count),
        Config = new Dictionary<string, string>
        {
            ["scenarios"] = string.Join(",", cells.Select(c => c.Scenario).Distinct()),
            ["modes"] = string.Join(",", cells.Select(c => c.Mode).Distinct()),
            ["seeds"] = request.Seeds.ToString(CultureInfo.InvariantCulture),
            ["mitigations"] = request.CompareMitigations ? "on and off" : "on",
            ["cells"] = cells.Count.ToString(CultureInfo.InvariantCulture),
            ["pace"] = "fast",
        },
    };

    public static string Title(SweepRequest request, int cells)
    {
        var scenarios = request.Scenarios.Distinct().Count();
        var modes = request.Modes.Distinct().Count();
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{scenarios} scenario{(scenarios == 1 ? "" : "s")} × {modes} mode{(modes == 1 ? "" : "s")} × {request.Seeds} seed{(request.Seeds == 1 ? "" : "s")}");
        return (request.CompareMitigations ? title + " × mitigations on/off" : title) + string.Create(CultureInfo.InvariantCulture, $" ({cells} run{(cells == 1 ? "" : "s")})");
    }

    /// <summary>The progress a stored record shows when no job of this process owns it, given how many of its cells ran to their end.</summary>
    public static SweepProgress FromRecord(RunDocument record, int finishedCells)
    {
        var total = record.Config.TryGetValue("cells", out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var cells) ? cells : finishedCells;
        var state = record.Status switch
        {
            RunStatus.Completed => SweepState.Completed,
            RunStatus.Failed => SweepState.Failed,
            RunStatus.Interrupted when record.Error == CancelledError => SweepState.Cancelled,
            // Interrupted at start-up by the store, stopped at shutdown, or running in a process that no longer owns it.
            _ => SweepState.Interrupted,
        };
        var error = state == SweepState.Interrupted ? record.Error ?? "the workbench stopped while it ran" : record.Error;
        return new SweepProgress(record.Id, record.Name ?? record.Id, state, record.CreatedAt, total, Math.Min(finishedCells, total), null, 0, 0, error);
    }
}
