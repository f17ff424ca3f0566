using ZjgrLsp.Cli;

// A closed standard stream would be handed to the next file opened, and report lines or errors would go into it:
// stdout must be open for a report; a closed stdin or stderr is pointed at /dev/null first.
if (!StandardStreams.Guard(out var problem))
{
    try { Console.Error.WriteLine($"zjgr: {problem}"); } catch (IOException) { }
    return ExitCodes.Error;
}
// Reports go out through a 64 KB buffer, flushed as the command ends: Console.Out flushes every write, a few hundred
// characters at a time, and a 10 MB batch's 84 MB report cost 0.6 s of write calls that way.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
var code = CliApp.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
