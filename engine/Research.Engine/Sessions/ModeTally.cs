using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>
/// Frames generated and frame deadlines missed in each quality mode, in the order the modes were first used; the
/// session's lock guards it. A run's <see cref="RunDocument.Modes"/> come from here.
/// </summary>
internal sealed class ModeTally
{
    private readonly List<(string Mode, int Frames, long Missed)> _modes = [];

    /// <summary>A frame was generated in <paramref name="mode"/>.</summary>
    public void Frame(string mode) => Update(mode, frames: 1, missed: 0);

    /// <summary><paramref name="count"/> frame deadlines went by unmet while <paramref name="mode"/> was in force.</summary>
    public void Missed(string mode, long count) => Update(mode, frames: 0, missed: count);

    /// <summary>The tally as stored: time is frames and missed deadlines at <paramref name="targetFps"/>.</summary>
    public IReadOnlyList<ModeUse> ToUse(double targetFps) =>
        [.. _modes.Select(m => new ModeUse { Mode = m.Mode, Frames = m.Frames, Seconds = (m.Frames + m.Missed) / targetFps })];

    public ModeTally Copy()
    {
        var copy = new ModeTally();
        copy._modes.AddRange(_modes);
        return copy;
    }

    private void Update(string mode, int frames, long missed)
    {
        var i = _modes.FindIndex(m => m.Mode == mode);
        if (i < 0)
        {
            _modes.Add((mode, frames, missed));
            return;
        }
        var (name, f, m) = _modes[i];
        _modes[i] = (name, f + frames, m + missed);
    }
}
