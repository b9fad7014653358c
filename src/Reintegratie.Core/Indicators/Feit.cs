namespace Reintegratie.Core.Indicators;

/// <summary>
/// The lists of <see cref="Gegevens"/> that are read when an indicator first asks for them, each from one query: a report
/// that shows only budgets never reads the ladder's millions of positions, and no report holds a list it does not read.
/// </summary>
public enum Feit
{
    Klanten,
    Uitkeringen,
    Trajecten,
    Voorzieningen,
    Dienstverbanden,
    Aanvragen,
    Maatregelen,
    Betalingen,
    Uren,
    Registraties,
    /// <summary>Clients per SRG position and per Participatieladder trede per peildatum: one query gives both.</summary>
    LadderEnTreden,
    Bewegingen,
}
