using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

public sealed class FaviconEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Get_FaviconSvg_ServedAsSvg()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(FaviconEndpoint.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FaviconIco_RedirectedToTheSvgNot404()
    {
        using var factory = Factory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(FaviconEndpoint.Path, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_Page_LinksTheIconWhichIsServed()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/runs", UriKind.Relative), TestContext.Current.CancellationToken);

        var link = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\"[^>]* href=\"([^\"]+)\"");
        Assert.True(link.Success, html[..Math.Min(html.Length, 600)]);
        using var icon = await client.GetAsync(new Uri("/" + link.Groups[1].Value.TrimStart('/'), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _data.Dispose();

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
}
