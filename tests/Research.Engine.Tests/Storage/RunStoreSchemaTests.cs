using LiteDB;
using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreSchemaTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Open_NewFolder_CreatesFileStampedWithCurrentSchemaVersion()
    {
        // Arrange
        var nested = Path.Combine(_directory.Path, "a", "b");

        // Act
        new LiteDbRunStore(new RunStoreOptions { DataDirectory = nested }).Dispose();

        // Assert
        using var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(nested, LiteDbRunStore.DatabaseFileName), ReadOnly = true });
        Assert.Equal(LiteDbRunStore.SchemaVersion, db.UserVersion);
    }

    [Fact]
    public void Open_NewerSchemaVersion_ThrowsNamingFileAndBothVersions()
    {
        // Arrange
        var path = _directory.File(LiteDbRunStore.DatabaseFileName);
        using (var db = new LiteDatabase(path))
        {
            db.UserVersion = LiteDbRunStore.SchemaVersion + 1;
        }
        var before = File.ReadAllBytes(path);

        // Act
        var error = Assert.Throws<RunStoreException>(() => StoreTestData.Open(_directory));

        // Assert
        Assert.Equal(RunStoreFailure.NewerSchema, error.Failure);
        Assert.Contains(path, error.Message);
        Assert.Contains($"schema version {LiteDbRunStore.SchemaVersion + 1}", error.Message);
        Assert.Contains($"up to {LiteDbRunStore.SchemaVersion}", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_OlderSchemaVersion_AppliesEachMigrationOnceInOrder()
    {
        // Arrange
        StoreTestData.Open(_directory).Dispose();
        var applied = new List<int>();
        var current = LiteDbRunStore.SchemaVersion;
        SchemaMigration[] migrations =
        [
            new(current + 1, "third", _ => applied.Add(current + 1)),
            new(current - 1, "first", _ => applied.Add(current - 1)),
            new(current, "second", db => { applied.Add(current); db.GetCollection(RunStoreSchema.Runs).EnsureIndex("Name", "$.Name"); }),
        ];
        var options = new RunStoreOptions { DataDirectory = _directory.Path };

        // Act
        new LiteDbRunStore(options, TimeProvider.System, current + 2, migrations).Dispose();
        new LiteDbRunStore(options, TimeProvider.System, current + 2, migrations).Dispose();

        // Assert
        Assert.Equal([current, current + 1], applied);
        using var db = new LiteDatabase(new ConnectionString { Filename = _directory.File(LiteDbRunStore.DatabaseFileName), ReadOnly = true });
        Assert.Equal(current + 2, db.UserVersion);
    }
}
