using Research.Engine.Compute;
using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>Differentiable image operations of a step: shifting a frame by the camera's move, and drawing soft position maps.</summary>
public static class FrameWarp
{
    /// <summary>
    /// The frames (B, C, S, S) seen from a camera moved by <paramref name="shift"/> (B, 2) pixels: output pixel (x, y)
    /// samples input (x + dx, y + dy) bilinearly, so sub-pixel moves are representable and the move is learnable
    /// through the image loss. Also returns how much of each output pixel lay outside the input (the revealed border).
    /// </summary>
    public static (Tensor Warped, Tensor Revealed) Shift(Tensor frames, Tensor shift)
    {
        using var scope = NewDisposeScope();
        var (batch, channels, size) = (frames.shape[0], frames.shape[1], frames.shape[2]);
        var tx = shift[.., 0] * Scalars.Constant(2.0 / size);
        var ty = shift[.., 1] * Scalars.Constant(2.0 / size);
        var one = ones_like(tx);
        var zero = zeros_like(tx);
        var theta = stack([stack([one, zero, tx], 1), stack([zero, one, ty], 1)], 1);
        var grid = nn.functional.affine_grid(theta, [batch, channels, size, size], align_corners: false);
        var warped = nn.functional.grid_sample(frames, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Border, align_corners: false);
        var inside = nn.functional.grid_sample(ones(batch, 1, size, size, device: frames.device), grid.detach(), GridSampleMode.Bilinear, GridSamplePaddingMode.Zeros, align_corners: false);
        return (warped.MoveToOuterDisposeScope(), inside.neg().Plus(Scalars.Constant(1)).MoveToOuterDisposeScope());
    }

    /// <summary>Gaussian maps (B, K, S, S) around points (B, K, 2) in view pixels, one width per map (K).</summary>
    public static Tensor Spots(Tensor points, float[] widths, int size)
    {
        using var scope = NewDisposeScope();
        var centres = Scalars.Range(size, ScalarType.Float32, points.device).Plus(Scalars.Constant(0.5));
        var dx = centres.view(1, 1, 1, size) - points[.., .., 0].unsqueeze(-1).unsqueeze(-1);
        var dy = centres.view(1, 1, size, 1) - points[.., .., 1].unsqueeze(-1).unsqueeze(-1);
        var w = tensor(widths, device: points.device).view(1, -1, 1, 1);
        return exp((dx * dx).Plus(dy * dy).neg() / (Scalars.Constant(2) * w * w)).MoveToOuterDisposeScope();
    }
}
