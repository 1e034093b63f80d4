namespace ContactHub.LoadTest;

/// <summary>Average Redis bytes per conversation: its state hash, every key now, and the keys that outlive a day.</summary>
public sealed record RedisFootprintFigures(double StateBytes, double AllBytes, double IdleBytes);
