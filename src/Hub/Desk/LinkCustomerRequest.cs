namespace ContactHub.Hub.Desk;

/// <param name="Mobile">The customer's mobile as they gave it (13900001234 or +8613900001234).</param>
public sealed record LinkCustomerRequest(string? Mobile);
