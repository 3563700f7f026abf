using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Research.Notebooks.Running;

/// <summary>
/// The script options of the .NET Interactive C# kernel: script parse mode, latest language version, the kernel's
/// default imports, references to the whole process (framework, engine, Research.Notebooks and their packages), and
/// debug information so runtime errors carry the cell's line numbers.
/// </summary>
internal static class ScriptSetup
{
    /// <summary>The namespaces the kernel imports into every cell.</summary>
    public static readonly ImmutableArray<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, ImmutableHashSet<string> Names)> Host = new(LoadHost);

    /// <summary>Simple names of the assemblies the process can load (its trusted platform assemblies).</summary>
    public static ISet<string> HostAssemblies => Host.Value.Names;

    public static ScriptOptions Options(string cellFile) =>
        ScriptOptions.Default
            .WithReferences(Host.Value.References)
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFilePath(cellFile)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithAllowUnsafe(true)
            .WithCheckOverflow(false);

    private static (ImmutableArray<MetadataReference>, ImmutableHashSet<string>) LoadHost()
    {
        // The kernel references the whole shared framework and what it loaded; the runner's process holds exactly the
        // framework plus the engine, Research.Notebooks and their packages, so its trusted assemblies are that set.
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var references = paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        var names = paths.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        return (references, names);
    }
}
