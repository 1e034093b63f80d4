using ContactHub.Channels.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsSignatureTests
{
    // §2.2 test vectors: token 12345, twilio-csharp RequestValidatorTest.cs and the Twilio docs example.
    private const string VectorToken = "12345";
    private const string VectorUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string VectorBody = "{\"property\": \"value\", \"boolean\": true}";
    private const string VectorBodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    private const string AuthToken = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
    private const string PublicUrl = "https://hub.example.com/channels/sms";

    private static readonly SmsSignature Vector = new(VectorToken);

    private static List<KeyValuePair<string, string>> VectorParams(string caller) =>
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("Caller", caller),
        new("Digits", "1234"),
        new("From", caller),
        new("To", "+18005551212"),
    ];

    [Theory]
    [InlineData("+14158675309", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("+12349013030", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]
    public void AcceptsTheDocumentedFormVectors(string caller, string signature) =>
        Assert.True(Vector.IsValid(VectorUrl, VectorParams(caller), signature));

    [Fact]
    public void TestSignerReproducesTwilioCsharpVector() =>
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioTestSigner.Sign(VectorToken, VectorUrl, VectorParams("+14158675309")));

    // §2.2 "port added" vector. Twilio 8.2.0 tries the port variation only from a URL without one, so a
    // PublicBaseUrl without :443 accepts both; one written with :443 accepts only signatures over :443.
    [Theory]
    [InlineData(VectorUrl)]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2")]
    public void AcceptsSignatureTwilioComputedOverTheUrlWithItsDefaultPort(string url) =>
        Assert.True(Vector.IsValid(url, VectorParams("+14158675309"), "kvajT1Ptam85bY51eRf/AJRuM3w="));

    [Fact]
    public void AcceptsTheDocumentedJsonBodyVector() =>
        Assert.True(Vector.IsValidJson($"{VectorUrl}&bodySHA256={VectorBodyHash}", VectorBody, "a9nBmqA0ju/hNViExpshrM61xv4="));

    [Fact]
    public void AcceptsTheDocumentedBodyOnlyUrlVector() =>
        Assert.True(Vector.IsValidJson($"https://mycompany.com/myapp.php?bodySHA256={VectorBodyHash}", VectorBody, "y77kIzt2vzLz71DgmJGsen2scGs="));

    [Fact]
    public void RejectsJsonBodyThatDoesNotMatchItsHash() =>
        Assert.False(Vector.IsValidJson($"{VectorUrl}&bodySHA256={VectorBodyHash}", "{\"property\": \"other\", \"boolean\": true}", "a9nBmqA0ju/hNViExpshrM61xv4="));

    [Fact]
    public void RejectsJsonBodyWhenUrlCarriesNoHash()
    {
        var signature = TwilioTestSigner.Sign(VectorToken, VectorUrl, []);
        Assert.False(Vector.IsValidJson(VectorUrl, VectorBody, signature));
    }

    [Fact]
    public void TestSignerProducesTheDocumentedBodyHash() =>
        Assert.Equal(VectorBodyHash, TwilioTestSigner.BodySha256(VectorBody));

    [Fact]
    public void AcceptsInboundFixtureSignedWithTheAuthToken()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        Assert.True(new SmsSignature(AuthToken).IsValid(PublicUrl, form, TwilioTestSigner.Sign(AuthToken, PublicUrl, form)));
    }

    [Fact]
    public void RejectsTamperedBody()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        var signature = TwilioTestSigner.Sign(AuthToken, PublicUrl, form);
        Assert.False(new SmsSignature(AuthToken).IsValid(PublicUrl, form.With("Body", "取消预约"), signature));
    }

    [Fact]
    public void RejectsAnAddedParameter()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        var signature = TwilioTestSigner.Sign(AuthToken, PublicUrl, form);
        Assert.False(new SmsSignature(AuthToken).IsValid(PublicUrl, form.With("Injected", "1"), signature));
    }

    [Fact]
    public void RejectsSignatureMadeWithAnotherToken()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        Assert.False(new SmsSignature(AuthToken).IsValid(PublicUrl, form, TwilioTestSigner.Sign("not-the-token", PublicUrl, form)));
    }

    [Fact]
    public void RejectsSignatureCheckedAgainstTheInternalUrlBehindAProxy()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        var signature = TwilioTestSigner.Sign(AuthToken, PublicUrl, form);
        Assert.False(new SmsSignature(AuthToken).IsValid("http://localhost:8080/channels/sms", form, signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all")]
    public void RejectsMissingOrGarbageHeader(string? header)
    {
        var form = SmsForm.Fixture("inbound-message-zh.form");
        Assert.False(new SmsSignature(AuthToken).IsValid(PublicUrl, form, header));
        Assert.False(new SmsSignature(AuthToken).IsValidJson($"{PublicUrl}?bodySHA256={VectorBodyHash}", VectorBody, header));
    }

    [Theory]
    [InlineData("/myapp.php?foo=1&bar=2")]
    [InlineData("")]
    [InlineData("ftp://mycompany.com/myapp.php?foo=1&bar=2")]
    public void RejectsANonHttpUrlWithoutThrowing(string url)
    {
        Assert.False(Vector.IsValid(url, VectorParams("+14158675309"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(Vector.IsValidJson(url, VectorBody, "a9nBmqA0ju/hNViExpshrM61xv4="));
    }
}
