namespace Reintegratie.Core.Effect;

/// <summary>
/// Every client's stretches of the start year, kept from the first pass over the clients so that the comparison
/// (<see cref="Vergelijking"/>) need not read them again: runs of days [<see cref="Stuk.Van"/>, <see cref="Stuk.Tot"/>) on
/// which the client is on a WWB/PW uitkering, has the same categories started in the 12 months up to the day, the same
/// outcome and the same covariates (<see cref="Kenmerkcode"/>). 24 bytes a stretch, in client and day order; at a large
/// city some 20 stretches for each of 75,000 clients, where the clients themselves, read again, cost a third of the
/// estimate's time each pass (docs/performance.md, "Third round").
/// </summary>
sealed class Stukken
{
    public readonly record struct Stuk(ulong Code, int Klant, int Gestart, short Van, short Tot, bool Werk);

    const int Bits = 16, Blok = 1 << Bits;
    readonly List<Stuk[]> _blokken = [];
    readonly List<long> _klanten = [];

    /// <summary>How many stretches there are.</summary>
    public int Aantal { get; private set; }

    public Stuk this[int i] => _blokken[i >> Bits][i & (Blok - 1)];

    /// <summary>The key of the client of <see cref="Stuk.Klant"/>.</summary>
    public long Klant(int index) => _klanten[index];

    /// <summary>
    /// Adds the stretches of <paramref name="k"/>, whose <paramref name="verloop"/> is filled. Covariates are asked on every
    /// day on benefit: which days a participant started on is known only after the pass.
    /// </summary>
    public void Voeg(Klantbeeld k, Verloop verloop)
    {
        var bijstand = verloop.Bijstand;
        var gestart = verloop.Gestart;
        var werk = verloop.Werk;
        var dagen = verloop.Dagen;
        var klant = -1;
        KenmerkenTijdlijn? tijdlijn = null;
        int van = -1, g = 0;
        var w = false;
        ulong c = 0;
        for (var i = 0; i < dagen; i++)
        {
            if (!bijstand[i])
            {
                if (van >= 0) Sluit(i);
                continue;
            }
            var code = (tijdlijn ??= new KenmerkenTijdlijn(k, verloop.Dag(0), verloop.Dag(dagen - 1))).CodeOp(verloop.Dag(i));
            if (van >= 0 && (gestart[i] != g || werk[i] != w || code != c)) Sluit(i);
            if (van < 0) (van, g, w, c) = (i, gestart[i], werk[i], code);
        }
        if (van >= 0) Sluit(dagen);

        void Sluit(int tot)
        {
            if (klant < 0)
            {
                klant = _klanten.Count;
                _klanten.Add(k.Klant.Key);
            }
            if ((Aantal & (Blok - 1)) == 0 && Aantal >> Bits == _blokken.Count) _blokken.Add(new Stuk[Blok]);
            _blokken[Aantal >> Bits][Aantal & (Blok - 1)] = new Stuk(c, klant, g, (short)van, (short)tot, w);
            Aantal++;
            van = -1;
        }
    }
}
