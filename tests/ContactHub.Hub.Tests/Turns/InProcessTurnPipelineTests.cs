namespace ContactHub.Hub.Tests.Turns;

public sealed class InProcessTurnPipelineTests : TurnPipelineContract
{
    protected override string? Redis => null;
}
