using System.CommandLine;
using Reintegratie.Generator;

namespace Reintegratie.Cli.Commands;

public static class GenerateCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profiel") { Description = "klein (Dinkelland), middel (Soest), groot (grote stad) of actueel (Woerden 2019-2025, Participatiewet)", DefaultValueFactory = _ => "middel" };
        var seed = new Option<int>("--startgetal") { Description = "Startgetal van het toeval: hetzelfde startgetal geeft dezelfde bestanden", DefaultValueFactory = _ => 342 };
        var output = new Option<string>("--uit") { Description = "Map waarin de leveringen en referentie/ komen", Required = true };
        var broken = new Option<bool>("--kapot") { Description = "Schrijf ook een kapotte levering per afwijzings- en quarantaineregel (voor tests)" };
        var command = new Command("generate", "Genereer een synthetische gemeente: referentiegegevens en halfjaarlijkse leveringen") { profile, seed, output, broken };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var result = DemoGenerator.Generate(Profile.Named(parse.GetValue(profile)!), parse.GetValue(seed), outDir,
                new Progress<string>(name => Console.Error.WriteLine($"  geschreven: {name}")));
            Console.WriteLine($"{result.Deliveries.Count} leveringen en referentie/ in {outDir}");
            if (parse.GetValue(broken))
            {
                var cases = BrokenDeliveries.Write(Path.Combine(outDir, "kapot"));
                Console.WriteLine($"{cases.Count} kapotte leveringen in {Path.Combine(outDir, "kapot")}");
            }
            return 0;
        }));
        return command;
    }
}
