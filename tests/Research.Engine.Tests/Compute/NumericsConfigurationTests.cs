using Research.Engine.Compute;
using TorchSharp;

namespace Research.Engine.Tests.Compute;

[Collection(TorchCollection.Name)]
public sealed class NumericsConfigurationTests
{
    [Fact]
    public void EnsureApplied_TestHost_SafeModeVerifiedWithOneDnnOff()
    {
        var state = NumericsConfiguration.EnsureApplied();

        Assert.Equal(NumericsMode.Safe, state.Mode);
        Assert.False(state.OneDnnEnabled);
        Assert.True(state.Verified, state.Describe());
    }

    [Fact]
    public void EnsureApplied_TestHost_NnpackOffExactlyWhereItCannotInitialise()
    {
        var state = NumericsConfiguration.EnsureApplied();

        // This CPU may or may not be one NNPACK knows (the machines vary): on only where it initialised.
        Assert.NotNull(state.NnpackEnabled);
        Assert.Equal(NnpackSwitch.Supported, state.NnpackEnabled);
        Assert.Contains($"NNPACK {(state.NnpackEnabled == true ? "on" : "off")}", state.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void TrySet_NnpackOffThenBack_AtenReportsEach()
    {
        var before = NumericsConfiguration.EnsureApplied().NnpackEnabled!.Value;
        try
        {
            Assert.True(NnpackSwitch.TrySet(false));
            Assert.False(NnpackSwitch.Enabled);
            Assert.True(NnpackSwitch.TrySet(true));
            Assert.True(NnpackSwitch.Enabled);
        }
        finally
        {
            NnpackSwitch.TrySet(before);
        }
    }

    [Fact]
    public void EnsureApplied_TestHost_IsaCapVisibleToNativeGetenv()
    {
        NumericsConfiguration.EnsureApplied();

        // What oneDNN reads is libc's environment, not .NET's copy of it.
        Assert.Equal(NumericsConfiguration.SafeMaxIsa, NativeEnvironment.Get("ONEDNN_MAX_CPU_ISA"));
    }

    [Fact]
    public void Set_Variable_ReachesNativeGetenvWhereManagedSetDoesNot()
    {
        var managedOnly = $"RESEARCH_TEST_MANAGED_{Guid.NewGuid():N}";
        var native = $"RESEARCH_TEST_NATIVE_{Guid.NewGuid():N}";

        Environment.SetEnvironmentVariable(managedOnly, "1");
        NativeEnvironment.Set(native, "1");

        Assert.Null(NativeEnvironment.Get(managedOnly));
        Assert.Equal("1", NativeEnvironment.Get(native));
        Assert.Equal("1", Environment.GetEnvironmentVariable(native));
    }

    [Theory]
    [InlineData(null, NumericsMode.Safe)]
    [InlineData(" Native ", NumericsMode.Native)]
    [InlineData("native-unchecked", NumericsMode.NativeUnchecked)]
    public void ParseMode_Text_Mode(string? text, NumericsMode expected) => Assert.Equal(expected, NumericsConfiguration.ParseMode(text));

    [Fact]
    public void ParseMode_Unknown_ThrowsNamingVariable() =>
        Assert.Contains(NumericsConfiguration.ModeVariable, Assert.Throws<ArgumentException>(() => NumericsConfiguration.ParseMode("fastest")).Message);

    [Fact]
    public void Run_SafeConfiguration_PassesAndRepeats()
    {
        NumericsConfiguration.EnsureApplied();

        var result = NumericsSelfTest.Run();

        Assert.True(result.Passed, result.ToString());
        Assert.True(result.Repeatable);
    }

    [Fact]
    public void Compute_Float64Reference_MatchesCommittedGoldenValues()
    {
        var reference = NumericsSelfTest.Compute(torch.ScalarType.Float64);

        Assert.True(NumericsSelfTest.MaxError(reference, NumericsGolden.Values) < 1e-6, "golden values are stale: regenerate them from Compute(Float64)");
    }

    [Fact]
    public void MaxError_NonFiniteOrWrongLength_Infinite()
    {
        var golden = NumericsGolden.Values;
        var broken = (float[])golden.Clone();
        broken[3] = float.NaN;

        Assert.Equal(double.PositiveInfinity, NumericsSelfTest.MaxError(broken, golden));
        Assert.Equal(double.PositiveInfinity, NumericsSelfTest.MaxError([.. golden.Skip(1)], golden));
        Assert.Equal(0, NumericsSelfTest.MaxError(golden, golden));
    }
}
