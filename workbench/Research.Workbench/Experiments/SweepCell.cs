namespace Research.Workbench.Experiments;

/// <summary>One run of a sweep.</summary>
/// <param name="Index">Position in the sweep, from 0.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Mode">Quality mode name.</param>
/// <param name="Seed">World seed.</param>
/// <param name="Checkpoint">Checkpoint name: <see cref="SweepCatalog.DefaultCheckpoint"/> or <see cref="SweepCatalog.NoMitigationsCheckpoint"/>.</param>
public sealed record SweepCell(int Index, string Scenario, string Mode, int Seed, string Checkpoint)
{
    /// <summary>The cell in words, for progress lines.</summary>
    public override string ToString() => $"{Scenario} · {Mode} · seed {Seed} · {Checkpoint}";
}
