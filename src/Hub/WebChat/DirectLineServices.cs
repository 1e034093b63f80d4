using ContactHub.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WebChat;

/// <summary>What every Direct Line handler needs, bound with <c>[AsParameters]</c> so the route table stays readable.</summary>
public sealed record DirectLineServices(
    DirectLineTokenService Tokens,
    IDirectLineStore Store,
    IOptions<DirectLineOptions> Options,
    TimeProvider Time);
