namespace Extraction.Models;

/// <summary>Thrown when a model file is truncated, corrupted or of an unknown format. The message names the file.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="modelName"/>.</summary>
    public ModelFormatException(string modelName, string message, Exception? inner = null)
        : base($"Model '{modelName}' cannot be read: {message}", inner)
    {
        ModelName = modelName;
    }

    /// <summary>The model's file or resource name.</summary>
    public string ModelName { get; }
}
