using Microsoft.AspNetCore.Components;
using Research.Engine.RunViews;
using Research.Engine.Storage;
using Research.Workbench.Components.RunViews;

namespace Research.Workbench.Components.Pages;

/// <summary>
/// Two to four stored runs side by side (typically the quality modes of one scenario): one step slider over all their
/// media panels, their curves overlaid, and a KPI table with the best value per KPI marked.
/// </summary>
public sealed partial class Compare
{
    private IReadOnlyList<RunSeries> _runs = [];
    private IReadOnlyList<string> _labels = [];
    private IReadOnlyList<KpiRow> _kpis = [];
    private CompareCharts _charts = CompareCharts.Empty;
    private string? _error;
    private int _frame;

    /// <summary>The runs to compare, comma-separated, from the <c>runs</c> query parameter.</summary>
    [SupplyParameterFromQuery(Name = "runs")] public string? Runs { get; set; }

    [Inject] private IRunStore Store { get; set; } = null!;

    /// <summary>The frame the step slider is on.</summary>
    internal int Frame => _frame;

    /// <summary>Why nothing is compared, when the link is wrong; <see langword="null"/> otherwise.</summary>
    internal string? Error => _error;

    /// <summary>The runs compared, in the link's order.</summary>
    internal IReadOnlyList<RunSeries> Compared => _runs;

    /// <summary>The column names of the runs: their quality modes when those tell them apart (the
    /// usual comparison), otherwise their ids.</summary>
    internal IReadOnlyList<string> Labels => _labels;

    /// <summary>The KPI rows.</summary>
    internal IReadOnlyList<KpiRow> Kpis => _kpis;

    /// <summary>Whether the runs played different scenarios (the usual comparison is one scenario in several modes).</summary>
    internal bool ScenariosDiffer => _runs.Select(r => r.Run.Scenario).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;

    private int LastFrame => _runs.Count == 0 ? -1 : _runs.Max(r => r.LastFrame);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        (_runs, _error, _frame) = ([], null, 0);
        if (!RunSelection.TryParseIds(Runs, out var ids, out _error))
        {
            return;
        }
        var loaded = ids.Select(id => (Id: id, Series: RunSeries.Load(Store, id))).ToList();
        var missing = loaded.Where(r => r.Series is null).Select(r => $"'{r.Id}'").ToList();
        if (missing.Count > 0)
        {
            _error = $"There is no run {string.Join(", ", missing)}. It may have been deleted, or the link is wrong.";
            return;
        }
        _runs = loaded.Select(r => r.Series!).ToList();
        _labels = Label(_runs);
        _kpis = KpiComparison.Build(_runs.Select(r => r.Summary).ToList(), _runs.Select(KpiComparison.StandardErrors).ToList());
        _charts = CompareCharts.Build(_runs, _labels);
        _frame = _runs.Min(r => r.OpeningFrame);
    }

    /// <summary>Each run's frame for the slider's frame: a shorter run stays on its last frame.</summary>
    private int FrameOf(RunSeries run) => Math.Clamp(_frame, 0, Math.Max(run.LastFrame, 0));

    private void OnFrameChanged(int frame) => _frame = Math.Clamp(frame, 0, Math.Max(LastFrame, 0));

    private static string[] Label(IReadOnlyList<RunSeries> runs)
    {
        var modes = runs.Select(r => r.Run.QualityMode).ToList();
        var distinct = modes.All(m => !string.IsNullOrEmpty(m)) && modes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == modes.Count;
        return runs.Select(r => distinct ? r.Run.QualityMode! : r.Run.Id).ToArray();
    }
}
