using Extraction.Entities;
using FsCheck;
using FsCheck.Xunit;

namespace Extraction.Tests.Entities.KnowledgeBase;

public sealed class AliasKeyPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Normalizing_twice_changes_nothing(NonNull<string> text)
    {
        string once = AliasKey.Normalize(text.Get);
        return AliasKey.Normalize(once) == once;
    }

    [Property(MaxTest = 500)]
    public bool A_key_is_never_longer_than_its_source_and_has_no_edge_spaces(NonNull<string> text)
    {
        string key = AliasKey.Normalize(text.Get);
        return key.Length <= text.Get.Length && key.Trim() == key;
    }

    [Property(MaxTest = 500)]
    public bool Transliteration_leaves_no_ukrainian_letter(NonNull<string> text)
    {
        string latin = UkrainianTransliterator.ToLatin(text.Get);
        return !latin.Any(c => "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ".Contains(c));
    }

    [Fact]
    public void Apostrophe_and_dash_shapes_share_one_key()
    {
        AliasKey.Normalize("Обʼєднані  Арабські\u00A0Емірати").Should().Be(AliasKey.Normalize("об’єднані арабські емірати"));
        AliasKey.Normalize("Іскандер–М").Should().Be("іскандер-м");
        AliasKey.Normalize("ПВК «Вагнер»").Should().Be("пвк вагнер");
        AliasKey.Normalize(new string('я', 500)).Should().HaveLength(500, "long names use a heap buffer");
    }
}
