using System.CommandLine;
using System.Globalization;
using System.Text;
using Research.Engine.Compute;
using Research.Engine.Evaluation;
using Research.Engine.Files;
using Research.Engine.Imaging;
using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.Reports;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research rollout</c>: the world model plays a scenario beside the ground truth; a strip of model | truth | error.</summary>
internal static class RolloutCommand
{
    /// <summary>Recorded in the output folder's manifest: only a folder written by this command is ever replaced by it.</summary>
    private const string Producer = "research rollout";

    /// <summary>What a rollout folder held before manifests.</summary>
    private static readonly string[] LegacyFiles = ["frames.csv", "rollout.png"];

    public static Command Create()
    {
        var checkpoint = new Option<string>("--checkpoint") { Description = "Model.", DefaultValueFactory = _ => Path.Combine(EvalCommand.ModelsDirectory, "default") };
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: the embedded revisit-loop scenario)." };
        var mode = new Option<string>("--mode") { Description = "Quality mode: fast, balanced or quality.", DefaultValueFactory = _ => "balanced" };
        var image = new Option<string?>("--image") { Description = "Start from this PNG instead of the world's first frame (centre-cropped and resized to the model's size)." };
        var every = new Option<int>("--every") { Description = "Every how many frames a row goes into the strip.", DefaultValueFactory = _ => 30 };
        var frames = new Option<int?>("--frames") { Description = "Frames to generate (default: the whole scenario)." };
        var output = new Option<string?>("--out") { Description = "Output directory (default: <data-dir>/rollouts/<scenario>-<mode>)." };
        var threads = CommonOptions.Threads();
        var dataDir = CommonOptions.DataDir();
        var command = new Command("rollout", "Run the world model free on a scenario's inputs beside the ground-truth world; write a strip (model | truth | error) and per-frame PSNR, SSIM and agent error.")
        {
            checkpoint, scenario, mode, image, every, frames, output, threads, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            CommonOptions.ApplyThreads(parse.GetValue(threads));
            NumericsConfiguration.ThrowIfRefused();
            var qualityMode = QualityMode.Parse(parse.GetValue(mode)!);
            var stride = parse.GetValue(every);
            if (stride < 1)
            {
                throw new ArgumentException($"--every must be at least 1, not {stride}.");
            }
            var script = SimulateCommand.LoadScenario(parse.GetValue(scenario));
            var directory = parse.GetValue(output)
                ?? SafeName.Child(Path.Combine(CommonOptions.ResolveDataDir(parse, dataDir), "rollouts"), $"{script.Name}-{qualityMode.Name}", "scenario name");
            // Before the model loads: a folder that is not a previous rollout is refused, never replaced.
            using var written = OutputDirectory.Begin(directory, Producer, LegacyFiles);
            var (model, _) = Checkpoint.Load(parse.GetValue(checkpoint)!, ComputeDevice.Select());
            using var owned = model;
            var size = model.Config.FrameSize;
            var episode = EvalEpisode.FromScenario(script, size, 0);
            var count = Math.Min(parse.GetValue(frames) ?? int.MaxValue, episode.Frames.Count - 1);
            if (count < 1)
            {
                throw new ArgumentException($"--frames must be at least 1; the scenario has {episode.Frames.Count - 1} frames.");
            }
            var start = parse.GetValue(image) is { } png ? ImageResize.ToSquare(PngDecoder.DecodeFile(png), size) : episode.Frames[0];
            using var rollout = new ModelRollout(model, qualityMode);
            rollout.Start(start, episode.StartPose);
            var strip = new List<byte[]> { start, episode.Frames[0], ImageQuality.ErrorMap(start, episode.Frames[0], size) };
            var csv = new StringBuilder("frame,psnr,ssim,agent_error,frame_sha256\n");
            double psnrSum = 0;
            for (var t = 1; t <= count; t++)
            {
                cancellation.ThrowIfCancellationRequested();
                var output64 = rollout.Step(episode.Actions[t], episode.PromptTokens[t]);
                var generated = rollout.OutputSize == size ? output64 : ImageResize.ToSquare(new RgbImage(rollout.OutputSize, rollout.OutputSize, output64), size);
                var truth = episode.Frames[t];
                var psnr = ImageQuality.Psnr(generated, truth);
                psnrSum += psnr;
                var found = AgentLocator.Locate(generated, size);
                var error = found.DistanceTo(episode.Agents[t].X, episode.Agents[t].Y);
                csv.Append(CultureInfo.InvariantCulture, $"{t},{CsvNumber.Format(psnr, "F3")},{CsvNumber.Format(ImageQuality.Ssim(generated, truth, size), "F4")},{CsvNumber.Format(error, "F2")},{FrameHash(output64)}\n");
                if (t % stride == 0)
                {
                    strip.AddRange([generated, truth, ImageQuality.ErrorMap(generated, truth, size)]);
                }
            }
            var (rgb, width, height) = FrameStrip.Compose(strip, size, 3);
            File.WriteAllBytes(Path.Combine(written.Staging, "rollout.png"), PngEncoder.Encode(rgb, width, height));
            File.WriteAllText(Path.Combine(written.Staging, "frames.csv"), csv.ToString());
            written.Commit();
            AnsiConsole.MarkupLineInterpolated($"{count} frames in {qualityMode.Name} mode: mean PSNR {psnrSum / count:F2} dB against the ground truth");
            AnsiConsole.MarkupLineInterpolated($"[green]strip (rows: model | truth | error, every {stride} frames)[/] {Path.Combine(written.Target, "rollout.png")}");
            return 0;
        }));
        return command;
    }

    /// <summary>First 16 hex digits of the frame's SHA-256: frames.csv then proves byte-identical frames, not only equal metrics.</summary>
    internal static string FrameHash(byte[] frame) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(frame))[..16].ToLowerInvariant();
}
