namespace Research.Engine.Evaluation;

/// <summary>How an evaluation runs and what its summary figures mean.</summary>
public sealed record EvalOptions
{
    /// <summary>Frames generated per episode after the start frame.</summary>
    public int Horizon { get; init; } = 300;

    /// <summary>Horizons reported in the summary (those beyond <see cref="Horizon"/> are skipped).</summary>
    public IReadOnlyList<int> ReportHorizons { get; init; } = [1, 10, 30, 100, 300];

    /// <summary>Mean PSNR below which a rollout counts as diverged (see <see cref="EvalSummary"/>).</summary>
    public double DivergencePsnr { get; init; } = 20;

    /// <summary>Frames the mean PSNR must stay below <see cref="DivergencePsnr"/> for the onset to count.</summary>
    public int DivergenceRun { get; init; } = 10;

    /// <summary>Error charged when the agent cannot be found in a generated frame: the view's side in pixels at 64x64.</summary>
    public double LostAgentError { get; init; } = 64;

    /// <summary>A return must come at least this many frames after the first visit.</summary>
    public int RevisitGap { get; init; } = 60;

    /// <summary>In between, the view must have moved at least this far (world units) from the place.</summary>
    public float RevisitAway { get; init; } = 32;

    /// <summary>Views within this many world units on both axes count as the same place.</summary>
    public float RevisitTolerance { get; init; } = 2;

    /// <summary>One-step and controllability figures are measured at every this-many-th transition.</summary>
    /// <remarks>5; 1 measures every transition (three model steps each, so it costs about three rollouts).</remarks>
    public int ControlStride { get; init; } = 5;

    /// <summary>An episode keeps its agent at a horizon when the agent error there is at most this many pixels.</summary>
    /// <remarks>3 px (at 64 px a pixel is a world unit; the agent's radius is 3).</remarks>
    public double AgentKeptWithin { get; init; } = 3;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        if (Horizon is < 1 or > 10_000)
        {
            throw new ArgumentException($"horizon is {Horizon}; allowed 1 to 10000.");
        }
        if (ControlStride < 1 || AgentKeptWithin < 0)
        {
            throw new ArgumentException("controlStride must be at least 1 and agentKeptWithin not negative.");
        }
        if (DivergenceRun < 1 || RevisitGap < 1 || RevisitAway <= 0 || RevisitTolerance < 0)
        {
            throw new ArgumentException("divergenceRun and revisitGap must be at least 1, revisitAway positive and revisitTolerance not negative.");
        }
    }
}
