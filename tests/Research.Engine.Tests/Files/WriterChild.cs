using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Research.Engine.Files;

namespace Research.Engine.Tests.Files;

/// <summary>
/// The child process of <see cref="KilledWriterTests"/>: this test assembly started again with
/// <see cref="Variable"/> set writes versions of an output folder and of a file in a loop, printing each version
/// once it is in place, until killed (or for a given count).
/// </summary>
internal static class WriterChild
{
    /// <summary><c>folder</c> or <c>folder|count</c>: where to write, and how many versions (default: until killed).</summary>
    public const string Variable = "RESEARCH_TEST_WRITER_CHILD";

    public const string Producer = "research writer-child";

    public static readonly string[] Files = ["a.bin", "b.bin", "sub/c.bin"];

#pragma warning disable CA2255 // The test host is the application here; the child never reaches the test runner.
    [ModuleInitializer]
    internal static void OnLoaded()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value)
        {
            var parts = value.Split('|');
            Environment.Exit(Run(parts[0], parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : int.MaxValue));
        }
    }
#pragma warning restore CA2255

    /// <summary>Version <paramref name="version"/>'s content: big enough that writing and flushing it takes a while.</summary>
    public static string Content(int version) => new StringBuilder().Insert(0, $"{version}\n", 20_000).ToString();

    private static int Run(string root, int count)
    {
        for (var version = 1; version <= count; version++)
        {
            var text = Content(version);
            using (var output = OutputDirectory.Begin(Path.Combine(root, "out"), Producer))
            {
                foreach (var file in Files)
                {
                    var path = Path.Combine(output.Staging, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, text);
                }
                output.Commit();
            }
            AtomicFile.WriteAllText(Path.Combine(root, "single.txt"), text);
            Console.Out.WriteLine(version);
            Console.Out.Flush();
        }
        return 0;
    }
}
