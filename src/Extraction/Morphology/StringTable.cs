using System.Runtime.CompilerServices;

namespace Extraction.Morphology;

/// <summary>
/// An immutable set of strings kept in one character pool, with an open-addressing hash index built on load,
/// so a <see cref="ReadOnlySpan{T}"/> key is found without allocating. Entry <c>i</c> is the i-th string added.
/// </summary>
internal sealed class StringTable
{
    private readonly char[] _pool;
    private readonly int[] _offsets;
    // Each slot holds the key's hash (high half) and entry + 1 (low half, 0 = empty): probing compares hashes
    // in the slot itself and touches the pool only for a likely match.
    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>Wraps a pool and its <c>Count + 1</c> offsets and builds the hash index.</summary>
    public StringTable(char[] pool, int[] offsets)
    {
        _pool = pool;
        _offsets = offsets;
        int count = offsets.Length - 1;
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < count; i++)
        {
            uint hash = Hash(Get(i));
            int slot = (int)hash & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (ulong)hash << 32 | (uint)(i + 1);
        }
    }

    /// <summary>Number of strings.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The pool (for writing the table to a model file).</summary>
    public char[] Pool => _pool;

    /// <summary>The offsets (for writing the table to a model file).</summary>
    public int[] Offsets => _offsets;

    /// <summary>The i-th string.</summary>
    public ReadOnlySpan<char> Get(int index) => _pool.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>The index of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, Hash(key));

    /// <summary>The index of <paramref name="key"/>, whose <see cref="Hash"/> the caller computed already, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        int slot = (int)hash & _mask;
        while (true)
        {
            ulong value = _slots[slot];
            if (value == 0) return -1;
            if ((uint)(value >> 32) == hash)
            {
                int entry = (int)(uint)value - 1;
                int start = _offsets[entry];
                if (_offsets[entry + 1] - start == key.Length && key.SequenceEqual(_pool.AsSpan(start, key.Length))) return entry;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Builds a table from strings in order.</summary>
    public static StringTable Create(IReadOnlyList<string> strings)
    {
        var offsets = new int[strings.Count + 1];
        int total = 0;
        for (int i = 0; i < strings.Count; i++)
        {
            offsets[i] = total;
            total += strings[i].Length;
        }
        offsets[strings.Count] = total;
        var pool = new char[total];
        for (int i = 0; i < strings.Count; i++) strings[i].CopyTo(pool.AsSpan(offsets[i]));
        return new StringTable(pool, offsets);
    }

    /// <summary>A stable (not per-process randomized) hash of UTF-16 text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = HashStart;
        foreach (char c in text) hash = HashStep(hash, c);
        return Mix(hash);
    }

    /// <summary>The state <see cref="Hash"/> starts from; <c>Mix(HashStep(…HashStep(HashStart, c0)…))</c> equals <see cref="Hash"/>, so a prefix's state can be extended.</summary>
    public const uint HashStart = 2166136261;

    /// <summary>Adds one character to a hash state (FNV-1a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint state, char c) => (state ^ c) * 16777619;

    /// <summary>A bijective 32-bit finalizer (from MurmurHash3) that spreads low-entropy hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return hash;
    }
}
