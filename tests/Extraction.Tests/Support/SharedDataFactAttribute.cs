namespace Extraction.Tests.Support;

/// <summary>A fact that is skipped, with a clear message, when ../shared/data is not beside the repo.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null) Skip = SharedData.MissingMessage;
    }
}

/// <summary>A theory that is skipped, with a clear message, when ../shared/data is not beside the repo.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Directory is null) Skip = SharedData.MissingMessage;
    }
}
