namespace ContactHub.Hub.Tests.Compliance;

public sealed class SmsCompliance(SmsComplianceFixture fixture) : ChannelCompliance<SmsComplianceFixture>(fixture);
