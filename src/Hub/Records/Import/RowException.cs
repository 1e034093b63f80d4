namespace ContactHub.Hub.Records.Import;

/// <summary>A row that cannot be imported; the message is the reason shown to the user.</summary>
public sealed class RowException(string reason) : Exception(reason);
