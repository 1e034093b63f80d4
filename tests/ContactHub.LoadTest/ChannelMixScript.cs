namespace ContactHub.LoadTest;

/// <summary>Half the customers on web chat (even numbers), half on SMS (odd numbers), each with its own booking.</summary>
public sealed class ChannelMixScript(WebChatScript webChat, SmsScript sms) : ICustomerScript
{
    public WebChatScript WebChat => webChat;

    public SmsScript Sms => sms;

    public Task StartAsync(int customer, CancellationToken cancellationToken) =>
        customer % 2 == 0 ? webChat.StartAsync(customer, cancellationToken) : sms.StartAsync(customer, cancellationToken);

    public string KindOf(int customer) => customer % 2 == 0 ? "web chat" : "sms";

    public Task TurnAsync(int customer, int turn, CancellationToken cancellationToken) =>
        customer % 2 == 0 ? webChat.TurnAsync(customer, turn, cancellationToken) : sms.TurnAsync(customer, turn, cancellationToken);
}
