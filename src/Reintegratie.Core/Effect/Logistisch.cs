using System.Buffers;
using System.Numerics;

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
        var totalW = rows.Sum(r => r.W);
        for (var j = 0; j < d; j++)
        {
            mean[j] = rows.Sum(r => r.W * r.X[j]) / totalW;
            sd[j] = Math.Sqrt(rows.Sum(r => r.W * (r.X[j] - mean[j]) * (r.X[j] - mean[j])) / totalW);
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

    /// <param name="blok">The rows of a block (<see cref="Voeg"/>); 1 is row by row, which gives the same coefficients to the last bit.</param>
    internal static double[] Newton(double[] z, double[] y, double[] w, int n, int p, double ridge, int iterations, int blok = Blok)
    {
        var beta = new double[p];
        // Per row of a block and column a: the row's weight in the Hessian times its column a.
        var c = new double[blok * p];
        for (var it = 0; it < iterations; it++)
        {
            var g = new double[p];
            var h = new double[p * p];
            for (var i0 = 0; i0 < n; i0 += blok)
            {
                var m = Math.Min(blok, n - i0);
                for (var k = 0; k < m; k++)
                {
                    var i = i0 + k;
                    var zi = z.AsSpan(i * p, p);
                    var eta = 0.0;
                    for (var j = 0; j < p; j++) eta += beta[j] * zi[j];
                    var mu = 1 / (1 + Math.Exp(-eta));
                    var r = w[i] * (y[i] - mu);
                    var v = w[i] * mu * (1 - mu);
                    // A zero column (a covariate without spread) adds ±0 to a sum, which changes no sum that starts at +0.
                    for (var a = 0; a < p; a++)
                    {
                        c[k * p + a] = v * zi[a];
                        g[a] += r * zi[a];
                    }
                }
                for (var a = 0; a < p; a++) Voeg(h.AsSpan(a * p + a, p - a), c, z, i0, m, p, a);
            }
            var hessian = new double[p, p];
            for (var a = 0; a < p; a++)
            {
                for (var b = a; b < p; b++) hessian[a, b] = hessian[b, a] = h[a * p + b];
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
    /// Row a of the Hessian's upper triangle, h[b] += c[k, a] × z[i0 + k, a + b], for the <paramref name="m"/> rows k of a block
    /// in their order, a vector of elements at a time: each element gets the same multiplies and adds in the same order as
    /// row by row, so the result depends neither on the width of the vector nor on the block; only the element is read and
    /// written once per block instead of once per row.
    /// </summary>
    static void Voeg(Span<double> h, double[] c, double[] z, int i0, int m, int p, int a)
    {
        var b = 0;
        if (Vector.IsHardwareAccelerated)
            for (; b <= h.Length - Vector<double>.Count; b += Vector<double>.Count)
            {
                var hv = new Vector<double>(h[b..]);
                for (var k = 0; k < m; k++) hv += new Vector<double>(c[k * p + a]) * new Vector<double>(z, (i0 + k) * p + a + b);
                hv.CopyTo(h[b..]);
            }
        for (; b < h.Length; b++)
            for (var k = 0; k < m; k++) h[b] += c[k * p + a] * z[(i0 + k) * p + a + b];
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
        var p = d + 1;
        var index = new Dictionary<(bool, double[]), int>(rows.Count, new RijVergelijker());
        var z = pool.Rent(rows.Count * p);
        var y = pool.Rent(rows.Count);
        var w = pool.Rent(rows.Count);
        var n = 0;
        foreach (var (x, uitkomst, gewicht) in rows)
        {
            if (index.TryGetValue((uitkomst, x), out var i)) { w[i] += gewicht; continue; }
            index[(uitkomst, x)] = n;
            var zi = z.AsSpan(n * p, p);
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
