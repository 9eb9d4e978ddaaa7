"""The HTML segmenter: lines in reading order as crawl text dumps render them, with DOM features."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleaner
from cleaner.limits import Limits
from cleaner.segment._render import Renderer, crowded_tag, name_words
from cleaner.segment.html import page_bytes, segment_html
from cleaner.segment.text import segment_text


def _page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_block_elements_become_lines_and_paragraphs_stand_apart() -> None:
    page = segment_html(_page("<div>Menu</div><div>Top</div><h1>Headline</h1><p>First para.</p><p>Second.</p>"))

    assert page.texts == ("Menu", "Top", "Headline", "First para.", "Second.")
    assert page.blank_before == (True, False, True, True, True)
    assert page.format == "html"


def test_inline_elements_stay_on_their_line_and_br_breaks_it() -> None:
    page = segment_html(_page("<p>One <b>bold</b> and <em>more</em><br>after the break</p>"))

    assert page.texts == ("One bold and more", "after the break")


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("<p><span>2026</span><span>1h 54m</span><span>R</span></p>", "2026 1h 54m R"),
        ("<p><span>Jane Doe</span><span><time>Published May 2</time></span></p>", "Jane Doe Published May 2"),
        ("<p><a href=/a>Privacy</a><a href=/b>Terms</a></p>", "Privacy Terms"),
        ("<p><b>café</b><i>où</i></p>", "café où"),
    ],
)
def test_words_of_inline_elements_that_touch_are_laid_out_apart(body: str, line: str) -> None:
    """A layout's fields, set side by side by the stylesheet, are written with nothing between them."""
    assert segment_html(_page(body)).texts == (line,)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("<p><span>東京</span><span>タワー</span></p>", "東京タワー"),  # scripts without spaces between words
        ("<p><a href=/a>link</a><sup>[1]</sup></p>", "link[1]"),  # no word runs into another
        ("<p>un<b>believ</b>able</p>", "unbelievable"),  # text beside an element, not two elements
        ("<p><span class=dropcap>I</span><span>f you go</span></p>", "If you go"),  # a drop cap
        ("<p><span>One</span> <span>two</span></p>", "One two"),
        ("<pre><span>self</span><span>test</span></pre>", "selftest"),  # preformatted text, as it is
    ],
)
def test_touching_pieces_stay_together_where_no_two_words_run_together(body: str, line: str) -> None:
    assert segment_html(_page(body)).texts == (line,)


def test_table_rows_are_lines_with_cells_joined_by_tabs() -> None:
    page = segment_html(_page("<table><tr><th>Day</th><th>Rain</th></tr><tr><td>Mon</td><td>4 mm</td></tr></table>"))

    assert page.texts == ("Day\t\tRain", "Mon\t\t4 mm")
    assert page.tags == ("th", "td")


def test_preformatted_text_keeps_its_line_breaks() -> None:
    page = segment_html(_page("<pre>def f():\n    return 1\n</pre>"))

    assert page.texts == ("def f():", "return 1")


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var secret = 1;</script>",
        "<style>.secret { color: red }</style>",
        "<template><p>secret</p></template>",
        "<span hidden><b>secret</b></span>",
        '<span style="display: none">secret</span>',
        '<span style="VISIBILITY:hidden">secret</span>',
        "<select><option>secret</option></select>",
        "<!-- secret -->",
        # Text for screen readers alone, clipped out of sight by the CSS frameworks' classes.
        '<span class="sr-only">secret</span>',
        '<span class="price__label visually-hidden">secret</span>',
        '<span class="visuallyHidden">secret</span>',
        '<a class="screen-reader-text skip-link" href="#main">secret</a>',
        '<span class="element-invisible">secret</span>',
        '<span class="SR-Only">secret</span>',
        '<span class="a11y-hidden">secret</span>',
        '<span style="width: 2em; DISPLAY : None">secret</span>',
        # The browser's own style sheet hides a popover until a click shows it.
        '<span popover class="tooltip">secret</span>',
        '<span popover="manual">secret</span>',
    ],
)
def test_scripts_styles_controls_and_hidden_elements_stay_out_of_the_text(hidden: str) -> None:
    page = segment_html(_page(f"<p>Before {hidden} after.</p>"))

    assert page.texts == ("Before after.",)
    assert "secret" not in " ".join(page.texts)


@pytest.mark.parametrize(
    "panel",
    [
        '<div class="faq__answer" style="display: none">Folded answer.</div>',
        '<dd class="cmp-accordion__panel" hidden>Folded answer.</dd>',
        '<div class="chakra-collapse" style="overflow:hidden;display:none">Folded answer.</div>',
        '<div role="tabpanel" hidden>Folded answer.</div>',
        '<div id="undefined_0_content" role="region" style="display:none;">Folded answer.</div>',
    ],
)
def test_the_folded_panel_of_an_accordion_or_a_tab_set_is_read(panel: str) -> None:
    assert segment_html(_page(f"<p>Question?</p>{panel}")).texts == ("Question?", "Folded answer.")


def test_a_hidden_element_named_otherwise_stays_out() -> None:
    page = segment_html(_page('<p>Question?</p><div class="modal-dialog" style="display: none">Sign in.</div>'))

    assert page.texts == ("Question?",)


def test_what_is_hidden_from_screen_readers_alone_is_read() -> None:
    # aria-hidden hides from assistive technology, not from sight: a carousel's other slides.
    page = segment_html(_page('<p>First slide.</p><div aria-hidden="true"><p>Second slide.</p></div>'))

    assert page.texts == ("First slide.", "Second slide.")


@pytest.mark.parametrize("name", ["srcset-image", "reader-mode", "hidden-gem", "only-sr", "invisible-ink"])
def test_class_names_near_the_visually_hidden_ones_are_read(name: str) -> None:
    assert segment_html(_page(f'<p>Before <span class="{name}">shown</span> after.</p>')).texts == (
        "Before shown after.",
    )


def test_hidden_content_is_read_when_nothing_in_sight_is_prose() -> None:
    prose = "".join(
        f"<p>Paragraph {n} of the article waits in a hidden element of the page until a script that runs "
        "in the browser moves it into its place.</p>"
        for n in range(3)
    )
    visible = "<nav><a href='/'>Home</a></nav>"

    shown = segment_html(_page(f"{visible}<div hidden>{prose}</div>"))
    kept_hidden = segment_html(_page(f"{visible}<div hidden>{prose}</div><div>{prose}</div>"))

    assert len(shown) == 4
    assert shown.texts[1].startswith("Paragraph 0 of the article")
    assert len(kept_hidden) == 4


def test_hidden_items_are_read_when_the_page_in_sight_holds_less_than_a_tenth_of_its_words() -> None:
    """A grid streamed out of order: its short item lines wait hidden for a script to move them."""
    items = "".join(
        f"<li><a href='/item/{n}'>Vintage brass lamp number {n}</a> <span>$12.99</span></li>" for n in range(40)
    )
    visible = "<nav><a href='/'>Home</a> <a href='/deals'>Deals</a></nav>"
    hidden_menu = "".join(f"<li><a href='/c/{n}'>Category {n}</a></li>" for n in range(10))

    streamed = segment_html(_page(f"{visible}<div style='display:none'><ul>{items}</ul></div>"))
    menu_hidden = segment_html(_page(f"{visible}<ul>{items}</ul><div hidden><ul>{hidden_menu}</ul></div>"))

    assert sum(text.startswith("Vintage brass lamp") for text in streamed.texts) == 40
    assert not any(text.startswith("Category") for text in menu_hidden.texts)


@pytest.mark.parametrize(
    ("body", "hid"),
    [
        ("<nav><a href='/'>Home</a></nav><script>var page = 1;</script><p class='lead'>Shown.</p>", False),
        ("<nav><a href='/'>Home</a></nav><div hidden><p>Waiting.</p></div>", True),
        ("<p>Shown.</p><p style='display: none'>Waiting.</p>", True),
    ],
)
def test_the_rendering_tells_whether_it_left_out_a_hidden_element(body: str, hid: bool) -> None:
    """A page with little prose in sight is rendered again with hidden elements shown, unless the first rendering
    hid none."""
    document = page_bytes(_page(body))
    walk, walk_showing = Renderer(), Renderer(show_hidden=True)
    walk.render(document)
    walk_showing.render(document)

    assert walk.hid_any is hid
    assert walk_showing.hid_any is False
    assert (walk.texts == walk_showing.texts) is not hid


def test_button_content_is_page_text() -> None:
    page = segment_html(
        _page("<button class='menu'>Menu<main><p>The whole article, nested by a broken page.</p></main>")
    )

    assert page.texts == ("Menu", "The whole article, nested by a broken page.")


def test_noscript_content_is_page_text() -> None:
    page = segment_html(_page("<noscript><div><p>The thread as served without scripts.</p></div></noscript>"))

    assert page.texts == ("The thread as served without scripts.",)


def test_hidden_blocks_are_skipped_whole() -> None:
    page = segment_html(
        _page('<p>Shown.</p><div hidden><p>secret</p></div><p style="display:none">secret</p><p>Too.</p>')
    )

    assert page.texts == ("Shown.", "Too.")


def test_the_tail_of_a_skipped_element_is_kept() -> None:
    page = segment_html(_page("<p>Visible<script>x()</script> tail text</p>"))

    assert page.texts == ("Visible tail text",)


def test_link_characters_are_counted_per_line() -> None:
    page = segment_html(_page('<p>Read <a href="/x">this story</a> now.</p><li><a href="/">Home</a></li>'))

    assert page.link_chars == (len("this story"), len("Home"))


def test_a_links_text_the_parser_hands_over_in_pieces_counts_whole() -> None:
    """An entity or a character reference splits a text into pieces: its white space inside still counts."""
    page = segment_html(_page('<p>Read <a href="/x">  Tom &amp;  Jerry &#8211; the   story  </a> again, and more.</p>'))

    assert page.texts == ("Read Tom & Jerry – the story again, and more.",)
    assert page.link_chars == (len("Tom &  Jerry – the   story"),)  # as lxml's text node held it, stripped


def test_a_line_is_mostly_linked_from_half_its_characters_in_links() -> None:
    page = segment_html(
        _page('<p>Read <a href="/x">this story</a> now, today.</p><p><a href="/">Home</a>page</p><p>Plain</p>')
    )

    assert [2 * chars / len(text) for chars, text in zip(page.link_chars, page.texts, strict=True)] == [
        2 * len("this story") / len("Read this story now, today."),
        1.0,
        0.0,
    ]
    assert page.mostly_linked == (False, True, False)
    assert segment_text("Home\nNews").mostly_linked == (False, False)


def test_dom_features_describe_the_element_holding_each_line() -> None:
    html = _page(
        '<nav class="site-nav"><ul><li>Home</li></ul></nav>'
        '<main id="content"><article><h2>Sub <span>head</span></h2><p>Text.</p></article></main>'
        "<footer>Foot</footer>"
    )
    blocks = segment_html(html).blocks

    assert [(b.text, b.tag, b.heading_level) for b in blocks] == [
        ("Home", "li", 0),
        ("Sub head", "h2", 2),
        ("Text.", "p", 0),
        ("Foot", "footer", 0),
    ]
    assert blocks[0].containers == {"nav"}
    assert blocks[0].class_tokens == {"site", "nav"}
    assert blocks[1].containers == {"main", "article"}
    assert blocks[1].class_tokens == {"content"}
    assert blocks[3].containers == {"footer"}
    assert blocks[0].depth > 1


def test_each_block_keeps_its_names_one_set_per_named_ancestor_outermost_first() -> None:
    html = _page(
        '<div id="page"><div><section class="related-box"><p class="teaser card">Text.</p></section></div></div>'
    )

    (block,) = segment_html(html).blocks

    assert block.name_chain == ({"page"}, {"related", "box"}, {"teaser", "card"})
    assert block.class_tokens == frozenset().union(*block.name_chain)


@pytest.mark.parametrize(
    ("attributes", "chain"),
    [
        ('role="dialog"', ({"modal"},)),
        ('role="alertdialog" class="entrance-overlay"', ({"entrance", "overlay", "modal"},)),
        ('role="region" class="entrance-overlay"', ({"entrance", "overlay"},)),
        ('aria-label="dialog"', ()),
    ],
)
def test_an_element_with_a_dialog_s_role_is_named_a_modal(attributes: str, chain: tuple[set[str], ...]) -> None:
    (block,) = segment_html(_page(f"<div {attributes}><p>Enter your email for 15% off.</p></div>")).blocks

    assert block.name_chain == chain


def test_a_dialog_element_is_named_a_modal() -> None:
    html = _page("<dialog open><p>We use cookies to improve our site.</p></dialog><details><p>Shown.</p></details>")

    dialog, details = segment_html(html).blocks

    assert dialog.name_chain == ({"modal"},)
    assert details.name_chain == ()


def test_a_closed_dialog_and_a_popover_stay_out_of_the_text() -> None:
    # The browser's own style sheet hides a <dialog> until it is opened, a popover until a click shows it.
    page = segment_html(
        _page(
            "<p>Question?</p><dialog><p>secret</p></dialog>"
            '<dialog class="glossary" id="modal-term"><h2>secret</h2><p>secret</p></dialog>'
            '<div popover class="card"><p>secret</p></div><p>After.</p>'
        )
    )

    assert page.texts == ("Question?", "After.")


def test_an_open_dialog_is_read_and_a_closed_one_with_it_where_nothing_else_is_in_sight() -> None:
    opened = segment_html(_page("<p>Question?</p><dialog open><p>Answer.</p></dialog>"))
    closed_alone = segment_html(_page("<dialog><p>Enter your email for 15% off your first order today.</p></dialog>"))

    assert opened.texts == ("Question?", "Answer.")
    assert closed_alone.texts == ("Enter your email for 15% off your first order today.",)


def test_an_element_with_the_popover_attribute_is_named_a_popover() -> None:
    # The popover is out of sight until shown: it is read here, as the page shows little else.
    html = _page(
        '<div popover class="card"><p>Joined 2019, 1,204 posts, 3,310 likes, member of the month in May.</p></div>'
        '<div data-popover="x"><p>Text.</p></div>'
    )

    card, other = segment_html(html).blocks

    assert card.name_chain == ({"card", "popover"},)
    assert other.name_chain == ()


def test_a_line_that_a_named_link_opens_is_its_paragraphs_and_one_the_link_holds_whole_is_the_links() -> None:
    html = _page(
        '<p class="body-text"><a class="external-popup" href="/t">TurboTax</a> is one of the most popular.</p>'
        '<p class="body-text"><a class="external-popup" href="/h">H&amp;R Block</a></p>'
        '<p class="body-text"><span class="lead">Unlike</span> a link, a span that opens a line owns it.</p>'
    )

    opened, whole, spanned = segment_html(html).blocks

    assert opened.text == "TurboTax is one of the most popular."
    assert opened.name_chain == ({"body", "text"},)
    assert whole.name_chain == ({"body", "text"}, {"external", "popup"})
    assert spanned.name_chain == ({"body", "text"}, {"lead"})
    assert opened.named_element != whole.named_element


_ELEMENTS = st.recursive(
    st.sampled_from(["Text.", "More text"]),
    lambda children: st.tuples(
        st.sampled_from(["div", "p", "section", "span", "li", "nav"]),
        st.sampled_from(["", ' class="box"', ' class="box teaser"', ' id="page"', ' class="card" id="x1"']),
        st.lists(children, min_size=1, max_size=3),
    ).map(lambda element: f"<{element[0]}{element[1]}>{''.join(element[2])}</{element[0]}>"),
    max_leaves=12,
)


@given(_ELEMENTS)
def test_a_block_s_names_are_those_of_its_chain_and_equal_sets_are_one_object(body: str) -> None:
    page = segment_html(_page(body))

    for names, chain in zip(page.class_tokens, page.name_chains, strict=True):
        assert names == frozenset().union(*chain)
    # One set for one chain, wherever the chain comes from the same named element.
    owners_of = {}
    for names, chain in zip(page.class_tokens, page.name_chains, strict=True):
        assert owners_of.setdefault(id(chain), names) is names
    # Equal sets are one object, whichever chains made them: tables keyed by them find them by identity.
    by_words = {}
    for names in page.class_tokens:
        assert by_words.setdefault(names, names) is names


def test_lines_in_one_named_element_share_its_number_and_elements_named_alike_get_their_own() -> None:
    page = segment_html(
        _page(
            '<div class="paragraph"><p>One.</p></div><div class="paragraph"><p>Two.</p><p>Three.</p></div>'
            '<p>Four.</p><div id="box"><div><p class="note">Five.</p><p>Six.</p></div></div>'
        )
    )

    one, two, three, four, five, six = page.named_elements
    assert two == three  # one element holds both
    assert one != two  # two elements, named alike: one name chain, two numbers
    assert page.name_chains[0] == page.name_chains[1]
    assert four == 0  # no named element around it
    assert len({one, two, five, six}) == 4  # a line's own named element counts; an unnamed one does not
    assert six != 0
    assert [block.named_element for block in page.blocks] == list(page.named_elements)


def test_lines_in_one_tab_panel_share_its_number_and_each_panel_gets_its_own() -> None:
    page = segment_html(
        _page(
            '<div role="tablist"><button role="tab">Python</button></div>'
            '<div role="tabpanel"><p>One.</p><div class="step"><p>Two.</p></div></div>'
            '<div role="tabpanel" hidden><p>Three.</p></div><div role="region"><p>Four.</p></div>'
        )
    )

    tab, one, two, three, four = page.panels
    assert tab == four == 0  # outside any tab panel (a region is no tab panel)
    assert one == two != 0  # one panel holds both, however deep
    assert three not in (0, one)  # the hidden panel is read, and is another panel
    assert [block.panel for block in page.blocks] == list(page.panels)


def test_blocks_of_one_template_share_a_number_and_other_contexts_get_their_own() -> None:
    card = '<div class="card"><h3>Oak desk</h3><p>Solid oak.</p></div>'
    page = segment_html(_page(f'<div class="grid">{card}{card}<p class="note">Prices include tax.</p></div>'))

    heading, paragraph, other_heading, other_paragraph, note = page.templates
    assert (heading, paragraph) == (other_heading, other_paragraph)
    assert len({heading, paragraph, note}) == 3
    assert [block.template for block in page.blocks] == list(page.templates)


def test_main_left_inside_an_unclosed_header_is_not_held_by_it() -> None:
    """HTML forbids `main` inside a header, nav, aside, footer or article: the parse put it there."""
    html = _page(
        "<header><nav><ul><li>Home</li></ul>"
        "<main><p>Text.</p><nav><a href='#a'>Contents</a></nav><aside>Aside</aside></main>"
    )
    blocks = segment_html(html).blocks

    assert [(b.text, b.containers) for b in blocks] == [
        ("Home", {"header", "nav"}),
        ("Text.", {"main"}),
        ("Contents", {"main", "nav"}),
        ("Aside", {"main", "aside"}),
    ]


@pytest.mark.parametrize(
    ("body", "rendering", "limits"),
    [
        (
            "<h1>A Headline Here</h1><p>The river rose in the night and the road was closed.</p><div>Menu</div>",
            "A Headline Here\n\nThe river rose in the night and the road was closed.\n\nMenu",
            Limits(),
        ),
        (
            "<p>Line one<br>line two</p><pre>code a\n  code b</pre><ul><li>Item</li><li>Item</li></ul>",
            "Line one\nline two\n\ncode a\ncode b\nItem\nItem",
            Limits(),
        ),
        (
            "<p>Words enough to be cut in pieces here</p><p>x</p>",
            "Words enough to be cut\nin pieces here\n\nx",
            Limits(max_line_chars=25),
        ),
    ],
)
def test_text_features_are_those_of_the_text_segmenter_on_the_rendering(
    body: str, rendering: str, limits: Limits
) -> None:
    url = "https://example.com/news/a-headline-here"
    page = segment_html(_page(body), url, limits)
    text_page = segment_text(rendering, url, limits)

    for column in (
        "texts", "fingerprints", "tokens", "repeats", "words", "stopwords", "upper_initial_words",
        "ends_with_terminal", "starts", "ends", "blank_before", "blank_after",
    ):  # fmt: skip
        assert getattr(page, column) == getattr(text_page, column), column
    assert not text_page.has_dom
    assert page.has_dom


def test_the_title_is_the_first_title_element_that_says_something_wherever_it_stands() -> None:
    """A blank <title> is passed over; one inside a skipped element (an svg's) still counts, as the page's own
    elements are read in order."""
    svg = "<svg><title>Map of the  harbour</title><text>not page text</text></svg>"
    page = segment_html(_page(f"<p>Before.</p>{svg}<p>After.</p>", "<title>  </title>"))

    assert page.title_hint == "Map of the harbour"
    assert page.texts == ("Before.", "After.")


def test_title_hint_prefers_og_title_then_title() -> None:
    og = '<meta property="og:title" content="  The  real headline "><title>Site | Headline</title>'

    assert segment_html(_page("<p>x</p>", og)).title_hint == "The real headline"
    assert segment_html(_page("<p>x</p>", "<title>Site | Headline</title>")).title_hint == "Site | Headline"
    assert segment_html(_page("<p>x</p>")).title_hint is None


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        _page("<script>only()</script>"),
        "<!-- x -->",
        _page("<div hidden><span></span></div>"),
    ],
)
def test_documents_without_text_give_an_empty_page(html: str) -> None:
    page = segment_html(html)

    assert len(page) == 0
    assert page.format == "html"


def test_broken_markup_is_repaired_not_refused() -> None:
    page = segment_html("<html><body><p>Unclosed <b>bold<div>Next block</p></span></body>")

    assert page.texts == ("Unclosed bold", "Next block")


def test_nesting_deeper_than_the_parser_allows_keeps_all_the_text() -> None:
    html = _page("<p>before</p>" + "<div>" * 10_000 + "deep &amp; down" + "</div>" * 10_000 + "<p>after</p>")

    page = segment_html(html)

    assert page.texts == ("before", "deep & down", "after")
    assert not page.has_dom


def test_clean_reads_html_through_the_dom() -> None:
    html = _page(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Storm closes the coastal road</h1>"
        + "".join(
            f"<p>Rain fell through the night number {n} and by morning the river had reached the top of its "
            "banks, so the council closed the coastal road to all of the traffic.</p>"
            for n in range(4)
        )
        + "</article><footer><a href='/privacy'>Privacy policy</a></footer>"
    )

    result = cleaner.clean(html)

    assert result.format == "html"
    assert result.title == "Storm closes the coastal road"
    assert "Rain fell through the night number 3" in result.text
    assert "Privacy policy" not in result.text
    assert "Home" not in result.text


def test_what_follows_a_premature_closing_html_tag_is_read_as_the_body() -> None:
    # libxml2 gives it a root of its own after the document's; browsers show it in the body.
    html = (
        "<html><head><title>Harbour</title></head><body><p>Masthead</p></body></html>"
        "<div><p>The article goes on after a premature close.</p></div><footer><p>Contact</p></footer></html>"
    )

    assert segment_html(html).texts == ("Masthead", "The article goes on after a premature close.", "Contact")


@pytest.mark.parametrize(
    ("html", "texts"),
    [
        ("<p>x</p></html><p>y</p></html><p>z</p>", ("x", "y", "z")),  # no <body> written, two early closes
        ("</html></html>", ()),  # nothing but closing tags
        ("<html><body><p>a</p></body></html>" + "</html><div><p>b</p></div>" * 2000, ("a",) + ("b",) * 2000),
    ],
)
def test_early_closes_of_the_document_lose_nothing_and_break_nothing(html: str, texts: tuple[str, ...]) -> None:
    assert segment_html(html).texts == texts


# -- the headline: the heading that matches the page's own title -----------------------------------


def test_headline_is_the_h1_matching_the_title() -> None:
    html = _page(
        "<h2>Most read</h2><h1>Storm closes the coastal road</h1><p>Text.</p><h2>Storm closes road</h2>",
        "<title>Storm closes the coastal road | Example News</title>",
    )

    page = segment_html(html)

    assert page.headline == 1


def test_a_site_name_heading_is_not_the_headline() -> None:
    html = _page(
        "<h1>Example</h1><h2>Storm closes the coastal road</h2>",
        "<title>Storm closes the coastal road - Example</title>",
    )

    assert segment_html(html).headline == 1


def test_of_two_headings_matching_alike_the_one_holding_more_of_the_title_is_the_headline() -> None:
    # Every word of both headings is in the title; the post's holds four of its words, the blog's three.
    html = _page(
        "<h1>The Example Blog</h1><h1>September 2018 open thread</h1>",
        "<title>September 2018 open thread | The Example Blog</title>",
    )

    assert segment_html(html).headline == 1


def test_a_headline_in_a_script_without_spaces_matches_its_title_character_by_character() -> None:
    # The title and the headings are cut into words alike: one ideograph a word, "_" a word of its own.
    html = _page(
        "<h2>视频</h2><h1>地铁7号线二期工程年底通车</h1><p>记者从市轨道交通集团获悉。</p>",
        "<title>地铁7号线二期工程年底通车_城市报</title>",
    )

    assert segment_html(html).headline == 1


def test_no_heading_shares_enough_of_the_title() -> None:
    html = _page(
        "<h1>Weather today</h1><p>Storm closes the coastal road</p>", "<title>Storm closes the coastal road</title>"
    )

    assert segment_html(html).headline is None
    assert segment_html(_page("<h1>Storm</h1>")).headline is None


def _closing_heading_page(above: int, below: int, heading: str = "h2") -> str:
    """An h1 that shares too little of the title, `above` lines, a matching heading, then `below` lines."""
    lines = "".join(f"<p>Line {n}.</p>" for n in range(above))
    rest = "".join(f"<p>Footer {n}.</p>" for n in range(below))
    return _page(
        f"<h1>Tents</h1>{lines}<{heading}>Why Storm Shelter tents</{heading}>{rest}",
        "<title>Storm Shelter tents for camping | Example Shop</title>",
    )


@pytest.mark.parametrize(("above", "below", "expected"), [(3, 4, 4), (4, 4, 5), (5, 4, None), (8, 1, None)])
def test_a_lower_heading_past_the_middle_of_the_lines_under_the_h1_titles_a_closing_section(
    above: int, below: int, expected: int | None
) -> None:
    # The h1 (line 0) fails the title's tests; the h2 matches it, at line above + 1.
    assert segment_html(_closing_heading_page(above, below)).headline == expected


def test_an_h1_past_the_middle_of_the_page_is_still_its_headline() -> None:
    assert segment_html(_closing_heading_page(8, 1, heading="h1")).headline == 9


def test_without_an_h1_a_lower_heading_past_the_middle_of_the_page_titles_a_closing_section() -> None:
    def page(above: int) -> str:
        lines = "".join(f"<p>Line {n}.</p>" for n in range(above))
        return _page(
            f"{lines}<h2>Storm Shelter tents</h2><p>Footer.</p><p>Links.</p>", "<title>Storm Shelter tents</title>"
        )

    assert segment_html(page(3)).headline == 3
    assert segment_html(page(4)).headline is None


# -- hostile and broken documents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "declaration",
    [
        '<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE p [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    ],
)
def test_entities_are_never_defined_fetched_or_expanded(declaration: str) -> None:
    page = segment_html(f'<?xml version="1.0"?>{declaration}<html><body><p>&xxe; &lol2; text</p></body></html>')

    assert "root:" not in " ".join(page.texts)
    assert "lollol" not in " ".join(page.texts)
    assert page.texts[-1] == "&xxe; &lol2; text"


@pytest.mark.parametrize("odd", ["\x00", "\ud800", "\x07", "\ufffe"])
def test_nul_bytes_lone_surrogates_and_control_characters_do_not_break_the_parse(odd: str) -> None:
    page = segment_html(_page(f"<p>Before{odd}after, in a sentence of text.</p><p>Next paragraph.</p>"))

    assert len(page) == 2
    assert page.texts[0].startswith("Before")
    assert page.texts[0].endswith("after, in a sentence of text.")


def test_a_page_in_a_legacy_encoding_without_a_declaration_is_read() -> None:
    prose = "Une recette française très appréciée à Noël, préparée avec soin et dégustée froide. " * 3
    html = _page(f"<h1>Crème brûlée</h1><p>{prose.strip()}</p>").encode("cp1252")

    result = cleaner.clean(html)

    assert result.format == "html"
    assert "Crème brûlée" in result.text
    assert "très appréciée à Noël" in result.text


# -- limits ------------------------------------------------------------------------------------------


def _nested(levels: int) -> str:
    """A page whose text sits `levels` elements deep, <html> and <body> included."""
    divs = levels - 2
    return "<html><body>" + "<div>" * divs + "deep text" + "</div>" * divs + "<p>after</p></body></html>"


@pytest.mark.parametrize("max_depth", [20, 256])
def test_nesting_at_the_depth_limit_is_read_through_the_dom(max_depth: int) -> None:
    page = segment_html(_nested(max_depth), limits=Limits(max_depth=max_depth))

    assert page.texts == ("deep text", "after")
    assert page.has_dom
    assert page.depths[0] == max_depth


@pytest.mark.parametrize("max_depth", [20, 256])
def test_nesting_one_level_past_the_depth_limit_is_read_as_text(max_depth: int) -> None:
    page = segment_html(_nested(max_depth + 1), limits=Limits(max_depth=max_depth))

    assert page.texts == ("deep text", "after")
    assert not page.has_dom


def _crowded(attributes: int) -> str:
    """A paragraph whose element carries `attributes` distinct attributes."""
    names = " ".join(f"a{n}" for n in range(attributes))
    return f"<html><body><p {names}>crowded text</p><p>after</p></body></html>"


@pytest.mark.parametrize(("attributes", "through_the_dom"), [(1_000, True), (1_001, False), (200_000, False)])
def test_an_element_with_more_attributes_than_the_limit_is_read_as_text(attributes: int, through_the_dom: bool) -> None:
    # 200,000 attributes took libxml2 over a minute: it checks each against the others.
    page = segment_html(_crowded(attributes), limits=Limits(max_attributes=1_000))

    assert page.texts == ("crowded text", "after")
    assert page.has_dom is through_the_dom


def _crowded_by_definition(document: bytes, max_attributes: int) -> bool:
    """`crowded_tag` read off its docstring: a tag runs from its "<" to the next ">" (or the end)."""
    parts = document.split(b"<")[1:]
    tags = [part.split(b">")[0] for index, part in enumerate(parts) if b">" in part or index == len(parts) - 1]
    return any(
        len(tag) + 1 >= 2 * max_attributes and tag[:1].isalpha() and len(tag.split()) > max_attributes + 1
        for tag in tags
    )


@given(st.lists(st.sampled_from(list(b"<> \tab=Z1-")), max_size=60).map(bytes), st.integers(1, 6))
@example(b"<a b c d>", 2)  # four words: crowded
@example(b"x <a b c d", 2)  # a tag left open runs to the end
@example(b"<a b c d <e>", 2)  # a "<" before the first's ">" opens the tag instead
@example(b"<1 b c d>", 2)  # no tag name
def test_the_crowded_tag_scan_finds_what_its_definition_does(document: bytes, max_attributes: int) -> None:
    assert crowded_tag(document, max_attributes) is _crowded_by_definition(document, max_attributes)


def test_a_long_data_uri_is_one_attribute() -> None:
    uri = "data:image/png;base64," + "A" * 100_000
    page = segment_html(f"<html><body><img src='{uri}'><p>after the image</p></body></html>")

    assert page.texts == ("after the image",)
    assert page.has_dom


def test_a_depth_limit_past_256_levels_is_read_through_the_dom() -> None:
    page = segment_html(_nested(1_000), limits=Limits(max_depth=1_000))

    assert page.texts == ("deep text", "after")
    assert page.has_dom


def test_nesting_past_the_limit_inside_a_hidden_element_is_read_as_text_too() -> None:
    hidden = "<div hidden>" + "<div>" * 30 + "hidden text" + "</div>" * 30 + "</div>"

    page = segment_html(_page(f"<p>Shown.</p>{hidden}"), limits=Limits(max_depth=20))

    assert "Shown." in page.texts
    assert not page.has_dom


def test_a_text_node_past_the_parsers_size_limit_is_read_as_text() -> None:
    long_text = "é" * 5_000_001  # 10 MB in UTF-8: libxml2 stops at 10 MB in one text

    page = segment_html(_page(f"<p>before</p><p>{long_text}</p><p>after</p>"))

    assert page.texts[0] == "before"
    assert page.texts[-1] == "after"
    assert "".join(page.texts[1:-1]) == long_text
    assert not page.has_dom


def test_an_attribute_value_past_the_parsers_size_limit_is_read_as_text() -> None:
    long_value = "é" * 5_000_001  # 10 MB in UTF-8: libxml2 stops at 10 MB in one value

    page = segment_html(_page(f"<p>before</p><p title='{long_value}'>titled</p><p>after</p>"))

    assert page.texts == ("before", "titled", "after")
    assert not page.has_dom


def test_a_renderer_renders_one_page() -> None:
    renderer = Renderer()
    renderer.render(b"<p>one</p>")

    with pytest.raises(ValueError, match="renders one page"):
        renderer.render(b"<p>two</p>")
    assert renderer.texts == ["one"]


def test_an_element_that_shows_nothing_gives_no_line() -> None:
    html = _page("<p>First para.</p><p>\u200b</p><div><span>\u200d</span> \ufeff</div><p>Second \u200b para.</p>")

    page = segment_html(html)

    assert page.texts == ("First para.", "Second \u200b para.")
    assert page.tags == ("p", "p")
    assert page.blank_before == (True, True)


def test_a_piece_of_a_cut_line_that_shows_nothing_gives_no_line() -> None:
    html = _page(f"<p>{'x' * 20} {chr(0x200B) * 30}</p>")

    page = segment_html(html, limits=Limits(max_line_chars=25))

    assert page.texts == ("x" * 20,)


def test_a_line_past_the_line_limit_is_cut_into_lines_of_the_same_element() -> None:
    words = " ".join(f"word{i}" for i in range(500))  # 3,389 characters
    html = _page(f'<p class="story"><a href="/x">{words}</a></p><p>Short.</p>')

    page = segment_html(html, limits=Limits(max_line_chars=1_000))

    assert len(page) == 5
    assert " ".join(page.texts[:4]) == words
    assert page.tags == ("p",) * 5
    assert all(frozenset({"story"}) == tokens for tokens in page.class_tokens[:4])
    assert page.link_chars[:4] == tuple(map(len, page.texts[:4]))


# A module that cannot be found (a compiled module never built, a dependency not installed): its
# import fails as the loader's does then.
_WITHOUT_THE_MODULE = """
import sys

class Unfound:
    def find_spec(self, name, path=None, target=None):
        if name == sys.argv[1]:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

sys.meta_path.insert(0, Unfound())
import cleaner
"""


@pytest.mark.parametrize(
    ("module", "what"),
    [
        ("cleaner.segment._render", "HTML rendering"),
        ("cleaner.segment._words", "line reader"),
        ("cleaner._votes", "vote passes"),
    ],
)
def test_a_source_tree_without_its_compiled_modules_says_how_to_build_them(module: str, what: str) -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _WITHOUT_THE_MODULE, module], capture_output=True, text=True, timeout=60, check=False
    )

    assert completed.returncode != 0
    assert f"compiled {what} ({module}) is not built in" in completed.stderr
    assert "pip install -e ." in completed.stderr


def test_a_compiled_module_whose_dependency_is_missing_names_the_dependency_not_the_build() -> None:
    """The HTML renderer is built but imports lxml: without lxml, the error says so, not that it is unbuilt."""
    completed = subprocess.run(
        [sys.executable, "-c", _WITHOUT_THE_MODULE, "lxml"], capture_output=True, text=True, timeout=60, check=False
    )

    assert completed.returncode != 0
    assert (
        "compiled HTML rendering (cleaner.segment._render) imports 'lxml', which is not installed" in completed.stderr
    )
    assert "is not built" not in completed.stderr


def test_class_words_and_line_tokens_are_taken_from_one_table_of_words_read_lately() -> None:
    ((token,),) = segment_text("Navigation").tokens
    (word,) = name_words("NAVIGATION")

    assert word == token == "navigation"
    assert word is token


def test_the_page_names_are_those_of_the_lines_chains_however_often_asked() -> None:
    renderer = Renderer()
    renderer.render(
        b'<body class="site"><div class="story main"><p id="lede">Text.</p></div>'
        b'<div class="empty-rail"></div><nav class="menu"><a>Home</a></nav></body>'
    )

    *_, names = renderer.owner_columns()
    *_, names_again = renderer.owner_columns()

    assert names == names_again == {"site", "story", "main", "lede", "menu"}
