namespace Research.Engine.Reports;

/// <summary>Which corner of a cost-versus-quality plot is best, for drawing the Pareto front.</summary>
public enum ParetoGoal
{
    /// <summary>No front is drawn.</summary>
    None,

    /// <summary>Lower x and higher y are better, e.g. ms/frame against PSNR or SSIM.</summary>
    LowerXHigherY,

    /// <summary>Lower x and lower y are better, e.g. ms/frame against LPIPS or an error.</summary>
    LowerXLowerY,
}
