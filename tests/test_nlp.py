"""Normalisation: what must compare equal after it, and what must not."""

import pytest

from callqa.nlp import lemma, normalize, numbers_to_digits


@pytest.mark.parametrize(
    "spoken, written",
    [
        ("двадцать пять процентов", "25%"),
        ("скидка двадцати пяти процентов", "скидка 25%"),
        ("десять процентов", "10 %"),
        ("две тысячи девятьсот рублей", "2900 рублей"),
        ("две тысячи девятьсот рублей", "2 900 рублей"),
        ("сто двадцать три", "123"),
        ("за полцены", "скидка 50%"),
    ],
)
def test_ru_spoken_numbers_equal_digits(spoken, written):
    assert normalize(spoken, "ru") == normalize(written, "ru")


@pytest.mark.parametrize(
    "spoken, written",
    [
        ("thirty percent", "30%"),
        ("thirty per cent", "30 %"),
        ("twenty-five users", "25 users"),
        ("one hundred and five dollars", "105 dollars"),
        ("four dollars per user", "$4 per user"),
        ("two thousand and twenty six", "2026"),
        ("half price", "50% off"),
    ],
)
def test_en_spoken_numbers_equal_digits(spoken, written):
    assert normalize(spoken, "en") == normalize(written, "en")


def test_numbers_to_digits_keeps_the_rest_of_the_text():
    assert numbers_to_digits("Скидка Двадцать пять процентов до пятницы!", "ru") == "Скидка 25% до пятницы!"
    assert numbers_to_digits("We give thirty percent off, OK?", "en") == "We give 30% off, OK?"
    assert numbers_to_digits("no numbers here", "en") == "no numbers here"


def test_digit_by_digit_numbers_stay_apart():
    # a phone number read digit by digit is not one big number
    assert numbers_to_digits("восемь девять один шесть", "ru") == "8 9 1 6"
    assert numbers_to_digits("five five five one two", "en") == "5 5 5 1 2"
    assert numbers_to_digits("twenty twenty", "en") == "20 20"


def test_one_of_is_not_a_quantity():
    assert numbers_to_digits("one of our customers", "en") == "one of our customers"


def test_case_yo_punctuation_and_fillers_are_removed():
    assert normalize("Ну, э-э, как бы ВЕДЁТЕ учёт?!", "ru") == normalize("ведете учет", "ru")
    assert normalize("Um, uh, you know, how do you SCHEDULE shifts?", "en") == normalize("how do you schedule shifts", "en")


def test_lemmas_make_inflections_equal():
    assert normalize("на складе", "ru") == normalize("на склад", "ru")
    assert normalize("договорились о встрече", "ru") == normalize("договориться о встреча", "ru")
    assert normalize("staff swapped shifts", "en") == normalize("staff swap shift", "en")
    assert lemma("rotas", "en") == "rota"


def test_different_words_stay_different():
    assert normalize("скидка 10%", "ru") != normalize("скидка 15%", "ru")
    assert normalize("call me next week", "en") != normalize("call me next month", "en")


def test_unknown_language_still_normalises_case_and_punctuation():
    assert normalize("Bonjour, ÇA va?", "fr") == "bonjour ça va"


def test_every_number_word_is_converted():
    # the quick pre-check must not let a number word slip past the word-by-word pass
    from callqa import nlp

    for lang, tables in (("ru", (nlp._RU_UNITS, nlp._RU_TENS, nlp._RU_HUNDREDS)), ("en", (nlp._EN_UNITS, nlp._EN_TENS))):
        for table in tables:
            for word, value in table.items():
                assert numbers_to_digits(word, lang) == str(value), (lang, word)
                assert numbers_to_digits(word.capitalize(), lang) == str(value), (lang, word)
    for word, value in (("двадцати", "20"), ("тысячи", "1000"), ("девяноста", "90"), ("пятисот", "500"),
                        ("hundred", "100"), ("thousand", "1000")):
        lang = "en" if word.isascii() else "ru"
        assert numbers_to_digits(word, lang) == value, word


def test_a_messenger_named_in_latin_in_russian_speech_normalises_as_in_cyrillic():
    # Whisper writes "Telegram" in Russian speech as often as "телеграм"
    assert normalize("давайте лучше в Telegram напрямую мне", "ru") == normalize("давайте лучше в телеграм напрямую мне", "ru")
    assert normalize("напишите мне в WhatsApp", "ru") == normalize("напишите мне в ватсап", "ru")
    assert normalize("message me on WhatsApp", "en") == "message me on whatsapp"
