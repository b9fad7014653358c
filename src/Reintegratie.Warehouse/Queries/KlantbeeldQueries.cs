using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Effect;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// The clients of one municipality as known at one delivery, as the effect estimate reads them (Core/Effect/Klantbeeld),
/// streamed in client order in parts of <see cref="PerDeel"/> clients: each part is read with the queries of
/// <see cref="GegevensQueries.Klantfeiten"/> narrowed to its klant_keys, so memory holds one part, not the municipality
/// (issue 21: a large city's histories on every start date do not fit). Every enumeration reads the warehouse again,
/// one query at a time, so one connection serves SQLite and SQL Server alike.
/// </summary>
public static class KlantbeeldQueries
{
    public const int PerDeel = 10_000;

    public const string SleutelsSql = "SELECT k.klant_key FROM dim_klant k WHERE k.levering_id = @levering AND k.gemeentecode = @gemeente ORDER BY k.klant_key";

    public static IEnumerable<Klantbeeld> Klantbeelden(DbConnection c, Stand stand, int perDeel = PerDeel)
    {
        var sleutels = c.Query<long>(SleutelsSql, new { levering = stand.Levering, gemeente = stand.Gemeente }, commandTimeout: 0).AsList();
        for (var i = 0; i < sleutels.Count; i += perDeel)
        {
            var deel = GegevensQueries.Klantfeiten(c, stand, sleutels[i], sleutels[Math.Min(i + perDeel, sleutels.Count) - 1]);
            foreach (var k in Klantbeeld.Uit(deel)) yield return k;
        }
    }
}
