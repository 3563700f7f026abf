using System.Text.RegularExpressions;

namespace Research.Notebooks.Running;

/// <summary>
/// The kernel directives the runner reads before Roslyn sees a cell. Each handled line becomes an empty line, so line
/// numbers in errors stay those of the cell.
/// <list type="bullet">
/// <item><c>#r "path/X.dll"</c>: when the runner's process already has an assembly named X (the engine, Research.Notebooks
/// and their dependencies), that copy is used, so types are the same as the runner's; otherwise the file is
/// referenced (a relative path is taken from the notebook's folder, as VS Code's working directory).</item>
/// <item><c>#r "nuget: Name, version"</c>: the runner downloads nothing; the line is accepted when the process has an
/// assembly named Name (Plotly.NET, Microsoft.Data.Analysis...) and rejected otherwise.</item>
/// <item><c>#!</c> magic commands (<c>#!csharp</c>, <c>#!time</c>...) and <c>#i</c> package sources are ignored.</item>
/// </list>
/// </summary>
internal static partial class CellDirectives
{
    public static string Rewrite(string source, string notebookDirectory, ISet<string> hostAssemblies, int cell)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                lines[i] = "";
                continue;
            }
            var match = Reference().Match(line);
            if (!match.Success)
            {
                continue;
            }
            var target = match.Groups["target"].Value.Trim();
            if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                var package = target["nuget:".Length..].Split(',')[0].Trim();
                lines[i] = hostAssemblies.Contains(package)
                    ? ""
                    : throw new DirectiveException(cell, i + 1,
                        $"#r \"{target}\": the runner downloads no packages and has no assembly {package}; reference the package from engine/Research.Notebooks instead.");
                continue;
            }
            var path = Path.IsPathRooted(target) ? target : Path.GetFullPath(Path.Combine(notebookDirectory, target));
            if (hostAssemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                lines[i] = "";
            }
            else if (File.Exists(path))
            {
                lines[i] = $"#r \"{path}\"";
            }
            else
            {
                throw new DirectiveException(cell, i + 1, $"#r \"{target}\": no file {path} (build the repository first: dotnet build).");
            }
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex("""^#r\s+"(?<target>[^"]+)"\s*$""")]
    private static partial Regex Reference();
}
