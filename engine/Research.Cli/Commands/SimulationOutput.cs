using System.Text.Json;
using Research.Engine.Imaging;
using Research.Engine.Simulation;

namespace Research.Cli.Commands;

/// <summary>
/// The simulator's files: sampled frames as PNG, a strip of them, and one JSON line of ground truth per
/// frame. Written under a temporary name and moved into place by <see cref="Complete"/>, so an
/// interrupted run leaves no half-written output.
/// </summary>
internal sealed class SimulationOutput : IDisposable
{
    private const int StripFrames = 48;
    private readonly int _size;
    private readonly string _staging;
    private readonly StreamWriter _state;
    private readonly List<byte[]> _strip = [];
    private bool _completed;

    public SimulationOutput(string directory, int size)
    {
        Directory = Path.GetFullPath(directory);
        _size = size;
        _staging = Directory.TrimEnd(Path.DirectorySeparatorChar) + $".partial-{Environment.ProcessId}";
        if (System.IO.Directory.Exists(_staging))
        {
            System.IO.Directory.Delete(_staging, recursive: true);
        }
        System.IO.Directory.CreateDirectory(Path.Combine(_staging, "frames"));
        _state = new StreamWriter(Path.Combine(_staging, "state.jsonl"));
    }

    public string Directory { get; }

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
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Directory)!);
        System.IO.Directory.Move(_staging, Directory);
        _completed = true;
    }

    public void Dispose()
    {
        _state.Dispose();
        if (!_completed && System.IO.Directory.Exists(_staging))
        {
            System.IO.Directory.Delete(_staging, recursive: true);
        }
    }
}
