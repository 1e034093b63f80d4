namespace ContactHub.Hub.Endpoints;

public sealed record RuntimeFigures(long AllocatedBytes, long WorkingSet, int Gen0Collections, int Gen2Collections);
