namespace Research.Engine.Sessions;

/// <summary>What a steering or control input does. Stored by name in the input trace.</summary>
public enum InputKind
{
    /// <summary>Hold an agent action (payload: idle, up, down, left, right, jump, dash) until the next one.</summary>
    Action,

    /// <summary>Switch the prompt (payload: free text, at most <see cref="SessionOptions.MaxPromptLength"/> characters).</summary>
    Prompt,

    /// <summary>Switch the scene preset (payload: a preset name).</summary>
    Preset,

    /// <summary>Switch the quality mode (payload: fast, balanced or quality).</summary>
    Mode,

    /// <summary>Re-anchor the model on an image (the PNG bytes travel with the input; the payload names it).</summary>
    Image,

    /// <summary>Stop generating frames.</summary>
    Pause,

    /// <summary>Generate frames again after a pause.</summary>
    Resume,

    /// <summary>Generate exactly one frame while paused.</summary>
    Step,

    /// <summary>Hard reset: a new world (payload: an optional seed) and a fresh model rollout.</summary>
    Reset,

    /// <summary>Soft reset: re-anchor the model on its own newest frame and rebuild its context from clean latents.</summary>
    SoftReset,

    /// <summary>A 1 to 5 consistency rating (payload: "score" or "score@frame").</summary>
    Rate,

    /// <summary>Inject an error (payload: "latent:size" or "frame:size").</summary>
    Inject,

    /// <summary>Name the place in view (payload: a label); a later mark with the same label scores the revisit.</summary>
    Mark,
}
