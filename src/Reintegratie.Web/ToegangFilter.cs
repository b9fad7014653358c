using Hangfire.Annotations;
using Hangfire.Dashboard;

namespace Reintegratie.Web;

/// <summary>The Hangfire dashboard follows the same rule as the rest of the site (Hangfire's own default lets a request to the machine's own address through).</summary>
public sealed class ToegangFilter(Toegang toegang) : IDashboardAuthorizationFilter
{
    public bool Authorize([NotNull] DashboardContext context) => toegang.Staat(context.GetHttpContext());
}
