using Research.Engine.Files;
using Research.Engine.Models;

namespace Research.Engine.Tests.Models;

/// <summary>Saving replaces a previous checkpoint whole, and never a folder that is something else.</summary>
[Collection(TorchCollection.Name)]
public sealed class CheckpointSaveTests : IDisposable
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8 };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "research-ckpt-save-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Save_FolderHoldingOtherFiles_RefusedAndNothingDeleted()
    {
        var folder = Path.Combine(_root, "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "letter.txt"), "mine");
        using var model = new WorldModel(Small);

        var error = Assert.Throws<OutputDirectoryException>(() => Checkpoint.Save(model, folder, new CheckpointMetadata { Model = Small }));

        Assert.Contains("letter.txt", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "letter.txt")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Save_OverPreviousCheckpoint_NewOneWholeAndNoSiblingsLeft()
    {
        var folder = Path.Combine(_root, "model");
        using var model = new WorldModel(Small);
        Checkpoint.Save(model, folder, new CheckpointMetadata { Model = Small, Phase = "first" },
            new Dictionary<string, Action<string>> { ["optimizer.bin"] = path => File.WriteAllText(path, "state") });

        Checkpoint.Save(model, folder, new CheckpointMetadata { Model = Small, Phase = "second" });

        Assert.Equal("second", Checkpoint.ReadMetadata(folder).Phase);
        Assert.False(File.Exists(Path.Combine(folder, "optimizer.bin")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Save_OverCheckpointWrittenBeforeManifests_Replaced()
    {
        var folder = Path.Combine(_root, "model");
        using var model = new WorldModel(Small);
        Checkpoint.Save(model, folder, new CheckpointMetadata { Model = Small, Phase = "old" });
        File.Delete(Path.Combine(folder, ".research-output.json"));

        Checkpoint.Save(model, folder, new CheckpointMetadata { Model = Small, Phase = "new" });

        Assert.Equal("new", Checkpoint.ReadMetadata(folder).Phase);
    }

    [Fact]
    public void Delete_FolderThatIsNoCheckpoint_RefusedAndKept()
    {
        var folder = Path.Combine(_root, "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "letter.txt"), "mine");

        Assert.Throws<OutputDirectoryException>(() => Checkpoint.Delete(folder));

        Assert.True(File.Exists(Path.Combine(folder, "letter.txt")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
