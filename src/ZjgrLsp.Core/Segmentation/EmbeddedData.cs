using System.Reflection;
using System.Runtime.InteropServices;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>
/// A binary table embedded in the assembly (made by scripts/gen_jieba_data.py), read where it lies. An assembly
/// loaded from disk, and a Native AOT program, keep their resources in the mapped image, so the table's arrays are
/// pointers into it: nothing is decompressed, copied or allocated at start-up, and only the pages a lookup touches
/// are read. An assembly loaded some other way hands back a stream, which is copied once into pinned memory.
/// </summary>
internal sealed unsafe class EmbeddedData
{
    private readonly byte[]? _copy; // keeps the pinned copy alive when the resource was not mapped

    private EmbeddedData(byte* start, long length, byte[]? copy)
    {
        Start = start;
        Length = length;
        _copy = copy;
    }

    /// <summary>The first byte of the table; it stays valid for the life of the process.</summary>
    public byte* Start { get; }

    public long Length { get; }

    public static EmbeddedData Open(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ZjgrLsp.Core.Data.jieba.{name}")
            ?? throw new InvalidOperationException($"Embedded segmenter data {name} is missing from the build.");
        // The module's image outlives the stream, so its pointer stays good once the stream is disposed.
        using (stream)
        {
            if (stream is UnmanagedMemoryStream mapped) return new EmbeddedData(mapped.PositionPointer, mapped.Length, null);
            var copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
            stream.ReadExactly(copy);
            return new EmbeddedData((byte*)Marshal.UnsafeAddrOfPinnedArrayElement(copy, 0), copy.Length, copy);
        }
    }

    /// <summary>
    /// Reads the table in order: <see cref="Next{T}"/> and <see cref="Array{T}"/> step past what they return, and
    /// throw rather than read beyond the table.
    /// </summary>
    public sealed class Reader(EmbeddedData data)
    {
        private long _position;

        public T Next<T>() where T : unmanaged => *(T*)Take(sizeof(T));

        /// <summary><paramref name="count"/> values in place (unaligned reads are fine on the x64 and Arm64 we ship).</summary>
        public T* Array<T>(int count) where T : unmanaged => (T*)Take((long)count * sizeof(T));

        public ReadOnlySpan<byte> Bytes(int count) => new(Take(count), count);

        /// <summary>Skips to the next multiple of <paramref name="alignment"/> from the table's start.</summary>
        public void Align(int alignment) => Take((alignment - _position % alignment) % alignment);

        /// <summary>Checks and skips an 8-byte magic string.</summary>
        public void ExpectMagic(string magic)
        {
            if (data.Length < magic.Length || !Bytes(magic.Length).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(magic)))
                throw new InvalidDataException($"Segmenter data does not start with {magic}; regenerate it with scripts/gen_jieba_data.py.");
        }

        private byte* Take(long count)
        {
            if (count < 0 || _position + count > data.Length)
                throw new InvalidDataException("Segmenter data ends early; regenerate it with scripts/gen_jieba_data.py.");
            var at = data.Start + _position;
            _position += count;
            return at;
        }
    }
}
