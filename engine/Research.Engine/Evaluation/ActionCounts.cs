namespace Research.Engine.Evaluation;

/// <summary>Transitions of each <see cref="TransitionKind"/> scored by <see cref="ActionScore"/>, and how many the generated frames got right.</summary>
/// <param name="Moving">Transitions where the true agent moved.</param>
/// <param name="MovingHits">Of those, transitions where the generated agent made the same move (a dash: the same direction).</param>
/// <param name="Idle">Transitions where idle was pressed and the true agent stood still.</param>
/// <param name="IdleHits">Of those, transitions where the generated agent stood still.</param>
/// <param name="Blocked">Transitions where a move was pressed but the true agent could not move (edge, dash cool-down).</param>
/// <param name="BlockedHits">Of those, transitions where the generated agent stood still too.</param>
public readonly record struct ActionCounts(int Moving, int MovingHits, int Idle, int IdleHits, int Blocked, int BlockedHits)
{
    /// <summary>The action accuracy: share of moving transitions the generated agent carried out; NaN with none.</summary>
    public double Accuracy => Share(MovingHits, Moving);

    /// <summary>Share of idle transitions where the generated agent stood still; NaN with none.</summary>
    public double IdleAccuracy => Share(IdleHits, Idle);

    /// <summary>Share of blocked transitions where the generated agent stood still; NaN with none.</summary>
    public double BlockedAccuracy => Share(BlockedHits, Blocked);

    /// <summary>The counts of both.</summary>
    public static ActionCounts operator +(ActionCounts a, ActionCounts b) => new(
        a.Moving + b.Moving, a.MovingHits + b.MovingHits, a.Idle + b.Idle, a.IdleHits + b.IdleHits, a.Blocked + b.Blocked, a.BlockedHits + b.BlockedHits);

    /// <summary>These counts with one more transition of <paramref name="kind"/>, right or not; unclassified transitions are not counted.</summary>
    public ActionCounts Add(TransitionKind kind, bool hit) => kind switch
    {
        TransitionKind.Moving => this with { Moving = Moving + 1, MovingHits = MovingHits + (hit ? 1 : 0) },
        TransitionKind.Idle => this with { Idle = Idle + 1, IdleHits = IdleHits + (hit ? 1 : 0) },
        TransitionKind.Blocked => this with { Blocked = Blocked + 1, BlockedHits = BlockedHits + (hit ? 1 : 0) },
        _ => this,
    };

    private static double Share(int hits, int count) => count == 0 ? double.NaN : (double)hits / count;
}
