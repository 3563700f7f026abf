using System.Globalization;
using Research.Engine.Imaging;
using Research.Engine.Models;
using Research.Engine.Storage;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>Receiving inputs: validation on the caller's thread, then queued for the next frame.</summary>
/// <remarks>
/// Rules: every input gets a sequence number and a trace entry, rejected ones too. Inputs apply at the next frame in
/// the order received; of several actions before one frame the last wins and the earlier ones are traced as coalesced
/// into it (the agent takes one action per frame). Pause, resume, step, reset and ratings act at the next tick even
/// while paused; everything else received while paused waits and applies with the next generated frame (step or
/// resume). Prompts over <see cref="SessionOptions.MaxPromptLength"/> characters, mark labels over
/// <see cref="SessionOptions.MaxLabelLength"/>, unknown actions, presets and modes,
/// images that are not PNG, ratings outside 1 to 5 and inputs beyond <see cref="SessionOptions.MaxPendingInputs"/>
/// waiting for one frame are rejected with a message; the session carries on. The trace keeps at most
/// <see cref="StoredText.MaxPayloadLength"/> characters of a payload (and its length), so a rejected input costs little.
/// </remarks>
public sealed partial class WorldSession
{
    /// <summary>Receives <paramref name="input"/>: validates it, traces it and queues it for the next frame.</summary>
    /// <returns>Its sequence number, and why it was rejected if it was.</returns>
    public InputReceipt Submit(SessionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var received = NowMs;
        var warnings = new List<string>();
        string? error;
        object? parsed = null;
        try
        {
            parsed = Parse(input, warnings);
            error = _disposed ? "The session has ended." : Interlocked.Increment(ref _pending) > Options.MaxPendingInputs
                ? $"Too many inputs waiting for the next frame (limit {Options.MaxPendingInputs}); this one was not applied."
                : null;
            if (error is not null && !_disposed)
            {
                Interlocked.Decrement(ref _pending);
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or PngFormatException)
        {
            error = e.Message;
        }
        var payload = input.Kind == InputKind.Image ? $"{input.Payload} ({input.Image?.Length ?? 0} bytes)" : input.Payload;
        var seq = _trace.Receive(input.KindName, payload, received, error);
        if (error is null)
        {
            _queue.Enqueue(new Queued(seq, input, parsed));
        }
        return new InputReceipt(seq, error, warnings);
    }

    private object? Parse(SessionInput input, List<string> warnings)
    {
        var text = input.Payload?.Trim() ?? "";
        switch (input.Kind)
        {
            case InputKind.Action:
                return AgentActions.TryParse(text, out var action) ? action
                    : throw new ArgumentException($"Unknown action '{StoredText.Quote(text)}': expected one of {string.Join(", ", AgentActions.All.Select(a => a.Name()))}.");
            case InputKind.Prompt:
                if (text.Length == 0 || text.Length > SessionOptions.MaxPromptLength)
                {
                    throw new ArgumentException($"A prompt must have 1 to {SessionOptions.MaxPromptLength} characters; this one has {text.Length}.");
                }
                warnings.AddRange(PromptParser.Parse(text, ScenePresets.Default).Warnings.Select(w => w.Message));
                return text;
            case InputKind.Preset:
                if (!ScenePresets.IsKnown(text))
                {
                    throw new ArgumentException($"Unknown preset '{StoredText.Quote(text)}': expected one of {string.Join(", ", ScenePresets.Names)}.");
                }
                var preset = text.ToLowerInvariant();
                if (_prompt is { } prompt)
                {
                    // Said, not silently done: the prompt's weather, time and objects are part of the scene a preset replaces.
                    warnings.Add($"Preset {preset} replaces the whole scene: the prompt '{prompt}' no longer applies (send it again to apply it to {preset}).");
                }
                return preset;
            case InputKind.Mode:
                return QualityMode.Parse(text);
            case InputKind.Image:
                var png = input.Image is { Length: > 0 } bytes ? bytes : throw new ArgumentException("An image input needs PNG bytes.");
                return ImageResize.ToSquare(PngDecoder.Decode(png, input.Payload), Size);
            case InputKind.Reset:
                return text.Length == 0 ? Options.Seed : int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
            case InputKind.Rate:
                return ParseRating(text);
            case InputKind.Inject:
                return SessionInput.ParseInjection(text);
            case InputKind.Mark:
                return text.Length is > 0 and <= SessionOptions.MaxLabelLength ? text
                    : throw new ArgumentException($"A mark label must have 1 to {SessionOptions.MaxLabelLength} characters; this one has {text.Length}.");
            default:
                return null;
        }
    }

    private static (int Score, long? Frame) ParseRating(string text)
    {
        var parts = text.Split('@');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
        {
            throw new ArgumentException($"A rating is a score from 1 to 5, optionally '@frame'; got '{StoredText.Quote(text)}'.");
        }
        long? frame = parts.Length == 2 ? long.Parse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
        return (score, frame);
    }
}
