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
    /// <summary>Movement counts between consecutive SRG peildata, in total (fct_ladderovergang, reeks SRG).</summary>
    SrgBewegingen,
    /// <summary>Movement counts between consecutive month-ends (reeks MAAND): three quarters of the movement rows, read only by the month figures.</summary>
    MaandBewegingen,
    /// <summary>The SRG counts per instrument running between the two peildata: a join with the voorzieningen, read only by the per-instrument figure.</summary>
    InstrumentBewegingen,
    /// <summary>
    /// The REINTEGRATIE hours summed per day (<see cref="Gegevens.UrenPerDag"/>): all the internal costs read, so a report that
    /// prices no traject never holds the hours themselves. Not read when the hours are: then they are summed from those.
    /// </summary>
    UrenPerDag,
    /// <summary>
    /// Of each ended traject, its client's REINTEGRATIE hours while it ran (<see cref="Gegevens.UrenTijdens(TrajectRegel)"/>): what the
    /// costs per traject read, a sum per traject instead of every hour. Not read when the hours are: then they are summed from those.
    /// </summary>
    UrenPerTraject,
    /// <summary>
    /// The delivery's klantmanagers with their fte and clients (<see cref="Gegevens.Klantmanagers"/>): only the caseload per fte
    /// reads them, and counting every client per klantmanager costs a large city a second, so a report without it never reads them.
    /// </summary>
    Klantmanagers,
}
