using Research.Engine.Files;

namespace Research.Engine.Tests.Files;

public sealed class SafeNameTests
{
    [Theory]
    [InlineData("revisit-loop")]
    [InlineData("no_mitigations.v2")]
    [InlineData("A1")]
    public void IsValid_PlainSlug_True(string name) => Assert.True(SafeName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("../../victim")]
    [InlineData("/tmp/victim")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("trailing.")]
    [InlineData("with space")]
    [InlineData("C:victim")]
    [InlineData("ümlaut")]
    public void IsValid_PathOrOddName_False(string name) => Assert.False(SafeName.IsValid(name));

    [Fact]
    public void IsValid_LongerThanLimit_False() => Assert.False(SafeName.IsValid(new string('a', SafeName.MaxLength + 1)));

    [Fact]
    public void Child_Traversal_ThrowsNamingWhat()
    {
        var error = Assert.Throws<ArgumentException>(() => SafeName.Child("/data/simulations", "../../victim", "scenario name"));

        Assert.Contains("scenario name '../../victim'", error.Message);
    }

    [Fact]
    public void Child_Slug_PathInsideFolder() =>
        Assert.Equal(Path.GetFullPath("/data/simulations/revisit-loop"), SafeName.Child("/data/simulations", "revisit-loop", "scenario name"));
}
