namespace ContactHub.Hub.Tests.Compliance;

public sealed class WeChatCompliance(WeChatComplianceFixture fixture) : ChannelCompliance<WeChatComplianceFixture>(fixture);
