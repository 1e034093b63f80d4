using System.Text;
using ContactHub.Channels.WebChat;

namespace ContactHub.Channels.Tests.WebChat;

public sealed class DirectLineTokenTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("signing-key");
    private static readonly DateTimeOffset Expires = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("conv1", null)]
    [InlineData("I9_4-0xZ8b2soqFVOo1vOQ", "dl_用户")]
    public void ReadsBackWhatItSigned(string conversationId, string? userId)
    {
        var wire = new DirectLineToken(conversationId, userId, Expires).Sign(Key);

        Assert.True(DirectLineToken.TryRead(wire, Key, out var token));
        Assert.Equal(new DirectLineToken(conversationId, userId, Expires), token);
    }

    [Fact]
    public void WireFormHasNoDotsSoDirectLineJsDoesNotTakeItForAJwt()
    {
        var wire = new DirectLineToken("conv1", "dl_u", Expires).Sign(Key);

        Assert.DoesNotContain('.', wire);
    }

    [Fact]
    public void RefusesAnotherKey()
    {
        var wire = new DirectLineToken("conv1", null, Expires).Sign(Key);

        Assert.False(DirectLineToken.TryRead(wire, Encoding.UTF8.GetBytes("other-key"), out _));
    }

    [Fact]
    public void RefusesAnyFlippedCharacter()
    {
        var wire = new DirectLineToken("conv1", null, Expires).Sign(Key);

        for (var i = 0; i < wire.Length; i++)
        {
            var flipped = wire[..i] + (wire[i] == 'A' ? 'B' : 'A') + wire[(i + 1)..];
            Assert.False(DirectLineToken.TryRead(flipped, Key, out _), $"position {i}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token!")]
    [InlineData("AAAA")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.sig")]
    public void RefusesGarbage(string? wire)
    {
        Assert.False(DirectLineToken.TryRead(wire, Key, out _));
    }

    [Fact]
    public void ExpiresAtItsExpiryTime()
    {
        var token = new DirectLineToken("conv1", null, Expires);

        Assert.False(token.IsExpired(Expires.AddSeconds(-1)));
        Assert.True(token.IsExpired(Expires));
    }
}
