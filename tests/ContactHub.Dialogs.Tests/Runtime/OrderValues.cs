namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class OrderValues
{
    public string? Name { get; set; }

    public decimal Quantity { get; set; }

    public bool Express { get; set; }
}
