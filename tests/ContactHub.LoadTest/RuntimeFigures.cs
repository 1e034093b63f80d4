namespace ContactHub.LoadTest;

/// <summary>What the hub's /diagnostics/runtime answers (mapped only when Diagnostics:Expose is true).</summary>
public sealed record RuntimeFigures(long AllocatedBytes, long WorkingSet, int Gen0Collections, int Gen1Collections, int Gen2Collections, long GcPauseMilliseconds, long JitCompiledMethods);
