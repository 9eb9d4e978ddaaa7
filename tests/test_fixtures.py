"""The fixture format: the bundled fixtures load, and every kind of broken fixture is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import InputError
from cleaner.fixtures import Fixture, FixtureError, load_fixture, load_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

PAGE = "A Headline Here\n\nThe first paragraph of the article, long enough to read.\n\nHome\nSport\nContact us\n"
GOLD = "A Headline Here\n\nThe first paragraph of the article, long enough to read.\n"
INFO = """\
title = "A Headline Here"
language = "en"
page_type = "article"
source = "written for this test"
must_keep = ["The first paragraph"]
must_drop = ["Contact us"]
"""


HTML = (
    "<!doctype html><html><head><title>A Headline Here</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
    "<h1>A Headline Here</h1><p>The first paragraph of the article, long enough to read.</p>"
    "<footer><a href='/contact'>Contact us</a></footer></body></html>"
)


def write_fixture(
    folder: Path, *, page: str | None = PAGE, html: str | None = None, gold: str = GOLD, info: str = INFO
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if page is not None:
        (folder / "page.txt").write_text(page, encoding="utf-8")
    if html is not None:
        (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "gold.txt").write_text(gold, encoding="utf-8")
    (folder / "fixture.toml").write_text(info, encoding="utf-8")
    return folder


def refusal(folder: Path) -> str:
    with pytest.raises(FixtureError) as caught:
        load_fixture(folder)
    return str(caught.value)


# -- the bundled fixtures -----------------------------------------------------------------------


def test_bundled_fixtures_load() -> None:
    fixtures = load_fixtures(FIXTURES)
    assert len(fixtures) >= 40, f"{len(fixtures)} fixtures under {FIXTURES}, the corpus promises at least 40"
    assert all(isinstance(fixture, Fixture) for fixture in fixtures)
    assert [fixture.name for fixture in fixtures] == sorted(fixture.name for fixture in fixtures)


def test_bundled_gold_paragraphs_are_lines_of_the_text_form() -> None:
    """Our gold keeps blocks verbatim, so each gold paragraph is a run of whole lines of page.txt."""
    for fixture in load_fixtures(FIXTURES):
        if "text" not in fixture.forms:
            continue
        lines = {line.strip() for line in fixture.raw("text").decode("utf-8").splitlines()}
        for paragraph in fixture.gold.split("\n\n"):
            for line in paragraph.strip().splitlines():
                assert line.strip() in lines, f"{fixture.name}: gold line {line!r} is not a line of page.txt"


def test_independent_fixture_holds_headline_and_twelve_paragraphs() -> None:
    fixture = load_fixture(FIXTURES / "independent-afghanistan")
    paragraphs = fixture.gold.strip().split("\n\n")
    assert paragraphs[0] == fixture.title == "Alliance rifts leave Taliban Afghanistan'slikely victors"
    assert len(paragraphs) == 1 + 12
    assert all(paragraph in fixture.raw("text").decode("utf-8") for paragraph in paragraphs)
    assert (fixture.forms, fixture.language, fixture.page_type) == (("text",), "en", "article")
    assert "Life and Style" in fixture.must_drop


# -- a valid fixture ----------------------------------------------------------------------------


def test_valid_fixture_loads_with_its_fields(tmp_path: Path) -> None:
    fixture = load_fixture(write_fixture(tmp_path / "tiny"))
    assert fixture.name == "tiny"
    assert fixture.forms == ("text",)
    assert fixture.gold == GOLD
    assert fixture.raw("text") == PAGE.encode()
    assert fixture.must_keep == ("The first paragraph",)
    assert fixture.url is None


def test_snippets_match_across_line_breaks_and_spaces(tmp_path: Path) -> None:
    info = INFO.replace('["The first paragraph"]', '["paragraph  of the\\narticle"]')
    assert load_fixture(write_fixture(tmp_path / "tiny", info=info)).must_keep == ("paragraph  of the\narticle",)


def test_html_fixture_loads_without_checking_snippets_against_markup(tmp_path: Path) -> None:
    html = "<html><body><p>The first <b>paragraph</b></p></body></html>"
    fixture = load_fixture(write_fixture(tmp_path / "tiny", page=None, html=html))
    assert fixture.forms == ("html",)
    assert fixture.raw("html") == html.encode()


def test_fixture_with_both_forms_loads_them_html_first(tmp_path: Path) -> None:
    fixture = load_fixture(write_fixture(tmp_path / "tiny", html=HTML))
    assert fixture.forms == ("html", "text")
    assert fixture.raw("html") == HTML.encode()
    assert fixture.raw("text") == PAGE.encode()


def test_asking_for_a_missing_form_names_the_fixture_and_its_forms(tmp_path: Path) -> None:
    fixture = load_fixture(write_fixture(tmp_path / "tiny"))
    with pytest.raises(FixtureError) as caught:
        fixture.raw("html")
    message = str(caught.value)
    assert "'tiny'" in message
    assert "no 'html' form" in message
    assert "'text'" in message


def test_asking_for_an_unknown_form_is_refused(tmp_path: Path) -> None:
    fixture = load_fixture(write_fixture(tmp_path / "tiny", html=HTML))
    with pytest.raises(FixtureError, match="no 'pdf' form: its forms are 'html' or 'text'"):
        fixture.raw("pdf")


def test_load_fixtures_skips_hidden_and_underscore_folders(tmp_path: Path) -> None:
    write_fixture(tmp_path / "b")
    write_fixture(tmp_path / "a")
    (tmp_path / ".cache").mkdir()
    (tmp_path / "_drafts").mkdir()
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    assert [fixture.name for fixture in load_fixtures(tmp_path)] == ["a", "b"]


# -- refusals -----------------------------------------------------------------------------------


def test_fixture_error_is_an_input_error() -> None:
    assert issubclass(FixtureError, InputError)


def test_missing_page_file_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny", page=None)
    message = refusal(folder)
    assert str(folder) in message
    assert "no page file" in message
    assert "page.html and/or page.txt" in message


def test_missing_gold_file_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny")
    (folder / "gold.txt").unlink()
    message = refusal(folder)
    assert str(folder / "gold.txt") in message
    assert "missing" in message


def test_missing_fixture_toml_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny")
    (folder / "fixture.toml").unlink()
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "missing" in message


def test_format_field_is_refused_as_unknown(tmp_path: Path) -> None:
    """The forms are the files present; the old `format` field would contradict them."""
    folder = write_fixture(tmp_path / "tiny", info=INFO + 'format = "text"\n')
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "unknown field 'format'" in message


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny", info=INFO + 'author = "someone"\n')
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "unknown field 'author'" in message
    assert "must_keep" in message  # names the valid fields


def test_missing_required_field_is_refused(tmp_path: Path) -> None:
    info = "\n".join(line for line in INFO.splitlines() if not line.startswith("language"))
    message = refusal(write_fixture(tmp_path / "tiny", info=info))
    assert "missing field 'language'" in message


def test_unknown_page_type_is_refused(tmp_path: Path) -> None:
    message = refusal(write_fixture(tmp_path / "tiny", info=INFO.replace('"article"', '"novel"')))
    assert "page_type" in message
    assert "'novel'" in message


def test_bad_toml_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny", info=INFO + "must_drop = [unclosed\n")
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "not valid TOML" in message


def test_must_keep_snippet_not_in_gold_is_refused(tmp_path: Path) -> None:
    info = INFO.replace('["The first paragraph"]', '["Home"]')
    folder = write_fixture(tmp_path / "tiny", info=info)
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "must_keep snippet 'Home' is not in gold.txt" in message


def test_must_drop_snippet_in_gold_is_refused(tmp_path: Path) -> None:
    info = INFO.replace('["Contact us"]', '["long enough to read"]')
    folder = write_fixture(tmp_path / "tiny", info=info)
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "must_drop snippet 'long enough to read' is in gold.txt" in message


def test_must_drop_snippet_not_in_text_page_is_refused(tmp_path: Path) -> None:
    info = INFO.replace('["Contact us"]', '["Contact  Us"]')
    message = refusal(write_fixture(tmp_path / "tiny", info=info))
    assert "must_drop snippet 'Contact  Us' is not in page.txt" in message


def test_must_keep_snippet_absent_from_the_text_form_is_refused(tmp_path: Path) -> None:
    """Both forms present: the snippet is in the gold and in the HTML, but not in page.txt."""
    page = PAGE.replace("The first paragraph", "The opening paragraph")
    folder = write_fixture(tmp_path / "tiny", page=page, html=HTML)
    message = refusal(folder)
    assert str(folder / "fixture.toml") in message
    assert "must_keep snippet 'The first paragraph' is not in page.txt" in message


def test_empty_html_page_is_refused_beside_a_good_text_page(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny", html="  \n")
    message = refusal(folder)
    assert str(folder / "page.html") in message
    assert "page is empty" in message


def test_empty_snippet_is_refused(tmp_path: Path) -> None:
    message = refusal(write_fixture(tmp_path / "tiny", info=INFO.replace('["Contact us"]', '[""]')))
    assert "must_drop" in message


def test_title_not_in_gold_is_refused(tmp_path: Path) -> None:
    message = refusal(write_fixture(tmp_path / "tiny", info=INFO.replace('title = "A Headline Here"', 'title = "X"')))
    assert "title 'X' is not in gold.txt" in message


def test_gold_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny")
    (folder / "gold.txt").write_bytes(b"caf\xe9\n")
    message = refusal(folder)
    assert str(folder / "gold.txt") in message
    assert "not UTF-8" in message


def test_empty_page_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny", page="\n\n")
    message = refusal(folder)
    assert str(folder / "page.txt") in message
    assert "page is empty" in message


def test_binary_page_is_refused(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "tiny")
    (folder / "page.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    assert str(folder / "page.txt") in refusal(folder)


def test_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FixtureError, match="not a folder of fixtures"):
        load_fixtures(tmp_path / "absent")
    with pytest.raises(FixtureError, match="not a fixture folder"):
        load_fixture(tmp_path / "absent")


def test_load_fixtures_names_the_broken_one(tmp_path: Path) -> None:
    write_fixture(tmp_path / "good")
    (write_fixture(tmp_path / "broken") / "gold.txt").unlink()
    with pytest.raises(FixtureError, match="broken"):
        load_fixtures(tmp_path)
