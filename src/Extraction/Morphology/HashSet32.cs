using System.Runtime.CompilerServices;

namespace Extraction.Morphology;

/// <summary>
/// An immutable open-addressing set of 32-bit hashes. A filter of two bits per slot in front answers most
/// absent values from a table sixteen times smaller than the slots, which stays in cache where the slots do not
/// (the unknown-word path probes many stems that are not lemmas).
/// </summary>
internal sealed class HashSet32
{
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly bool _hasZero;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public HashSet32(ReadOnlySpan<uint> values)
    {
        int capacity = 16;
        while (capacity < values.Length * 2) capacity <<= 1;
        _slots = new uint[capacity];
        _mask = capacity - 1;
        // Two filter bits per slot: with at most one value per two slots, about a quarter of absent values pass.
        int filterBits = capacity * 2;
        _filter = new ulong[filterBits / 64 + 1];
        _filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (uint value in values)
        {
            if (value == 0)
            {
                _hasZero = true;
                continue;
            }
            int slot = (int)(value & (uint)_mask);
            while (_slots[slot] != 0 && _slots[slot] != value) slot = (slot + 1) & _mask;
            _slots[slot] = value;
            uint bit = FilterBit(value);
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint value)
    {
        if (value == 0) return _hasZero;
        uint bit = FilterBit(value);
        if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0) return false;
        int slot = (int)(value & (uint)_mask);
        while (true)
        {
            uint entry = _slots[slot];
            if (entry == value) return true;
            if (entry == 0) return false;
            slot = (slot + 1) & _mask;
        }
    }

    // The slots use the low bits; the filter takes the high bits of another mixing, so the two fail independently.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint FilterBit(uint value) => (value * 0x9E3779B1u) >> _filterShift;
}
