using Plotly.NET;

namespace Research.Engine.Reports;

/// <summary>
/// The plotly.js bundle embedded in the Plotly.NET assembly, read once per process. Reports inline it so they open
/// without a network; the same script serves every chart of a page.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Bundle = new(Load);

    /// <summary>The plotly.js version Plotly.NET embeds (and writes figures for).</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    /// <summary>The minified script, starting with its licence banner.</summary>
    public static string Script => Bundle.Value;

    /// <summary>A string the bundle contains exactly once (its banner): lets tests count copies in a page.</summary>
    public static string Banner => $"plotly.js v{Version}";

    private static string Load()
    {
        // Plotly.NET reads the same resource for PlotlyJSReference.Full, but only inside a whole single-chart page.
        var name = $"Plotly.NET.plotly-{Version}.min.js";
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Plotly.NET assembly has no embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            // Would end the inline <script> element early; plotly.js 2.28.0 has none, a future bundle might.
            throw new InvalidOperationException($"plotly.js {Version} contains '</script' and cannot be inlined as is.");
        }
        return script;
    }
}
