using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>
/// One frame record of an episode. Record 0 is the initial view (its action is <see cref="AgentAction.Idle"/>
/// and was not applied); record t &gt; 0 is the world after applying <see cref="PromptChange"/> (if any) and
/// then stepping once with <see cref="Action"/>. So a model predicts record t's frame from record t-1's
/// frame, record t's action and record t's prompt.
/// </summary>
public sealed record EpisodeRecord
{
    /// <summary>Position in the episode; equals <see cref="WorldState.Frame"/> of <see cref="State"/>.</summary>
    public required int Index { get; init; }

    /// <summary>The action stepped to reach this record (Idle and not applied for record 0).</summary>
    public required AgentAction Action { get; init; }

    /// <summary>What the steering policy was doing when it chose <see cref="Action"/>.</summary>
    public required SteeringMode Mode { get; init; }

    /// <summary>The prompt applied just before this record's step, or null when the prompt did not change.</summary>
    public string? PromptChange { get; init; }

    /// <summary>The prompt in effect: the latest change up to and including this record; empty before the first.</summary>
    public required string Prompt { get; init; }

    /// <summary>Token ids of <see cref="Prompt"/> (see <see cref="PromptVocabulary"/>).</summary>
    public required IReadOnlyList<int> PromptTokens { get; init; }

    /// <summary>Ground truth after the step; its scene is the header's preset with every prompt so far applied.</summary>
    public required WorldState State { get; init; }

    /// <summary>The rendered view, <c>FrameSize</c> x <c>FrameSize</c> RGB, row-major, 3 bytes a pixel.</summary>
    public required byte[] Frame { get; init; }
}
