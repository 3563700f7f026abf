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

    /// <summary>Moves a queued sweep to running; false when it was cancelled while queued.</summary>
    public bool TryStart() => TryMove(SweepState.Queued, SweepState.Running);

    /// <summary>Moves a queued sweep to cancelled; false when it has already started (cancel its token instead).</summary>
    public bool TryCancelQueued() => TryMove(SweepState.Queued, SweepState.Cancelled);

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

    private bool TryMove(SweepState from, SweepState to)
    {
        lock (_gate)
        {
            if (_state != from)
            {
                return false;
            }
            _state = to;
            return true;
        }
    }

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }
}
