using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

public sealed record ComplaintClassification(ComplaintCategory Category, ComplaintSeverity Severity);
