namespace Extraction.Text;

/// <summary>What a token is, as decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in any script, including apostrophes and inner hyphens (м'ясо, будь-який, Ту-95МС).</summary>
    Word,
    /// <summary>A number, possibly with group separators, decimals or a sign (1 234,5; 10,5).</summary>
    Number,
    /// <summary>A date or time written with digits (2024-11-14, 14.11.2024, 18:30).</summary>
    DateTime,
    /// <summary>An abbreviation that ends with its own period (вул., т., ім.) or an initial (В.).</summary>
    Abbreviation,
    /// <summary>Punctuation: quotes, brackets, dashes, ellipsis, sentence marks.</summary>
    Punctuation,
    /// <summary>A symbol such as %, №, $, € or °.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (#слава).</summary>
    Hashtag,
    /// <summary>A user handle (@name).</summary>
    Handle,
    /// <summary>An emoji or pictograph, with its modifiers and joiners.</summary>
    Emoji,
    /// <summary>Anything else that is not whitespace.</summary>
    Other,
}
