using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Research.Engine.RunViews;
using Research.Engine.Storage;
using Research.Workbench.Components.RunViews;

namespace Research.Workbench.Components.Pages;

/// <summary>
/// One stored run: its header, KPI summary, smoothed metric charts with markers, latency percentiles per window, and
/// one step slider that moves the media panels and every chart's cursor. The logic lives in the engine's
/// <c>RunViews</c>; this page holds the user's choices.
/// </summary>
public sealed partial class RunDetail
{
    private const double MaxSmoothing = 0.95;
    private static readonly double[] LatencyWindows = [500, 1000, 2000, 5000];
    private RunSeries? _series;
    private RunChartOptions _options = new();
    private RunDetailCharts _charts = RunDetailCharts.Empty;
    private IReadOnlyList<KpiRow> _kpis = [];
    private int _frame;
    private string? _loadedId;

    /// <summary>The run id from the URL.</summary>
    [Parameter] public string RunId { get; set; } = "";

    [Inject] private IRunStore Store { get; set; } = null!;

    /// <summary>The frame the step slider is on; every media panel and chart cursor shows it.</summary>
    internal int Frame => _frame;

    /// <summary>The charts drawn.</summary>
    internal RunDetailCharts Charts => _charts;

    /// <summary>How the charts are drawn.</summary>
    internal RunChartOptions Options => _options;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (_loadedId != RunId)
        {
            (_loadedId, _frame) = (RunId, 0);
            Reload();
            _frame = _series?.OpeningFrame ?? 0;
        }
    }

    private IEnumerable<(string Label, string Value)> HeaderFields
    {
        get
        {
            var run = _series!.Run;
            yield return ("Scenario", run.Scenario ?? "–");
            yield return ("Mode", ModeShares.Describe(run) is { Length: > 0 } modes ? modes : "–");
            yield return ("Checkpoint", run.Checkpoint ?? "–");
            yield return ("Seed", run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "–");
            yield return ("Last frame", run.LastFrame.ToString(CultureInfo.InvariantCulture));
            yield return ("Kind", run.Kind);
            yield return ("Created (UTC)", run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }
    }

    private void Reload()
    {
        _series = RunSeries.Load(Store, RunId);
        if (_series is null)
        {
            return;
        }
        _frame = Math.Clamp(_frame, 0, Math.Max(_series.LastFrame, 0));
        _kpis = KpiComparison.Build([_series.Summary]);
        BuildCharts();
    }

    private void BuildCharts() => _charts = RunDetailCharts.Build(_series!, _options);

    private void OnFrameChanged(int frame) => _frame = Math.Clamp(frame, 0, Math.Max(_series?.LastFrame ?? 0, 0));

    private void OnSmoothingChanged(double weight)
    {
        // The slider bounds it in the browser; the server bounds it again (the engine refuses weights outside [0, 1)).
        _options = _options with { SmoothingWeight = double.IsFinite(weight) ? Math.Clamp(weight, 0, MaxSmoothing) : 0 };
        BuildCharts();
    }

    private void OnWindowChanged(double windowMs)
    {
        _options = _options with { LatencyWindowMs = LatencyWindows.Contains(windowMs) ? windowMs : WindowedPercentiles.DefaultWindowMs };
        BuildCharts();
    }

    private void OnMarkersChanged(bool markers)
    {
        _options = _options with { Markers = markers };
        BuildCharts();
    }

    private static Color StatusColour(RunStatus status) => status switch
    {
        RunStatus.Completed => Color.Success,
        RunStatus.Failed => Color.Error,
        RunStatus.Running => Color.Info,
        _ => Color.Warning,
    };
}
