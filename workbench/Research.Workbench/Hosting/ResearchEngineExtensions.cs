using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using Research.Engine.Sessions;
using SessionOptions = Research.Engine.Sessions.SessionOptions;
using Research.Engine.Storage;
using Research.Workbench.Experiments;

namespace Research.Workbench.Hosting;

/// <summary>Wires the research engine into a host (the engine itself has no dependency injection).</summary>
public static class ResearchEngineExtensions
{
    /// <summary>
    /// Registers <see cref="TimeProvider.System"/>, one <see cref="LiteDbRunStore"/> per process, the default model
    /// (loaded once, on first use), the real-time <see cref="SessionHost"/> with its hosted loop, the
    /// <see cref="SessionRegistry"/>, one <see cref="LiveCircuit"/> per circuit (its <see cref="CircuitHandler"/>), the background sweeps of the Experiments page, and the validated <see cref="WorkbenchOptions"/> from <paramref name="configuration"/>.
    /// </summary>
    public static IServiceCollection AddResearchEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkbenchOptions>().Bind(configuration.GetSection(WorkbenchOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkbenchOptions>, WorkbenchOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRunStore>(sp => new LiteDbRunStore(
            new RunStoreOptions { DataDirectory = DataDirectory.Resolve(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.DataDirectory) },
            sp.GetRequiredService<TimeProvider>()));
        // Publishes workbench.json in the data folder while the app runs: where notebooks ask for run snapshots.
        services.AddHostedService<WorkbenchAddressPublisher>();
        services.AddSingleton(sp => new Lazy<LoadedModel>(() =>
            LoadedModel.Load(RepositoryRoot.ModelDirectory(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.ModelDirectory))));
        services.AddSingleton(sp => new SessionHost(sp.GetRequiredService<TimeProvider>(), new SessionOptions().TargetFps));
        services.AddHostedService<SessionHostService>();
        services.AddSingleton<SessionRegistry>();
        // The Live page's session ends a few seconds after its tab's connection drops, not when Blazor drops the circuit.
        services.AddScoped<LiveCircuit>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<LiveCircuit>());
        services.AddSweeps();
        return services;
    }
}
