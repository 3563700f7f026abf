using Research.Engine.Compute;
using TorchSharp;

namespace Research.Engine.Tests.Compute;

[Collection(TorchCollection.Name)]
public sealed class ComputeDeviceTests
{
    [Fact]
    public void Select_Cpu_RunsRealMatmul()
    {
        var device = ComputeDevice.Select(DevicePreference.Cpu);
        using var scope = torch.NewDisposeScope();

        var a = Scalars.Range(6, torch.float32, device).reshape(2, 3);
        var b = torch.ones(3, 2, device: device);
        var product = torch.matmul(a, b);

        Assert.Equal(new float[] { 3, 3, 12, 12 }, product.data<float>().ToArray());
    }

    [Theory]
    [InlineData("CPU", DevicePreference.Cpu)]
    [InlineData(" auto ", DevicePreference.Auto)]
    [InlineData("cuda", DevicePreference.Cuda)]
    public void ParsePreference_KnownNames_Parsed(string text, DevicePreference expected)
    {
        Assert.Equal(expected, ComputeDevice.ParsePreference(text));
    }

    [Fact]
    public void ParsePreference_UnknownName_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ComputeDevice.ParsePreference("tpu"));
        Assert.Contains("'tpu'", error.Message);
    }
}
