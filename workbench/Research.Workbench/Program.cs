using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Research.Engine.Compute;
using Research.Engine.Storage;
using Research.Workbench;
using Research.Workbench.Components;
using Research.Workbench.Hosting;

// Kernel configuration, thread policy and self-test before anything touches libtorch (environment.md, "Numerics").
var numerics = NumericsConfiguration.EnsureApplied();
Console.WriteLine($"Research workbench {numerics.Describe()}");
var builder = WebApplication.CreateBuilder(args);
var url = builder.Configuration[$"{WorkbenchOptions.SectionName}:{nameof(WorkbenchOptions.Url)}"] ?? WorkbenchOptions.DefaultUrl;
builder.WebHost.UseUrls(url);
// Serve MudBlazor's files from its package when run from the build output (dotnet run), not only in Development.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddResearchEngine(builder.Configuration);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();
app.UseMiddleware<AccessTokenMiddleware>();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRunsExport();
app.MapKeyFrames();
app.MapKpiReportExport();
app.MapPlotlyScript();
app.MapStoreSnapshot();
app.MapNumerics();
app.MapFavicon();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var options = app.Services.GetRequiredService<IOptions<WorkbenchOptions>>().Value;
    Console.WriteLine($"Research workbench: open {options.Url}{(options.IsLoopback ? "" : "/?token=<access token>")}");
});
try
{
    // Open the run store before listening: a data directory another process holds fails here, not on the first page.
    app.Services.GetRequiredService<IRunStore>();
    NumericsConfiguration.ThrowIfRefused();
    app.Run();
}
catch (OptionsValidationException e)
{
    // Refusing to start (say, a non-loopback address without an access token) is a message, not a crash.
    Console.Error.WriteLine($"Research workbench refused to start: {string.Join(" ", e.Failures)}");
    return 1;
}
catch (NumericsException e)
{
    Console.Error.WriteLine($"Research workbench refused to start: {e.Message}");
    return 1;
}
catch (RunStoreException e)
{
    Console.Error.WriteLine($"Research workbench could not open its run store: {e.Message}");
    return 1;
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"Research workbench could not start: {e.Message} Choose another address with --Workbench:Url=http://127.0.0.1:<port>.");
    return 1;
}
return 0;

/// <summary>The app's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
