using System.CommandLine;
using System.Globalization;
using Research.Engine.Compute;
using Research.Engine.Datasets;
using Research.Engine.Evaluation;
using Research.Engine.Files;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Storage;
using Spectre.Console;
using TorchSharp;

namespace Research.Cli.Commands;

/// <summary><c>research eval</c>: error accumulation of free rollouts against the ground truth, per variant.</summary>
internal static class EvalCommand
{
    /// <summary>Where the shipped models live, relative to the repository root.</summary>
    public const string ModelsDirectory = "engine/models";

    /// <summary>Recorded in the output folder's manifest: only a folder written by this command is ever replaced by it.</summary>
    private const string Producer = "research eval";

    /// <summary>What an evaluation folder held before manifests.</summary>
    private static readonly string[] LegacyFiles = ["eval-summary.json", "eval-frames.csv", "eval-summary.csv", "eval-report.html", "eval-report.md"];

    public static Command Create()
    {
        var checkpoint = new Option<string>("--checkpoint") { Description = "Model to evaluate.", DefaultValueFactory = _ => Path.Combine(ModelsDirectory, "default") };
        var scenario = new Option<string?>("--scenario") { Description = "Evaluate on a scenario (e.g. datasets/scenarios/revisit-loop.json) instead of held-out dataset episodes." };
        var seeds = new Option<int>("--seeds") { Description = "With --scenario: world seeds to replay it in (the scenario's seed and the next ones).", DefaultValueFactory = _ => 3 };
        var modes = new Option<string>("--modes") { Description = "Quality modes, comma-separated.", DefaultValueFactory = _ => "fast,balanced,quality" };
        var ablations = new Option<bool>("--ablations") { Description = "Also run each mitigation switched off: at inference (refinement, context noise, memory) and the models trained without one (engine/models/no-noise, no-unroll, no-mitigations)." };
        var ablationDir = new Option<string>("--ablation-dir") { Description = "Where the ablation models are.", DefaultValueFactory = _ => ModelsDirectory };
        var episodes = new Option<int>("--episodes") { Description = "Without --scenario: held-out episodes (a dataset seed training never used).", DefaultValueFactory = _ => 12 };
        var horizon = new Option<int>("--horizon") { Description = "Frames generated per episode (at most the scenario's length).", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "Without --scenario: seed of the evaluation dataset (training uses 11).", DefaultValueFactory = _ => 9001 };
        var noise = new Option<string>("--noise-sweep") { Description = "Inference context noise levels to sweep in the balanced mode, comma-separated (e.g. 0,0.05,0.1,0.2).", DefaultValueFactory = _ => "" };
        var controlStride = new Option<int>("--control-stride") { Description = "One step from a true frame (one-step PSNR, controllability) at every N-th transition; 1 for all.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for TorchSharp." };
        var output = new Option<string?>("--out") { Description = "Output directory (default: <data-dir>/reports/eval-<checkpoint>)." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("eval", "Roll models out free-running against the ground-truth world and measure error accumulation: CSV, report and stored runs.")
        {
            checkpoint, scenario, seeds, modes, ablations, ablationDir, episodes, horizon, seed, noise, controlStride, threads, output, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            var options = new EvalOptions { Horizon = parse.GetValue(horizon), ControlStride = parse.GetValue(controlStride) };
            options.Validate();
            var count = parse.GetValue(episodes);
            if (count is < 1 or > 1000 || parse.GetValue(seeds) is < 1 or > 100)
            {
                throw new ArgumentException($"--episodes must be 1 to 1000 and --seeds 1 to 100.");
            }
            var sweep = ParseSweep(parse.GetValue(noise)!);
            var qualityModes = parse.GetValue(modes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(QualityMode.Parse).ToList();
            if (parse.GetValue(threads) is { } n)
            {
                Research.Engine.Compute.ComputeThreads.Set(n);
            }
            var data = CommonOptions.ResolveDataDir(parse, dataDir);
            var mainPath = parse.GetValue(checkpoint)!;
            // Before any model loads: a bad scenario, or an output folder that is not a previous evaluation, fails first.
            var script = parse.GetValue(scenario) is { } scenarioPath ? ScenarioLoader.Load(scenarioPath) : null;
            var outDirectory = parse.GetValue(output) ?? Path.Combine(data, "reports", $"eval-{EvalPlan.Label(mainPath)}");
            using var written = OutputDirectory.Begin(outDirectory, Producer, LegacyFiles);
            var device = ComputeDevice.Select();
            var (model, metadata) = Checkpoint.Load(mainPath, device);
            using var owned = model;
            var trained = new List<TrainedAblation>();
            using var ownedAblations = new DisposableList();
            if (parse.GetValue(ablations))
            {
                foreach (var (name, noNoise, noRefine) in EvalPlan.ShippedAblations)
                {
                    var path = Path.Combine(parse.GetValue(ablationDir)!, name);
                    if (!Directory.Exists(path))
                    {
                        AnsiConsole.MarkupLineInterpolated($"[yellow]ablation model {path} not found: skipped[/]");
                        continue;
                    }
                    var loaded = Checkpoint.Load(path, device).Model;
                    ownedAblations.Add(loaded);
                    trained.Add(new TrainedAblation(path, loaded, noNoise, noRefine));
                }
            }
            var size = metadata.Model.FrameSize;
            IReadOnlyList<EvalEpisode> evalEpisodes;
            string provenance;
            if (script is not null)
            {
                evalEpisodes = [.. Enumerable.Range(0, parse.GetValue(seeds)).Select(i => EvalEpisode.FromScenario(script with { Seed = script.Seed + i }, size, i))];
                options = options with { Horizon = Math.Min(options.Horizon, evalEpisodes.Min(e => e.Frames.Count) - 1) };
                provenance = $"Scenario {script.SourcePath} in world seeds {script.Seed} to {script.Seed + evalEpisodes.Count - 1}.";
            }
            else
            {
                var directory = Path.Combine(data, "datasets", string.Create(CultureInfo.InvariantCulture, $"eval-s{parse.GetValue(seed)}-{count}x{options.Horizon + 1}-{size}"));
                if (!File.Exists(Path.Combine(directory, DatasetManifest.FileName)))
                {
                    new DatasetGenerator(new DatasetOptions
                    {
                        OutputDirectory = directory, Episodes = count, FramesPerEpisode = options.Horizon + 1, FrameSize = size, Seed = parse.GetValue(seed), ExploreFraction = 0.75,
                    }).Generate(cancellationToken: cancellation);
                }
                evalEpisodes = EvalEpisode.Load(directory, options.Horizon + 1);
                provenance = $"Held-out episodes: {directory} (dataset seed {parse.GetValue(seed)}; training used seed 11).";
            }
            var variants = EvalPlan.Variants(model, mainPath, qualityModes, parse.GetValue(ablations) ? trained : null, sweep);
            AnsiConsole.MarkupLineInterpolated($"evaluating {variants.Count} variants on {evalEpisodes.Count} episodes x {options.Horizon} frames, {torch.get_num_threads()} threads. {provenance}");
            var results = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("rollouts", maxValue: variants.Count * evalEpisodes.Count);
                    var done = 0;
                    return new RolloutEvaluator(options).Run(variants, evalEpisodes, new Progress(p =>
                    {
                        task.Value = ++done;
                        task.Description = $"{p.Variant} {p.Done}/{evalEpisodes.Count}";
                    }), cancellation);
                });
            var reference = RolloutEvaluator.Reference(model, evalEpisodes, stride: 5, cancellation);
            AnsiConsole.MarkupLineInterpolated($"{EvalPlan.Label(mainPath)} on these episodes: one step from a true frame {reference.OneStepPsnr:F2} dB against {reference.CopyPsnr:F2} dB for copying the last frame ({reference.Frames} frames)");
            provenance += $" One step of {EvalPlan.Label(mainPath)} from a true frame here: {reference.OneStepPsnr.ToString("F2", CultureInfo.InvariantCulture)} dB, against {reference.CopyPsnr.ToString("F2", CultureInfo.InvariantCulture)} dB for copying the last frame ({reference.Frames} frames).";
            File.WriteAllText(Path.Combine(written.Staging, "eval-frames.csv"), EvalOutputs.FramesCsv(results));
            File.WriteAllText(Path.Combine(written.Staging, "eval-summary.csv"), EvalOutputs.SummaryCsv(results, options));
            File.WriteAllText(Path.Combine(written.Staging, "eval-summary.json"), EvalOutputs.SummaryJson(results, options, evalEpisodes.Count));
            using (var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = data }))
            {
                EvalOutputs.Store(store, results, options, evalEpisodes.Count, TimeProvider.System);
            }
            var report = EvalReport.Build(results, options, evalEpisodes.Count,
                $"Models: {string.Join(", ", variants.Select(v => v.Checkpoint).Distinct())}. {provenance}");
            Research.Engine.Reports.HtmlReport.WriteAtomically(report, Path.Combine(written.Staging, "eval-report.html"));
            File.WriteAllText(Path.Combine(written.Staging, "eval-report.md"), Research.Engine.Reports.MarkdownReport.Render(report));
            written.Commit();
            WriteTable(results, options);
            AnsiConsole.MarkupLineInterpolated($"[green]results in[/] {written.Target}");
            return 0;
        }));
        return command;
    }

    private static List<float> ParseSweep(string text)
    {
        var levels = new List<float>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!float.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var level) || level is < 0 or > 1)
            {
                throw new ArgumentException($"--noise-sweep: '{part}' is not a noise level from 0 to 1.");
            }
            levels.Add(level);
        }
        return levels;
    }

    private static void WriteTable(IReadOnlyList<VariantResult> results, EvalOptions options)
    {
        var last = options.Horizon;
        var table = new Table().AddColumns("variant", "PSNR@1", "PSNR@30", $"PSNR@{last}", $"SSIM@{last}", $"agent err@{last} px", "action acc", "onset", "revisit PSNR", "black", "ms/frame");
        foreach (var r in results)
        {
            var s = r.Summary(options);
            var psnr = VariantResult.Mean(r.Psnr);
            var ssim = VariantResult.Mean(r.Ssim);
            var agent = VariantResult.Median(r.AgentError);
            table.AddRow(
                Markup.Escape(r.Variant.Name), F(psnr[Math.Min(1, last)]), F(psnr[Math.Min(30, last)]), F(psnr[last]), F(ssim[last], "0.000"), F(agent[last]),
                Percent(r.ActionAccuracy), F(s["divergence_onset"], "0"), F(s["revisit_psnr"]), F(s["black_frames"], "0"), F(r.MillisecondsPerFrame));
        }
        AnsiConsole.Write(table);
        var targets = new Table().AddColumns(
            "variant", "1-step PSNR", "ΔPSNR", $"arena@{last}", $"explore given@{last}", $"explore seen@{last}", $"explore@{last}", $"oracle@{last}",
            $"agent ≤{options.AgentKeptWithin.ToString("0.#", CultureInfo.InvariantCulture)}px@{last}", "moving/idle/blocked acc");
        foreach (var r in results)
        {
            var s = r.Summary(options);
            var a = r.Actions;
            targets.AddRow(
                Markup.Escape(r.Variant.Name), F(s["one_step_psnr"]), F(s["control_delta_psnr"]), F(Get(s, $"psnr_arena_at_{last}")), F(Get(s, $"psnr_explore_given_at_{last}")),
                F(Get(s, $"psnr_explore_seen_at_{last}")), F(Get(s, $"psnr_explore_at_{last}")), F(Get(s, $"oracle_psnr_explore_at_{last}")),
                $"{F(s[$"agent_kept_at_{last}"], "0")}/{r.Episodes.Count}",
                $"{Percent(a.Accuracy)} of {a.Moving} / {Percent(a.IdleAccuracy)} / {Percent(a.BlockedAccuracy)}");
        }
        AnsiConsole.Write(targets);
    }

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : F(100 * share, "0.0") + "%";

    private static double Get(IReadOnlyDictionary<string, double> summary, string key) => summary.GetValueOrDefault(key, double.NaN);

    private static string F(double value, string format = "0.00") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Disposes the models it holds.</summary>
    private sealed class DisposableList : List<IDisposable>, IDisposable
    {
        public void Dispose() => ForEach(d => d.Dispose());
    }

    /// <summary>Reports on the caller's thread, in order.</summary>
    private sealed class Progress(Action<(string Variant, int Done)> report) : IProgress<(string Variant, int Done)>
    {
        public void Report((string Variant, int Done) value) => report(value);
    }
}
