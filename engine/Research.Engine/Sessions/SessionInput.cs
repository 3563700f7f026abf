using System.Globalization;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>One steering or control input to a live session, as a client sends it.</summary>
/// <param name="Kind">What the input does.</param>
/// <param name="Payload">Its argument as text (see <see cref="InputKind"/>); empty when it has none.</param>
/// <param name="Image">PNG bytes of an <see cref="InputKind.Image"/> input.</param>
public sealed record SessionInput(InputKind Kind, string Payload = "", byte[]? Image = null)
{
    /// <summary>Hold <paramref name="action"/>.</summary>
    public static SessionInput Act(AgentAction action) => new(InputKind.Action, action.Name());

    /// <summary>Switch the prompt to <paramref name="text"/>.</summary>
    public static SessionInput Prompt(string text) => new(InputKind.Prompt, text);

    /// <summary>Switch to preset <paramref name="name"/>.</summary>
    public static SessionInput Preset(string name) => new(InputKind.Preset, name);

    /// <summary>Switch to quality mode <paramref name="name"/>.</summary>
    public static SessionInput Mode(string name) => new(InputKind.Mode, name);

    /// <summary>Re-anchor on the PNG image <paramref name="png"/>, called <paramref name="name"/> in the trace.</summary>
    public static SessionInput AnchorImage(byte[] png, string name = "image") => new(InputKind.Image, name, png);

    /// <summary>A control input without argument (pause, resume, step, soft reset).</summary>
    public static SessionInput Control(InputKind kind) => new(kind);

    /// <summary>A hard reset, to <paramref name="seed"/> or the session's seed.</summary>
    public static SessionInput Reset(int? seed = null) => new(InputKind.Reset, seed?.ToString(CultureInfo.InvariantCulture) ?? "");

    /// <summary>Rate the consistency of frame <paramref name="frame"/> (or the newest frame) with <paramref name="score"/> (1 to 5).</summary>
    public static SessionInput Rate(int score, long? frame = null) =>
        new(InputKind.Rate, frame is { } f ? string.Create(CultureInfo.InvariantCulture, $"{score}@{f}") : score.ToString(CultureInfo.InvariantCulture));

    /// <summary>Inject Gaussian noise of size <paramref name="magnitude"/> into the latent or the frame.</summary>
    public static SessionInput Inject(Models.PerturbTarget target, float magnitude) =>
        new(InputKind.Inject, string.Create(CultureInfo.InvariantCulture, $"{target.ToString().ToLowerInvariant()}:{magnitude}"));

    /// <summary>Name the place in view <paramref name="label"/>.</summary>
    public static SessionInput Mark(string label) => new(InputKind.Mark, label);

    /// <summary>The trace name of the kind (camelCase, as in scenario files).</summary>
    public string KindName => char.ToLowerInvariant(Kind.ToString()[0]) + Kind.ToString()[1..];

    /// <summary>Reads an injection payload, <c>latent:size</c> or <c>frame:size</c>.</summary>
    /// <exception cref="ArgumentException">The text is not one of those, or the size is negative or not finite.</exception>
    public static (Models.PerturbTarget Target, float Magnitude) ParseInjection(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !Enum.TryParse<Models.PerturbTarget>(parts[0], ignoreCase: true, out var target)
            || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var size) || !float.IsFinite(size) || size < 0)
        {
            throw new ArgumentException($"An injection is 'latent:size' or 'frame:size' with a size of at least 0; got '{Storage.StoredText.Quote(text)}'.");
        }
        return (target, size);
    }
}
