namespace Research.Engine.Reports;

/// <summary>The style sheet and the small script every HTML report carries.</summary>
public static partial class HtmlReport
{
    private const string StyleSheet = """
        body { margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 960px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.7rem; margin: 0 0 1rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #ddd; }
        p { margin: .5rem 0; max-width: 75ch; }
        figure.chart { margin: 1rem 0; }
        .plot { width: 100%; height: 420px; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
        th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        td.num { text-align: right; }
        @page { margin: 15mm; }
        @media print {
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          figure.chart, table { break-inside: avoid; }
          .modebar-container { display: none !important; }
          th { background: none; }
        }

        """;

    // One render function for every chart; before printing, plots are resized to the printed page width.
    private const string RenderScript = """
        function renderFigure(id, figure) {
          Plotly.newPlot(id, figure.data, figure.layout, { responsive: true, displaylogo: false });
        }
        window.addEventListener("beforeprint", function () {
          document.querySelectorAll(".plot").forEach(function (plot) { Plotly.Plots.resize(plot); });
        });

        """;
}
