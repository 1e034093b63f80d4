namespace ContactHub.Dialogs.Dealership;

/// <summary>What <see cref="FaqDialog"/> answers: one fact, or the whole store card (the menu's 门店信息).</summary>
public enum FaqTopic
{
    StoreInfo = 0,
    Hours = 1,
    Address = 2,
    Phone = 3,
}
