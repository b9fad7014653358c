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
return root.Parse(args).Invoke();
