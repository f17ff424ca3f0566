using System.Diagnostics;
using System.Text.RegularExpressions;
using ZjgrLsp.Core.Files;

namespace ZjgrLsp.Core.Linting;

/// <summary>Why a file was left as it was instead of being replaced.</summary>
public sealed class FileNotReplacedException(string message) : IOException(message);

/// <summary>
/// Writes a file so that it is either the old file or the whole new one, never half of it: a temporary file beside
/// the target, flushed to disk, then renamed over it. The rename writes through a symbolic link to its target, keeps
/// the target's mode and owner, and refuses (with a reason) what it cannot do without harm: a read-only file, a file
/// with several hard links (a rename would split them), a file another user owns that this user cannot give back, or
/// a file that changed since it was read.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Temporary files carry the writer's process id, so a later run can tell one left by a killed run.</summary>
    [GeneratedRegex(@"^\..+\.zjgr-(\d+)-[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempName();

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (through links).</summary>
    /// <param name="expected">When given, the file must still hold exactly what was read, or it is left alone.</param>
    /// <exception cref="FileNotReplacedException">The file was left unchanged; the message says why.</exception>
    /// <exception cref="IOException">The write failed; the file is unchanged.</exception>
    public static void WriteAllBytes(string path, byte[] bytes, FileStamp? expected = null)
    {
        var target = FileFacts.RealPath(path);
        var dir = Path.GetDirectoryName(target)!;
        var facts = FileFacts.Of(target);
        if (facts.Kind == FileKind.Regular)
        {
            CheckReplaceable(target, facts);
            CheckUnchanged(target, expected);
        }
        else if (facts.Kind != FileKind.Missing) throw new FileNotReplacedException("not a regular file");
        else if (expected is not null) throw new FileNotReplacedException("it was deleted or moved since it was read");

        RemoveStaleTemporaries(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(target)}.zjgr-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (facts.Kind == FileKind.Regular)
            {
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                if (facts.Owner is { } owner && facts.Group is { } group && !FileFacts.TryChown(temp, owner, group))
                    throw new FileNotReplacedException("it belongs to another user, and a rewritten copy would change its owner");
                // The narrowest window: the last look before the rename.
                CheckUnchanged(target, expected);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void CheckReplaceable(string target, FileFacts facts)
    {
        if (facts.Links > 1)
            throw new FileNotReplacedException($"it has {facts.Links} hard links, which a rewritten copy would split");
        if (IsReadOnly(target, facts)) throw new FileNotReplacedException("it is read-only");
    }

    private static bool IsReadOnly(string target, FileFacts facts)
    {
        if (OperatingSystem.IsWindows()) return new FileInfo(target).IsReadOnly;
        var mode = File.GetUnixFileMode(target);
        var me = FileFacts.CurrentUser;
        // Root may write anything; a file nobody may write is still read-only by intent.
        if (me == 0) return (mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
        if (me == facts.Owner) return (mode & UnixFileMode.UserWrite) == 0;
        return Mono.Unix.Native.Syscall.access(target, Mono.Unix.Native.AccessModes.W_OK) != 0;
    }

    private static void CheckUnchanged(string target, FileStamp? expected)
    {
        if (expected is null) return;
        var now = PageReader.Read(target, Math.Max(expected.Length, 1) + 1).Stamp;
        if (now != expected) throw new FileNotReplacedException("it changed on disk since it was read (saved by someone else?)");
    }

    /// <summary>Deletes temporary files a killed run left in <paramref name="dir"/>: those whose writer is gone.</summary>
    public static int RemoveStaleTemporaries(string dir)
    {
        var removed = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(dir, ".*.tmp"))
            {
                var m = TempName().Match(Path.GetFileName(file));
                if (!m.Success || !int.TryParse(m.Groups[1].Value, out var pid) || IsAlive(pid)) continue;
                try { File.Delete(file); removed++; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* someone else's; leave it */ }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return removed;
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
