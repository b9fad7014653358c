namespace Reintegratie.Core.Effect;

/// <summary>
/// A client's covariates on a day (<see cref="Kenmerken"/>) as one number: what the comparison keeps of every stretch of
/// every client between its passes (<see cref="Vergelijking"/>), 8 bytes where the balance columns take 328 and the cell a
/// string. Everything the estimate reads is a whole number here: age in years, months on benefit, SRG position, regular
/// work, the count of earlier instruments, and the index of each code (trede, opleiding, arbeidsplicht, leefvorm,
/// geslacht) in its list. <see cref="Waarden"/> gives back <see cref="Kenmerken.Waarden"/> and <see cref="Cel"/> a number
/// that is equal for two codes exactly when their <see cref="Kenmerken.Cel"/> is (every band is a function of a field).
/// </summary>
public static class Kenmerkcode
{
    // Bits from the lowest: age 8, months on benefit 16, position 4, work 1, earlier instruments 16, trede 3,
    // opleiding 4, arbeidsplicht 3, leefvorm 3, geslacht 2: 60 in all.
    const int Leeftijd = 0, Duur = 8, Positie = 24, Werk = 28, Eerdere = 29, Trede = 45, Opleiding = 48, Arbeidsplicht = 52, Leefvorm = 55, Geslacht = 58;

    /// <summary>Where each code's 0/1 columns begin in <see cref="Kenmerken.Waarden"/> (after the five numbers).</summary>
    const int TredeKolom = 5, OpleidingKolom = TredeKolom + 7, ArbeidsplichtKolom = OpleidingKolom + 10, LeefvormKolom = ArbeidsplichtKolom + 5,
        GeslachtKolom = LeefvormKolom + 6;

    public static ulong Van(Kenmerken x)
    {
        var w = x.Waarden();
        int Index(int kolom, int aantal)
        {
            for (var i = 0; i < aantal; i++) if (w[kolom + i] == 1) return i;
            throw new InvalidOperationException("Een kenmerk zonder code.");
        }
        return Veld(x.LeeftijdJaren, 8, "leeftijd") << Leeftijd | Veld(x.DuurMaanden, 16, "uitkeringsduur") << Duur
            | Veld(x.Positie, 4, "positie") << Positie | (x.Werk12m ? 1UL : 0) << Werk | Veld(x.EerdereAantal, 16, "eerdere instrumenten") << Eerdere
            | Veld(x.Trede, 3, "trede") << Trede | (ulong)Index(OpleidingKolom, 10) << Opleiding | (ulong)Index(ArbeidsplichtKolom, 5) << Arbeidsplicht
            | (ulong)Index(LeefvormKolom, 6) << Leefvorm | (ulong)Index(GeslachtKolom, 4) << Geslacht;
    }

    /// <summary><paramref name="code"/> with another age and number of months on benefit.</summary>
    public static ulong Met(ulong code, int leeftijd, int duurMaanden) =>
        code & ~(0xFFUL << Leeftijd) & ~(0xFFFFUL << Duur) | Veld(leeftijd, 8, "leeftijd") << Leeftijd | Veld(duurMaanden, 16, "uitkeringsduur") << Duur;

    static ulong Veld(int waarde, int breedte, string naam) =>
        waarde >= 0 && waarde < 1 << breedte ? (ulong)waarde
            : throw new InvalidOperationException($"Kenmerk {naam} = {waarde} past niet in de vergelijking (0 tot {1 << breedte}).");

    static int Veld(ulong code, int plaats, int breedte) => (int)((code >> plaats) & ((1UL << breedte) - 1));

    /// <summary>The number of balance columns (<see cref="Kenmerken.Kolommen"/>).</summary>
    public const int Kolommen = GeslachtKolom + 4;

    /// <summary>The five numeric columns' values of <paramref name="code"/>; the 0/1 columns set to 1 are <see cref="Codes"/>.</summary>
    public static void Getallen(ulong code, Span<long> getallen)
    {
        getallen[0] = Veld(code, Leeftijd, 8);
        getallen[1] = Veld(code, Duur, 16);
        getallen[2] = Veld(code, Positie, 4);
        getallen[3] = Veld(code, Werk, 1);
        getallen[4] = Veld(code, Eerdere, 16);
    }

    /// <summary>The five 0/1 columns of <paramref name="code"/> that are 1 (one per coded covariate).</summary>
    public static void Codes(ulong code, Span<int> kolommen)
    {
        kolommen[0] = TredeKolom + Veld(code, Trede, 3);
        kolommen[1] = OpleidingKolom + Veld(code, Opleiding, 4);
        kolommen[2] = ArbeidsplichtKolom + Veld(code, Arbeidsplicht, 3);
        kolommen[3] = LeefvormKolom + Veld(code, Leefvorm, 3);
        kolommen[4] = GeslachtKolom + Veld(code, Geslacht, 2);
    }

    /// <summary><see cref="Kenmerken.Waarden"/> of the covariates <paramref name="code"/> stands for.</summary>
    public static double[] Waarden(ulong code)
    {
        var x = new double[Kolommen];
        Span<long> getallen = stackalloc long[5];
        Getallen(code, getallen);
        for (var j = 0; j < 5; j++) x[j] = getallen[j];
        Span<int> codes = stackalloc int[5];
        Codes(code, codes);
        foreach (var j in codes) x[j] = 1;
        return x;
    }

    /// <summary>
    /// The exact-matching cell: the code with age, duration, opleiding and earlier instruments replaced by their bands
    /// (<see cref="Kenmerken.Cel"/>: <c>AgeBand</c>, <see cref="Kenmerken.DuurBand"/>, <see cref="Kenmerken.OpleidingBand"/>, 0/1/2+).
    /// </summary>
    public static ulong Cel(ulong code)
    {
        var leeftijd = Veld(code, Leeftijd, 8) switch { < 27 => 0, < 45 => 1, < 55 => 2, _ => 3 };
        var duur = Veld(code, Duur, 16) switch { < 6 => 0, < 12 => 1, < 24 => 2, < 60 => 3, _ => 4 };
        // The order of Kenmerken's list: GEEN, BO, VMBO, MBO1 (laag), MBO2_4, HAVO_VWO (middel), HBO, WO (hoog), ONBEKEND, other.
        var opleiding = Veld(code, Opleiding, 4) switch { < 4 => 0, < 6 => 1, < 8 => 2, _ => 3 };
        var eerdere = Math.Min(2, Veld(code, Eerdere, 16));
        const ulong Rest = ((1UL << 60) - 1) & ~(0xFFUL << Leeftijd) & ~(0xFFFFUL << Duur) & ~(0xFFFFUL << Eerdere) & ~(0xFUL << Opleiding);
        return (code & Rest) | (ulong)leeftijd << Leeftijd | (ulong)duur << Duur | (ulong)eerdere << Eerdere | (ulong)opleiding << Opleiding;
    }
}
