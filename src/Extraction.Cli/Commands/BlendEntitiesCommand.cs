using System.CommandLine;
using Extraction.Entities;
using Extraction.Training.Entities;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train entities-blend</c>: one tagger model from the weighted sum of two trained on the same features.</summary>
internal static class BlendEntitiesCommand
{
    public static Command Create()
    {
        var first = new Option<string>("--first") { Description = "The first model file (e.g. the CRF's).", Required = true };
        var second = new Option<string>("--second") { Description = "The second model file (e.g. the perceptron's).", Required = true };
        var alpha = new Option<float>("--alpha") { Description = "Weight of the first model; the second gets 1 − alpha.", DefaultValueFactory = _ => 0.5f };
        var secondScale = new Option<float>("--second-scale") { Description = "The second model's weights are divided by this first, to put them on the first's scale (a perceptron's scores are ≈16× a CRF's).", DefaultValueFactory = _ => 1f };
        var temperature = new Option<float>("--confidence-temperature") { Description = "Confidence temperature of the blend (fit it with evaluate entities --dev --fit-temperature).", DefaultValueFactory = _ => 1f };
        var output = new Option<string>("--out") { Description = "Where to write the blended model.", Required = true };
        var command = new Command("entities-blend", "Write one entity model whose weights are alpha · first + (1 − alpha) / second-scale · second.")
        {
            first, second, alpha, secondScale, temperature, output,
        };
        command.SetAction(parse =>
        {
            float a = parse.GetValue(alpha), s = parse.GetValue(secondScale);
            if (a is < 0 or > 1 || !(s > 0))
            {
                Console.Error.WriteLine("--alpha must be in [0, 1] and --second-scale positive.");
                return 1;
            }
            var model = EntityModelBlend.Blend(EntityTaggerModel.Load(parse.GetValue(first)!), a,
                EntityTaggerModel.Load(parse.GetValue(second)!), (1 - a) / s, parse.GetValue(temperature));
            string outPath = parse.GetValue(output)!;
            model.Save(outPath);
            Console.WriteLine($"{model.Weights.NonZeroCount:N0} weights, {new FileInfo(outPath).Length / 1048576.0:0.0} MB -> {outPath}");
            return 0;
        });
        return command;
    }
}
