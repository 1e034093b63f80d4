using BenchmarkDotNet.Attributes;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Benchmarks;

/// <summary>What understanding one customer message costs on the turn path, in Chinese and in English.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly BilingualRecognizer _recognizer = new();

    [Benchmark]
    public RecognizerResult ChineseBooking() => _recognizer.Recognize("你好，帮我约一下明天下午三点的保养，车牌京A12345", "zh-CN", Now);

    [Benchmark]
    public RecognizerResult EnglishBooking() => _recognizer.Recognize("Can I book a service for next Tuesday morning?", "en", Now);

    [Benchmark]
    public RecognizerResult ShortReply() => _recognizer.Recognize("好的", "zh-CN", Now);
}
