namespace Research.Engine.World;

/// <summary>Colours of a scene's terrain classes and actors.</summary>
/// <remarks>The agent keeps one colour in every palette so it can be located in any frame.</remarks>
public sealed record Palette
{
    /// <summary>Main ground.</summary>
    public required Rgb Ground { get; init; }

    /// <summary>Second ground shade, for patches.</summary>
    public required Rgb GroundAlt { get; init; }

    /// <summary>Roads.</summary>
    public required Rgb Path { get; init; }

    /// <summary>Water (solid for objects).</summary>
    public required Rgb Water { get; init; }

    /// <summary>Rock (solid for objects).</summary>
    public required Rgb Rock { get; init; }

    /// <summary>Moving objects.</summary>
    public required Rgb Objects { get; init; }
}
