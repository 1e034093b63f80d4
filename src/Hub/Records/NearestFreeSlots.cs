using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records;

/// <summary>
/// Keeps the <c>count</c> free slots nearest to a time as candidates are offered, nearest first and the earlier of two
/// equally near, without building and sorting a slot for every candidate of the search (issue 8).
/// </summary>
internal sealed class NearestFreeSlots(DateTimeOffset near, int count)
{
    private readonly (DateTimeOffset Start, int FreeBays)[] _nearest = new (DateTimeOffset, int)[Math.Max(count, 0)];
    private int _kept;

    public void Offer(DateTimeOffset start, int freeBays)
    {
        if (freeBays <= 0)
        {
            return;
        }

        var at = _kept;
        while (at > 0 && IsNearer(start, _nearest[at - 1].Start))
        {
            at--;
        }

        if (at == _nearest.Length)
        {
            return;
        }

        var moved = Math.Min(_kept, _nearest.Length - 1) - at;
        Array.Copy(_nearest, at, _nearest, at + 1, moved);
        _nearest[at] = (start, freeBays);
        _kept = Math.Min(_kept + 1, _nearest.Length);
    }

    public AppointmentSlot[] ToSlots(TimeSpan slotLength)
    {
        var slots = new AppointmentSlot[_kept];
        for (var i = 0; i < _kept; i++)
        {
            slots[i] = new AppointmentSlot(_nearest[i].Start, _nearest[i].Start + slotLength, _nearest[i].FreeBays);
        }

        return slots;
    }

    private bool IsNearer(DateTimeOffset start, DateTimeOffset than)
    {
        var distance = (start - near).Duration();
        var other = (than - near).Duration();
        return distance < other || (distance == other && start < than);
    }
}
