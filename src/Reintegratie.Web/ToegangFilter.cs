using Hangfire.Annotations;
using Hangfire.Dashboard;

namespace Reintegratie.Web;

/// <summary>
/// The Hangfire dashboard is beheer's (Hangfire's own default lets a request to the machine's own address through).
/// <see cref="ToegangPoort"/> has already refused everyone else; this says it again where Hangfire looks.
/// </summary>
public sealed class ToegangFilter : IDashboardAuthorizationFilter
{
    public bool Authorize([NotNull] DashboardContext context) => Gebruiker.Van(context.GetHttpContext())?.Heeft(Rol.Beheer) == true;
}
