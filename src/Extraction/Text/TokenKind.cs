namespace Extraction.Text;

/// <summary>
/// What a token is, as decided by the tokenizer from its characters alone. Token boundaries follow UD Ukrainian-IU:
/// punctuation inside numbers, dates and abbreviations is a token of its own (<c>10 , 5 %</c>, <c>вул .</c>).
/// </summary>
public enum TokenKind : byte
{
    /// <summary>A word in any script, including inner apostrophes and the hyphens of lexicalized words (м'ясо, будь-який, по-перше, Івано-Франківськ); compounds such as Ту-95МС are split at the hyphen.</summary>
    Word,
    /// <summary>A run of digits, or a numeral with its hyphenated ending (2016-го, 152-мм); separators, decimal commas and signs are separate tokens.</summary>
    Number,
    /// <summary>One number of a date or time written with digits: each of 2024, 11 and 14 in 2024-11-14, 14.11.2024 or 18 and 30 in 18:30 (the separators are punctuation tokens).</summary>
    DateTime,
    /// <summary>A known abbreviation (вул, т, ім, грн) or an initial (В) directly followed by its period, which is the next, separate token.</summary>
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
