using Mono.Unix.Native;

namespace ZjgrLsp.Cli;

/// <summary>
/// Checks the standard streams before anything is written. A process started with stdout or stderr closed
/// (<c>zjgr lint pages &gt;&amp;-</c>) finds that descriptor number reused by the first file the runtime opened,
/// read-only; writing a report there fails, and writing to a file opened for writing would corrupt it. So: no
/// writable stdout is exit 2 with a reason; no writable stderr silences the error stream instead.
/// </summary>
public static class StandardStreams
{
    public static bool Guard(out string? problem)
    {
        problem = null;
        if (OperatingSystem.IsWindows()) return true;
        if (!IsWritable(2)) Console.SetError(TextWriter.Null);
        if (!IsWritable(1))
        {
            Console.SetOut(TextWriter.Null);
            problem = "standard output is closed: there is nowhere to write the report";
        }
        return problem is null;
    }

    /// <summary>Whether the descriptor is open for writing (a closed one, or one the runtime reused read-only, is not).</summary>
    private static bool IsWritable(int fd)
    {
        var flags = Syscall.fcntl(fd, FcntlCommand.F_GETFL);
        if (flags < 0) return false;
        var mode = (OpenFlags)flags & (OpenFlags.O_RDONLY | OpenFlags.O_WRONLY | OpenFlags.O_RDWR);
        return mode is OpenFlags.O_WRONLY or OpenFlags.O_RDWR;
    }
}
