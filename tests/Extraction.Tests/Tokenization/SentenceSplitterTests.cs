namespace Extraction.Tests.Tokenization;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ракета впала в полі. Постраждалих немає.", new[] { "Ракета впала в полі.", "Постраждалих немає." })]
    [InlineData("Хто винен? Що робити! Невідомо…", new[] { "Хто винен?", "Що робити!", "Невідомо…" })]
    [InlineData("Чекали довго... А потім пішли.", new[] { "Чекали довго...", "А потім пішли." })]
    [InlineData("Чекали довго... і пішли.", new[] { "Чекали довго... і пішли." })]
    [InlineData("Ракета впала.Постраждалих немає.", new[] { "Ракета впала.", "Постраждалих немає." })]
    [InlineData("Мітинг почався о 10:00. 200 людей прийшли.", new[] { "Мітинг почався о 10:00.", "200 людей прийшли." })]
    public void Terminal_marks_end_sentences(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("Обстріли півдня Нагадаємо, ворог атакував порт.", new[] { "Обстріли півдня", "Нагадаємо, ворог атакував порт." })]
    [InlineData("Бійці відбили три атаки На Куп'янському напрямку тихо.", new[] { "Бійці відбили три атаки", "На Куп'янському напрямку тихо." })]
    [InlineData("Атака на місто 13 листопада Цієї ночі летіли дрони.", new[] { "Атака на місто 13 листопада", "Цієї ночі летіли дрони." })]
    public void A_capitalized_word_that_only_opens_sentences_ends_a_glued_heading(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("Рада змінила закон Про оборону країни.")]
    [InlineData("Фільм «На Західному фронті» показали знову.")]
    [InlineData("Команда вийшла до групи В разом із сусідами.")]
    [InlineData("Він сказав: Вчора все змінилося.")]
    public void Opener_words_after_a_law_a_quote_a_colon_or_as_letters_do_not_split(string text) =>
        Tok.Sentences(text).Should().Equal(text);

    [Theory]
    [InlineData("Зустрілися В. Зеленський і Е. Макрон. Вони говорили годину.", new[] { "Зустрілися В. Зеленський і Е. Макрон.", "Вони говорили годину." })]
    [InlineData("Вірш Т.Г. Шевченка відомий.", new[] { "Вірш Т.Г. Шевченка відомий." })]
    [InlineData("Парк ім. Шевченка закрили.", new[] { "Парк ім. Шевченка закрили." })]
    [InlineData("Вибух на вул. Хрещатик. Рятувальники працюють.", new[] { "Вибух на вул. Хрещатик.", "Рятувальники працюють." })]
    [InlineData("Удар по м. Харків і с. Липці.", new[] { "Удар по м. Харків і с. Липці." })]
    [InlineData("Вони купили хліб, молоко і т. д. Потім пішли.", new[] { "Вони купили хліб, молоко і т. д.", "Потім пішли." })]
    [InlineData("Ціни, податки і т. д. зросли.", new[] { "Ціни, податки і т. д. зросли." })]
    [InlineData("Це сталося у 2022 р. Тоді всі виїхали.", new[] { "Це сталося у 2022 р.", "Тоді всі виїхали." })]
    [InlineData("Міст через р. Дніпро відкрили.", new[] { "Міст через р. Дніпро відкрили." })]
    [InlineData("У 2014 р. Петро Порошенко став президентом.", new[] { "У 2014 р. Петро Порошенко став президентом." })]
    [InlineData("Він працював там у 2001-2005 рр. Потім переїхав.", new[] { "Він працював там у 2001-2005 рр.", "Потім переїхав." })]
    [InlineData("Виділили 5 млн грн. Гроші вже надійшли.", new[] { "Виділили 5 млн грн.", "Гроші вже надійшли." })]
    [InlineData("Див. ст. 111 Кодексу.", new[] { "Див. ст. 111 Кодексу." })]
    [InlineData("Вийшло 14.11.2024 о 18:30 за Києвом.", new[] { "Вийшло 14.11.2024 о 18:30 за Києвом." })]
    public void Abbreviations_and_initials_do_not_end_sentences(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("Двигун видає 300 к.с. Коробка автоматична.", new[] { "Двигун видає 300 к.с.", "Коробка автоматична." })]
    [InlineData("Згоріло 40 кв. м. Пожежу загасили.", new[] { "Згоріло 40 кв. м.", "Пожежу загасили." })]
    [InlineData("Розгін триває 4,5 с. Це рекорд.", new[] { "Розгін триває 4,5 с.", "Це рекорд." })]
    [InlineData("Україна потрапила до групи B. Там суперники сильні.", new[] { "Україна потрапила до групи B.", "Там суперники сильні." })]
    [InlineData("Ворог випустив Іскандер-М. Ракету збили.", new[] { "Ворог випустив Іскандер-М.", "Ракету збили." })]
    [InlineData("Промову виголосив John F. Kennedy.", new[] { "Промову виголосив John F. Kennedy." })]
    public void Sentence_final_abbreviations_units_and_letters(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("«Ви прийдете?» — запитав він.", new[] { "«Ви прийдете?» — запитав він." })]
    [InlineData("«Ми переможемо!» — заявив командир. Бійці погодились.", new[] { "«Ми переможемо!» — заявив командир.", "Бійці погодились." })]
    [InlineData("Він сказав: «Все буде добре.» Потім пішов.", new[] { "Він сказав: «Все буде добре.»", "Потім пішов." })]
    [InlineData("Він сказав: «Все буде добре». Потім пішов.", new[] { "Він сказав: «Все буде добре».", "Потім пішов." })]
    [InlineData("Він запитав: «Коли?..» Ніхто не знав.", new[] { "Він запитав: «Коли?..»", "Ніхто не знав." })]
    [InlineData("Він мовчав (довго). Потім заговорив.", new[] { "Він мовчав (довго).", "Потім заговорив." })]
    [InlineData("Що? — не зрозумів він.", new[] { "Що? — не зрозумів він." })]
    [InlineData("Кінець. «Новий» початок.", new[] { "Кінець.", "«Новий» початок." })]
    public void Quotes_and_brackets_after_the_mark_stay_in_the_sentence(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("Росія атакувала енергетику\nУночі ворог запустив дрони.", new[] { "Росія атакувала енергетику", "Уночі ворог запустив дрони." })]
    [InlineData("Читайте також:\nУкраїна отримала нові ППО", new[] { "Читайте також:", "Україна отримала нові ППО" })]
    [InlineData("Автор: Олена Коваль\r\nФото: прес-служба", new[] { "Автор: Олена Коваль", "Фото: прес-служба" })]
    [InlineData("Основне:\n- ракети\n- дрони\n1. Перше\n2. Друге", new[] { "Основне:", "- ракети", "- дрони", "1.", "Перше", "2.", "Друге" })]
    [InlineData("Заголовок\n\nПерший абзац тексту.", new[] { "Заголовок", "Перший абзац тексту." })]
    public void Line_breaks_end_headlines_bylines_and_list_items(string text, string[] expected) =>
        Tok.Sentences(text).Should().Equal(expected);

    [Fact]
    public void Sentence_token_ranges_line_up_with_the_tokens()
    {
        const string text = "Перше речення. Друге речення!\nТретє";
        Tok.Sentences(text).Should().HaveCount(3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void No_tokens_no_sentences(string text) =>
        Tok.Sentences(text).Should().BeEmpty();

    [Fact]
    public void Null_output_throws()
    {
        var act = () => Extraction.Tokenization.SentenceSplitter.Instance.Split("x", [], null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
