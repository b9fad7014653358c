using Hangfire.Dashboard;

namespace Reintegratie.Web;

/// <summary>
/// The dashboard's pages say who is logged in, as the site's do: an item in Hangfire's navigation menu, read per
/// request. The menu is one static list of the whole process, so the item is added once.
/// </summary>
public static class DashboardMenu
{
    static int _added;

    public static void Add()
    {
        if (Interlocked.Exchange(ref _added, 1) == 1) return;
        NavigationMenu.Items.Add(page =>
            Gebruiker.Van(page.Context.GetHttpContext()) is { } g ? new MenuItem($"Ingelogd: {g.Naam}, rol {g.RollenTekst}", page.Url.To("/")) : null);
    }
}
