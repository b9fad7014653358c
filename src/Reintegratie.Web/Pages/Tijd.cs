using System.Globalization;

namespace Reintegratie.Web.Pages;

/// <summary>
/// Times on the site: the warehouse stores them in UTC; a beheerder in the town hall reads them in Dutch time
/// (Europe/Amsterdam, summer time included), in one format, and the page says so once.
/// </summary>
public static class Tijd
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public const string Uitleg = "Alle tijden op deze pagina zijn Nederlandse tijd (Europe/Amsterdam).";

    public static string Toon(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time ("2011-12-31 23:30:00") in Dutch time; empty stays empty.</summary>
    public static string Toon(string? utc) =>
        DateTime.TryParseExact(utc, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? Toon(t)
            : utc ?? "";
}
