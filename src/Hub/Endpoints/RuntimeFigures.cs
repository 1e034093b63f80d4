namespace ContactHub.Hub.Endpoints;

public sealed record RuntimeFigures(long AllocatedBytes, long WorkingSet, int Gen0Collections, int Gen1Collections, int Gen2Collections, long GcPauseMilliseconds, long JitCompiledMethods);
