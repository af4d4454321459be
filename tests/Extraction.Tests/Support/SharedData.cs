namespace Extraction.Tests.Support;

/// <summary>Finds ../shared/data beside the repo; tests that need it skip with a clear message when it is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The absolute path of shared/data, or null when it is not beside the repo.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The message a skipped test gives.</summary>
    public const string MissingMessage = "../shared/data is not beside the repo; this test needs the shared corpora.";

    /// <summary>Path of a file under shared/data, or null when shared/data is absent.</summary>
    public static string? PathOf(string relative) => Directory is null ? null : System.IO.Path.Combine(Directory, relative);

    private static string? Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Extraction.sln")))
            {
                string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                return System.IO.Directory.Exists(candidate) ? candidate : null;
            }
            dir = dir.Parent;
        }
        return null;
    }
}
