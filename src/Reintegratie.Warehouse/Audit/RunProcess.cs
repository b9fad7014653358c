using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reintegratie.Warehouse.Audit;

/// <summary>
/// The process a BEZIG run row belongs to: machine, process id and the process's start time (a process id alone is
/// reused). Several `serve` processes may share a SQL Server warehouse, so a run is only declared broken off when its
/// process is gone: on this machine that can be checked, another machine's runs are left to that machine's next start.
/// </summary>
public sealed partial record RunProcess(string Machine, int Id, string Gestart)
{
    public static readonly RunProcess Current = Of(Process.GetCurrentProcess());

    static RunProcess Of(Process p) => new(Environment.MachineName, p.Id, p.StartTime.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));

    /// <summary>What a BEZIG row's melding says while it runs.</summary>
    public string Melding => $"bezig in proces {Id} op {Machine} (gestart {Gestart})";

    public static RunProcess? Parse(string? melding)
    {
        var m = Pattern().Match(melding ?? "");
        return m.Success ? new RunProcess(m.Groups[2].Value, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[3].Value) : null;
    }

    /// <summary>Whether this process still runs; a process on another machine counts as running (it cannot be checked from here).</summary>
    public bool Leeft
    {
        get
        {
            if (!string.Equals(Machine, Environment.MachineName, StringComparison.OrdinalIgnoreCase)) return true;
            try
            {
                using var p = Process.GetProcessById(Id);
                return Of(p).Gestart == Gestart;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }
    }

    [GeneratedRegex(@"^bezig in proces (\d+) op (.+) \(gestart (\d{14})\)$")]
    private static partial Regex Pattern();
}
