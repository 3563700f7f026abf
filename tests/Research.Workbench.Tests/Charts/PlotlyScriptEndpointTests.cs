using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Research.Engine.Reports;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Charts;

public sealed class PlotlyScriptEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Get_Script_ServesEmbeddedPlotlyWithVersionTag()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(PlotlyScriptEndpoint.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"plotly-{PlotlyJs.Version}\"", response.Headers.ETag?.Tag);
        var script = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(PlotlyJs.Banner, script, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
