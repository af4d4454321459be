using Extraction.Entities;

namespace Extraction.Tests.Entities;

public sealed class UkrainianTransliteratorTests
{
    // Examples of the 2010 table (resolution No. 55), one or more per letter and rule.
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Андрій", "Andrii")]
    [InlineData("Борщагівка", "Borshchahivka")]
    [InlineData("Борисенко", "Borysenko")]
    [InlineData("Вінниця", "Vinnytsia")]
    [InlineData("Володимир", "Volodymyr")]
    [InlineData("Гадяч", "Hadiach")]
    [InlineData("Богдан", "Bohdan")]
    [InlineData("Згурський", "Zghurskyi")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Ґорґани", "Gorgany")]
    [InlineData("Донецьк", "Donetsk")]
    [InlineData("Дмитро", "Dmytro")]
    [InlineData("Рівне", "Rivne")]
    [InlineData("Олег", "Oleh")]
    [InlineData("Есмань", "Esman")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Гаєвич", "Haievych")]
    [InlineData("Короп'є", "Koropie")]
    [InlineData("Житомир", "Zhytomyr")]
    [InlineData("Жанна", "Zhanna")]
    [InlineData("Жежелів", "Zhezheliv")]
    [InlineData("Закарпаття", "Zakarpattia")]
    [InlineData("Казимирчук", "Kazymyrchuk")]
    [InlineData("Медвин", "Medvyn")]
    [InlineData("Михайленко", "Mykhailenko")]
    [InlineData("Іванків", "Ivankiv")]
    [InlineData("Іващенко", "Ivashchenko")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Мар'їне", "Marine")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Миколаїв", "Mykolaiv")]
    [InlineData("Наталія", "Nataliia")]
    [InlineData("Одеса", "Odesa")]
    [InlineData("Онищенко", "Onyshchenko")]
    [InlineData("Решетилівка", "Reshetylivka")]
    [InlineData("Рибчинський", "Rybchynskyi")]
    [InlineData("Соломія", "Solomiia")]
    [InlineData("Тернопіль", "Ternopil")]
    [InlineData("Троць", "Trots")]
    [InlineData("Ужгород", "Uzhhorod")]
    [InlineData("Уляна", "Uliana")]
    [InlineData("Фастів", "Fastiv")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Христина", "Khrystyna")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("Чернівці", "Chernivtsi")]
    [InlineData("Шевченко", "Shevchenko")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Ярошенко", "Yaroshenko")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    [InlineData("Запоріжжя", "Zaporizhzhia")]
    public void Official_table_examples(string ukrainian, string latin)
    {
        UkrainianTransliterator.ToLatin(ukrainian).Should().Be(latin);
    }

    [Theory]
    [InlineData("Шойгу", "Shoihu")]
    [InlineData("Сергій Шойгу", "Serhii Shoihu")]
    [InlineData("Знамʼянка", "Znamianka")]
    [InlineData("Знам’янка", "Znamianka")]
    [InlineData("ЗАПОРІЖЖЯ", "ZAPORIZHZHIA")]
    [InlineData("ЮРІЙ ЯРОШЕНКО", "YURII YAROSHENKO")]
    [InlineData("НАТО", "NATO")]
    [InlineData("Щ", "Shch")]
    [InlineData("ЗГУРСЬКИЙ", "ZGHURSKYI")]
    [InlineData("Іван-Франківськ", "Ivan-Frankivsk")]
    [InlineData("Нью-Йорк", "Niu-York")]
    [InlineData("HIMARS і Patriot", "HIMARS i Patriot")]
    [InlineData("«Юнона»", "«Yunona»")]
    [InlineData("", "")]
    public void Word_initial_rules_case_and_other_characters(string ukrainian, string latin)
    {
        UkrainianTransliterator.ToLatin(ukrainian).Should().Be(latin);
    }

    [Fact]
    public void Output_has_no_cyrillic_left_for_ukrainian_letters()
    {
        const string alphabet = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя м'ясо пʼять";
        UkrainianTransliterator.ToLatin(alphabet).Should().MatchRegex("^[A-Za-z ]*$");
    }
}
