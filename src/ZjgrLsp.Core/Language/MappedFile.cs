using System.IO.MemoryMappedFiles;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// A data file mapped read-only, its bytes read in place: opening it reads nothing, and only the pages a look-up
/// touches are brought in. The mapping lives as long as this object (the shipped tables, as long as the process).
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;

    public MappedFile(string path)
    {
        Length = new FileInfo(path).Length;
        if (Length == 0) return; // an empty file cannot be mapped, and has nothing to read
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* p = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        Start = p + _view.PointerOffset;
    }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>The bytes, for files under 2 GB.</summary>
    public ReadOnlySpan<byte> Bytes => new(Start, checked((int)Length));

    public void Dispose()
    {
        if (_view is null) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file!.Dispose();
    }
}
