using System.Buffers.Binary;
using System.Text;

namespace Extraction.Models;

/// <summary>
/// Reads a model file written by <see cref="ModelWriter"/>, checking every read against the data's bounds, so a
/// truncated or corrupted file throws <see cref="ModelFormatException"/> naming the file instead of failing deep inside.
/// </summary>
/// <remarks>Layout: magic "EXTM", format version (int32), kind (string), payload length (int64), payload, FNV-1a checksum (uint64).</remarks>
internal sealed class ModelReader
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _position;

    private ModelReader(string name, byte[] data, int start, int end)
    {
        Name = name;
        _data = data;
        _position = start;
        _end = end;
    }

    /// <summary>The model's name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>Bytes left in the payload.</summary>
    public int Remaining => _end - _position;

    /// <summary>Opens <paramref name="data"/> as a model of <paramref name="expectedKind"/>, verifying header and checksum.</summary>
    public static ModelReader Open(string name, byte[] data, string expectedKind, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = new ModelReader(name, data, 0, data.Length);
        if (data.Length < 4 || data[0] != 'E' || data[1] != 'X' || data[2] != 'T' || data[3] != 'M')
        {
            throw new ModelFormatException(name, "it does not start with the EXTM signature.");
        }
        header._position = 4;
        int version = header.ReadInt32();
        string kind = header.ReadString();
        if (kind != expectedKind) throw new ModelFormatException(name, $"it holds a '{kind}' model, not '{expectedKind}'.");
        if (version != expectedVersion) throw new ModelFormatException(name, $"format version {version} is not the supported {expectedVersion}.");
        long length = header.ReadInt64();
        int start = header._position;
        if (length < 0 || start + length + 8 > data.Length)
        {
            throw new ModelFormatException(name, $"it is truncated: the header promises {length:N0} payload bytes, the file has {data.Length - start - 8:N0}.");
        }
        int end = start + (int)length;
        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(end, 8));
        ulong actual = ModelWriter.Checksum(data.AsSpan(start, (int)length));
        if (stored != actual) throw new ModelFormatException(name, "its checksum does not match: the file is corrupted.");
        return new ModelReader(name, data, start, end);
    }

    /// <summary>Reads a whole stream into memory and opens it as in <see cref="Open(string, byte[], string, int)"/>.</summary>
    public static ModelReader Open(string name, Stream stream, string expectedKind, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Open(name, buffer.ToArray(), expectedKind, expectedVersion);
    }

    public byte ReadByte()
    {
        Need(1);
        return _data[_position++];
    }

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32()
    {
        Need(4);
        int value = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_position));
        _position += 4;
        return value;
    }

    public long ReadInt64()
    {
        Need(8);
        long value = BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(_position));
        _position += 8;
        return value;
    }

    public float ReadSingle()
    {
        Need(4);
        float value = BinaryPrimitives.ReadSingleLittleEndian(_data.AsSpan(_position));
        _position += 4;
        return value;
    }

    /// <summary>Reads a non-negative count, checking that at least <paramref name="minBytesEach"/> bytes per item remain.</summary>
    public int ReadCount(int minBytesEach = 1)
    {
        int count = ReadInt32();
        if (count < 0 || (long)count * Math.Max(minBytesEach, 0) > Remaining)
        {
            throw new ModelFormatException(Name, $"a count of {count:N0} does not fit in the {Remaining:N0} bytes left.");
        }
        return count;
    }

    public string ReadString()
    {
        int length = ReadInt32();
        if (length < 0) throw new ModelFormatException(Name, $"a string length of {length} is negative.");
        Need(length);
        string value = Encoding.UTF8.GetString(_data, _position, length);
        _position += length;
        return value;
    }

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        Need(count);
        var span = _data.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public float[] ReadSingleArray()
    {
        int count = ReadCount(4);
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = ReadSingle();
        return values;
    }

    public int[] ReadInt32Array()
    {
        int count = ReadCount(4);
        var values = new int[count];
        for (int i = 0; i < count; i++) values[i] = ReadInt32();
        return values;
    }

    /// <summary>Throws unless the whole payload was read.</summary>
    public void EnsureEnd()
    {
        if (_position != _end) throw new ModelFormatException(Name, $"{_end - _position:N0} unexpected bytes after the model data.");
    }

    private void Need(int count)
    {
        if (count < 0 || _end - _position < count)
        {
            throw new ModelFormatException(Name, $"it is truncated: {count:N0} bytes needed at offset {_position:N0}, {Math.Max(0, _end - _position):N0} left.");
        }
    }
}
