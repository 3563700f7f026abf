namespace Research.Workbench.Experiments;

/// <summary>A sweep the service owns while it is queued or running: its cells, its cancellation and its live progress.</summary>
internal sealed class SweepJob(string id, string title, DateTimeOffset createdAt, IReadOnlyList<SweepCell> cells) : IDisposable
{
    private readonly Lock _gate = new();
    private SweepState _state = SweepState.Queued;
    private int _done;
    private int _failed;
    private SweepCell? _current;
    private long _frame;
    private long _frames;
    private string? _error;

    public string Id => id;

    public IReadOnlyList<SweepCell> Cells => cells;

    public CancellationTokenSource Cancellation { get; } = new();

    public int Failed
    {
        get
        {
            lock (_gate)
            {
                return _failed;
            }
        }
    }

    public string? FirstError
    {
        get
        {
            lock (_gate)
            {
                return _error;
            }
        }
    }

    public void Start() => Update(() => _state = SweepState.Running);

    public void StartCell(SweepCell cell, long frames) => Update(() => (_current, _frame, _frames) = (cell, 0, frames));

    public void Frame(long frame) => Update(() => _frame = frame + 1);

    public void CellDone() => Update(() => (_done, _current) = (_done + 1, null));

    public void CellFailed(string error) => Update(() =>
    {
        (_done, _failed, _current) = (_done + 1, _failed + 1, null);
        _error ??= error;
    });

    public SweepProgress Snapshot()
    {
        lock (_gate)
        {
            return new SweepProgress(id, title, _state, createdAt, cells.Count, _done, _current, _frame, _frames, _error);
        }
    }

    public void Dispose() => Cancellation.Dispose();

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }
}
