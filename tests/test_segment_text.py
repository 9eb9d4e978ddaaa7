"""The plain-text segmenter: one block per non-blank line, with offsets and shape features."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.errors import InputError
from cleaner.heuristics.stopword_density import StopwordDensitySettings
from cleaner.lang import (
    ARABIC_ARTICLE_PREFIXES,
    ARABIC_STEM_MIN_LETTERS,
    KOREAN_PARTICLE_SUFFIXES,
    KOREAN_STEM_MIN_SYLLABLES,
    STOPWORDS,
    UNSPACED_CHARACTERS_PER_WORD,
    UNSPACED_CLAUSE_MARKS,
    UNSPACED_RANGES,
    is_mark,
)
from cleaner.limits import Limits
from cleaner.segment import page as page_module
from cleaner.segment.compiled import (
    index_words,
    joined_runs,
    kept_lines,
    line_ends,
    line_fingerprint,
    line_marks,
    line_spans,
    line_words,
    lines_containing,
    lines_ending_with,
    lines_mostly_linked,
    prose_flags,
    repeat_counts,
    repeated_places,
    sized_lines_using,
    token_blocks,
)
from cleaner.segment.page import BlockFeatures
from cleaner.segment.text import segment_text, split_line

SAMPLE = "  Headline here  \n\nFirst paragraph, with words.\r\n\tSecond line of it\n \n\n\u3000全角の行。\nlast"


def _one(text: str) -> BlockFeatures:
    (block,) = segment_text(text).blocks
    return block


def test_each_non_blank_line_is_a_block_in_order() -> None:
    page = segment_text(SAMPLE)

    assert [block.text for block in page.blocks] == [
        "Headline here",
        "First paragraph, with words.",
        "Second line of it",
        "全角の行。",
        "last",
    ]
    assert [block.index for block in page.blocks] == list(range(5))


@pytest.mark.parametrize(
    "text",
    [SAMPLE, "a\nb\n\nc", "\n\n  x  \n", "no newline at all", "tab\tinside\n\t\tindented\t\n", "é\r\n\r\nü\r\n"],
)
def test_offsets_point_at_the_block_text(text: str) -> None:
    page = segment_text(text)

    for block in page.blocks:
        assert text[block.start : block.end] == block.text
        assert len(block.text) == block.end - block.start
    starts = [block.start for block in page.blocks]
    assert starts == sorted(starts)


def test_indentation_and_trailing_space_are_stripped() -> None:
    block = _one("   \t indented line \t  ")

    assert block.text == "indented line"
    assert block.start == 5
    assert block.end == 5 + len("indented line")


def test_crlf_lines_lose_their_carriage_return() -> None:
    text = "First line.\r\n\r\nSecond line\r\nThird line\r\n"

    page = segment_text(text)

    assert [block.text for block in page.blocks] == ["First line.", "Second line", "Third line"]
    assert [(block.blank_before, block.blank_after) for block in page.blocks] == [
        (True, True),
        (True, False),
        (False, True),
    ]
    assert all(text[block.start : block.end] == block.text for block in page.blocks)


def test_blank_line_flags() -> None:
    page = segment_text("one\ntwo\n\nthree\n   \nfour\nfive")

    flags = [(block.text, block.blank_before, block.blank_after) for block in page.blocks]

    assert flags == [
        ("one", True, False),
        ("two", False, True),
        ("three", True, True),
        ("four", True, False),
        ("five", False, True),
    ]


def test_page_start_and_end_count_as_blank() -> None:
    block = _one("only line")

    assert block.blank_before
    assert block.blank_after


def test_blank_page_has_no_blocks() -> None:
    assert segment_text("").blocks == ()
    assert segment_text("\n \n\t\r\n").blocks == ()


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200d\u200d", "\ufeff", " \u200e\t\u00ad ", "\u2066\u2069", "\u200b\n\ufeff"]
)
def test_a_line_that_shows_nothing_is_blank(invisible: str) -> None:
    page = segment_text(f"one\n{invisible}\ntwo\nthree")

    assert [(block.text, block.start, block.blank_before, block.blank_after) for block in page.blocks] == [
        ("one", 0, True, True),
        ("two", 5 + len(invisible), True, False),
        ("three", 9 + len(invisible), False, True),
    ]


@pytest.mark.parametrize("line", ["\u200bvisible", "a\u200b", "\u200d👍", "\u00e9", "\u200b \u3000x"])
def test_a_line_with_any_visible_character_is_a_block(line: str) -> None:
    assert _one(line).text == line.strip()


def test_url_and_format_are_kept() -> None:
    page = segment_text("text", url="https://example.com/a")

    assert page.url == "https://example.com/a"
    assert page.format == "text"


# -- words ---------------------------------------------------------------------------------------


def test_words_are_counted_without_punctuation() -> None:
    block = _one("Hello, world — it's a test: 2024!")

    assert block.words == 7  # hello world it s a test 2024


@pytest.mark.parametrize(
    ("text", "tokens", "words"),
    [
        ("这是一个测试。", 6, 4),
        ("東京タワーに行きました", 11, 7),
        ("我爱Python编程", 5, 4),  # four ideographs are three words, "python" one
        ("ｶﾀｶﾅ", 4, 3),  # half-width katakana
        ("𠀋𠀌", 2, 2),  # ideographs beyond the Basic Multilingual Plane
        ("한국어 문장입니다", 2, 2),
        ("Ελληνικά κείμενα εδώ", 3, 3),
    ],
)
def test_unspaced_scripts_count_a_token_per_character_and_a_word_per_one_point_six(
    text: str, tokens: int, words: int
) -> None:
    """A word of Chinese or Japanese is 1.6 characters on average: counted so, its lines are as long, and its prose
    as dense in function words, as a spaced script's."""
    block = _one(text)
    assert len(block.tokens) == tokens
    assert block.words == words


def test_stop_words_are_counted_across_languages() -> None:
    assert _one("the cat and the dog").stopwords == 3
    assert _one("der Hund und die Katze").stopwords == 3
    assert _one("我的书是新的").stopwords == 4  # 我 的 是 的


def test_a_combining_mark_belongs_to_the_word_it_marks() -> None:
    """Devanagari's vowel signs, Arabic's vowel points, an accent written apart: none of them cuts a word."""
    hindi = _one("भारत की राजधानी नई दिल्ली है और यह एक बड़ा शहर है।")
    assert hindi.tokens == ("भारत", "की", "राजधानी", "नई", "दिल्ली", "है", "और", "यह", "एक", "बड़ा", "शहर", "है")
    assert hindi.stopwords == 6  # की है और यह एक है: Hindi's function words, now whole
    assert _one("cafe\u0301 au lait").tokens == ("cafe\u0301", "au", "lait")  # "é" written as "e" and an accent
    assert _one("كَتَبَ الطالب").tokens == ("كَتَبَ", "الطالب")
    assert _one("I ❤\ufe0f it").tokens == ("i", "it")  # an emoji's variation selector follows no letter


def test_marks_after_no_letter_and_characters_at_the_ends_of_unicode_make_no_word() -> None:
    """The reader's table of marks spans every code point: the last one, a lone surrogate and a line of marks alone."""
    assert line_fingerprint("a\ud800b \U0010ffff\u0301 \u0301x") == "a b x"
    assert line_words(("\u0300" * 100_000,))[2] == (0,)


def test_the_scripts_that_write_no_spaces_are_still_cut_at_their_marks() -> None:
    """Thai joined at its marks would make a sentence one word: it is read in pieces, for want of a dictionary."""
    assert len(_one("ประเทศไทยเป็นประเทศที่มีประวัติศาสตร์ยาวนาน").tokens) > 3


# A sentence of running prose in each language, as an article or a help page writes it: each
# reaches the function-word share at which `stopword_density` calls a line prose, as English does.
PROSE_BY_LANGUAGE = {
    "en": "The new line will be open to the public after the works that have been running since the spring.",
    "de": "Rund 1.400 Haushalte sollen bis 2027 angeschlossen werden, damit sie im Winter nicht mehr mit Öl heizen.",
    "fr": "Cette page vous explique comment préparer votre dossier avant de le déposer à la mairie de votre ville.",
    "es": "Desde el año pasado la biblioteca abre todos los días hasta las nueve de la noche para sus lectores.",
    "it": "Questa guida spiega come preparare la domanda prima di inviarla al comune della tua città entro marzo.",
    "pt": "Desde o ano passado a biblioteca abre todos os dias até às nove da noite para os seus leitores.",
    "nl": "Sinds vorig jaar is de bibliotheek elke dag open tot negen uur, omdat er veel meer lezers komen.",
    "ru": "Чтобы проверить установку, выполните команду, которая покажет номер версии, если всё прошло успешно.",
    "ar": "وقال المتحدث إن المشروع الذي بدأ في العام الماضي سيكتمل قبل نهاية هذا العام، كما أن العمل فيه مستمر.",
    "ko": (
        "작년부터 도서관은 매일 밤 아홉 시까지 문을 열고 있는데, 이는 찾아오는 독자가 점점 더 많아졌기 때문이다. "
        "시는 또한 시내 중심에 새 분관을 짓기로 결정했으며, 이 분관은 2년 안에 완공될 예정이다."
    ),
    "sv": (
        "Sedan förra året är biblioteket öppet varje dag till klockan nio, eftersom det kommer allt"
        " fler läsare. Kommunen har också beslutat att bygga en ny filial i centrum, som ska stå "
        "klar om två år."
    ),
    "da": (
        "Siden sidste år har biblioteket været åbent hver dag til klokken ni, fordi der kommer "
        "flere læsere. Kommunen har også besluttet at bygge en ny filial i centrum, som skal stå "
        "færdig om to år."
    ),
    "no": (
        "Siden i fjor har biblioteket vært åpent hver dag til klokka ni, fordi det kommer stadig "
        "flere lesere. Kommunen har også bestemt at det skal bygges en ny filial i sentrum, som "
        "skal stå ferdig om to år."
    ),
    "pl": (
        "Od zeszłego roku biblioteka jest otwarta codziennie do dziewiątej wieczorem, ponieważ "
        "przychodzi coraz więcej czytelników. Miasto postanowiło także wybudować nową filię w "
        "centrum, która ma być gotowa za dwa lata."
    ),
    "cs": (
        "Od loňského roku je knihovna otevřená každý den až do devíti hodin večer, protože sem "
        "chodí stále více čtenářů. Město se také rozhodlo postavit novou pobočku v centru, která by"
        " měla být hotová za dva roky."
    ),
    "tr": (
        "Geçen yıldan beri kütüphane her gün akşam dokuza kadar açık, çünkü giderek daha fazla "
        "okuyucu geliyor. Belediye ayrıca şehir merkezinde yeni bir şube yapılmasına karar verdi ve"
        " bu şubenin iki yıl içinde bitmesi bekleniyor."
    ),
    "id": (
        "Sejak tahun lalu perpustakaan ini buka setiap hari sampai pukul sembilan malam, karena "
        "semakin banyak pembaca yang datang. Pemerintah kota juga telah memutuskan untuk membangun "
        "cabang baru di pusat kota yang akan selesai dalam dua tahun."
    ),
    "fa": (
        "از سال گذشته کتابخانه هر روز تا ساعت نه شب باز است، زیرا هر روز خوانندگان بیشتری به آن "
        "می‌آیند. شهرداری همچنین تصمیم گرفته است که یک شعبه جدید در مرکز شهر بسازد که قرار است تا "
        "دو سال دیگر آماده شود."
    ),
    "he": (
        "מאז השנה שעברה הספרייה פתוחה בכל יום עד השעה תשע בערב, כי יותר ויותר קוראים מגיעים אליה. "
        "העירייה גם החליטה לבנות סניף חדש במרכז העיר, שאמור להיות מוכן בעוד שנתיים."
    ),
    "el": (
        "Από πέρυσι η βιβλιοθήκη είναι ανοιχτή κάθε μέρα μέχρι τις εννέα το βράδυ, επειδή έρχονται "
        "όλο και περισσότεροι αναγνώστες. Ο δήμος αποφάσισε επίσης να χτίσει ένα νέο παράρτημα στο "
        "κέντρο, το οποίο θα είναι έτοιμο σε δύο χρόνια."
    ),
    "hi": (
        "पिछले साल से पुस्तकालय हर दिन रात नौ बजे तक खुला रहता है, क्योंकि यहाँ आने वाले पाठकों की "
        "संख्या लगातार बढ़ रही है। नगर निगम ने शहर के बीच में एक नई शाखा बनाने का भी फैसला किया है,"
        " जो दो साल में तैयार हो जाएगी।"
    ),
    "vi": (
        "Từ năm ngoái thư viện mở cửa hằng ngày đến chín giờ tối, vì ngày càng có nhiều bạn đọc đến"
        " đây. Thành phố cũng đã quyết định xây một chi nhánh mới ở trung tâm, dự kiến sẽ hoàn "
        "thành trong hai năm tới."
    ),
    "ro": (
        "De anul trecut biblioteca este deschisă în fiecare zi până la ora nouă seara, pentru că "
        "vin tot mai mulți cititori. Primăria a hotărât de asemenea să construiască o filială nouă "
        "în centru, care ar trebui să fie gata în doi ani."
    ),
    "hu": (
        "Tavaly óta a könyvtár minden nap este kilencig tart nyitva, mert egyre több olvasó "
        "érkezik. A város azt is eldöntötte, hogy új fiókot épít a belvárosban, amely két év múlva "
        "készülhet el."
    ),
    "fi": (
        "Viime vuodesta lähtien kirjasto on ollut auki joka päivä kello yhdeksään asti, koska "
        "lukijoita tulee yhä enemmän. Kaupunki on myös päättänyt rakentaa uuden sivukirjaston "
        "keskustaan, ja sen on määrä valmistua kahden vuoden kuluttua."
    ),
}
PROSE_SHARE = StopwordDensitySettings().high_density


@pytest.mark.parametrize("language", sorted(PROSE_BY_LANGUAGE))
def test_prose_in_each_large_language_reaches_the_prose_share_of_function_words(language: str) -> None:
    block = _one(PROSE_BY_LANGUAGE[language])
    assert block.stopwords / block.words >= PROSE_SHARE


def test_korean_particles_count_as_function_words_and_a_menu_of_nouns_holds_none() -> None:
    """Korean writes its particles onto their words: a word that ends with one holds a function word as well."""
    prose = _one(PROSE_BY_LANGUAGE["ko"])
    menu = _one("회사소개 고객센터 공지사항 이용약관 로그인 회원가입 정치 경제 사회 문화 결과 회의 지도 국가")

    assert _one("도서관은 문을").words == 4 and _one("도서관은 문을").stopwords == 2
    assert _one("은 는").stopwords == 0  # a particle alone has no word to be bound to
    assert prose.stopwords / prose.words >= PROSE_SHARE
    assert menu.stopwords == 0


def test_function_words_are_folded_as_tokens_are() -> None:
    """Greek's final sigma folds to "σ": "της" as written would never meet a token."""
    assert all(word == word.casefold() for word in STOPWORDS)
    assert _one("της πόλης και της χώρας").stopwords == 3


@pytest.mark.parametrize(
    "word",
    [
        "ai", "io", "eu", "todo", "sue", "soy", "sans", "me", "car", "mon", "dove", "fare",
        "sale", "min", "era", "sit", "pod", "dig", "vain", "volt", "sedan", "ham", "deg", "nyt",
    ],
)  # fmt: skip
def test_words_english_writes_as_content_are_no_function_words_of_another_language(word: str) -> None:
    """ "AI", "EU", "I/O", "to-do", "soy sauce": a page in English would read as denser prose than it is."""
    assert word not in STOPWORDS


def test_each_function_word_of_a_script_without_spaces_is_one_character() -> None:
    """Such a script is read a character a token, so a longer function word would never be counted."""

    def unspaced(character: str) -> bool:
        return any(first <= ord(character) <= last for first, last in UNSPACED_RANGES)

    assert [word for word in STOPWORDS if len(word) > 1 and any(map(unspaced, word))] == []


def test_clause_marks_of_chinese_and_japanese_count_as_function_words_and_make_terse_prose_read_as_prose() -> None:
    """A product's description in Chinese holds few function characters; its clause marks tell it from a label."""
    description = _one("采用球釜内胆和立体加热，米饭受热均匀、颗粒分明。支持24小时预约，早上醒来就有热粥。")
    menu = _one("首页 厨房电器 生活电器 个护健康 家居日用 限时秒杀 会员中心")

    assert description.stopwords == 4 + 3  # 和 上 就 有, and three clause marks
    assert description.stopwords / description.words >= PROSE_SHARE
    assert menu.stopwords / menu.words < PROSE_SHARE


def test_arabic_s_article_written_into_its_word_counts_as_a_word_and_a_function_word() -> None:
    """As English counts "the": a service's description reads as long and as dense as its English would."""
    description = _one(
        "تتيح هذه الخدمة لملاك الأراضي التقدم بطلب رخصة بناء سكني أو تجاري إلكترونيا دون الحاجة إلى مراجعة مقر البلدية."
    )
    not_articles = _one("والد الذي كافيه")  # "father" (a root's و, one letter after), "which", "café"

    assert (len(description.tokens), description.words) == (19, 24)  # the article of five words
    assert description.stopwords == 3 + 5  # هذه أو إلى, and the five articles
    assert (not_articles.words, not_articles.stopwords) == (3, 1)
    assert _one("للخدمة").words == 2  # "for the service", the article's alif dropped


def test_upper_initial_words_are_counted() -> None:
    block = _one("Storm closes Coastal Road near 10 Downing street")

    assert block.upper_initial_words == 4


def test_upper_initial_words_after_a_dotted_capital_i() -> None:
    # "İ".lower() is two characters: the count of later words must not shift.
    assert _one("İstanbul Ankara izmir bursa").upper_initial_words == 2
    assert _one("İzmir Ankara İstanbul bursa konya").upper_initial_words == 3


def test_caseless_scripts_have_no_upper_initial_words() -> None:
    assert _one("这是一个测试").upper_initial_words == 0


# -- sentence ends ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It ended.",
        "Did it end?",
        "It ended!",
        "It trailed off…",
        'He said "no."',
        "She said ‘yes.’",
        "He said “maybe?”",
        "(An aside.)",
        "«C'est fini.»",
        "[Done!]",
        "完了。",
        "「終わりです。」",
        "『本当に？』",
        "（以上。）",
        "هل انتهى؟",
        "यह खत्म हुआ।",
        "It ended.   ",
        "It was decided by the Nobel Foundation.[2]",
        "It ended in 1911.[11][12]",
        "As the survey found. [3]",
        "So it was said.[citation needed]",
    ],
)
def test_line_ending_like_a_sentence_is_terminal(text: str) -> None:
    assert _one(text).ends_with_terminal


@pytest.mark.parametrize(
    "text",
    [
        "Life and Style",
        "Read more:",
        "Items, more items,",
        'The word "end"',
        "(an aside)",
        "1.5",
        "...and then",
        "Chapter 3 -",
        "See the full list [here]",
        "Notes [1]",
        "[a][b]",
        "It was decided by the Foundation.[a footnote mark far longer than any wiki prints]",
    ],
)
def test_line_without_a_sentence_end_is_not_terminal(text: str) -> None:
    assert not _one(text).ends_with_terminal


def test_at_most_a_few_footnote_marks_are_set_aside() -> None:
    """A line of 100,000 marks costs no more than one of eight: past the eighth, the line ends with a mark."""
    marks, closers = ".", "]"

    assert lines_ending_with(("It ended." + "[1]" * 8,), marks, closers, 32, 8) == [True]
    assert lines_ending_with(("It ended." + "[1]" * 100_000,), marks, closers, 32, 8) == [False]


# -- the compiled line reader: its words -------------------------------------------------------

# ASCII, Latin with marks and folds (İ, ß, ǅ), ideographs of both planes, kana, digits of other kinds,
# combining marks (an acute accent, Devanagari's vowel signs, Arabic's vowel points) and Thai's.
_LINE_CHARACTERS = (
    "aZq09_\r\x0b\x1c .,;:'\"!?-\t()[]/&%$#@*+=<>|~^`{}\\é’“—\xa0ÉİßΣ東ｶ\u0301\u200b𠀁ǅ²١ﬁ"
    "कीभारतहै\u093f\u094d\u0902بَُ\u0e01\u0e31\u0e48\u0e32，、الوفك"
)


def _reference_tokens(text: str) -> list[str]:
    """The tokens of `text` by the definition: each kana or ideograph alone, and runs of word characters (``re``'s
    ``\\w``) with the combining marks that follow them."""
    found: list[str] = []
    run = ""
    for character in text:
        if any(first <= ord(character) <= last for first, last in UNSPACED_RANGES):
            found += [run, character] if run else [character]
            run = ""
        elif re.fullmatch(r"\w", character) or (run and is_mark(character)):
            run += character
        elif run:
            found.append(run)
            run = ""
    return [*found, run] if run else found


# A line is made of those characters and of pieces of Arabic and Korean words, which single
# characters would seldom spell: Arabic's article prefixes, a function word that opens as they do,
# a stem; Korean stems, particles and a function word that ends as one does.
_LINE_PIECES = st.one_of(
    st.sampled_from(list(_LINE_CHARACTERS)),
    st.sampled_from(["ال", "وال", "لل", "كال", "الذي", "د", "خدمة", "도서관", "은", "에서", "문", "이는"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_LINE_PIECES, max_size=40).map("".join), max_size=8))
def test_words_of_each_line_are_those_of_its_tokens(lines: list[str]) -> None:
    _assert_words_are_those_of_tokens(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127), max_size=60), max_size=8))
def test_words_of_each_ascii_line_are_those_of_its_tokens(lines: list[str]) -> None:
    """Lines of ASCII alone, which the reader takes a byte at a time, from every one of its 128 characters."""
    _assert_words_are_those_of_tokens(lines)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=st.characters(max_codepoint=255), max_size=60), max_size=8),
    st.sampled_from(["", " —", " 𠀁"]),
)
def test_words_of_each_latin_1_line_are_those_of_its_tokens_whatever_its_width(lines: list[str], widening: str) -> None:
    """Lines of Latin-1's characters, stored a byte a character, or two or four bytes where a wider character ends
    them: the reader reads each width's code units."""
    _assert_words_are_those_of_tokens([line + widening for line in lines])


def _assert_words_are_those_of_tokens(lines: list[str]) -> None:
    page = segment_text("\n".join(lines))

    for block in page.blocks:
        tokens = _reference_tokens(block.text)
        fingerprint = " ".join(tokens).casefold()
        assert block.fingerprint == fingerprint
        assert block.tokens == tuple(fingerprint.split())
        unspaced = sum(
            len(token) == 1 and any(first <= ord(token) <= last for first, last in UNSPACED_RANGES) for token in tokens
        )
        function_words = sum(word in STOPWORDS for word in block.tokens)
        bound = sum(  # read on the tokens as written: case folding may lengthen one ("İ", "ß")
            token.casefold() not in STOPWORDS
            and (
                any(
                    token.startswith(prefix) and len(token) - len(prefix) >= ARABIC_STEM_MIN_LETTERS
                    for prefix in ARABIC_ARTICLE_PREFIXES
                )
                or (
                    "\uac00" <= token[0] <= "\ud7a3"
                    and any(
                        token.endswith(suffix) and len(token) - len(suffix) >= KOREAN_STEM_MIN_SYLLABLES
                        for suffix in KOREAN_PARTICLE_SUFFIXES
                    )
                )
            )
            for token in tokens
        )
        clause_marks = sum(character in UNSPACED_CLAUSE_MARKS for character in block.text)
        assert block.words == len(tokens) - unspaced + math.ceil(unspaced / UNSPACED_CHARACTERS_PER_WORD) + bound
        assert block.stopwords == function_words + bound + clause_marks
        assert block.upper_initial_words == sum(token[0].isupper() for token in tokens)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=" \t\x0b\x1c\x85\xa0\u2028\u3000\u200b\u0301\u200dé東a.𠀁Ж«", max_size=12), max_size=12),
    st.one_of(st.none(), st.integers(0, 5)),
)
def test_kept_lines_are_the_stripped_lines_with_text_where_they_start_and_whether_a_blank_line_stands_before(
    lines: list[str], spacing: int | None
) -> None:
    # With no starts the lines are a text cut at its newlines; given, they may stand anywhere.
    starts = None if spacing is None else [index * (20 + spacing) for index in range(len(lines))]
    offsets = (
        [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))] if starts is None else starts
    )
    kept = [index for index, line in enumerate(lines) if line.strip()]

    texts, line_starts, blank_before, opening_unseen = kept_lines(lines, starts)

    if starts is None:  # the text itself, cut here at its newlines, gives the same
        assert kept_lines("\n".join(lines)) == (texts, line_starts, blank_before, opening_unseen)
    assert texts == [lines[index].strip() for index in kept]
    assert line_starts == [offsets[index] + len(lines[index]) - len(lines[index].lstrip()) for index in kept]
    assert blank_before == [index == 0 or not lines[index - 1].strip() for index in kept]
    # A zero-width space or joiner, a quotation mark: no letter, digit or combining mark (U+0301).
    assert opening_unseen == [
        position
        for position, text in enumerate(texts)
        if not text[:1].isascii() and not text[0].isalnum() and not is_mark(text[0])
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=".!?…。”’)] a\x1c东𠀁", max_size=8), max_size=12))
def test_lines_ending_with_a_mark_are_those_whose_last_character_but_closers_is_one(lines: list[str]) -> None:
    marks, closers = ".!?…。", "”’)]"

    assert lines_ending_with(tuple(lines), marks, closers) == [
        line.rstrip(closers)[-1:] in set(marks) for line in lines
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab 东𠀁", min_size=1, max_size=6), st.booleans()), max_size=10))
def test_line_spans_are_the_offsets_of_the_lines_joined_by_newlines_and_blank_lines(
    lines: list[tuple[str, bool]],
) -> None:
    texts = tuple(text for text, _ in lines)
    blank_before = tuple(blank for _, blank in lines)
    joined = "".join(("\n\n" if blank else "\n") * (index > 0) + text for index, (text, blank) in enumerate(lines))

    starts, ends = line_spans(texts, blank_before)

    assert [joined[start:end] for start, end in zip(starts, ends, strict=True)] == list(texts)
    assert starts == tuple(joined.find(text, ends[index - 1] if index else 0) for index, text in enumerate(texts))
    assert line_ends(starts, texts) == ends


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(["storm", "coast", "road", "the", "été", "东"]), max_size=6), max_size=10),
    st.frozensets(st.sampled_from(["storm", "road", "été", "东"])),
    st.integers(0, 12),
    st.integers(0, 4),
    st.integers(0, 6),
)
def test_sized_lines_using_are_the_lines_of_a_size_that_hold_one_of_the_words(
    lines: list[list[str]], words: frozenset[str], stop: int, least: int, most: int
) -> None:
    tokens = tuple(tuple(line) for line in lines)
    counts = tuple(len(line) for line in lines)

    assert sized_lines_using(words, tokens, counts, stop, least, most) == [
        index
        for index, line in enumerate(tokens[:stop])
        if least <= counts[index] <= most and not words.isdisjoint(line)
    ]


def test_line_columns_refuse_columns_of_other_lengths() -> None:
    with pytest.raises(ValueError, match="expected the blank_before flag of each of 2 lines, got 1"):
        line_spans(("a", "b"), (True,))
    with pytest.raises(ValueError, match="expected the start of each of 1 lines, got 2"):
        line_ends((0, 2), ("a",))
    with pytest.raises(ValueError, match="expected the link characters of each of 1 lines, got 0"):
        lines_mostly_linked((), ("a",))


def _without_notes(line: str, max_note: int, max_notes: int) -> str:
    """`line` with up to `max_notes` bracketed notes of at most `max_note` characters taken off its end, each with
    the white space before it; a note must open past the line's first character."""
    end = len(line)
    for _ in range(max_notes):
        if not line.endswith("]", 0, end):
            break
        opening = line.rfind("[", max(0, end - max_note), end)
        if opening <= 0:
            break
        end = len(line[:opening].rstrip())
    return line[:end]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet=".!?”)[] a1\u3000东𠀁", max_size=14), max_size=10), st.integers(0, 6), st.integers(0, 4)
)
def test_lines_ending_with_a_mark_set_aside_their_footnote_marks_first(
    lines: list[str], max_note: int, max_notes: int
) -> None:
    marks, closers = ".!?", "”)]"

    assert lines_ending_with(tuple(lines), marks, closers, max_note, max_notes) == [
        _without_notes(line, max_note, max_notes).rstrip(closers)[-1:] in set(marks) for line in lines
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.booleans()), max_size=12),
    st.integers(0, 40),
    st.sampled_from([0.0, 0.2, 0.25, 1 / 3, 0.5, 1.0]),
)
def test_prose_lines_are_long_lines_ending_like_a_sentence_with_the_share_of_function_words(
    lines: list[tuple[int, int, bool]], min_words: int, min_share: float
) -> None:
    words, stopwords, terminal = (tuple(column) for column in zip(*lines, strict=True)) if lines else ((), (), ())

    assert prose_flags(words, stopwords, terminal, min_words, min_share) == tuple(
        count >= min_words and ends and function_words >= min_share * count for count, function_words, ends in lines
    )


def test_prose_flags_refuse_columns_of_different_lengths() -> None:
    with pytest.raises(ValueError, match="expected columns of 2 lines, got 1 and 2"):
        prose_flags((20, 30), (5,), (True, False), 20, 0.2)


def test_the_ascii_words_of_a_line_beyond_ascii_are_those_of_the_table_of_words_read() -> None:
    page = segment_text("The cat’s bowl, café\n\nthe cat and the café")
    beyond, plain = page.tokens

    assert beyond == ("the", "cat", "s", "bowl", "café")
    assert beyond[0] is plain[0] and beyond[1] is plain[1]  # the same str: found, not made again
    assert page.fingerprints[0] == "the cat s bowl café"
    assert page.stopwords == (1, 3)


def test_a_word_read_again_is_the_same_str_and_counts_as_a_function_word_again() -> None:
    page = segment_text("The cat and the dog\n\nthe cat")
    first, again = page.tokens

    assert again[0] is first[0] and again[1] is first[1]
    assert page.stopwords == (sum(word in STOPWORDS for word in first), sum(word in STOPWORDS for word in again))
    assert page.stopwords[1] == 1  # "the" counts each time it is read, "cat" never


def test_words_past_the_reader_s_table_of_words_read_come_out_whole_and_counted() -> None:
    """More distinct words than the table has slots: slots are shared, and replaced, over and over."""
    function_words = sorted(STOPWORDS & {"the", "and", "of", "to", "in", "is", "for", "on"})
    lines = [
        " ".join((f"w{index}x", function_words[index % len(function_words)], f"q{index * 7}"))
        for index in range(150_000)
    ]
    # Each function word comes back after its slot may have gone to another word.
    lines += [" ".join(function_words)] * 3

    fingerprints, tokens, words, stopwords, _, _, _, _ = line_words(lines)

    assert fingerprints == tuple(lines)
    assert tokens == tuple(tuple(line.split()) for line in lines)
    assert words == tuple(len(line.split()) for line in lines)
    assert stopwords == tuple(sum(word in STOPWORDS for word in line.split()) for line in lines)


def test_words_beyond_ascii_past_the_reader_s_table_come_out_folded_and_counted() -> None:
    """More distinct words beyond ASCII than their table has slots: slots are shared, and replaced, over and over."""
    function_words = ["И", "в", "НЕ", "на"]  # Russian's, in either case
    lines = [f"Ж{index}ы {function_words[index % 4]} Кот{index * 7}" for index in range(40_000)]
    # Words read first, then again once their slots may have gone to other words: Arabic's article
    # and a Korean particle bound to their words, Cyrillic and Greek in capitals.
    bound = ["والكتاب الكتاب", "도서관은 좋다", "КОТ И ΣΟΦΙΑ"]
    lines = bound + lines + bound

    fingerprints, tokens, words, stopwords, upper, _, _, _ = line_words(lines)

    assert fingerprints[:40_003] == tuple(line.casefold() for line in lines[:40_003])
    assert tokens[3] == ("ж0ы", "и", "кот0")
    assert fingerprints[-3:] == fingerprints[:3] == ("والكتاب الكتاب", "도서관은 좋다", "кот и σοφια")
    assert words[-3:] == words[:3] == (4, 3, 3)  # a bound article or particle counts as a word of its own
    assert stopwords[-3:] == stopwords[:3] == (2, 1, 1)
    assert stopwords[3:40_003] == (1,) * 40_000  # the Russian function word in either case, not "Ж0ы" nor "Кот0"
    assert upper[-1] == upper[2] == 3


def test_every_word_character_beyond_ascii_folds_as_str_casefold_folds_it() -> None:
    """The reader folds a word whose characters fold one to one from its own table, the others by `str.casefold`:
    every letter, digit and mark of every plane, alone, doubled, after capitals, after "ß" (which folds to two
    characters) and in a word longer than the table folds, twice over (the second time from the words read)."""
    characters = [
        chr(code)
        for code in range(128, 0x30000)
        if (chr(code).isalnum() or is_mark(chr(code)))
        and not any(first <= code <= last for first, last in UNSPACED_RANGES)
    ]
    words = [f"Q{character}é" for character in characters if not is_mark(character)]
    words += [character * 2 for character in characters if not is_mark(character)]
    words += [f"ÉTÉ{character}" for character in characters]
    words += [f"ß{character}" for character in characters[::7]]
    words += [f"Ab{character * 70}" for character in characters[::50]]
    lines = [" ".join(words[start : start + 40]) for start in range(0, len(words), 40)]
    folded = tuple(line.casefold() for line in lines)

    assert line_words(lines)[0] == folded
    assert line_words(lines)[0] == folded


@pytest.mark.parametrize(
    "line",
    [
        "The Café’s MENU: Блюдо дня, «Σοφία» and naïve words",  # each fold as long as its word
        "Die STRASSE heißt Straße, café",  # "ß" folds to "ss": the line's words joined
        "İstanbul and ﬁsh, ΐ",  # "İ", the ligature and "ΐ" fold to several characters
        "x" * 70 + "é " + "Ж" * 80 + " end",  # words longer than the table of folds reads
    ],
)
def test_a_line_beyond_ascii_has_its_words_folded_and_joined_as_its_fingerprint(line: str) -> None:
    fingerprint, tokens = (column[0] for column in line_words((line,))[:2])

    assert tokens == tuple(word.casefold() for word in re.findall(r"\w+", line))
    assert fingerprint == " ".join(tokens)


def test_the_reader_indexes_the_words_asked_for_as_token_blocks_does() -> None:
    lines = ["Subscribe to the café newsletter", "the news", "CAFÉ subscribe subscribe", "nothing here", "news"]
    try:
        index_words(frozenset({"subscribe", "café", "news"}))
        vocabulary, index = line_words(lines)[5]
        assert vocabulary == {"subscribe", "café", "news"}
        assert index == {"subscribe": [0, 2], "café": [0, 2], "news": [1, 4]}
        assert index == token_blocks(line_words(lines)[1], vocabulary)
        # Words read before are looked up in a new set of words asked for, once they are read again.
        index_words(frozenset({"the"}))
        assert line_words(lines)[5] == (frozenset({"the"}), {"the": [0, 1]})
    finally:
        index_words(page_module._indexed_words)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["the news", "Café news", "ab ba", "a b ab", "“ab” ba", "naïve AB", "zz"]), max_size=12),
    st.frozensets(st.sampled_from(["the", "news", "café", "ab", "ba", "a", "b", "zz", "naïve", "abc"]), max_size=10),
    st.integers(0, 300),
)
def test_the_reader_indexes_any_words_asked_for_as_token_blocks_does(
    lines: list[str], words: frozenset[str], others: int
) -> None:
    """An ASCII word is looked up among the ASCII words asked for by the hash the reader works out of it, a line
    written again by its first one's tokens' hashes, and a word beyond ASCII in the set itself."""
    vocabulary = words | {f"w{number}" for number in range(others)}  # many words: a larger table
    try:
        index_words(vocabulary)
        read = line_words(lines)
        assert read[5] == (vocabulary, token_blocks(read[1], vocabulary))
    finally:
        index_words(page_module._indexed_words)


def test_each_function_word_read_as_one_token_counts_as_one_and_the_word_one_letter_longer_as_listed() -> None:
    """ASCII words and words beyond ASCII are looked up in the table of function words by their hash."""
    # Opening with a Latin letter, a longer word has no function word bound to it (it is no kana either).
    listed = sorted(word for word in STOPWORDS if line_words((word, "q" + word))[1] == ((word,), ("q" + word,)))
    longer = ["q" + word for word in listed]

    assert any(not word.isascii() for word in listed)
    assert line_words(listed + longer)[3] == (1,) * len(listed) + tuple(int(word in STOPWORDS) for word in longer)


def test_a_word_read_again_is_the_same_str_in_lines_of_ascii_and_beyond() -> None:
    # An ASCII line's words are found in the table of words read lately as they are folded; the same words
    # in a line beyond ASCII, or one with a curly quote, are found in the same slots.
    tokens = line_words(["Hello, Worlds apart", "hello café worlds", "“Apart” hello"])[1]

    assert tokens == (("hello", "worlds", "apart"), ("hello", "café", "worlds"), ("apart", "hello"))
    assert tokens[1][0] is tokens[0][0] is tokens[2][1]
    assert tokens[1][2] is tokens[0][1] and tokens[2][0] is tokens[0][2]


def test_an_ascii_line_written_again_takes_the_fingerprint_and_tokens_of_the_first() -> None:
    lines = ["Home", "Share this: news", "HOME", "share  this - news!", "Home page", "Share this: news"]
    try:
        index_words(frozenset({"news"}))
        fingerprints, tokens, words, stopwords, upper, (_, index), _, repeats = line_words(lines)
    finally:
        index_words(page_module._indexed_words)

    assert fingerprints == ("home", "share this news", "home", "share this news", "home page", "share this news")
    assert fingerprints[2] is fingerprints[0] and fingerprints[3] is fingerprints[5] is fingerprints[1]
    assert tokens[3] is tokens[1] and tokens[1] == ("share", "this", "news")
    assert words == (1, 3, 1, 3, 2, 3)
    assert stopwords == tuple(sum(word in STOPWORDS for word in line) for line in tokens)
    assert upper == (1, 1, 1, 0, 1, 1)  # each line's own
    assert index == {"news": [1, 3, 5]}
    assert repeats == (2, 3, 2, 3, 1, 3)


def test_blocks_containing_names_each_block_once_in_order() -> None:
    page = segment_text("£5 or $6\nnothing\n\n© 2024 $\nlast £")

    assert page.blocks_containing("£", "$") == [0, 2, 3]
    assert page.blocks_containing("©") == [2]
    assert page.blocks_containing("€") == []
    assert segment_text("").blocks_containing("£") == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="a1 _£€é東\U00020001(c)\n\t=#]{~", max_size=12), max_size=40),
    st.lists(
        st.sampled_from(
            ["1", "_", "£", "€", "é", "東", "\U00020001", "(c)", "a", "z", "](", "\t\t", "a=", "#", "=", "{", "~", "é]"]
        ),
        max_size=8,
    ),
)
def test_blocks_containing_are_the_blocks_whose_text_holds_one_of_the_substrings(
    lines: list[str], substrings: list[str]
) -> None:
    page = segment_text("\n".join(lines))

    expected = [index for index, text in enumerate(page.texts) if any(part in text for part in substrings)]
    assert page.blocks_containing(*substrings) == expected


@given(st.lists(st.text(alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from("é’東\U00020001")))))
def test_the_line_reader_marks_each_line_as_line_marks_does(lines: list[str]) -> None:
    """ASCII lines, read a byte at a time, and the others alike."""
    assert line_words(lines)[6] == line_marks(tuple(lines))


def test_lines_containing_refuses_an_empty_substring_and_marks_of_other_lines() -> None:
    texts = ("a = 1", "b")

    with pytest.raises(ValueError, match="got an empty one"):
        lines_containing(texts, line_marks(texts), ("=", ""))
    with pytest.raises(ValueError, match=r"expected the marks of 2 lines \(16 bytes\), got 8 bytes"):
        lines_containing(texts, line_marks(texts[:1]), ("=",))


def test_blocks_holding_names_each_block_with_one_of_the_words_once_in_order() -> None:
    page = segment_text("Share this story\nThe story\n\nShare, share, SHARE\nnothing here\nOur story")

    assert page.blocks_holding(frozenset(("share", "story"))) == [0, 1, 2, 4]
    assert page.blocks_holding(frozenset(("share",))) == [0, 2]
    assert page.blocks_holding(frozenset(("shar", "Share"))) == []  # whole case-folded tokens only
    assert page.blocks_holding(frozenset()) == []
    assert segment_text("").blocks_holding(frozenset(("share",))) == []
    # Past the small integers Python keeps one object each of: a word said twice in a block still names it once.
    assert segment_text("share, share\n" * 600).blocks_holding(frozenset(("share",))) == list(range(600))


def test_words_asked_for_are_found_at_once_and_indexed_on_the_pages_read_after() -> None:
    words = frozenset(("quokka", "wombat"))  # asked for by no heuristic
    text = "A quokka\nnothing\n\nTwo wombats, one wombat"
    before = segment_text(text)
    before.blocks_holding(frozenset(("story",)))  # its index made before the words were asked for

    assert before.blocks_holding(words) == [0, 2]  # read from the blocks' tokens
    after = segment_text(text)
    assert after.blocks_holding(words) == [0, 2]  # read from the index
    assert words <= after._token_index[0]
    assert not words <= before._token_index[0]


def test_sets_of_words_known_to_be_indexed_are_answered_alike_and_kept_within_their_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_module, "_MAX_KNOWN_SETS", 3)
    text = "Share this story\nthe news\n\nsubscribe now"
    words = ("share", "story", "news", "subscribe", "now")
    segment_text(text).blocks_holding(frozenset(words))  # indexed on the pages read from now on
    page = segment_text(text)
    vocabulary = page._token_index[0]
    asked = [frozenset((word,)) for word in words]
    assert all(one <= vocabulary for one in asked)

    first = [page.blocks_holding(one) for one in asked]
    assert [page.blocks_holding(one) for one in asked] == first  # the second time, the sets are known
    assert first == [[0], [0], [1], [2], [2]]
    known_vocabulary, known = page_module._known_subsets
    assert known_vocabulary is vocabulary
    assert len(known) == 3


def test_a_caller_asking_for_ever_new_words_stops_growing_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "_MAX_INDEXED_WORDS", len(page_module._indexed_words) + 1)
    words = frozenset(("numbat", "bilby"))

    assert segment_text("a numbat\na bilby\nnone").blocks_holding(words) == [0, 1]
    assert segment_text("a bilby").blocks_holding(words) == [0]
    assert not words & page_module._indexed_words


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ab AB.\n", max_size=12), max_size=300),
    # More words than the page holds, at times: the index is read rather than the words.
    st.frozensets(st.sampled_from(["a", "b", "ab", "ba", "aa", "bb", "zz", "q"]), max_size=8),
)
def test_blocks_holding_are_the_blocks_whose_tokens_meet_the_words(lines: list[str], words: frozenset[str]) -> None:
    page = segment_text("\n".join(lines))

    assert page.blocks_holding(words) == [index for index, tokens in enumerate(page.tokens) if words & set(tokens)]


# -- limits ------------------------------------------------------------------------------------------


def test_a_line_at_the_line_limit_stays_whole() -> None:
    assert split_line("ab cd", 5) == ["ab cd"]
    assert segment_text("ab cd", limits=Limits(max_line_chars=5)).texts == ("ab cd",)


def test_a_longer_line_is_cut_after_its_last_space_within_reach() -> None:
    assert split_line("ab cd ef", 5) == ["ab ", "cd ef"]
    assert split_line("ab cd ef gh", 6) == ["ab cd ", "ef gh"]


def test_a_stretch_without_spaces_is_cut_at_the_limit() -> None:
    assert split_line("abcdefghij", 4) == ["abcd", "efgh", "ij"]
    assert split_line(" abcdefgh", 4) == [" abc", "defg", "h"]  # no cut before the first character


@given(st.text(alphabet="ab \t\u3000", max_size=60), st.integers(min_value=1, max_value=12))
@settings(max_examples=200, deadline=None)
def test_pieces_are_within_the_limit_and_give_the_line_back(line: str, limit: int) -> None:
    pieces = split_line(line, limit)

    assert "".join(pieces) == line
    assert all(len(piece) <= limit for piece in pieces)
    assert all(pieces[:-1])


def test_pieces_of_a_cut_line_are_blocks_with_offsets_into_the_text() -> None:
    text = "first\n\n  one two three four five six seven\nlast"

    page = segment_text(text, limits=Limits(max_line_chars=12))

    assert page.texts == ("first", "one two", "three four", "five six", "seven", "last")
    assert [text[start:end] for start, end in zip(page.starts, page.ends, strict=True)] == list(page.texts)
    assert page.blank_before == (True, True, False, False, False, False)


def test_more_blocks_than_the_limit_are_refused() -> None:
    assert len(segment_text("a\nb\n\nc", limits=Limits(max_blocks=3))) == 3
    with pytest.raises(InputError, match=r"page of 4 blocks is over the limit of 3 \(Limits.max_blocks\)"):
        segment_text("a\nb\n\nc\nd", limits=Limits(max_blocks=3))


def test_repeated_places_lists_where_each_repeated_line_stands() -> None:
    page = segment_text("Home\nNews\nThe river rose.\nhome\nSport\nNews\n\u200b\n")

    # Case and spacing aside, "Home" and "News" are each written twice; the other lines once.
    assert page.repeated_places == {"home": (0, 3), "news": (1, 5)}
    assert page.repeated_lines == (0, 1, 3, 5)


# Of one to four bytes a character, and of fewer, as many and more bytes than the eight read at a time.
_FINGERPRINTS = ["", "home", "news", "the river rose", "é", "abcdefgh", "abcdefghi", "ĕ", "\x15\x01", "新聞", "𝒶"]


@given(st.lists(st.sampled_from(_FINGERPRINTS), max_size=12))
def test_repeats_and_their_places_are_counted_from_the_fingerprints(sampled: list[str]) -> None:
    # Each one its own str, as the line reader makes them: equal ones are told equal by what they hold.
    fingerprints = ["".join(list(fingerprint)) for fingerprint in sampled]
    written = Counter(fingerprints)
    repeats = repeat_counts(tuple(fingerprints))
    lines, places = repeated_places(tuple(fingerprints), repeats)

    assert repeats == tuple(written[fingerprint] for fingerprint in fingerprints)
    assert lines == tuple(
        index for index, fingerprint in enumerate(fingerprints) if fingerprint and written[fingerprint] > 1
    )
    assert places == {
        fingerprint: tuple(index for index in lines if fingerprints[index] == fingerprint)
        for fingerprint in dict.fromkeys(fingerprints[index] for index in lines)
    }


def test_fingerprints_storing_the_same_bytes_in_characters_of_other_widths_differ() -> None:
    # "ĕ" (U+0115) is stored as the two bytes 0x15 0x01, as the two characters "\x15\x01" are.
    assert repeat_counts(("ĕ", "\x15\x01", "ĕ")) == (2, 1, 2)


def test_the_reader_counts_each_line_s_repeats_as_repeat_counts_does() -> None:
    # The same fingerprint read from ASCII lines and from lines beyond it (a curly quote, a clause mark).
    lines = ["Don’t stop", "don't stop", "DON T STOP", "Café", "CAFÉ!", "新聞。", "新聞", "don t stop", "other"]
    fingerprints, *_, repeats = line_words(lines)

    assert fingerprints[:3] == ("don t stop",) * 3
    assert fingerprints[1] is fingerprints[0] is fingerprints[7]
    assert repeats == repeat_counts(fingerprints) == (4, 4, 4, 2, 2, 2, 2, 4, 1)
    # An ASCII line takes only the fingerprint of a first line beyond ASCII: its clause mark is that line's own.
    assert line_words(["the、end", "The end", "the end"])[3] == (2, 1, 1)


def test_repeats_of_other_lines_are_refused() -> None:
    with pytest.raises(ValueError, match="expected 2 repeats, one for each fingerprint, got 1"):
        repeated_places(("a", "a"), (2,))


def test_line_runs_are_the_lines_between_blank_lines() -> None:
    page = segment_text("Title\n\nOne\nTwo\nThree\n\nAlone\n\nFour\nFive\n")

    assert page.line_runs() == [range(0, 1), range(1, 4), range(4, 5), range(5, 7)]
    assert page.line_runs(2) == [range(1, 4), range(5, 7)]
    assert page.line_runs(3) == [range(1, 4)]


@given(st.lists(st.booleans(), max_size=12), st.integers(0, 4))
def test_joined_runs_are_those_plain_python_tells(blank_after: list[bool], min_lines: int) -> None:
    stops = [index + 1 for index, blank in enumerate(blank_after) if blank]
    runs = list(map(range, [0, *stops[:-1]], stops))

    assert joined_runs(tuple(blank_after), min_lines) == [run for run in runs if len(run) >= min_lines]


# -- the headline the URL's slug names -----------------------------------------------------------

STORY = "\n\n".join(
    [
        "Home\nNews\nSport",
        "Storm closes the coast road for a week",
        "By Jane Doe",
        "The county council closed the coast road on Tuesday after the storm washed part of it away.",
        "Engineers will inspect the bridge again in the morning once the light is good enough.",
        "Contact us",
    ]
)
STORY_URL = "https://courier.example/news/2024/05/storm-closes-coast-road.html"


def test_the_line_that_holds_the_slug_s_words_is_the_headline() -> None:
    page = segment_text(STORY, url=STORY_URL)

    assert page.headline is not None
    assert page.texts[page.headline] == "Storm closes the coast road for a week"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (None, "no URL"),
        ("https://courier.example/news/", "a section's slug"),
        ("https://courier.example/p/12345", "an id, no words"),
        ("https://courier.example/storm-road", "fewer than three words"),
        ("https://courier.example/news/storm-hits-harbour-town-hard", "a slug that names another story"),
        ("https://courier.example/%ZZ%-%E2%82/%", "broken percent escapes"),
        ("not a url at all", "a string that is no URL"),
        ("https://courier.example/" + "storm-" * 100_000 + "road", "a huge slug"),
    ],
)
def test_no_headline_without_a_slug_that_names_a_line(url: str | None, why: str) -> None:
    assert segment_text(STORY, url=url).headline is None, why


@pytest.mark.parametrize("text", ["", " \n\n\t", "\u200b\n\ufeff"])
def test_a_page_with_no_lines_has_no_headline_whatever_its_url(text: str) -> None:
    page = segment_text(text, url=STORY_URL)

    assert (len(page), page.headline) == (0, None)


def test_three_quarters_of_the_slug_s_words_suffice_and_fewer_do_not() -> None:
    # storm, closes, coast and road are in the line; "tonight" is not: 4 of 5, over the share.
    assert segment_text(STORY, url="https://courier.example/storm-closes-coast-road-tonight").headline == 3
    # 3 of 5 are under it.
    assert segment_text(STORY, url="https://courier.example/storm-closes-coast-bridge-tonight").headline is None


@pytest.mark.parametrize(
    "line",
    [
        "The storm closes the coast road, the council said on Tuesday night.",  # a sentence
        "storm%2Fcloses%2Fthe%2Fcoast%2Froad",  # a share link: the words run together
        "Storm closes the coast road for a week " + "and more " * 8,  # longer than a headline
    ],
)
def test_a_line_that_is_no_headline_is_not_taken_for_it(line: str) -> None:
    page = segment_text(
        f"{line}\n\n" + "\n\n".join(f"Paragraph {number} of the story." for number in range(4)), STORY_URL
    )

    assert page.headline is None


def test_a_blank_page_with_a_url_has_no_blocks_and_no_headline() -> None:
    page = segment_text(" \n\n ", url=STORY_URL)

    assert (page.texts, page.headline) == ((), None)


def test_a_headline_ending_in_a_quoted_sentence_is_not_taken_for_it() -> None:
    line = 'Storm closes the coast road, "for a week."'
    page = segment_text(
        f"{line}\n\n" + "\n\n".join(f"Paragraph {number} of the story." for number in range(4)), STORY_URL
    )

    assert page.headline is None


def test_a_headline_past_the_page_s_middle_under_a_long_menu_is_found() -> None:
    menu = "\n".join(f"Section {number}" for number in range(12))
    story = "\n\n".join(f"Paragraph {number} of the story." for number in range(4))
    page = segment_text(f"{menu}\n\nStorm closes the coast road\n\n{story}", url=STORY_URL)

    # 12 menu lines, the headline, 4 paragraphs: the headline is line 12 of 17, past the middle.
    assert page.headline == 12
    assert page.texts[12] == "Storm closes the coast road"


def test_the_headline_is_not_searched_in_the_page_s_last_quarter() -> None:
    paragraphs = "\n\n".join(f"Paragraph {number} of the story." for number in range(4))
    page = segment_text(f"{paragraphs}\n\nStorm closes the coast road for a week", url=STORY_URL)

    # Line 4 of 5: a "next story" or share line repeating the slug at the page's end.
    assert page.headline is None
