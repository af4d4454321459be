using System.Runtime.CompilerServices;

namespace Extraction.Morphology;

/// <summary>An immutable open-addressing set of 32-bit hashes: one probe (usually one cache miss) per lookup.</summary>
internal sealed class HashSet32
{
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly bool _hasZero;

    public HashSet32(ReadOnlySpan<uint> values)
    {
        int capacity = 16;
        while (capacity < values.Length * 2) capacity <<= 1;
        _slots = new uint[capacity];
        _mask = capacity - 1;
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
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint value)
    {
        if (value == 0) return _hasZero;
        int slot = (int)(value & (uint)_mask);
        while (true)
        {
            uint entry = _slots[slot];
            if (entry == value) return true;
            if (entry == 0) return false;
            slot = (slot + 1) & _mask;
        }
    }
}
