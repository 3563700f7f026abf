namespace Research.Workbench.Tests;

public sealed class ErrorSummaryTests
{
    /// <summary>A libtorch error as TorchSharp passes it on: the reason, then libtorch's C++ stack.</summary>
    internal const string LibTorchError =
        "The size of tensor a (64) must match the size of tensor b (128) at non-singleton dimension 3\n"
        + "Exception raised from infer_size_impl at /pytorch/aten/src/ATen/ExpandUtils.cpp:31 (most recent call first):\n"
        + "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x96 (0x7f3a2c1e4b46 in /app/libc10.so)\n"
        + "frame #1: c10::detail::torchCheckFail(char const*, char const*, unsigned int, std::string const&) + 0x64 (0x7f3a2c18e6e4 in /app/libc10.so)\n"
        + "frame #2: at::infer_size_dimvector(c10::ArrayRef<long>, c10::ArrayRef<long>) + 0x3c1 (0x7f3a0d9f1c41 in /app/libtorch_cpu.so)\n";

    internal const string LibTorchReason = "The size of tensor a (64) must match the size of tensor b (128) at non-singleton dimension 3";

    [Fact]
    public void Reason_LibTorchError_FirstLineWithoutStack()
    {
        Assert.Equal(LibTorchReason, ErrorSummary.Reason(LibTorchError));
        Assert.True(ErrorSummary.HasDetails(LibTorchError));
    }

    [Fact]
    public void Reason_StackOnTheSameLine_CutBeforeIt() =>
        Assert.Equal("cell tiny fast: bad shape", ErrorSummary.Reason("cell tiny fast: bad shape Exception raised from x at y.cpp:1 (most recent call first):\nframe #0: z"));

    [Fact]
    public void Reason_OneShortLine_ItselfAndNoDetails()
    {
        Assert.Equal("cancelled", ErrorSummary.Reason("cancelled"));
        Assert.False(ErrorSummary.HasDetails("cancelled"));
        Assert.False(ErrorSummary.HasDetails(null));
    }

    [Fact]
    public void Reason_LeadingBlankLines_FirstLineWithText() =>
        Assert.Equal("disk full", ErrorSummary.Reason("\n  \ndisk full\nmore"));

    [Fact]
    public void Reason_VeryLongLine_CutWithEllipsisAndDetailsKeepIt()
    {
        var error = new string('x', 1000);

        var reason = ErrorSummary.Reason(error);

        Assert.Equal(ErrorSummary.MaxReasonLength, reason.Length);
        Assert.EndsWith("…", reason, StringComparison.Ordinal);
        Assert.True(ErrorSummary.HasDetails(error));
    }
}
