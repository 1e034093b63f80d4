using System.Runtime.InteropServices;

namespace ContactHub.Dialogs.Ports;

/// <summary>Slot starts from <see cref="From"/> up to, not including, <see cref="To"/>: the day a customer named (issue 8).</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SlotWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset start) => start >= From && start < To;
}
