using Mono.Unix.Native;

namespace ZjgrLsp.Core.Files;

public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>
/// What the file system says of a path, following symbolic links: its kind (a FIFO or a device is neither a page
/// nor a folder), size, hard-link count, owner, and identity (device and inode), which tells a real folder reached
/// twice through links. .NET exposes none of the last three, so on Unix they come from stat(2) through Mono.Posix;
/// on Windows the identity is the resolved path and the other facts are neutral.
/// </summary>
public readonly record struct FileFacts(FileKind Kind, long Size, ulong Links, uint? Owner, uint? Group, string Identity, string? Error)
{
    /// <summary>What every reader says of a FIFO, device or socket it was asked to read as a page.</summary>
    public const string NotRegularFile = "not a regular file (a FIFO, device or socket); not read";

    public static FileFacts Of(string path) => OperatingSystem.IsWindows() ? OfWindows(path) : OfUnix(path);

    private static FileFacts OfUnix(string path)
    {
        if (Syscall.stat(path, out var st) != 0)
        {
            var errno = Stdlib.GetLastError();
            return new FileFacts(FileKind.Missing, 0, 0, null, null, path, Describe(errno));
        }
        var kind = (st.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            _ => FileKind.Other,
        };
        return new FileFacts(kind, st.st_size, st.st_nlink, st.st_uid, st.st_gid, $"{st.st_dev}:{st.st_ino}", null);
    }

    private static FileFacts OfWindows(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                var info = new FileInfo(full);
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
                return new FileFacts(FileKind.Regular, new FileInfo(target).Length, 1, null, null, target.ToUpperInvariant(), null);
            }
            if (Directory.Exists(full))
            {
                var target = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
                return new FileFacts(FileKind.Directory, 0, 1, null, null, target.ToUpperInvariant(), null);
            }
            return new FileFacts(FileKind.Missing, 0, 0, null, null, full, "no such file or folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new FileFacts(FileKind.Missing, 0, 0, null, null, path, e.Message);
        }
    }

    private static string Describe(Errno errno) => errno switch
    {
        Errno.ENOENT => "no such file or folder",
        Errno.EACCES => "permission denied",
        Errno.ENAMETOOLONG => "the path is too long for the file system",
        Errno.ELOOP => "too many levels of symbolic links",
        Errno.ENOTDIR => "a part of the path is not a folder",
        _ => errno.ToString(),
    };

    /// <summary>Gives <paramref name="path"/> the owner and group of the file it replaces; false when not allowed.</summary>
    public static bool TryChown(string path, uint owner, uint group) =>
        OperatingSystem.IsWindows() || Syscall.chown(path, owner, group) == 0;

    /// <summary>The effective user id of this process (null on Windows).</summary>
    public static uint? CurrentUser => OperatingSystem.IsWindows() ? null : Syscall.geteuid();

    /// <summary>
    /// The path with every symbolic link in it resolved (realpath(3)), or, when it does not exist yet, its nearest
    /// existing folder resolved with the rest appended; so a check "is this inside the workspace" sees through links.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows()) return full;
        var tail = new List<string>();
        for (var at = full; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (NativeRealPath(at) is { } real)
            {
                tail.Reverse();
                return tail.Count == 0 ? real : Path.Combine([real, .. tail]);
            }
            tail.Add(Path.GetFileName(at));
        }
        return full;
    }

    // Mono.Posix's UnixPath.GetCompleteRealPath loops forever on a symlink cycle; libc's realpath answers ELOOP.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPathC([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr p);

    private static string? NativeRealPath(string path)
    {
        var p = RealPathC(path, IntPtr.Zero);
        if (p == IntPtr.Zero) return null;
        try { return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(p); }
        finally { Free(p); }
    }
}
