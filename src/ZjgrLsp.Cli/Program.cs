using ZjgrLsp.Cli;

// A closed standard stream would be handed to the next file opened, and report lines or errors would go into it:
// stdout must be open for a report; a closed stdin or stderr is pointed at /dev/null first.
if (!StandardStreams.Guard(out var problem))
{
    try { Console.Error.WriteLine($"zjgr: {problem}"); } catch (IOException) { }
    return ExitCodes.Error;
}
return CliApp.Run(args, Console.Out, Console.Error);
