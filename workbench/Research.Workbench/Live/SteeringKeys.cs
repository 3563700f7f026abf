using Research.Engine.World;

namespace Research.Workbench.Live;

/// <summary>
/// Keyboard steering: WASD and the arrows move, shift dashes. Tracks the keys held so the newest one
/// still down wins; when the last is released the agent goes idle.
/// </summary>
public sealed class SteeringKeys
{
    private readonly List<string> _held = [];

    /// <summary>The action a key code (<c>KeyboardEvent.code</c>) steers, or null when it steers nothing.</summary>
    public static AgentAction? Map(string? code) => code switch
    {
        "KeyW" or "ArrowUp" => AgentAction.Up,
        "KeyS" or "ArrowDown" => AgentAction.Down,
        "KeyA" or "ArrowLeft" => AgentAction.Left,
        "KeyD" or "ArrowRight" => AgentAction.Right,
        "ShiftLeft" or "ShiftRight" => AgentAction.Dash,
        _ => null,
    };

    /// <summary>The steering keys held, oldest first.</summary>
    public IReadOnlyList<string> Held => _held;

    /// <summary>Whether an action of <paramref name="action"/> is held by some key.</summary>
    public bool IsHeld(AgentAction action) => _held.Any(k => Map(k) == action);

    /// <summary>A key went down; returns the action to send, or null when nothing changes (not a steering key, or a repeat).</summary>
    public AgentAction? Down(string code)
    {
        if (Map(code) is not { } action || _held.Contains(code))
        {
            return null;
        }
        _held.Add(code);
        return action;
    }

    /// <summary>A key went up; returns the action now held (idle when none), or null when nothing changes.</summary>
    public AgentAction? Up(string code)
    {
        if (!_held.Remove(code))
        {
            return null;
        }
        return _held.Count == 0 ? AgentAction.Idle : Map(_held[^1]);
    }

    /// <summary>Releases every key (the page lost focus); returns idle when some were held.</summary>
    public AgentAction? ReleaseAll()
    {
        if (_held.Count == 0)
        {
            return null;
        }
        _held.Clear();
        return AgentAction.Idle;
    }
}
