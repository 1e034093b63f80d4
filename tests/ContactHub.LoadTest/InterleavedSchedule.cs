namespace ContactHub.LoadTest;

/// <summary>
/// The open-loop schedule: which of the phase's evenly spaced slots each customer's turns take. The slots are dealt
/// to the customers in a seeded random order, each customer's turns keeping their own order, so at any moment the
/// customers are at different steps, as in a real contact centre. Dealing them round-robin instead made every customer
/// book in the same last sixth of the phase: six times the average rate of records writes at once (issue 8).
/// </summary>
public static class InterleavedSchedule
{
    public static int[][] Build(int customers, int turns, int seed)
    {
        var owners = new int[customers * turns];
        for (var i = 0; i < owners.Length; i++)
        {
            owners[i] = i % customers;
        }

        new Random(seed).Shuffle(owners);
        var slots = new int[customers][];
        var taken = new int[customers];
        for (var customer = 0; customer < customers; customer++)
        {
            slots[customer] = new int[turns];
        }

        for (var slot = 0; slot < owners.Length; slot++)
        {
            var customer = owners[slot];
            slots[customer][taken[customer]++] = slot;
        }

        return slots;
    }
}
