namespace Research.Engine.Storage;

/// <summary>
/// Opens the runs of a data folder for reading from another process than the one that may own it: directly when
/// <c>runs.db</c> is free, else through a fresh snapshot from the running workbench that holds it (see
/// <see cref="WorkbenchAddress"/>), else a clear error.
/// </summary>
public static class RunStoreAccess
{
    /// <summary>Opens the runs in <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">The data folder (e.g. the workbench's).</param>
    /// <param name="http">Client for the snapshot request (default: a new one with a 2-minute timeout).</param>
    /// <param name="cancellationToken">Cancels the snapshot request.</param>
    /// <exception cref="FileNotFoundException">The folder has no <c>runs.db</c>.</exception>
    /// <exception cref="RunStoreException">The file is held by a process that publishes no snapshot, or the snapshot failed.</exception>
    public static async Task<OpenedRuns> OpenAsync(string dataDirectory, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetFullPath(dataDirectory);
        var database = Path.Combine(directory, LiteDbRunStore.DatabaseFileName);
        if (!File.Exists(database))
        {
            throw new FileNotFoundException($"No run store in {directory}: {LiteDbRunStore.DatabaseFileName} does not exist.", database);
        }
        try
        {
            return new OpenedRuns(new LiteDbRunStore(new RunStoreOptions { DataDirectory = directory }), $"{database} (direct)", null);
        }
        catch (RunStoreException e) when (e.Failure == RunStoreFailure.InUse)
        {
            if (WorkbenchAddress.Read(directory) is not { } address || !address.IsAlive())
            {
                throw new RunStoreException(RunStoreFailure.InUse, database,
                    $"{e.Message} No running workbench publishes its address in {Path.Combine(directory, WorkbenchAddress.FileName)}, so no snapshot can be taken: stop that process, or start the workbench on this data folder.", e);
            }
            return await FromWorkbenchAsync(address, database, http, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<OpenedRuns> FromWorkbenchAsync(WorkbenchAddress address, string database, HttpClient? http, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(address.Url.TrimEnd('/') + "/"), WorkbenchAddress.SnapshotPath.TrimStart('/'));
        var folder = Path.Combine(Path.GetTempPath(), $"research-snapshot-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        using var owned = http is null ? new HttpClient { Timeout = TimeSpan.FromMinutes(2) } : null;
        try
        {
            using var response = await (http ?? owned!).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new RunStoreException(RunStoreFailure.InUse, database,
                    $"{database} is held by the workbench (pid {address.Pid}), and its snapshot request {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            var file = Path.Combine(folder, LiteDbRunStore.DatabaseFileName);
            await using (var target = File.Create(file))
            {
                await response.Content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }
            return new OpenedRuns(new LiteDbRunStore(new RunStoreOptions { DataDirectory = folder }), $"snapshot of {database} from the workbench at {address.Url}", folder);
        }
        catch (HttpRequestException e)
        {
            Directory.Delete(folder, recursive: true);
            throw new RunStoreException(RunStoreFailure.InUse, database,
                $"{database} is held by the workbench (pid {address.Pid}), which did not answer at {url}: {e.Message}", e);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }
}
