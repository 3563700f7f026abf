using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Research.Engine.Reports;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

// Not Research.Workbench.Tests.KpiReport: that namespace would hide the KpiReport page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class KpiReportExportEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Get_Filters_SelfContainedHtmlDownloadOfTheFilteredRuns()
    {
        using var factory = Factory();
        var store = factory.Services.GetRequiredService<IRunStore>();
        var kept = AddRun(store, "fast");
        var dropped = AddRun(store, "quality");
        using var client = factory.CreateClient();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.GetAsync(new Uri($"/report/export.html?mode=fast&from={today}&to={today}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("kpi-report-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(PlotlyJs.Script, html, StringComparison.Ordinal);
        Assert.Contains("Launch checklist: KPI report", html, StringComparison.Ordinal);
        Assert.Contains(kept, html, StringComparison.Ordinal);
        Assert.DoesNotContain(dropped, html, StringComparison.Ordinal);
        Assert.Contains("mode fast", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mode=turbo", "Unknown mode 'turbo'")]
    [InlineData("from=2026-11-05&to=2026-11-01", "The date window is empty")]
    [InlineData("from=yesterday", "'from' must be a day as yyyy-MM-dd")]
    [InlineData("scenario=..%2F..%2Fetc%2Fpasswd", "Scenario must be up to 100 letters")]
    public async Task Get_InvalidFilter_BadRequestWithTheReason(string query, string reason)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/report/export.html?{query}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private static string AddRun(IRunStore store, string mode)
    {
        var run = store.CreateRun(new NewRun { Kind = "session", Scenario = "prompt-storm", QualityMode = mode });
        store.WriteSummary(new KpiSummary { RunId = run.Id, Frame = 10, Values = new Dictionary<string, double> { ["first_response_p95_ms"] = 70 } });
        store.CompleteRun(run.Id, RunStatus.Completed);
        return run.Id;
    }

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
}
