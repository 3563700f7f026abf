using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Opening and closing the file.</summary>
public sealed partial class LiteDbRunStore
{
    private static void CreateDataDirectory(string directory, string databasePath)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw StoreErrors.Translate(ex, databasePath, $"creating the data folder {directory}");
        }
    }

    private static LiteDatabase OpenDatabase(string path, int schemaVersion, IReadOnlyList<SchemaMigration> migrations)
    {
        DatabaseFileCheck.EnsureOpenable(path);
        LiteDatabase? db = null;
        try
        {
            var connection = new ConnectionString
            {
                Filename = path,
                Connection = ConnectionType.Direct,
                // Never let LiteDB rewrite a file it finds damaged or old: the user decides what happens to their data.
                AutoRebuild = false,
                Upgrade = false,
            };
            db = new LiteDatabase(connection, RunStoreMapper.Create());
            SchemaMigrator.Migrate(db, path, schemaVersion, migrations);
            return db;
        }
        catch (Exception ex)
        {
            if (db is not null)
            {
                CloseQuietly(db);
            }
            if (StoreErrors.IsStorageFailure(ex))
            {
                throw StoreErrors.Translate(ex, path, "opening it");
            }
            throw;
        }
    }

    private IReadOnlyList<string> MarkInterruptedRuns() => Transaction("marking runs of an ended process interrupted", () =>
    {
        var now = Now();
        var running = _runs.Find(BsonExpression.Create("$.Status = @0", nameof(RunStatus.Running))).ToList();
        foreach (var run in running)
        {
            var kept = run.LastFrame < 0 ? "It had no frames yet." : $"Frames up to {run.LastFrame} were kept.";
            var note = $"{InterruptedNote} the process writing this run ended without completing it; found when the store was opened at {now:O}. {kept}";
            _runs.Update(run with
            {
                Status = RunStatus.Interrupted,
                EndedAt = now,
                Notes = string.IsNullOrEmpty(run.Notes) ? note : run.Notes + "\n" + note,
            });
        }
        return (IReadOnlyList<string>)running.Select(run => run.Id).ToList();
    });

    private void Release()
    {
        // Fields may still be null when the constructor failed part way.
        if (_db is not null)
        {
            CloseQuietly(_db);
        }
        _fileLock?.Dispose();
    }

    private static void CloseQuietly(LiteDatabase db)
    {
        try
        {
            db.Dispose();
        }
        catch (Exception ex) when (StoreErrors.IsStorageFailure(ex))
        {
            // Closing after a failure: the failure already reported is the one that matters.
        }
    }
}
