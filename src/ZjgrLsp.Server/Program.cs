using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ZjgrLsp.Server;

// stdout carries the protocol; anything a library prints by mistake goes to stderr instead.
var stdout = Console.OpenStandardOutput();
var stdin = Console.OpenStandardInput();
Console.SetOut(Console.Error);

var level = Environment.GetEnvironmentVariable("ZJGR_LOG_LEVEL") is { } l && Enum.TryParse<LogLevel>(l, true, out var parsed) ? parsed : LogLevel.Information;
LanguageServer? server = null;
using var loggers = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(level)
    .AddSimpleConsole(o => { o.SingleLine = true; o.ColorBehavior = LoggerColorBehavior.Disabled; })
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddProvider(new LspLoggerProvider(() => server, LogLevel.Information)));

var (rpc, started) = ServerHost.Start(stdin, stdout, loggers);
server = started;
var log = loggers.CreateLogger("zjgr.server");
log.LogInformation("zjgr-lsp listening on stdio");

// The process ends on "exit", or when the client closes the pipe.
var finished = await Task.WhenAny(server.ExitCode, rpc.Completion.ContinueWith(_ => 1));
var code = finished.Result;
if (rpc.Completion.IsFaulted) log.LogError(rpc.Completion.Exception, "Connection ended with an error");
server.Dispose();
rpc.Dispose();
return code;
