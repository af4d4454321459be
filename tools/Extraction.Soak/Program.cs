using System.Globalization;
using Extraction.Pipeline;
using Extraction.Soak;

// Usage: dotnet run -c Release --project tools/Extraction.Soak -- [inputs=1000000] [seed=1] [minutes=60]
long inputs = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
double minutes = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 60;

var report = SoakRunner.Run(Extractor.CreateDefault(), seed, inputs, TimeSpan.FromMinutes(minutes), hangLimit: TimeSpan.FromSeconds(5));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"inputs: {report.Inputs:N0}, characters: {report.Characters:N0}, crashes: {report.Crashes}, hangs: {report.Hangs}, invariant violations: {report.Violations}, time: {report.Elapsed.TotalSeconds:N0} s"));
foreach (string failure in report.Failures) Console.WriteLine(failure);
return report.Crashes + report.Hangs + report.Violations == 0 ? 0 : 1;
