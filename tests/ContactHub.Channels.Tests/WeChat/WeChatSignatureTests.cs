using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatSignatureTests
{
    private static readonly DateTimeOffset DocNow = DateTimeOffset.FromUnixTimeSeconds(1715943329);

    [Theory]
    [InlineData("AAAAA", "1715943329", "1590219412", "cc0c594499c1634947d5b502f158ee518947db27")]
    [InlineData("pamtest", "1409304348", "xxxxxx", "76480565cbe296026c53aaacd1ad523a1ddba24f")]
    public void ComputesThePlainSignatureOfTheReference(string token, string timestamp, string nonce, string expected)
    {
        Assert.Equal(expected, WeChatSignature.Compute(token, timestamp, nonce));
    }

    [Fact]
    public void AcceptsTheServerCheckOfTheOfficialDoc()
    {
        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.Verify("AAAAA", "1715943329", "1590219412", "cc0c594499c1634947d5b502f158ee518947db27", DocNow));
    }

    [Theory]
    [InlineData("cc0c594499c1634947d5b502f158ee518947db28")]
    [InlineData("CC0C594499C1634947D5B502F158EE518947DB27")]
    [InlineData("cc0c594499c1634947d5b502f158ee518947db2")]
    [InlineData("12345")]
    public void RejectsABadSignature(string signature)
    {
        Assert.Equal(WeChatSignatureStatus.Mismatch, WeChatSignature.Verify("AAAAA", "1715943329", "1590219412", signature, DocNow));
    }

    [Fact]
    public void RejectsASignatureMadeWithAnotherToken()
    {
        var signature = WeChatSignature.Compute("BBBBB", "1715943329", "1590219412");

        Assert.Equal(WeChatSignatureStatus.Mismatch, WeChatSignature.Verify("AAAAA", "1715943329", "1590219412", signature, DocNow));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86400)]
    public void RejectsATimestampMoreThan300SecondsFromNow(int offsetSeconds)
    {
        var now = DocNow.AddSeconds(offsetSeconds);

        Assert.Equal(
            WeChatSignatureStatus.StaleTimestamp,
            WeChatSignature.Verify("AAAAA", "1715943329", "1590219412", "cc0c594499c1634947d5b502f158ee518947db27", now));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void AcceptsATimestampAtTheEdgeOfTheWindow(int offsetSeconds)
    {
        Assert.True(WeChatSignature.IsFresh("1715943329", DocNow.AddSeconds(offsetSeconds)));
    }

    [Theory]
    [InlineData("-1715943329")]
    [InlineData("1715943329.0")]
    [InlineData("abc")]
    public void RejectsATimestampThatIsNotUnixSeconds(string timestamp)
    {
        Assert.False(WeChatSignature.IsFresh(timestamp, DocNow));
    }

    [Theory]
    [InlineData(null, "1590219412", "cc0c594499c1634947d5b502f158ee518947db27")]
    [InlineData("1715943329", "", "cc0c594499c1634947d5b502f158ee518947db27")]
    [InlineData("1715943329", "1590219412", null)]
    public void ReportsMissingParameters(string? timestamp, string? nonce, string? signature)
    {
        Assert.Equal(WeChatSignatureStatus.Missing, WeChatSignature.Verify("AAAAA", timestamp, nonce, signature, DocNow));
    }

    [Fact]
    public void RejectsAMsgSignatureOverATamperedEncrypt()
    {
        var encrypt = WeChatFixtures.Parse("vector-e-safe.xml").Encrypt!;

        Assert.Equal(
            WeChatSignatureStatus.Mismatch,
            WeChatSignature.VerifyMessage("AAAAA", "1715943329", "1590219412", "x" + encrypt, "6c12a4205838198b8fa631b3220723bb07f1015c", DocNow));
    }

    [Fact]
    public void RejectsTheSafeModePushWhenCheckedWithThePlainSignatureAsMsgSignature()
    {
        var encrypt = WeChatFixtures.Parse("vector-e-safe.xml").Encrypt!;

        Assert.Equal(
            WeChatSignatureStatus.Mismatch,
            WeChatSignature.VerifyMessage("AAAAA", "1715943329", "1590219412", encrypt, "cc0c594499c1634947d5b502f158ee518947db27", DocNow));
    }
}
