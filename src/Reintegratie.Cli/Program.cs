using System.CommandLine;
using Reintegratie.Cli;
using Reintegratie.Cli.Commands;

var root = new RootCommand("reintegratie: het beleidsinformatie-warehouse voor re-integratie van de sociale dienst")
{
    DemoCommand.Create(),
    GenerateCommand.Create(),
    LoadCommand.Create(),
    DeriveCommand.Create(),
    ExportCommand.Create(),
    ReportCommand.Create(),
    VerschillenCommand.Create(),
    RunCommand.Run(),
    RunCommand.Serve(),
    MigrateCommand.Create(),
    DeliveriesCommand.Create(),
    QuarantineCommand.Create(),
    UserCommand.Create(),
};
foreach (var option in root.Options)
{
    if (option is System.CommandLine.Help.HelpOption) option.Description = "Toon hulp bij dit commando";
    if (option is VersionOption) option.Description = "Toon het versienummer";
}
var parsed = root.Parse(OudeOptienamen.Vervang(args, Console.Error));
// A mistake in the arguments is one Dutch line on standard error, never the help on standard output (where an
// export's CSV goes).
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine(Argumentfouten.Regel(parsed.Errors));
    return 1;
}
return parsed.Invoke();
