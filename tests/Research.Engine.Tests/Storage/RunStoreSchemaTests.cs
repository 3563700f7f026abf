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
        SchemaMigration[] migrations =
        [
            new(2, "third", _ => applied.Add(2)),
            new(0, "first", _ => applied.Add(0)),
            new(1, "second", db => { applied.Add(1); db.GetCollection(RunStoreSchema.Runs).EnsureIndex("Name", "$.Name"); }),
        ];
        var options = new RunStoreOptions { DataDirectory = _directory.Path };

        // Act
        new LiteDbRunStore(options, TimeProvider.System, 3, migrations).Dispose();
        new LiteDbRunStore(options, TimeProvider.System, 3, migrations).Dispose();

        // Assert
        Assert.Equal([1, 2], applied);
        using var db = new LiteDatabase(new ConnectionString { Filename = _directory.File(LiteDbRunStore.DatabaseFileName), ReadOnly = true });
        Assert.Equal(3, db.UserVersion);
    }
}
