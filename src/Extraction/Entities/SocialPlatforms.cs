namespace Extraction.Entities;

/// <summary>Names of social platforms and messengers, which news cites as channels ("з посиланням на Telegram глави ОВА"), not as sources.</summary>
internal static class SocialPlatforms
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Telegram", "Facebook", "Twitter", "X", "YouTube", "Instagram", "TikTok", "Viber", "WhatsApp", "Threads", "Телеграм",
    };

    /// <summary>True when <paramref name="word"/> names a platform.</summary>
    public static bool IsPlatform(string word) => Names.Contains(word);
}
