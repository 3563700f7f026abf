namespace Research.Engine.World;

/// <summary>What the agent is told to do for one frame. The byte values are part of the dataset format.</summary>
public enum AgentAction : byte
{
    /// <summary>Stand still.</summary>
    Idle = 0,

    /// <summary>Move one step towards the top of the view.</summary>
    Up = 1,

    /// <summary>Move one step towards the bottom of the view.</summary>
    Down = 2,

    /// <summary>Move one step left.</summary>
    Left = 3,

    /// <summary>Move one step right.</summary>
    Right = 4,

    /// <summary>Burst of speed in the direction the agent last moved; then a short cool-down.</summary>
    Dash = 5,
}

/// <summary>Parsing and naming of <see cref="AgentAction"/> as it appears in scenario files and prompts.</summary>
public static class AgentActions
{
    /// <summary>All actions, in byte order.</summary>
    public static IReadOnlyList<AgentAction> All { get; } = Enum.GetValues<AgentAction>();

    /// <summary>The lower-case name used in files: idle, up, down, left, right, dash.</summary>
    public static string Name(this AgentAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Parses a lower- or mixed-case action name.</summary>
    public static bool TryParse(string? text, out AgentAction action)
    {
        action = AgentAction.Idle;
        if (string.IsNullOrWhiteSpace(text) || int.TryParse(text, out _))
        {
            return false;
        }
        return Enum.TryParse(text.Trim(), ignoreCase: true, out action) && Enum.IsDefined(action);
    }
}
