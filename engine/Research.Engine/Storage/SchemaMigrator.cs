using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Brings a run store file to the schema version of this build, or refuses a file it cannot read.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the migrations from the file's version up to <paramref name="targetVersion"/>, stamping each step.</summary>
    /// <returns>The version the file had before.</returns>
    /// <exception cref="RunStoreException">The file is newer than <paramref name="targetVersion"/>, or is another program's LiteDB database.</exception>
    public static int Migrate(LiteDatabase db, string path, int targetVersion, IReadOnlyList<SchemaMigration> migrations)
    {
        var version = db.UserVersion;
        if (version > targetVersion)
        {
            throw new RunStoreException(
                RunStoreFailure.NewerSchema,
                path,
                $"The run store {path} has schema version {version}, but this build of the workbench reads schema versions up to {targetVersion}. " +
                "It was written by a newer workbench: update this one, or pass another --data-dir. The file was left unchanged.");
        }
        if (version < 0)
        {
            throw NotARunStore(path, $"its schema version is {version}");
        }
        if (version == 0)
        {
            var foreign = db.GetCollectionNames().Where(name => !RunStoreSchema.KnownCollections.Contains(name)).Order(StringComparer.Ordinal).ToList();
            if (foreign.Count > 0)
            {
                throw NotARunStore(path, $"it is another program's LiteDB database (collections: {string.Join(", ", foreign)})");
            }
        }
        for (var from = version; from < targetVersion; from++)
        {
            var step = migrations.SingleOrDefault(m => m.FromVersion == from)
                ?? throw new InvalidOperationException($"The run store schema has no migration from version {from} to {from + 1}.");
            step.Apply(db);
            db.UserVersion = from + 1;
        }
        return version;
    }

    private static RunStoreException NotARunStore(string path, string reason) => new(
        RunStoreFailure.NotARunStore,
        path,
        $"The file {path} is not a run store: {reason}. It was left unchanged; move it away or pass another --data-dir.");
}
