using System.Text.Json.Nodes;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Dealership;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Runtime;

/// <summary>
/// Issue 8 keeps dialog state as live objects during a turn and writes it once when the conversation is saved. The stored
/// JSON must stay what the hub wrote before, so conversations in flight survive a deploy in both directions.
/// </summary>
public sealed class StoredStateCompatibilityTests
{
    /// <summary>
    /// Captured from the hub before issue 8 (main at 77397e5): 李女士 (unlinked) typed 预约 → 13900000002 → 常规保养 →
    /// 12月3日 and is being offered that day's slots.
    /// </summary>
    private const string StoredBeforeIssue8 = """
        {"stack":[{"id":"MainMenuDialog","state":{"stack":[{"id":"MainMenuDialog.WaterfallDialog","state":{"step":1,"values":{"returning":false,"misunderstood":0,"offeredPerson":false}}},{"id":"BookAppointmentDialog","state":{"stack":[{"id":"BookAppointmentDialog.Book","state":{"step":6,"values":{"action":0,"customerId":2,"unverified":true,"vehicleId":21,"vehicle":"\u5409B***55 \u5B9D\u6765","plate":null,"vehicleIds":[],"serviceType":1,"date":null,"time":null,"timeInferred":false,"start":null,"alternatives":[],"appointments":[],"appointment":null}}},{"id":"ChooseSlotDialog","state":{"stack":[{"id":"ChooseSlotDialog.WaterfallDialog","state":{"step":1,"values":{"date":"2026-12-03","time":null,"timeInferred":false,"offeredSlots":["2026-12-03T09:00:00\u002B08:00","2026-12-03T10:00:00\u002B08:00","2026-12-03T11:00:00\u002B08:00","2026-12-03T12:00:00\u002B08:00","2026-12-03T13:00:00\u002B08:00","2026-12-03T14:00:00\u002B08:00"],"currentStart":null}}},{"id":"ChooseSlotDialog.ChoicePrompt","state":{"options":{"prompt":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF09\u8FD8\u6709\u4EE5\u4E0B\u7A7A\u95F2\u65F6\u6BB5\uFF0C\u8BF7\u9009\u62E9\uFF1A","choices":[{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0909:00"},{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0910:00"},{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0911:00"},{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0912:00"},{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0913:00"},{"value":"12\u67083\u65E5\uFF08\u5468\u56DB\uFF0914:00"},{"value":"\u6362\u4E2A\u65F6\u95F4","synonyms":["\u6362\u4E2A\u65F6\u95F4","\u6362\u4E00\u4E2A","\u90FD\u4E0D\u884C","other time","another time","none"]}],"maxAttempts":3},"attempts":0}}]}}]}}]}}]}
        """;

    private static readonly string[] ScriptToSlots = ["预约", "13900000002", "常规保养", "12月3日"];

    [Fact]
    public async Task AConversationStoredBeforeIssue8BooksTheSlotItWasOffered()
    {
        var rig = new DealershipRig(linked: false);
        var start = DealershipRig.At(12, 3, 9);
        await new ConversationFlow(() => rig.Menu())
            .FromStoredState(StoredBeforeIssue8)
            .Send("1").AssertReplyContains("吉B***55 宝来", rig.Show(start))
            .Send("是").AssertReplyContains(Strings.ServiceRegularMaintenance(DialogLocale.Chinese), rig.Show(start))
            .AssertReply(Strings.MenuPromptAgain(DialogLocale.Chinese))
            .RunAsync();

        var booked = Assert.Single(rig.Book.Booked());
        Assert.Equal((2L, 21L, ServiceType.RegularMaintenance, start), (booked.CustomerId, booked.VehicleId, booked.ServiceType, booked.Start));
    }

    [Fact]
    public async Task TheSameTurnsStoreTheSameJsonAsBeforeIssue8()
    {
        var rig = new DealershipRig(linked: false);
        var flow = new ConversationFlow(() => rig.Menu());
        foreach (var text in ScriptToSlots)
        {
            flow.Send(text).AssertReplyContains("");
        }

        await flow.RunAsync();

        // Equal as JSON: the old path kept the serializer's escaping of "+" in offsets (\u002B), the new one writes "+".
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(StoredBeforeIssue8), JsonNode.Parse(flow.StateJson)), flow.StateJson);
    }

    [Fact]
    public Task AWaterfallStateWithItsValuesBeforeItsStepStillContinues() =>
        new ConversationFlow(() => new OrderDialog(), DialogLocale.English)
            .FromStoredState("""
                {"stack":[{"id":"OrderDialog","state":{"stack":[
                  {"id":"WaterfallDialog","state":{"values":{"Name":"Alice","Quantity":0,"Express":false},"step":1}},
                  {"state":{"attempts":0,"options":{"prompt":"How many?","maxAttempts":3}},"id":"NumberPrompt"}]}}]}
                """)
            .Send("35").AssertReply("Express? (yes or no)")
            .Send("yes").AssertReply("Alice x35 express=True")
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();
}
