"""What `cleaner.clean` accepts and returns: empty pages, huge pages, limits, and the result's shape."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from helpers import line
from pydantic import ValidationError

import cleaner
from cleaner import InputError, Label, Limits

SEED_PAGE = Path(__file__).parents[1] / "../shared/seeds/000_0e2da9d0ce8147f6.txt"

ARTICLE = "\n\n".join(
    [
        "Storm closes the coastal road for a second night",
        *(line(25, stopwords=10, seed=i, end=".") for i in range(6)),
        "Related stories\nShare this article\nPrivacy policy\nTerms of use",
    ]
)


@pytest.mark.parametrize("raw", ["", " ", "\n\n\n", " \t \r\n \n\u3000", b"", b"  \n"])
def test_empty_or_blank_page_gives_an_empty_result(raw: str | bytes) -> None:
    result = cleaner.clean(raw)

    assert result.text == ""
    assert result.title is None
    assert result.blocks == []


def test_result_shape_follows_the_contract() -> None:
    result = cleaner.clean(ARTICLE, url="https://example.com/news/storm")

    assert result.url == "https://example.com/news/storm"
    assert result.format == "text"
    assert [block.text for block in result.blocks] == [text.strip() for text in ARTICLE.split("\n") if text.strip()]
    body = [block.text for block in result.blocks if block.label is Label.BODY]
    assert result.text == "\n\n".join(body)
    assert all(0.0 <= block.score <= 1.0 for block in result.blocks)
    assert all(isinstance(block.label, Label) for block in result.blocks)
    assert all(vote.reason for block in result.blocks for vote in block.votes)
    if result.title is not None:
        assert result.title in body


@pytest.mark.parametrize("url", ["http://[not-an-address/news/storm", "https://example.com:port/news", "storm"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_url_that_does_not_parse_tells_nothing_and_the_page_is_cleaned(url: str, form: str) -> None:
    raw = ARTICLE if form == "text" else "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE.split("\n\n"))

    result = cleaner.clean(raw, url=url, format=form)

    assert result.url == url
    assert result.text == cleaner.clean(raw, format=form).text


@pytest.mark.parametrize("url", [b"https://example.com/news/storm", 5])
def test_a_url_that_is_not_a_str_is_refused_naming_its_type(url: object) -> None:
    with pytest.raises(InputError, match=f"url must be a str or None, got {type(url).__name__}"):
        cleaner.clean(ARTICLE, url=url)  # type: ignore[arg-type]


def test_result_json_holds_text_labels_scores_and_reasons() -> None:
    result = cleaner.clean(ARTICLE)

    dumped = json.loads(result.model_dump_json())

    assert dumped["text"] == result.text
    assert [block["text"] for block in dumped["blocks"]] == [block.text for block in result.blocks]
    assert {block["label"] for block in dumped["blocks"]} <= {"body", "chrome"}
    assert all(vote["reason"] for block in dumped["blocks"] for vote in block["votes"])


def test_result_round_trips_through_json() -> None:
    result = cleaner.clean(ARTICLE)

    assert cleaner.CleanResult.model_validate_json(result.model_dump_json()) == result


def test_blocks_are_built_once_and_survive_a_pickle() -> None:
    result = cleaner.clean(ARTICLE)

    assert result.blocks is result.blocks
    assert pickle.loads(pickle.dumps(cleaner.clean(ARTICLE))).blocks == result.blocks


def test_verdicts_are_the_blocks_as_columns_whether_decided_or_given() -> None:
    decided = cleaner.clean(ARTICLE)
    given = cleaner.CleanResult.model_validate_json(decided.model_dump_json())

    for result in (decided, given):
        verdicts = result.verdicts
        assert list(verdicts.texts) == [block.text for block in decided.blocks]
        assert list(verdicts.labels) == [block.label for block in decided.blocks]
        assert [list(votes) for votes in verdicts.votes] == [block.votes for block in decided.blocks]
        assert list(verdicts.scores) == [block.score for block in decided.blocks]


def test_result_built_from_data_holds_the_blocks_given() -> None:
    blocks = cleaner.clean(ARTICLE).blocks[:2]

    built = cleaner.CleanResult(format="text", text=blocks[0].text, blocks=blocks)
    validated = cleaner.CleanResult.model_validate(
        {"format": "text", "text": "", "blocks": [b.model_dump() for b in blocks]}
    )

    assert built.blocks == blocks
    assert validated.blocks == blocks
    assert cleaner.CleanResult(format="text", text="").blocks == []
    assert "blocks" in cleaner.CleanResult.model_json_schema(mode="serialization")["properties"]


@pytest.mark.parametrize(("blocks", "location"), [("not a list", ("blocks",)), ([{"text": 1}], ("blocks", 0, "text"))])
def test_bad_blocks_given_to_a_result_are_a_validation_error_located_under_blocks(
    blocks: object, location: tuple[object, ...]
) -> None:
    with pytest.raises(ValidationError) as raised:
        cleaner.CleanResult.model_validate({"format": "text", "text": "", "blocks": blocks})

    assert raised.value.title == "CleanResult"
    assert raised.value.errors()[0]["loc"] == location


def test_clean_is_deterministic() -> None:
    assert cleaner.clean(ARTICLE) == cleaner.clean(ARTICLE)
    assert cleaner.clean(ARTICLE) == cleaner.Cleaner().clean(ARTICLE)


def test_pipeline_pickles_and_cleans_the_same() -> None:
    pipeline = cleaner.Cleaner.from_config({"heuristics": ["text_shape", {"name": "position", "settings": {}}]})

    restored = pickle.loads(pickle.dumps(pipeline))

    assert restored.clean(ARTICLE) == pipeline.clean(ARTICLE)


def test_str_and_utf8_bytes_give_the_same_result() -> None:
    assert cleaner.clean(ARTICLE.encode("utf-8")) == cleaner.clean(ARTICLE)


def test_one_line_page_is_cleaned() -> None:
    result = cleaner.clean("Just one sentence on the whole page.")

    assert len(result.blocks) == 1
    assert result.blocks[0].text == "Just one sentence on the whole page."


@pytest.mark.skipif(not SEED_PAGE.exists(), reason=f"seed page not found at {SEED_PAGE.resolve()}")
def test_seed_page_is_cleaned_without_error() -> None:
    text = SEED_PAGE.read_text(encoding="utf-8")

    result = cleaner.clean(text, format="auto")

    assert result.format == "text"
    assert len(result.blocks) == sum(1 for text_line in text.split("\n") if text_line.strip())
    assert result.text
    assert all(part in text for part in result.text.split("\n\n"))


def test_page_just_under_the_default_character_limit_completes() -> None:
    paragraph = line(120, stopwords=40, end=".")
    count = Limits().max_input_chars // (len(paragraph) + 9)
    text = "\n\n".join(f"{i} {paragraph}" for i in range(count))
    assert 0.99 * Limits().max_input_chars <= len(text) <= Limits().max_input_chars

    result = cleaner.clean(text)

    assert len(result.blocks) == count
    assert result.text


# -- limits ----------------------------------------------------------------------------------------


def test_page_at_the_character_limit_is_cleaned() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_input_chars=1_000))

    result = limited.clean("a" * 999 + ".")

    assert len(result.blocks) == 1


def test_page_over_the_character_limit_is_refused_naming_the_limit() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_input_chars=1_000))

    with pytest.raises(InputError) as error:
        limited.clean("a" * 1_001)

    message = str(error.value)
    assert "1001" in message
    assert "1000" in message
    assert "max_input_chars" in message


def test_limit_counts_decoded_characters_not_bytes() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_input_chars=100))
    text = "é" * 100  # 200 bytes in UTF-8

    assert len(limited.clean(text.encode("utf-8")).blocks) == 1
    with pytest.raises(InputError, match="max_input_chars"):
        limited.clean(("é" * 101).encode("utf-8"))


def test_bytes_that_no_encoding_fits_in_the_limit_are_refused_before_decoding() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_input_chars=100))

    assert len(limited.clean(("a" * 100).encode("utf-32-le")).blocks) == 1  # 400 bytes, 100 characters
    with pytest.raises(InputError) as error:
        limited.clean(b"a" * 401)

    message = str(error.value)
    assert "401 bytes" in message
    assert "100 characters" in message
    assert "max_input_chars" in message


@pytest.mark.parametrize("form", ["text", "html"])
def test_page_at_the_block_limit_is_cleaned_and_one_more_block_is_refused(form: str) -> None:
    limited = cleaner.Cleaner(limits=Limits(max_blocks=50))

    def page(blocks: int) -> str:
        lines = [f"Line number {i} of the page." for i in range(blocks)]
        return "\n".join(lines) if form == "text" else "<html><body><p>" + "</p><p>".join(lines) + "</p></body></html>"

    assert len(limited.clean(page(50), format=form).blocks) == 50
    with pytest.raises(InputError) as error:
        limited.clean(page(51), format=form)

    assert str(error.value) == "page of 51 blocks is over the limit of 50 (Limits.max_blocks)"


def test_blank_lines_do_not_count_as_blocks() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_blocks=2))

    assert len(limited.clean("one\n\n\n  \n\ntwo\n\n").blocks) == 2


def test_a_line_over_the_line_limit_is_cut_into_blocks_that_keep_all_its_text() -> None:
    limited = cleaner.Cleaner(limits=Limits(max_line_chars=1_000))
    text = "Intro line.\n" + " ".join(f"word{i}" for i in range(1_000)) + "\nLast line."

    result = limited.clean(text)

    assert len(result.blocks) == 2 + 8  # 7,889 characters in pieces of at most 1,000
    assert all(len(block.text) <= 1_000 for block in result.blocks)
    assert " ".join(block.text for block in result.blocks) == " ".join(text.split())
    assert all(text[block.start : block.end] == block.text for block in result.blocks)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_input_chars", 0),
        ("max_blocks", 0),
        ("max_line_chars", 0),
        ("max_depth", 0),
        ("max_depth", 2049),
        ("max_attributes", 999),
    ],
)
def test_limits_are_validated(field: str, value: int) -> None:
    with pytest.raises(ValueError, match=field):
        Limits.model_validate({field: value})


def test_unknown_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="no_such_limit"):
        Limits(no_such_limit=3)  # type: ignore[call-arg]


def test_default_limits_are_those_documented() -> None:
    assert Limits() == Limits(
        max_input_chars=10_000_000, max_blocks=100_000, max_line_chars=100_000, max_depth=256, max_attributes=50_000
    )
    assert Limits().max_input_bytes == 40_000_000


def test_a_decided_result_is_the_model_that_its_fields_and_verdicts_construct() -> None:
    decided = cleaner.clean(ARTICLE, url="https://example.com/news/storm-closes-the-coastal-road")
    constructed = cleaner.CleanResult.model_construct(
        url=decided.url, format=decided.format, title=decided.title, text=decided.text
    )
    constructed._verdicts = decided.verdicts

    assert decided.model_fields_set == constructed.model_fields_set
    assert decided.__pydantic_extra__ == constructed.__pydantic_extra__
    assert decided.__pydantic_private__ == constructed.__pydantic_private__
    assert decided.model_dump() == constructed.model_dump()
    assert decided.model_dump(exclude_unset=True) == constructed.model_dump(exclude_unset=True)
