using Research.Engine.Imaging;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>A free rollout beside the ground truth: the contact sheet and the per-frame quality.</summary>
/// <param name="Image">Rows of model | ground truth | error map, every few frames.</param>
/// <param name="Quality">PSNR per frame.</param>
/// <param name="MeanPsnr">Mean PSNR over the generated frames, in dB.</param>
/// <param name="Frames">Frames generated.</param>
public sealed record RolloutStrip(RgbImage Image, LineChart Quality, double MeanPsnr, int Frames);
