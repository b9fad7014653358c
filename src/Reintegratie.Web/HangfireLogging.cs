using Hangfire;
using Hangfire.AspNetCore;
using ILogProvider = Hangfire.Logging.ILogProvider;
using LogProvider = Hangfire.Logging.LogProvider;
using Microsoft.Extensions.Logging;

namespace Reintegratie.Web;

/// <summary>
/// Hangfire's log provider is one static of the whole process (<see cref="LogProvider"/>), and
/// <c>AddHangfire</c> points it at the <see cref="ILoggerFactory"/> of the host being built. That factory is disposed
/// with its host; from then on every Hangfire object created anywhere in the process asks the dead factory for a
/// logger and throws <see cref="ObjectDisposedException"/> (a storage built for the next host, a restarted host in
/// `serve`, a second host in the tests). So Hangfire logs through one factory that lives as long as the process,
/// and every host puts it back after <c>AddHangfire</c> has set its own.
/// </summary>
public static class HangfireLogging
{
    static readonly ILoggerFactory Factory = LoggerFactory.Create(logging => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddSimpleConsole(o => o.SingleLine = true)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));

    static readonly ILogProvider Provider = new AspNetCoreLogProvider(Factory);

    /// <summary>Makes the process-wide factory Hangfire's provider; call it before any Hangfire object is created.</summary>
    public static void Use() => LogProvider.SetCurrentLogProvider(Provider);

    /// <summary>The same, inside <c>AddHangfire</c>'s configuration callback, which runs right after it set the host's own.</summary>
    public static IGlobalConfiguration UseProcessLogging(this IGlobalConfiguration configuration) => configuration.UseLogProvider(Provider);
}
