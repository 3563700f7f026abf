using Research.Workbench.Hosting;

namespace Research.Workbench.Tests;

/// <summary>The shipped default model, loaded once for every test that needs a live session.</summary>
internal static class SharedModel
{
    private static readonly Lazy<LoadedModel> Loaded = new(() =>
        LoadedModel.Load(RepositoryRoot.ModelDirectory(null)));

    public static Lazy<LoadedModel> Instance
    {
        get
        {
            _ = Loaded.Value;
            return Loaded;
        }
    }
}
