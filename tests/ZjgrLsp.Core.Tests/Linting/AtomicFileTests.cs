using ZjgrLsp.Core.Linting;

namespace ZjgrLsp.Core.Tests.Linting;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class AtomicFileTests
{
    [Fact]
    public void WriteAllBytes_ReplacesContentAndKeepsTheFileMode()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "01.txt");
            File.WriteAllText(path, "旧");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
            AtomicFile.WriteAllBytes(path, PageReader.Encode("新的文字"));
            Assert.Equal("新的文字", File.ReadAllText(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
            Assert.Single(Directory.GetFileSystemEntries(dir.FullName));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void WriteAllBytes_WhenTheRenameFails_LeavesTargetAndNoTemporaryFile()
    {
        var dir = Directory.CreateTempSubdirectory("zjgr-atomic-");
        try
        {
            // A folder where the file should go makes the final rename fail, even for root.
            var target = Directory.CreateDirectory(Path.Combine(dir.FullName, "01.txt"));
            File.WriteAllText(Path.Combine(target.FullName, "inside"), "keep");
            Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(target.FullName, [1, 2, 3]));
            Assert.Equal(["01.txt"], Directory.GetFileSystemEntries(dir.FullName).Select(Path.GetFileName));
            Assert.Equal("keep", File.ReadAllText(Path.Combine(target.FullName, "inside")));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void PageReader_KeepsBomAndRejectsBinary()
    {
        Assert.Equal("\uFEFF工会", PageReader.Decode([0xEF, 0xBB, 0xBF, 0xE5, 0xB7, 0xA5, 0xE4, 0xBC, 0x9A]).Text);
        Assert.Contains("NUL", PageReader.Decode([0x41, 0x00]).Error);
        Assert.Contains("UTF-8", PageReader.Decode([0xC3]).Error);
    }
}
