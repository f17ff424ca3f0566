using System.IO.Compression;
using System.Reflection;

namespace ZjgrLsp.Core.Segmentation;

/// <summary>Opens the gzip-compressed binary tables embedded in the assembly (made by scripts/gen_jieba_data.py).</summary>
internal static class EmbeddedData
{
    public static byte[] ReadGzip(string name)
    {
        using var raw = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ZjgrLsp.Core.Data.jieba.{name}")
            ?? throw new InvalidOperationException($"Embedded segmenter data {name} is missing from the build.");
        using var gzip = new GZipStream(raw, CompressionMode.Decompress);
        using var buffer = new MemoryStream(capacity: 8 << 20);
        gzip.CopyTo(buffer);
        return buffer.ToArray();
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
