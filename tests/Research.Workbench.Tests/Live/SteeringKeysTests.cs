using Research.Engine.World;
using Research.Workbench.Live;

namespace Research.Workbench.Tests.Live;

public sealed class SteeringKeysTests
{
    [Theory]
    [InlineData("KeyW", AgentAction.Up)]
    [InlineData("ArrowUp", AgentAction.Up)]
    [InlineData("KeyS", AgentAction.Down)]
    [InlineData("ArrowDown", AgentAction.Down)]
    [InlineData("KeyA", AgentAction.Left)]
    [InlineData("ArrowLeft", AgentAction.Left)]
    [InlineData("KeyD", AgentAction.Right)]
    [InlineData("ArrowRight", AgentAction.Right)]
    [InlineData("ShiftLeft", AgentAction.Dash)]
    public void Map_SteeringKey_Action(string code, AgentAction expected) => Assert.Equal(expected, SteeringKeys.Map(code));

    [Theory]
    [InlineData("KeyQ")]
    [InlineData("Enter")]
    [InlineData("")]
    public void Map_OtherKey_Null(string code) => Assert.Null(SteeringKeys.Map(code));

    [Fact]
    public void Down_SteeringKey_SendsActionAndHoldsIt()
    {
        var keys = new SteeringKeys();

        var action = keys.Down("KeyW");

        Assert.Equal(AgentAction.Up, action);
        Assert.True(keys.IsHeld(AgentAction.Up));
    }

    [Fact]
    public void Down_AlreadyHeld_Null()
    {
        var keys = new SteeringKeys();
        keys.Down("KeyW");

        Assert.Null(keys.Down("KeyW"));
    }

    [Fact]
    public void Up_LastKeyReleased_Idle()
    {
        var keys = new SteeringKeys();
        keys.Down("ArrowLeft");

        Assert.Equal(AgentAction.Idle, keys.Up("ArrowLeft"));
        Assert.Empty(keys.Held);
    }

    [Fact]
    public void Up_AnotherStillHeld_ThatAction()
    {
        var keys = new SteeringKeys();
        keys.Down("KeyW");
        keys.Down("KeyD");

        Assert.Equal(AgentAction.Up, keys.Up("KeyD"));
    }

    [Fact]
    public void Up_KeyNotHeld_Null() => Assert.Null(new SteeringKeys().Up("KeyW"));

    [Fact]
    public void ReleaseAll_KeysHeld_IdleAndEmpty()
    {
        var keys = new SteeringKeys();
        keys.Down("KeyW");
        keys.Down("KeyA");

        Assert.Equal(AgentAction.Idle, keys.ReleaseAll());
        Assert.Empty(keys.Held);
        Assert.Null(keys.ReleaseAll());
    }
}
