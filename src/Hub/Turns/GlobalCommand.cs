namespace ContactHub.Hub.Turns;

public enum GlobalCommand
{
    None = 0,
    Menu,
    Cancel,
    Help,
    Agent,
}
