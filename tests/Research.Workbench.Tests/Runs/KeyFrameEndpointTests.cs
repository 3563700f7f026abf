using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Research.Engine.Imaging;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class KeyFrameEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Theory]
    [InlineData("model", 30)]
    [InlineData("truth", 31)]
    [InlineData("error", 32)]
    public async Task Get_Panel_ThatPanelOfNearestKeyFrameAtOrBefore(string panel, byte fill)
    {
        using var factory = Factory();
        StoredRuns.Add(factory.Services.GetRequiredService<IRunStore>(), "run-a", frames: 100);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/runs/run-a/keyframes/45.png?panel={panel}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["30"], response.Headers.GetValues("X-Key-Frame"));
        var image = PngDecoder.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(new RgbImage(StoredRuns.PanelSize, StoredRuns.PanelSize, Enumerable.Repeat(fill, StoredRuns.PanelSize * StoredRuns.PanelSize * 3).ToArray()), image);
    }

    [Fact]
    public async Task Get_NoPanel_WholeStoredStrip()
    {
        using var factory = Factory();
        StoredRuns.Add(factory.Services.GetRequiredService<IRunStore>(), "run-a", frames: 100);
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("/runs/run-a/keyframes/60.png", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(StoredRuns.KeyFrame(60), bytes);
    }

    [Theory]
    [InlineData("/runs/nobody/keyframes/30.png", HttpStatusCode.NotFound)]
    [InlineData("/runs/run-a/keyframes/-1.png", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/abc.png", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/1e3.png", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/100.png", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/99999999999.png", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/30.png?panel=depth", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/30.png?panel=1", HttpStatusCode.BadRequest)]
    [InlineData("/runs/run-a/keyframes/29.png", HttpStatusCode.NotFound)]
    public async Task Get_InvalidRequest_RefusedWithStatus(string url, HttpStatusCode expected)
    {
        using var factory = Factory();
        StoredRuns.Add(factory.Services.GetRequiredService<IRunStore>(), "run-a", frames: 100);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
}
