using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Reintegratie.Core.Effect;

/// <summary>
/// Logistic regression by Newton-Raphson with a small ridge penalty on standardised covariates: the propensity score of
/// the matching (docs/effect.md). The penalty keeps the fit finite when a band separates participants perfectly, which
/// happens in small municipalities; it does not need to be exact, only to order clients by how alike they are.
/// </summary>
public sealed class Logistisch
{
    readonly double[] _mean, _sd, _beta;

    Logistisch(double[] mean, double[] sd, double[] beta) { _mean = mean; _sd = sd; _beta = beta; }

    /// <summary>The log-odds of being a participant for covariates <paramref name="x"/>.</summary>
    public double Logit(double[] x)
    {
        var z = _beta[0];
        for (var j = 0; j < x.Length; j++) if (_sd[j] > 0) z += _beta[j + 1] * (x[j] - _mean[j]) / _sd[j];
        return z;
    }

    /// <param name="pool">
    /// Where the standardised rows (some 12 MB for a fit at a large city) are taken from and go back to, so that several fits
    /// in a row leave no large arrays behind for the collector; without one they are allocated.
    /// </param>
    public static Logistisch Fit(IReadOnlyList<(double[] X, bool Y, double W)> rows, double ridge = 1.0, int iterations = 25, ArrayPool<double>? pool = null)
    {
        pool ??= Eenmalig.Instance;
        var d = rows[0].X.Length;
        var mean = new double[d];
        var sd = new double[d];
        // Each sum over the rows in their order, as a sum per column would run: the same bits, in two sweeps instead of 2d.
        var totalW = 0.0;
        var som = new double[d];
        foreach (var (x, _, gewicht) in rows)
        {
            totalW += gewicht;
            for (var j = 0; j < d; j++) som[j] += gewicht * x[j];
        }
        for (var j = 0; j < d; j++) mean[j] = som[j] / totalW;
        Array.Clear(som);
        foreach (var (x, _, gewicht) in rows)
            for (var j = 0; j < d; j++) som[j] += gewicht * (x[j] - mean[j]) * (x[j] - mean[j]);
        for (var j = 0; j < d; j++)
        {
            sd[j] = Math.Sqrt(som[j] / totalW);
            if (sd[j] < 1e-9) sd[j] = 0;
        }
        var p = d + 1;
        var (z, y, w, n) = Distinct(rows, mean, sd, pool);
        try
        {
            return new Logistisch(mean, sd, Newton(z, y, w, n, p, ridge, iterations));
        }
        finally
        {
            pool.Return(z);
            pool.Return(y);
            pool.Return(w);
        }
    }

    /// <summary>Rows whose Hessian terms are added in one sweep over it (<see cref="Voeg"/>).</summary>
    const int Blok = 8;

    /// <summary>
    /// The doubles a row of the standardised rows and of the Hessian takes: <paramref name="p"/> rounded up to a multiple of 8,
    /// so a row is whole vectors of 512 (or 256) bits (<see cref="Voeg"/>); the columns past p are 0.
    /// </summary>
    internal static int Breedte(int p) => (p + 7) & ~7;

    /// <summary>The doubles the processor adds at once: 8 with 512-bit vectors, 4 with 256, else 1.</summary>
    static readonly int Vectorbreedte = Vector512.IsHardwareAccelerated ? 8 : Vector256.IsHardwareAccelerated ? 4 : 1;

    /// <param name="z">The standardised rows, <see cref="Breedte"/>(p) doubles each, 0 past column p.</param>
    /// <param name="blok">The rows of a block (<see cref="Voeg"/>); 1 is row by row, which gives the same coefficients to the last bit.</param>
    /// <param name="vector">The doubles added at once (8, 4 or 1; default what the processor has); every width gives the same coefficients to the last bit.</param>
    internal static double[] Newton(double[] z, double[] y, double[] w, int n, int p, double ridge, int iterations, int blok = Blok, int vector = 0)
    {
        if (vector == 0) vector = Vectorbreedte;
        var breedte = Breedte(p);
        var beta = new double[p];
        // Per row of a block and column a: the row's weight in the Hessian times its column a.
        var c = new double[blok * breedte];
        for (var it = 0; it < iterations; it++)
        {
            var g = new double[p];
            var h = new double[p * breedte];
            for (var i0 = 0; i0 < n; i0 += blok)
            {
                var m = Math.Min(blok, n - i0);
                for (var k = 0; k < m; k++)
                {
                    var i = i0 + k;
                    var zi = z.AsSpan(i * breedte, p);
                    var eta = 0.0;
                    for (var j = 0; j < p; j++) eta += beta[j] * zi[j];
                    var mu = 1 / (1 + Math.Exp(-eta));
                    var r = w[i] * (y[i] - mu);
                    var v = w[i] * mu * (1 - mu);
                    // A zero column (a covariate without spread) adds ±0 to a sum, which changes no sum that starts at +0.
                    for (var a = 0; a < p; a++)
                    {
                        c[k * breedte + a] = v * zi[a];
                        g[a] += r * zi[a];
                    }
                }
                Voeg(h, c, z, i0, m, p, vector);
            }
            var hessian = new double[p, p];
            for (var a = 0; a < p; a++)
            {
                for (var b = a; b < p; b++) hessian[a, b] = hessian[b, a] = h[a * breedte + b];
                if (a > 0) { g[a] -= ridge * beta[a]; hessian[a, a] += ridge; }
                else hessian[a, a] += 1e-9;
            }
            var step = Solve(hessian, g);
            var largest = 0.0;
            for (var a = 0; a < p; a++) { beta[a] += step[a]; largest = Math.Max(largest, Math.Abs(step[a])); }
            if (largest < 1e-8) break;
        }
        return beta;
    }

    /// <summary>
    /// The Hessian's upper triangle (row a from column a, <see cref="Breedte"/> doubles a row), h[a, b] += c[k, a] × z[i0 + k, b],
    /// for the <paramref name="m"/> rows k of a block in their order, <paramref name="vector"/> elements at a time: each element
    /// gets the same multiplies and adds in the same order as row by row, so the result depends neither on the width of the
    /// vector nor on the block; only the element is read and written once per block instead of once per row. A vector starts
    /// at a multiple of its width, so its first lanes may fall left of the diagonal, and its last past column p: those
    /// elements are summed too (columns past p are 0) and never read.
    /// </summary>
    static void Voeg(double[] h, double[] c, double[] z, int i0, int m, int p, int vector)
    {
        var breedte = Breedte(p);
        ref var h0 = ref MemoryMarshal.GetArrayDataReference(h);
        ref var z0 = ref MemoryMarshal.GetArrayDataReference(z);
        for (var a = 0; a < p; a++)
        {
            var rij = a * breedte;
            switch (vector)
            {
                case 8:
                    for (var b = a & ~7; b < breedte; b += 8)
                    {
                        var hv = Vector512.LoadUnsafe(ref h0, (nuint)(rij + b));
                        for (var k = 0; k < m; k++)
                            hv += Vector512.Create(c[k * breedte + a]) * Vector512.LoadUnsafe(ref z0, (nuint)((i0 + k) * breedte + b));
                        hv.StoreUnsafe(ref h0, (nuint)(rij + b));
                    }
                    break;
                case 4:
                    for (var b = a & ~3; b < breedte; b += 4)
                    {
                        var hv = Vector256.LoadUnsafe(ref h0, (nuint)(rij + b));
                        for (var k = 0; k < m; k++)
                            hv += Vector256.Create(c[k * breedte + a]) * Vector256.LoadUnsafe(ref z0, (nuint)((i0 + k) * breedte + b));
                        hv.StoreUnsafe(ref h0, (nuint)(rij + b));
                    }
                    break;
                default:
                    for (var b = a; b < p; b++)
                        for (var k = 0; k < m; k++) h[rij + b] += c[k * breedte + a] * z[(i0 + k) * breedte + b];
                    break;
            }
        }
    }

    /// <summary>
    /// The rows standardised (a leading 1 for the intercept), each distinct (covariates, outcome) once with the weights
    /// of its copies summed: a comparison client stands on many start dates with the same covariates, and the
    /// likelihood of k equal rows is that of one row weighing k. This makes a fit some times faster; the sums run in
    /// another order, so the coefficients can differ in the last bits, far below what moves a match.
    /// </summary>
    /// The arrays come from <paramref name="pool"/>; only their first N rows are written and read.
    static (double[] Z, double[] Y, double[] W, int N) Distinct(IReadOnlyList<(double[] X, bool Y, double W)> rows, double[] mean, double[] sd, ArrayPool<double> pool)
    {
        var d = mean.Length;
        var breedte = Breedte(d + 1);
        var index = new Dictionary<(bool, double[]), int>(rows.Count, new RijVergelijker());
        var z = pool.Rent(rows.Count * breedte);
        var y = pool.Rent(rows.Count);
        var w = pool.Rent(rows.Count);
        var n = 0;
        foreach (var (x, uitkomst, gewicht) in rows)
        {
            if (index.TryGetValue((uitkomst, x), out var i)) { w[i] += gewicht; continue; }
            index[(uitkomst, x)] = n;
            var zi = z.AsSpan(n * breedte, breedte);
            zi[(d + 1)..].Clear();
            zi[0] = 1;
            for (var j = 0; j < d; j++) zi[j + 1] = sd[j] > 0 ? (x[j] - mean[j]) / sd[j] : 0;
            y[n] = uitkomst ? 1 : 0;
            w[n] = gewicht;
            n++;
        }
        return (z, y, w, n);
    }

    /// <summary>No pool: every array new, of the size asked.</summary>
    sealed class Eenmalig : ArrayPool<double>
    {
        public static readonly Eenmalig Instance = new();

        public override double[] Rent(int minimumLength) => new double[minimumLength];

        public override void Return(double[] array, bool clearArray = false) { }
    }

    sealed class RijVergelijker : IEqualityComparer<(bool Y, double[] X)>
    {
        public bool Equals((bool Y, double[] X) a, (bool Y, double[] X) b) => a.Y == b.Y && a.X.AsSpan().SequenceEqual(b.X);

        public int GetHashCode((bool Y, double[] X) r)
        {
            var hash = new HashCode();
            hash.Add(r.Y);
            foreach (var v in r.X) hash.Add(v);
            return hash.ToHashCode();
        }
    }

    /// <summary>Gaussian elimination with partial pivoting; the ridge makes the matrix positive definite.</summary>
    static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (x[c], x[pivot]) = (x[pivot], x[c]);
            }
            if (Math.Abs(m[c, c]) < 1e-12) continue;
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                if (f == 0) continue;
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                x[r] -= f * x[c];
            }
        }
        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            if (Math.Abs(m[r, r]) < 1e-12) continue;
            var s = x[r];
            for (var k = r + 1; k < n; k++) s -= m[r, k] * result[k];
            result[r] = s / m[r, r];
        }
        return result;
    }
}
