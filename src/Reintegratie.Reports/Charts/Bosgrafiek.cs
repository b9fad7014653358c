using ScottPlot;

namespace Reintegratie.Reports.Charts;

/// <summary>
/// A forest plot (<see cref="ChartKind.Bos"/>): one row per category, top to bottom in the given order; series 0 as a
/// filled dot with its 95 % interval as a horizontal bar with caps, series 1 (the naive difference) as an open diamond,
/// and a line at zero. A category without a value keeps its row, so a hidden estimate is seen to be missing.
/// </summary>
static class Bosgrafiek
{
    static readonly Color Effect = Color.FromHex("#1f5f8b"), Naief = Color.FromHex("#e07b00"), Nul = Color.FromHex("#444444");

    public static Plot Teken(Plot plot, Chart chart)
    {
        var n = chart.Categorieen.Count;
        double Y(int i) => n - 1 - i;
        var values = new List<double> { 0 };
        plot.Add.VerticalLine(0, 1.5f, Nul);

        var effect = chart.Reeksen.Count > 0 ? chart.Reeksen[0] : null;
        for (var i = 0; i < n && i < chart.Intervallen.Count; i++)
        {
            if (chart.Intervallen[i] is not { } iv || effect?.Waarden[i] == null) continue;
            foreach (var (x1, y1, x2, y2) in new[] { (iv.Onder, Y(i), iv.Boven, Y(i)), (iv.Onder, Y(i) - 0.12, iv.Onder, Y(i) + 0.12), (iv.Boven, Y(i) - 0.12, iv.Boven, Y(i) + 0.12) })
            {
                var line = plot.Add.Line(x1, y1, x2, y2);
                line.LineWidth = 2;
                line.LineColor = Effect;
            }
            values.AddRange([iv.Onder, iv.Boven]);
        }
        for (var s = 0; s < chart.Reeksen.Count && s < 2; s++)
        {
            var points = chart.Reeksen[s].Waarden.Select((v, i) => (v, i)).Where(p => p.v != null).ToList();
            if (points.Count == 0) continue;
            var scatter = plot.Add.Scatter(points.Select(p => p.v!.Value).ToArray(), points.Select(p => Y(p.i)).ToArray(), s == 0 ? Effect : Naief);
            scatter.LineWidth = 0;
            scatter.MarkerSize = s == 0 ? 11 : 10;
            scatter.MarkerShape = s == 0 ? MarkerShape.FilledCircle : MarkerShape.OpenDiamond;
            scatter.LegendText = chart.Reeksen[s].Naam;
            values.AddRange(points.Select(p => p.v!.Value));
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(Y).ToArray(), chart.Categorieen.ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = chart.Formaat };
        var (lo, hi) = (values.Min(), values.Max());
        var pad = Math.Max(2, (hi - lo) * 0.08);
        plot.Axes.SetLimitsX(lo - pad, hi + pad);
        // An empty band below the last row for the legend, so it covers no interval.
        plot.Axes.SetLimitsY(-1.7, Math.Max(0.7, n - 0.4));
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
