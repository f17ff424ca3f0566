using System.Buffers.Binary;

namespace ZjgrLsp.Core.Language;

/// <summary>
/// Each character's candidates (<see cref="Candidates.For"/>) as <see cref="Candidates"/> builds them, written once at
/// data-generation time (Data/lm/lm_sc.cand beside the model, by <c>zjgr gen-candidates</c> through
/// scripts/gen_candidates.sh) and mapped in place: a checker that meets a character for the first time reads its
/// list instead of gathering it from the sound, near-sound and four-corner groups and comparing shapes (a twentieth of
/// a fresh checker's first pass over a page). It covers the characters the model's words use; another character's
/// list is built as before. A file made for another model or character table is not used.
/// <para>
/// Layout (little-endian): magic "ZJCA0001"; int32 the model's words, bigrams and trigrams, the character table's
/// characters, the common characters, and the entries E; a bit for each UTF-16 unit (8 KB, lowest bit first): covered;
/// uint32 [65,537] where each unit's entries start (a unit's run ends where the next one's starts); uint16 [E]
/// entries, each a candidate's kind (bits 13–15) and common index (bits 0–12), in the order Build gives them.
/// </para>
/// </summary>
internal sealed unsafe class CandidateFile : IDisposable
{
    private const string Magic = "ZJCA0001";
    private const int HeaderBytes = 8 + 6 * 4;
    private const int Units = char.MaxValue + 1;
    private const int CoveredBytes = Units / 8;
    private const int KindShift = 13;
    private const int IndexMask = (1 << KindShift) - 1;

    private readonly MappedFile _file;
    private readonly byte* _covered;
    private readonly uint* _starts;
    private readonly ushort* _entries;

    private readonly uint _entryCount;

    private CandidateFile(MappedFile file, int entries)
    {
        _file = file;
        _entryCount = (uint)entries;
        _covered = file.Start + HeaderBytes;
        _starts = (uint*)(_covered + CoveredBytes);
        _entries = (ushort*)(_starts + Units + 1);
    }

    /// <summary>The file at <paramref name="path"/>, or null when there is none that belongs to this model, table and set of common characters.</summary>
    public static CandidateFile? Open(string path, NgramModel model, int tableCount, int commonCount)
    {
        if (!File.Exists(path)) return null;
        var file = new MappedFile(path);
        if (file.Length < HeaderBytes) return Reject(file);
        var header = new ReadOnlySpan<byte>(file.Start, HeaderBytes);
        var entries = Int(header, 5);
        if (System.Text.Encoding.ASCII.GetString(header[..8]) != Magic || Int(header, 0) != model.WordCount || Int(header, 1) != model.BigramCount
            || Int(header, 2) != model.TrigramCount || Int(header, 3) != tableCount || Int(header, 4) != commonCount || entries < 0
            || file.Length != HeaderBytes + CoveredBytes + 4L * (Units + 1) + 2L * entries)
            return Reject(file);
        return new CandidateFile(file, entries);
    }

    private static int Int(ReadOnlySpan<byte> header, int k) => BinaryPrimitives.ReadInt32LittleEndian(header[(8 + 4 * k)..]);

    private static CandidateFile? Reject(MappedFile file)
    {
        file.Dispose();
        return null;
    }

    /// <summary>
    /// The entries of <paramref name="c"/>, when the file holds its candidates (false for a character not covered, and
    /// for a run outside the entries: a damaged file is read no further than its end). A caller checks each entry
    /// (<see cref="IndexOf"/>, <see cref="KindOf"/>) before it trusts it.
    /// </summary>
    public bool TryEntries(char c, out ReadOnlySpan<ushort> entries)
    {
        entries = default;
        if ((_covered[c >> 3] & (1 << (c & 7))) == 0) return false;
        uint from = _starts[c], to = _starts[c + 1];
        if (from > to || to > _entryCount) return false;
        entries = new ReadOnlySpan<ushort>(_entries + from, (int)(to - from));
        return true;
    }

    public static int IndexOf(ushort entry) => entry & IndexMask;

    public static CandidateKind KindOf(ushort entry) => (CandidateKind)(entry >> KindShift);

    /// <summary>Writes the file for <paramref name="candidates"/>: the lists of <paramref name="covered"/>, each as built.</summary>
    public static void Write(Stream output, NgramModel model, int tableCount, Candidates candidates, IEnumerable<char> covered)
    {
        var coveredBits = new byte[CoveredBytes];
        var lists = new Candidate[]?[Units];
        foreach (var c in covered)
        {
            coveredBits[c >> 3] |= (byte)(1 << (c & 7));
            lists[c] = candidates.Build(c);
        }
        var entries = lists.Sum(l => l?.Length ?? 0);
        using var w = new BinaryWriter(output, System.Text.Encoding.ASCII, leaveOpen: true);
        w.Write(System.Text.Encoding.ASCII.GetBytes(Magic));
        foreach (var n in new[] { model.WordCount, model.BigramCount, model.TrigramCount, tableCount, candidates.CommonCount, entries }) w.Write(n);
        w.Write(coveredBits);
        var start = 0u;
        for (var c = 0; c < Units; c++)
        {
            w.Write(start);
            start += (uint)(lists[c]?.Length ?? 0);
        }
        w.Write(start);
        foreach (var list in lists)
            foreach (var candidate in list ?? [])
            {
                if (candidate.CommonIndex is < 0 or > IndexMask || candidate.Kind > CandidateKind.Shape)
                    throw new InvalidOperationException($"{candidate} cannot be written as an entry");
                w.Write((ushort)((int)candidate.Kind << KindShift | candidate.CommonIndex));
            }
    }

    public void Dispose() => _file.Dispose();
}
