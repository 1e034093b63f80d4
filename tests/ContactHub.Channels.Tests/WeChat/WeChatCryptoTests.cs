using System.Text;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

/// <summary>The official WXBizMsgCrypt vectors A–F, values exactly as in reference §1.6.</summary>
public sealed class WeChatCryptoTests
{
    private const string KeyA = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private const string KeyB = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string KeyE = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private const string PlainC = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n<CreateTime>1409735668</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[abcdteT]]></Content>\n<MsgId>6054768590064713728</MsgId>\n</xml>";

    [Theory]
    [InlineData("我是中文abcd123", "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==")]
    [InlineData(
        "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>",
        "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb")]
    public void VectorAEncryptsToTheOfficialCiphertextAndBack(string replyMsg, string afterAesEncrypt)
    {
        var crypto = new WeChatCrypto(KeyA, "wxb11529c136998cb6");

        Assert.Equal(afterAesEncrypt, crypto.Encrypt(replyMsg, "aaaabbbbccccdddd"u8));
        Assert.True(crypto.TryDecrypt(afterAesEncrypt, out var plain, out _));
        Assert.Equal(replyMsg, plain);
    }

    [Fact]
    public void VectorBVerifiesAndDecryptsTheEncryptedEchostr()
    {
        const string echostr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        var now = DateTimeOffset.FromUnixTimeSeconds(1409659589);

        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("QDG6eK", "1409659589", "263014780", echostr, "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", now));
        Assert.True(new WeChatCrypto(KeyB, "wx5823bf96d3bd56c7").TryDecrypt(echostr, out var plain, out _));
        Assert.Equal("1616140317555161061", plain);
    }

    [Fact]
    public void VectorCDecryptsTheCompatibleModeBodyByteForByte()
    {
        var envelope = WeChatFixtures.Parse("vector-c-compatible.xml");
        var now = DateTimeOffset.FromUnixTimeSeconds(1409735669);

        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("spamtest", "1409735669", "1320562132", envelope.Encrypt, "5d197aaffba7e9b25a30732f161a50dee96bd5fa", now));
        Assert.True(new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2").TryDecrypt(envelope.Encrypt!, out var plain, out _));
        Assert.Equal(PlainC, plain);
        Assert.Equal(280, Encoding.UTF8.GetByteCount(plain));
    }

    [Fact]
    public void VectorDDecryptsTheCppSampleMessage()
    {
        const string encrypt = "mfBCs65c67CeJw22u4VT2TD73q5H06+ocrAIxswCaeZ/d/Lw0msSZFHY0teqgSYiI1zR2gD2DKrB3TIrmX/liNSDrGqS8jSI/WPeKB5VPr7Ezr7gomZAyGCwJSgT1TRFWPfONGJMxuj2nk4faTuspAuVIFQ6SHwZuJBZC7mcJp7Cgr9cUhATQWDbOPaE7ukZBTV2YqyzH+UI2AK+J1S47cE79k1RX8t0hcTz/O0hlK8DGXKnvYv88qKQcI7z4iaajqHfRVZKBNyOODabs+It+ZfM3dWTeFcPgDbGtIEnpt/EDtuuA/zMvtkaKdHdswPnVZQ+xdwbYr3ldGvfT8HlEYEgkgKaThxTFobVlwzu2ZkXCjicbP3xdr15Iq48ObgzPpqYuZ3IEoyggZDKClquk0u0orMck4GTF/XyE8yGzc4=";
        var now = DateTimeOffset.FromUnixTimeSeconds(1410349438);

        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("spamtest", "1410349438", "298025754", encrypt, "003fee52ecc56afb46c00b5c7721be87860ce785", now));
        Assert.True(new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2").TryDecrypt(encrypt, out var plain, out _));
        Assert.Equal(
            "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n<CreateTime>1410349438</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[abcdteT]]></Content>\n<MsgId>6057404712141979648</MsgId>\n</xml>",
            plain);
    }

    [Fact]
    public void VectorEVerifiesAndDecryptsTheSafeModePushWithPadAbove16()
    {
        var envelope = WeChatFixtures.Parse("vector-e-safe.xml");
        var now = DateTimeOffset.FromUnixTimeSeconds(1715943329);

        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.Verify("AAAAA", "1715943329", "1590219412", "cc0c594499c1634947d5b502f158ee518947db27", now));
        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("AAAAA", "1715943329", "1590219412", envelope.Encrypt, "6c12a4205838198b8fa631b3220723bb07f1015c", now));
        Assert.True(new WeChatCrypto(KeyE, "wx134c8103faa5a59e").TryDecrypt(envelope.Encrypt!, out var plain, out _));
        Assert.Equal(
            "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>\n<FromUserName><![CDATA[o9AgO5Kd5ggOC-bXrbNODIiE3bGY]]></FromUserName>\n<CreateTime>1715943329</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[debug_demo]]></Event>\n<debug_str><![CDATA[hello world]]></debug_str>\n</xml>",
            plain);
    }

    [Fact]
    public void VectorEEncryptsTheReplyIntoTheOfficialEnvelope()
    {
        var crypto = new WeChatCrypto(KeyE, "wx134c8103faa5a59e");

        var encrypt = crypto.Encrypt("<xml><demo_resp>[CDATA[good luck]]</demo_resp></xml>", "999951349e8ee746"u8);

        Assert.Equal("hE8R6mGXHkJJjU72KxzKUd1GEkKJaEZq7vRL8XgK3o+00k8JGq6+pZJUIlTSyhsX+bxIBQ72g3GyvDdIZcr6+3HAZbSvPT9t/o11MI7d6WELwqrGd7jMnV0zv3Zc9Nq7", encrypt);
        Assert.Equal(
            "<xml>\n<Encrypt><![CDATA[hE8R6mGXHkJJjU72KxzKUd1GEkKJaEZq7vRL8XgK3o+00k8JGq6+pZJUIlTSyhsX+bxIBQ72g3GyvDdIZcr6+3HAZbSvPT9t/o11MI7d6WELwqrGd7jMnV0zv3Zc9Nq7]]></Encrypt>\n<MsgSignature><![CDATA[03e0812039325c2712ef5f0f980fd14c70d6e307]]></MsgSignature>\n<TimeStamp>1713424427</TimeStamp>\n<Nonce><![CDATA[415670741]]></Nonce>\n</xml>",
            WeChatOutbound.EncryptedEnvelope(encrypt, "AAAAA", "1713424427", "415670741"));
    }

    [Fact]
    public void VectorFVerifiesAndDecryptsTheCSharpSampleWithPad30()
    {
        var envelope = WeChatFixtures.Parse("vector-f-safe.xml");
        var now = DateTimeOffset.FromUnixTimeSeconds(1409659813);

        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("QDG6eK", "1409659813", "1372623149", envelope.Encrypt, "477715d11cdb4164915debcba66cb864d751f3e6", now));
        Assert.True(new WeChatCrypto(KeyB, "wx5823bf96d3bd56c7").TryDecrypt(envelope.Encrypt!, out var plain, out _));
        Assert.Equal(
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>",
            plain);
    }

    [Fact]
    public void RejectsAMessageEncryptedForAnotherAppId()
    {
        var envelope = WeChatFixtures.Parse("vector-c-compatible.xml");

        Assert.False(new WeChatCrypto(KeyA, "wx0000000000000000").TryDecrypt(envelope.Encrypt!, out var plain, out var error));
        Assert.Null(plain);
        Assert.Equal(WeChatCryptoError.ValidateAppId, error);
    }

    [Fact]
    public void RejectsAnEncryptThatIsNotBase64()
    {
        Assert.False(new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2").TryDecrypt("not*base64!", out _, out var error));
        Assert.Equal(WeChatCryptoError.DecodeBase64, error);
    }

    [Fact]
    public void RejectsACiphertextThatIsNotWholeBlocks()
    {
        Assert.False(new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2").TryDecrypt("AAAAAAAAAAAAAAAAAAAA", out _, out var error));
        Assert.Equal(WeChatCryptoError.IllegalBuffer, error);
    }

    [Fact]
    public void RejectsAMessageEncryptedWithAnotherKey()
    {
        var encrypt = new WeChatCrypto(KeyB, "wx2c2769f8efd9abc2").Encrypt("你好");

        Assert.False(new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2").TryDecrypt(encrypt, out _, out var error));
        Assert.NotEqual(WeChatCryptoError.None, error);
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDE*G")]
    public void RefusesAnEncodingAesKeyThatIsNot43Base64Characters(string key)
    {
        Assert.Throws<ArgumentException>(() => new WeChatCrypto(key, "wx2c2769f8efd9abc2"));
    }

    [Fact]
    public void EncryptsWithAFreshRandomPrefixEachTime()
    {
        var crypto = new WeChatCrypto(KeyA, "wx2c2769f8efd9abc2");

        var first = crypto.Encrypt("预约保养");
        var second = crypto.Encrypt("预约保养");

        Assert.NotEqual(first, second, StringComparer.Ordinal);
        Assert.True(crypto.TryDecrypt(second, out var plain, out _));
        Assert.Equal("预约保养", plain);
    }
}
