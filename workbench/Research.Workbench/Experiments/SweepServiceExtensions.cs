using Microsoft.Extensions.Options;
using Research.Workbench.Hosting;

namespace Research.Workbench.Experiments;

/// <summary>Wires the Experiments page's background sweeps into a host.</summary>
public static class SweepServiceExtensions
{
    /// <summary>
    /// Registers the <see cref="SweepCatalog"/> (datasets/scenarios under the repository root, the configured or default
    /// checkpoint) and one <see cref="SweepService"/>, which is also the hosted service that runs the sweeps.
    /// </summary>
    public static IServiceCollection AddSweeps(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value;
            var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
            string models;
            try
            {
                models = RepositoryRoot.ModelDirectory(options.ModelDirectory);
            }
            catch (InvalidOperationException)
            {
                // Outside a clone with no model configured: the app still starts, and the planner says the checkpoint is missing.
                models = Path.Combine(root, "engine", "models", SweepCatalog.DefaultCheckpoint);
            }
            return new SweepCatalog(Path.Combine(root, "datasets", "scenarios"), models);
        });
        services.AddSingleton<SweepService>();
        services.AddHostedService(sp => sp.GetRequiredService<SweepService>());
        return services;
    }
}
