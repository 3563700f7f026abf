namespace Research.Notebooks.Display;

/// <summary>One displayed value as Jupyter stores it: its representations by MIME type (text/plain always among them).</summary>
/// <param name="Data">Representations by MIME type; binary ones (image/png) base64 encoded, JSON ones as JSON text.</param>
public sealed record OutputBundle(IReadOnlyDictionary<string, string> Data)
{
    /// <summary>The MIME type of chart figure JSON, which Jupyter front ends with a Plotly renderer draw natively.</summary>
    public const string PlotlyMime = "application/vnd.plotly.v1+json";
}
