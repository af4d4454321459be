using System.Buffers.Binary;
using System.Text;

namespace Extraction.Models;

/// <summary>Writes a model file in the layout <see cref="ModelReader"/> reads: signature, version, kind, payload, checksum.</summary>
internal sealed class ModelWriter
{
    private readonly MemoryStream _payload = new();
    private readonly byte[] _scratch = new byte[8];

    public void Write(byte value) => _payload.WriteByte(value);

    public void Write(bool value) => _payload.WriteByte(value ? (byte)1 : (byte)0);

    public void Write(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_scratch, value);
        _payload.Write(_scratch, 0, 4);
    }

    public void Write(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, value);
        _payload.Write(_scratch, 0, 8);
    }

    public void Write(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_scratch, value);
        _payload.Write(_scratch, 0, 4);
    }

    public void Write(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        Write(bytes.Length);
        _payload.Write(bytes);
    }

    public void Write(ReadOnlySpan<byte> bytes) => _payload.Write(bytes);

    public void Write(ReadOnlySpan<float> values)
    {
        Write(values.Length);
        foreach (float v in values) Write(v);
    }

    public void Write(ReadOnlySpan<int> values)
    {
        Write(values.Length);
        foreach (int v in values) Write(v);
    }

    /// <summary>Writes the whole file: header, payload and checksum.</summary>
    public void SaveTo(Stream output, string kind, int version)
    {
        ArgumentNullException.ThrowIfNull(output);
        var header = new ModelWriter();
        header.Write("EXTM"u8);
        header.Write(version);
        header.Write(kind);
        header.Write(_payload.Length);
        header._payload.WriteTo(output);
        _payload.WriteTo(output);
        BinaryPrimitives.WriteUInt64LittleEndian(_scratch, Checksum(_payload.GetBuffer().AsSpan(0, (int)_payload.Length)));
        output.Write(_scratch, 0, 8);
    }

    /// <summary>Writes the whole file to <paramref name="path"/>.</summary>
    public void SaveTo(string path, string kind, int version)
    {
        using var file = File.Create(path);
        SaveTo(file, kind, version);
    }

    /// <summary>64-bit FNV-1a over <paramref name="data"/>.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in data)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
