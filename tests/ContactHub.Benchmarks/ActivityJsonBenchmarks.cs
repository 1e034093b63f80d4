using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ContactHub.Channels;

namespace ContactHub.Benchmarks;

/// <summary>A typical bot reply (text plus five suggested actions) through the source-generated serializer and back.</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private readonly Activity _reply = new()
    {
        Id = "0f8fad5b-d9cb-469f-a165-70867728950e|0000042",
        Timestamp = DateTimeOffset.Parse("2026-11-27T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        ChannelId = ChannelIds.WebChat,
        From = new ChannelAccount { Id = "contacthub", Name = "ContactHub", Role = "bot" },
        Recipient = new ChannelAccount { Id = "dl_8f1e2c", Role = "user" },
        Conversation = new ConversationAccount { Id = "0f8fad5b-d9cb-469f-a165-70867728950e" },
        Text = "您好，欢迎联系星途汽车4S店！请问需要什么服务？",
        Locale = "zh-CN",
        SuggestedActions = SuggestedActions.Of("预约保养", "投诉建议", "满意度回访", "人工客服", "门店信息"),
    };

    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = JsonSerializer.SerializeToUtf8Bytes(_reply, ChannelJsonContext.Default.Activity);

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_reply, ChannelJsonContext.Default.Activity);

    [Benchmark]
    public Activity? Deserialize() => JsonSerializer.Deserialize(_json, ChannelJsonContext.Default.Activity);
}
