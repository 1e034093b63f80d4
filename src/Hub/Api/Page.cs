namespace ContactHub.Hub.Api;

/// <summary>One page of a list: the items, how many match in all, and the limit and offset used.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
