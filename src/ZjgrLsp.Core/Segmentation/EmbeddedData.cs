using System.IO.Compression;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>Opens the gzip-compressed binary tables embedded in the assembly (made by scripts/gen_jieba_data.py).</summary>
internal static class EmbeddedData
{
    public static byte[] ReadGzip(string name)
    {
        using var gzip = OpenGzip(name);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The decompressed content of a table, to be read in order: a large table's arrays are decompressed straight
    /// into place, with no buffer of the whole file in between.
    /// </summary>
    public static Stream OpenGzip(string name)
    {
        var raw = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ZjgrLsp.Core.Data.jieba.{name}")
            ?? throw new InvalidOperationException($"Embedded segmenter data {name} is missing from the build.");
        return new GZipStream(raw, CompressionMode.Decompress);
    }

    /// <summary>Reads <paramref name="count"/> values of an unmanaged type, stored little-endian as the generator wrote them.</summary>
    public static T[] ReadArray<T>(Stream stream, int count) where T : unmanaged
    {
        var result = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    public static T Read<T>(Stream stream) where T : unmanaged
    {
        Span<byte> bytes = stackalloc byte[Unsafe.SizeOf<T>()];
        stream.ReadExactly(bytes);
        return MemoryMarshal.Read<T>(bytes);
    }

    /// <summary>Checks and skips an 8-byte magic string.</summary>
    public static void ExpectMagic(Stream stream, string magic)
    {
        Span<byte> bytes = stackalloc byte[magic.Length];
        if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length || !bytes.SequenceEqual(System.Text.Encoding.ASCII.GetBytes(magic)))
            throw new InvalidDataException($"Segmenter data does not start with {magic}; regenerate it with scripts/gen_jieba_data.py.");
    }

    /// <summary>Checks and skips an 8-byte magic string.</summary>
    public static int ExpectMagic(byte[] data, string magic)
    {
        for (var i = 0; i < magic.Length; i++)
            if (data.Length <= i || data[i] != magic[i])
                throw new InvalidDataException($"Segmenter data does not start with {magic}; regenerate it with scripts/gen_jieba_data.py.");
        return magic.Length;
    }
}
