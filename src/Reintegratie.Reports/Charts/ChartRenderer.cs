using ScottPlot;

namespace Reintegratie.Reports.Charts;

/// <summary>Draws a <see cref="Chart"/> with ScottPlot 5 in the bundled DejaVu Sans, as SVG for the HTML and PNG beside it.</summary>
public static class ChartRenderer
{
    /// <summary>
    /// The size on the page (SVG); the PNG has <see cref="PngScale"/> times as many pixels each way: 1900 × 950, which at
    /// <see cref="PngDpi"/> is 16 cm wide, the text column of an A4 nota.
    /// </summary>
    public const int Width = 760, Height = 380;
    public const float PngScale = 2.5f;
    public const int PngDpi = 300;
    const string FontName = "DejaVu Sans";
    static readonly Color[] Palette = [Color.FromHex("#1f5f8b"), Color.FromHex("#e07b00"), Color.FromHex("#3a8d3f"), Color.FromHex("#8c3b8f"), Color.FromHex("#7a7a7a")];
    static readonly Color[] LineColors = [Color.FromHex("#c0392b"), Color.FromHex("#2c3e50"), Color.FromHex("#16a085")];
    static readonly LinePattern[] LinePatterns = [LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    static readonly Color Highlight = Color.FromHex("#e07b00");
    static readonly Lock FontLock = new();
    static bool _fontLoaded;

    static void EnsureFont()
    {
        lock (FontLock)
        {
            if (_fontLoaded) return;
            var path = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
            if (!File.Exists(path)) throw new FileNotFoundException($"Het lettertype voor de grafieken ontbreekt: {path}");
            Fonts.AddFontFile(FontName, path);
            _fontLoaded = true;
        }
    }

    public static Plot Build(Chart chart)
    {
        EnsureFont();
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(chart.Titel, 15);
        plot.XLabel(chart.XLabel, 12);
        plot.YLabel(chart.YLabel, 12);
        if (chart.Soort == ChartKind.Bos) return Bosgrafiek.Teken(plot, chart);
        var positions = chart.Categorieen.Select((_, i) => (double)i).ToArray();

        if (chart.Soort == ChartKind.Staaf) AddBars(plot, chart);
        else AddLines(plot, chart, positions);

        // Lines at the same value (a target equal to the norm) are one line with one legend entry: "doel en norm: 60 %".
        var lines = chart.Lijnen.GroupBy(l => l.Waarde).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var waarde = lines[i].Key;
            var line = plot.Add.HorizontalLine(waarde, 2, LineColors[i % LineColors.Length], LinePatterns[i % LinePatterns.Length]);
            line.LegendText = $"{string.Join(" en ", lines[i].Select(l => l.Naam).Distinct())}: {chart.Formaat(waarde)}";
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, chart.Categorieen.ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = chart.Formaat };
        plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0, top: 0.12);
        var all = chart.Reeksen.SelectMany(s => s.Waarden).Where(v => v != null).Select(v => v!.Value).Concat(chart.Lijnen.Select(l => l.Waarde)).ToList();
        // A negative value gets room below 0 (a tick and its label), as a positive one gets room above.
        if (all.Count > 0)
        {
            var top = Math.Max(1, all.Max()) * 1.15;
            var bottom = all.Min() < 0 ? all.Min() - 0.2 * (top - all.Min()) : 0;
            // A line of values that all lie far above 0 (a caseload of 460 to 510) would lie flat on an axis from 0: the axis
            // starts near the lowest value, and its labels say where. Bars always start at 0, their length is the value.
            if (chart.Soort == ChartKind.Lijn && all.Min() > 0.5 * all.Max())
            {
                var spread = all.Max() - all.Min();
                (bottom, top) = (all.Min() - Math.Max(spread * 0.3, all.Max() * 0.02), all.Max() + Math.Max(spread * 0.3, all.Max() * 0.02));
            }
            plot.Axes.SetLimitsY(bottom, top);
        }
        plot.Axes.SetLimitsX(-0.6, Math.Max(0.6, chart.Categorieen.Count - 0.4));
        // The legend sits below the plot, outside the data, so it never covers a point or a bar.
        if (chart.Reeksen.Count > 1 || chart.Lijnen.Count > 0)
        {
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.ShowLegend(Edge.Bottom);
        }
        return plot;
    }

    static void AddBars(Plot plot, Chart chart)
    {
        var groups = chart.Reeksen.Count;
        var width = 0.8 / groups;
        var bars = new List<Bar>();
        for (var s = 0; s < groups; s++)
        for (var c = 0; c < chart.Categorieen.Count; c++)
        {
            var value = chart.Reeksen[s].Waarden[c];
            chart.Labels.TryGetValue((s, c), out var hidden);
            bars.Add(new Bar
            {
                Position = c - 0.4 + width * (s + 0.5), Value = value ?? 0, Size = width * 0.92, FillColor = chart.Nadruk == c && groups == 1 ? Highlight : Palette[s % Palette.Length],
                Label = hidden ?? (value is { } v ? chart.Formaat(v) : ""),
            });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 11;
        if (groups > 1)
            for (var s = 0; s < groups; s++)
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Reeksen[s].Naam, FillColor = Palette[s % Palette.Length] });
        if (chart.Categorieen.Count > 5 || chart.Categorieen.Any(c => c.Length > 12))
        {
            // Many or long names: slanted, so they do not run into each other.
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            // ScottPlot sizes the axis as if the names were level, so a long slanted one ran off the foot of the image
            // ("2 sociale contacten buiten de deur"): room for the longest, about 7 px a character, times sin 35°.
            var longest = chart.Categorieen.Max(c => c.Length);
            plot.Axes.Bottom.MinimumSize = Math.Max(110, (float)(longest * 7 * Math.Sin(35 * Math.PI / 180)) + 30);
        }
    }

    static void AddLines(Plot plot, Chart chart, double[] positions)
    {
        for (var s = 0; s < chart.Reeksen.Count; s++)
        {
            var points = chart.Reeksen[s].Waarden.Select((v, i) => (v, i)).Where(x => x.v != null).ToList();
            // A comparison line takes no colour of the palette: the period's own line keeps the first.
            var colour = Palette[chart.Reeksen.Take(s).Count(r => !r.Vergelijking) % Palette.Length];
            var scatter = plot.Add.Scatter(points.Select(p => positions[p.i]).ToArray(), points.Select(p => p.v!.Value).ToArray(), colour);
            scatter.LineWidth = 2.5f;
            scatter.MarkerSize = 7;
            if (chart.Reeksen[s].Vergelijking)
            {
                scatter.Color = Color.FromHex("#9a9a9a");
                scatter.LineWidth = 1.5f;
                scatter.MarkerSize = 5;
            }
            if (chart.Reeksen[s].Voorlopig)
            {
                scatter.Color = Palette[0];
                scatter.LinePattern = LinePattern.Dashed;
                scatter.MarkerShape = MarkerShape.OpenCircle;
            }
            if (chart.Reeksen.Count > 1 || chart.Lijnen.Count > 0) scatter.LegendText = chart.Reeksen[s].Naam;
        }
    }

    /// <summary>The SVG with a viewBox, so it scales to the column it is placed in (ScottPlot gives only width and height, and a narrower box clips it).</summary>
    public static string Svg(Chart chart)
    {
        var svg = Build(chart).GetSvgXml(Width, Height);
        var size = $"width=\"{Width}\" height=\"{Height}\"";
        var at = svg.IndexOf(size, svg.IndexOf("<svg", StringComparison.Ordinal), StringComparison.Ordinal);
        return svg.Insert(at, $"viewBox=\"0 0 {Width} {Height}\" ");
    }

    /// <summary>The PNG for print: the same drawing as the SVG at <see cref="PngScale"/> times the pixels, marked as <see cref="PngDpi"/> dpi.</summary>
    public static void Png(Chart chart, string path)
    {
        var plot = Build(chart);
        plot.ScaleFactor = PngScale;
        // Encoded in memory (the bytes SavePng writes) and written once, with the resolution, instead of written, read back and written again.
        using var image = plot.GetImage((int)(Width * PngScale), (int)(Height * PngScale));
        File.WriteAllBytes(path, PngResolutie.Met(image.GetImageBytes(ImageFormat.Png), PngDpi));
    }
}
