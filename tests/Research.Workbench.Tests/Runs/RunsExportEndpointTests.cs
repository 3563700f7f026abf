using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class RunsExportEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Get_Filters_FilteredRunsAsQuotedCsv()
    {
        using var factory = Factory();
        var store = factory.Services.GetRequiredService<IRunStore>();
        store.CreateRun(new NewRun { Id = "run-a", Kind = "session", Name = "night, \"long\"", Scenario = "revisit-loop", Tags = ["b"] });
        store.CompleteRun("run-a", RunStatus.Completed);
        store.CreateRun(new NewRun { Id = "run-b", Kind = "session", Scenario = "revisit-loop", Tags = ["b"] });
        store.CreateRun(new NewRun { Id = "run-c", Kind = "session", Scenario = "prompt-storm", Tags = ["b"] });
        store.CompleteRun("run-c", RunStatus.Completed);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/runs/export.csv?status=completed&scenario=revisit-loop&tag=b", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n");
        Assert.Equal("id,kind,name,scenario,seed,quality_mode,checkpoint,status,created_at,ended_at,last_frame,tags,modes", lines[0]);
        Assert.StartsWith("run-a,session,\"night, \"\"long\"\"\",revisit-loop,,,,Completed,", lines[1], StringComparison.Ordinal);
        Assert.Equal([""], lines[2..]); // Only run-a, then the last line's CRLF.
    }

    [Fact]
    public async Task Get_ModeCheckpointAndDays_OnlyMatchingRuns()
    {
        using var factory = Factory();
        var store = factory.Services.GetRequiredService<IRunStore>();
        store.CreateRun(new NewRun { Id = "run-fast", Kind = "session", QualityMode = "fast", Checkpoint = "ckpt-1" });
        store.CreateRun(new NewRun { Id = "run-quality", Kind = "session", QualityMode = "quality", Checkpoint = "ckpt-1" });
        // A day either side, so the test holds across midnight.
        var (from, to) = (Day(-1), Day(1));
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync(new Uri($"/runs/export.csv?mode=FAST&checkpoint=ckpt-1&from={from}&to={to}", UriKind.Relative), TestContext.Current.CancellationToken);
        var before = await client.GetStringAsync(new Uri("/runs/export.csv?to=2000-01-01", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(["run-fast"], csv.Split("\r\n")[1..^1].Select(line => line.Split(',')[0]));
        Assert.Equal([""], before.Split("\r\n")[1..]);
    }

    [Theory]
    [InlineData("from=2026-02-30")]
    [InlineData("to=next-week")]
    [InlineData("from=2026-11-05&to=2026-11-01")]
    public async Task Get_InvalidDays_BadRequest(string query)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/runs/export.csv?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownStatus_BadRequest()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/runs/export.csv?status=sleeping", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();

    private static string Day(int offset) => DateTime.UtcNow.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
}
