using System.Diagnostics;
using System.Text.Json;
using Research.Engine.Files;

namespace Research.Engine.Storage;

/// <summary>
/// Where a running workbench can be reached, published as <c>workbench.json</c> in its data folder while it runs (and
/// removed when it stops), so other processes that find <c>runs.db</c> locked can ask it for a snapshot.
/// </summary>
/// <param name="Url">A base URL on this machine, e.g. <c>http://127.0.0.1:5000</c>.</param>
/// <param name="Pid">The workbench's process id (a file left by a crashed workbench names a dead process).</param>
/// <param name="StartedAt">When the workbench started.</param>
public sealed record WorkbenchAddress(string Url, int Pid, DateTimeOffset StartedAt)
{
    /// <summary>The file name in the data folder: <c>workbench.json</c>.</summary>
    public const string FileName = "workbench.json";

    /// <summary>The workbench endpoint that returns a snapshot of its run store (a LiteDB file).</summary>
    public const string SnapshotPath = "/api/store/snapshot";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes this address into <paramref name="dataDirectory"/>, atomically.</summary>
    public void Publish(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        AtomicFile.WriteAllBytes(Path.Combine(dataDirectory, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Json));
    }

    /// <summary>The address published in <paramref name="dataDirectory"/>, or null when there is none or it cannot be read.</summary>
    public static WorkbenchAddress? Read(string dataDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkbenchAddress>(File.ReadAllBytes(Path.Combine(dataDirectory, FileName)), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Removes the address from <paramref name="dataDirectory"/> if it is the one process <paramref name="pid"/> published.</summary>
    public static void Remove(string dataDirectory, int pid)
    {
        if (Read(dataDirectory) is { } address && address.Pid == pid)
        {
            AtomicFile.TryDelete(Path.Combine(dataDirectory, FileName));
        }
    }

    /// <summary>True when the process that published the address is still running.</summary>
    public bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(Pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
