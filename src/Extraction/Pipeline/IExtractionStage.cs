namespace Extraction.Pipeline;

/// <summary>One step of the pipeline. Implementations are immutable and thread-safe: one instance serves all documents.</summary>
internal interface IExtractionStage
{
    /// <summary>A short name for benchmarks and errors (tokenize, morphology, entities, linking, relations).</summary>
    string Name { get; }

    /// <summary>Reads the layers earlier stages wrote into <paramref name="document"/> and adds this stage's layer.</summary>
    void Process(AnalysisDocument document, CancellationToken cancellationToken);
}
