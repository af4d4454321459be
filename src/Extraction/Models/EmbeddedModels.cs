using System.Reflection;

namespace Extraction.Models;

/// <summary>Opens the model files embedded in this assembly from the repo's models/ folder.</summary>
internal static class EmbeddedModels
{
    private const string Prefix = "Extraction.Models.";

    /// <summary>True when <paramref name="fileName"/> (e.g. <c>morphology.bin</c>) is embedded.</summary>
    public static bool Exists(string fileName) =>
        typeof(EmbeddedModels).Assembly.GetManifestResourceInfo(Prefix + fileName) is not null;

    /// <summary>Opens an embedded model, throwing a clear message when it is absent.</summary>
    public static Stream Open(string fileName)
    {
        var stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(Prefix + fileName);
        return stream ?? throw new FileNotFoundException(
            $"The model '{fileName}' is not embedded in {typeof(EmbeddedModels).Assembly.GetName().Name}. " +
            "Train it with 'extraction train' (it writes models/), then rebuild.", fileName);
    }
}
