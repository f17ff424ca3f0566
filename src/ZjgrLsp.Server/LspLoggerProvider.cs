using Microsoft.Extensions.Logging;
using ZjgrLsp.Server.Protocol;

namespace ZjgrLsp.Server;

/// <summary>Sends log records to the client as window/logMessage, so they show in the editor's output panel.</summary>
public sealed class LspLoggerProvider(Func<LanguageServer?> server, LogLevel minimum) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LspLogger(server, minimum);

    public void Dispose() { }

    private sealed class LspLogger(Func<LanguageServer?> server, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || server() is not { } s) return;
            var type = logLevel switch
            {
                >= LogLevel.Error => 1,
                LogLevel.Warning => 2,
                LogLevel.Information => 3,
                _ => 4,
            };
            var message = formatter(state, exception) + (exception is null ? "" : $"\n{exception}");
            _ = s.Notify("window/logMessage", new LogMessageParams(type, message));
        }
    }
}
