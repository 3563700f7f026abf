using System.Text.Json;
using Research.Engine.Files;
using Research.Engine.Imaging;
using Research.Engine.Simulation;

namespace Research.Cli.Commands;

/// <summary>
/// The simulator's files: sampled frames as PNG, a strip of them, and one JSON line of ground truth per
/// frame. Written into an <see cref="OutputDirectory"/> and swapped into place by <see cref="Complete"/>, so an
/// interrupted run leaves no half-written output, and a folder that is not a previous simulation is never replaced.
/// </summary>
internal sealed class SimulationOutput : IDisposable
{
    /// <summary>Recorded in the folder's manifest: only a folder written by this command is ever replaced by it.</summary>
    public const string Producer = "research simulate";

    /// <summary>What a simulation folder held before manifests: such a folder is still taken as a previous output.</summary>
    private static readonly string[] LegacyFiles = ["state.jsonl", "strip.png", "frames/*.png"];

    private const int StripFrames = 48;
    private readonly int _size;
    private readonly OutputDirectory _output;
    private readonly string _staging;
    private readonly StreamWriter _state;
    private readonly List<byte[]> _strip = [];

    /// <exception cref="OutputDirectoryException"><paramref name="directory"/> holds something this command did not write.</exception>
    public SimulationOutput(string directory, int size)
    {
        _output = OutputDirectory.Begin(directory, Producer, LegacyFiles);
        _size = size;
        _staging = _output.Staging;
        System.IO.Directory.CreateDirectory(Path.Combine(_staging, "frames"));
        _state = new StreamWriter(Path.Combine(_staging, "state.jsonl"));
    }

    /// <summary>Checks, before any work, that the output could be written to <paramref name="directory"/>.</summary>
    /// <exception cref="OutputDirectoryException">It holds something this command did not write.</exception>
    public static void EnsureWritable(string directory) => OutputDirectory.EnsureReplaceable(directory, Producer, LegacyFiles);

    public string Directory => _output.Target;

    public int SampledFrames { get; private set; }

    public void Write(SimulatedFrame frame, bool sample)
    {
        var s = frame.State;
        _state.WriteLine(JsonSerializer.Serialize(new
        {
            frame = s.Frame,
            tick = frame.Tick.Index,
            action = frame.Tick.Action.ToString().ToLowerInvariant(),
            agent = new { x = s.Agent.X, y = s.Agent.Y, facing = new[] { s.Agent.FacingX, s.Agent.FacingY }, dashing = s.Agent.Dashing },
            camera = new[] { s.CameraX, s.CameraY },
            visibleTiles = new[] { s.VisibleTiles.X0, s.VisibleTiles.Y0, s.VisibleTiles.X1, s.VisibleTiles.Y1 },
            objects = s.Objects.Where(o => o.Active).Select(o => new[] { o.Id, o.X, o.Y }),
            scene = s.Scene.Describe(),
            inputs = frame.Inputs.Select(i => new { i.Sequence, i.Kind, i.Payload }),
        }));
        if (!sample)
        {
            return;
        }
        SampledFrames++;
        File.WriteAllBytes(Path.Combine(_staging, "frames", $"{s.Frame:D6}.png"), PngEncoder.Encode(frame.Rgb, _size, _size));
        if (_strip.Count < StripFrames)
        {
            _strip.Add(frame.Rgb);
        }
    }

    public void Complete()
    {
        _state.Dispose();
        if (_strip.Count > 0)
        {
            var (rgb, width, height) = FrameStrip.Compose(_strip, _size, 8);
            File.WriteAllBytes(Path.Combine(_staging, "strip.png"), PngEncoder.Encode(rgb, width, height));
        }
        _output.Commit();
    }

    public void Dispose()
    {
        _state.Dispose();
        _output.Dispose();
    }
}
