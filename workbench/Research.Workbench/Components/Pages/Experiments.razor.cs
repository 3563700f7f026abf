using MudBlazor;
using Research.Workbench.Experiments;

namespace Research.Workbench.Components.Pages;

/// <summary>The Experiments page: a sweep form and the sweeps the <see cref="SweepService"/> owns or has stored.</summary>
public sealed partial class Experiments
{
    private IReadOnlyList<string> _available = [];
    private IReadOnlyList<SweepProgress> _sweeps = [];
    private IReadOnlyList<string> _problems = [];
    private IDisposable? _subscription;
    private int _refreshing;

    /// <summary>The scenarios chosen in the form.</summary>
    internal IReadOnlyCollection<string> ScenarioSelection { get; set; } = [];

    /// <summary>The quality modes chosen in the form.</summary>
    internal IReadOnlyCollection<string> ModeSelection { get; set; } = ["fast"];

    /// <summary>Seeds per scenario.</summary>
    internal int SeedCount { get; set; } = 1;

    /// <summary>Whether to run the no-mitigations ablation beside the default checkpoint.</summary>
    internal bool CompareMitigations { get; set; }

    /// <summary>The request the form describes.</summary>
    internal SweepRequest Request => new([.. ScenarioSelection], [.. ModeSelection], SeedCount, CompareMitigations);

    /// <summary>The sweeps on screen, newest first.</summary>
    internal IReadOnlyList<SweepProgress> Shown => _sweeps;

    /// <summary>Why the last launch was refused.</summary>
    internal IReadOnlyList<string> Problems => _problems;

    private int CellCount => ScenarioSelection.Count * ModeSelection.Count * Math.Max(0, SeedCount) * (CompareMitigations ? 2 : 1);

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        _available = Sweeps.Scenarios;
        _sweeps = Sweeps.Sweeps();
        // Re-attach: the service owns the sweeps, the page only listens.
        _subscription = Sweeps.Subscribe(OnSweepsChanged);
    }

    /// <summary>Validates the form on the server and queues the sweep.</summary>
    internal void Launch()
    {
        var start = Sweeps.Start(Request);
        _problems = start.Problems;
        _sweeps = Sweeps.Sweeps();
    }

    private void Cancel(string sweepId)
    {
        Sweeps.Cancel(sweepId);
        _sweeps = Sweeps.Sweeps();
    }

    private void OnSweepsChanged()
    {
        // Progress comes a few times a second; one redraw at a time is enough, later ones see the newest state.
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }
        _ = InvokeAsync(() =>
        {
            Volatile.Write(ref _refreshing, 0);
            _sweeps = Sweeps.Sweeps();
            StateHasChanged();
        });
    }

    private static Color StateColor(SweepState state) => state switch
    {
        SweepState.Completed => Color.Success,
        SweepState.Running => Color.Info,
        SweepState.Queued => Color.Default,
        SweepState.Failed => Color.Error,
        _ => Color.Warning,
    };

    /// <inheritdoc />
    public void Dispose() => _subscription?.Dispose();
}
