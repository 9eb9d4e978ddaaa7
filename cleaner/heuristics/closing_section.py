"""Closing sections: under "More Stories", "About the Author" or "Tags", the article is over.

Below an article, sites print the sections that close it, each under a header of fixed wording:
their other stories ("Related Articles", "More from Sportsnet", "Most Read", "Recommended for
you", "Read Next", "Don't Miss", "More by Jane Doe", "From Our Archives"), the writer or the
publisher ("About the Author", "About Jane Doe", "About us", "Written by": "About" and a name,
not "About the results"), the story's sources ("Sources", "References", "Further reading"), its
labels ("Tags", "Filed under", "Related Topics"), the way on ("Previous Post", "Next", "Share this
article", "Like this:", "Stay connected"); and in the other languages of the web as well
("Weitere Artikel", "Artigos relacionados", "À lire aussi", "Leggi anche"). What follows such a
header is teasers, a bio, a list of labels, written as the article is or short enough to ride
along with it, and the region around the article takes it in. The header is the signal, and
where it stands: a line that is nothing but such a header (at most `header_max_words` words),
once the article has begun (`min_prose_lines_before` prose lines above it), with little prose
after it: what follows holds at most `max_prose_share_after` of the prose before it. A box of
related links amid an article, with the article's paragraphs going on under it, fails that test.
Prose lines are counted as `comment_section` counts them: at least 20 words, ending like a
sentence, with a function-word share of at least 0.2.

The header and everything after it are voted sure chrome (-1), which the combiner takes as
final (`CombineSettings.chrome_vetoes`). An HTML page whose headline is unknown (a home page, a
listing of news) holds no article to be over, and under a known headline the article's prose is
counted from the headline down, so that a consent dialog's sentences above it do not begin the
article. Measured: text F1 on ScrapingHub 0.9238 → 0.9273, WCXB-dev 0.8081 → 0.8106, fixtures
0.8439 → 0.8528; HTML F1 on WCXB-dev 0.8510 → 0.8518, fixtures 0.8818 → 0.8824 (ScrapingHub
unchanged). By words, in text mode, the teasers under a header of other stories were 683 leaked
and none gold on ScrapingHub, 9,519 leaked and 107 gold on WCXB-dev; on WCXB-dev, under "About
the Author" and its kin 1,176 leaked and 8 gold, under tags and topics 797 and 2, under
"Previous Post" and "Next Post" 284 and none, under sources 1,017 and none (ScrapingHub: 600
and none). The headers in other languages than English took text F1 on ScrapingHub from 0.9272
to 0.9295 (Portuguese blogs' "Artigos relacionados"), nothing lost elsewhere; "About" and a
name, or "About us", took text F1 on WCXB-dev from 0.8111 to 0.8113 (1,407 words leaked and
none gold under them there; a press release's "About <the institute>" is gold on one page).
References, further reading, more by the writer, the archives and "Like this:" took WCXB-dev
from 0.8113 to 0.8115 in text and 0.8534 to 0.8535 in HTML (references are gold on three of
the eleven pages where they close the article). Prose written out more than once on the page
does not count after the header: a carousel of testimonials under "Recent Articles" writes its
slides twice (its clones for looping), and is not the article going on (text WCXB-dev 0.81621
→ 0.81648; HTML unchanged). Nor does a prose line followed by a line the page writes again
(`card_label_min_repeats`): a teaser card's blurb above its "Learn more", which every card
repeats, under "Explore more" (text WCXB-dev 0.82067 → 0.82113, ScrapingHub 0.93444 → 0.93473;
HTML WCXB-dev 0.85663 → 0.85681; no page lost more than 0.03; a line written three times or
more gained less: text WCXB-dev +0.0003, HTML −0.00002). "You may be interested in", "You'll
also love", "From our blog" and "Related Products" took text WCXB-dev from 0.82198 to 0.82214
(three pages up, none down); "Related resources" heads a box amid an article as often.
A forum thread closes the same way, under its other threads and topics ("Similar threads",
"Related Threads", "Trending threads", "Related questions"): HTML WCXB-dev 0.87658 → 0.87666
(forums +0.0011; four threads of four sites up, by up to 0.04, none down), text 0.83577 →
0.83585 (four up, one down by 0.01); ScrapingHub and the fixtures unchanged.
A newsletter's box closes the article as well ("Stay connected", "Let's keep in touch", with its
sign-up form and the footer under it): text and HTML WCXB-dev +0.0001, on the one page where it
stood under the article; ScrapingHub and the fixtures unchanged.
Under a known headline (on a text page, the URL's slug names it), a prose line with no sentence
of `continued_min_words` beside it does not count after the header either: a teaser's blurb
stands between its headline and the next one, where an article going on runs sentence after
sentence (text WCXB-dev 0.82903 → 0.82999, 13 pages up by as much as 0.43, two down by 0.09 and
0.07 whose gold keeps a list of references and a listing's teasers; ScrapingHub 0.93642 →
0.93658; HTML WCXB-dev 0.86106 → 0.86125, ScrapingHub 0.97667 → 0.97676). A sentence of 12 words
cost text 0.0002; only prose (20 words) beside it, HTML 0.0005 and ScrapingHub 0.0014, where
paragraphs stand between pictures and captions. A page with no known headline, a hub of news
under "Top Stories", holds its teasers as its content (counting there cost 0.07). "Previous" or
"Next" alone, the way on as "Previous Post" is, took text WCXB-dev from 0.82999 to 0.83011 and
HTML from 0.86102 to 0.86106 (eight pages up, none down).
The writer and more stories in the other languages too, "About" and a name as "Sobre Carlos
Nadalim" and "Über Moritz Bachmann", "Über den Autor", "Weitere Beiträge zum Thema": text F1 on
ScrapingHub 0.93630 → 0.93808 (four pages of a Portuguese and a German blog up, none down);
WCXB-dev, nearly all English, and every HTML figure unchanged (the DOM had told those boxes already).
Other stories and the call to read on in the other languages whose function words
`cleaner.lang` counts ("Relaterade artiklar", "İlgili Haberler", "Baca juga", "Διαβάστε επίσης",
"관련기사", "相关阅读", "関連記事"): text F1 on ScrapingHub 0.93899 → 0.93902 (a Japanese blog's
"関連記事"), every other figure unchanged.
A header of other stories may add the reader's liking ("More Articles You Might Enjoy", "Other
Posts You May Enjoy"), and a call to explore may name the topic ("Keep Exploring This Topic.",
its full stop read as a colon is): HTML F1 on WCXB-dev 0.86754 → 0.86763, text 0.83331 →
0.83333 (three pages up, by up to 0.085; a gardening post down 0.009 in HTML and 0.02 in text,
whose "Other Posts You May Enjoy" stands above its article's body, where the first header found
now fails the test of the prose after it and a later one is not tried); ScrapingHub and the
fixtures unchanged.
A shop's product page closes the same way, under the boxes of its other products: "Frequently
bought together", "Customers also bought", "Compare with similar products", "Similar items",
"Recently viewed", "Shop the look". On WCXB-dev such a header stands on 28 pages and is never
gold, nor (by the test of the prose after it) is what it closes: HTML F1 0.87694 → 0.87716
(product pages 0.6354 → 0.6391: a supplement shop +0.09 and a fire-pit shop +0.15, whose
questions and answers under "Frequently Purchased With" are not the gold's), text 0.83577 →
0.83584; no page down, ScrapingHub and the fixtures unchanged.
A header the page writes again within `record_label_max_blocks` lines above it and below it is
a label each record of a list carries (a news list's "More like this" under every story), where
an article closes once: the page is a list, and nothing closes it. HTML F1 on WCXB-dev 0.88505 →
0.88525 (a hotel news list +0.41, whose stories under its first ones were cut), text 0.83867 →
0.83870; no page down, ScrapingHub and the fixtures unchanged. Skipping such a header to try
the next took in, under a news story, the inline boxes that each write "Related articles".
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import closing_header_candidates, closing_prose_words
from cleaner.model import Vote
from cleaner.segment.compiled import line_fingerprint
from cleaner.segment.page import SegmentedPage

# Other stories and the call to read on, in the other languages whose function words
# `cleaner.lang` counts: a news site's fixed wording, matched as written (a space, any or none).
_OTHER_LANGUAGES_HEADERS = (
    "relaterade artiklar", "läs också", "relaterede artikler", "læs også", "relaterte artikler", "les også",
    "powiązane artykuły", "související články", "čtěte také", "mohlo by vás zajímat",
    "ilgili haberler", "ilgili yazılar", "benzer haberler", "bunlar da ilginizi çekebilir",
    "artikel terkait", "berita terkait", "baca juga", "lue myös", "aiheeseen liittyvät",
    "kapcsolódó cikkek", "ezek is érdekelhetik", "σχετικά άρθρα", "διαβάστε επίσης", "δείτε επίσης",
    "articole similare", "articole asemănătoare", "citește și", "bài viết liên quan", "tin liên quan",
    "관련 기사", "함께 볼만한 기사", "כתבות נוספות", "מאמרים קשורים", "עוד בנושא",
    "مطالب مرتبط", "اخبار مرتبط", "بیشتر بخوانید", "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "أخبار ذات صلة",
    "संबंधित खबरें", "ये भी पढ़ें", "相关文章", "相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "関連記事",
    "あわせて読みたい", "おすすめ記事",
)  # fmt: skip


def _first_tokens(header: str) -> set[str]:
    """The first tokens a line holding `header` may open with: as written, run together ("관련기사"), and
    under a Turkish capital İ, whose fold keeps its dot."""
    tokens = {line_fingerprint(header).split()[0], line_fingerprint(header.replace(" ", "")).split()[0]}
    return tokens | {"i\u0307" + token[1:] for token in tokens if token.startswith("i")}


def _by_first_letter(alternatives: Iterable[str]) -> str:
    """The `alternatives` of a regex as one alternation, those that open with the same letter written
    under it once: each alternative must open with a plain letter. The engine tries an alternation's
    branches in turn, each at some cost; grouped, a line tries only its first letter's few.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"a header alternative must open with a letter, got {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# Other stories, after the word that names them ("More", "Related").
_STORIES = (
    r"\s+(?:blog\s+|news\s+)?(?:stories|articles|posts|news|reads|videos|content|threads|topics|questions|discussions)"
    r"(?:\s+you\W?(?:ll|\s+(?:may|might))\s+(?:also\s+)?(?:like|love|enjoy))?"
)
# A name: "About" a name is in capitals, whatever the flag.
_NAME = r"(?-i:\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,3})"
# The writer or the publisher in the other languages of the web, after "Sobre", "Über", "À propos de".
_ABOUT_WHOM = r"\s+(?:(?:o|a|el|la|den|die|l\W)\s*(?:autor(?:a|in)?|auteure?)|uns|nós|nosotros|nous|" + _NAME + ")"
_STAY = r"\s+(?:connected|in\s+touch)"

# The line is the header and nothing else: other stories, named as such, or a call to read on;
# the writer; the story's sources; its labels; the way on. Each header is written from its first
# letter, under which the pattern groups it: 61,400 instructions a ScrapingHub text page tried
# them one after another, 40,800 grouped.
_HEADER_LINE = regex.compile(
    "(?:"
    + _by_first_letter(
        (
            *(
                word + _STORIES
                for word in (
                    "more", "other", "similar", "latest", "recent", "recommended", "popular", "trending", "related",
                    "top",
                )
            ),
            r"more\s+(?:from|by)\s+\S.*", r"recently\s+(?:from|by)\s+\S.*", r"from\s+(?:our|the)\s+archives?",
            r"recommended\s+for\s+you",
            r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)(?:\s+\S.*)?",
            r"you\W?ll\s+also\s+(?:like|love|enjoy)", r"from\s+(?:our|the)\s+blog", r"related\s+products",
            r"frequently\s+(?:bought|purchased)\s+(?:together|with)", r"similar\s+(?:items|products)",
            r"customers\s+(?:who\s+\w+\s+this\s+(?:item\s+)?)?also\s+(?:bought|viewed|purchased)",
            r"compare\s+with\s+similar\s+(?:items|products)", r"recently\s+viewed(?:\s+(?:items|products))?",
            r"people\s+also\s+(?:bought|viewed)", r"shop\s+the\s+look", r"complete\s+the\s+look",
            r"read\s+(?:this\s+)?next", r"what\s+to\s+read\s+next", r"don\W?t\s+miss", r"keep\s+reading",
            r"more\s+like\s+this", r"editor\W?s\s+picks", r"most\s+(?:read|popular|viewed)",
            r"see\s+more\s+(?:stories|articles|posts|news)", r"view\s+all\s+(?:stories|articles|posts|news)",
            r"explore\s+more", r"more\s+to\s+explore", r"keep\s+exploring(?:\s+this\s+topic)?",
            # The writer or the publisher: "About" and a name, not "About the results".
            r"about\s+the\s+(?:authors?|writer)", r"about\s+(?:us|" + _NAME + ")", r"author\s+bio",
            r"meet\s+the\s+author", r"written\s+by,?", r"reviewed\s+by,?",
            # The same in the other languages of the web: "Sobre Carlos Nadalim", "Über den Autor",
            # "À propos de l'auteur".
            "sobre" + _ABOUT_WHOM, "über" + _ABOUT_WHOM, r"acerca\s+de" + _ABOUT_WHOM, r"à\s+propos\s+de" + _ABOUT_WHOM,
            r"sull\W?autore", r"over\s+de\s+auteur", r"o\s+autorze", r"об\s+авторе",
            r"article\s+sources", "sources", "references", "bibliography", r"how\s+we\s+reviewed\s+this\s+article",
            r"further\s+reading.*",
            "tags", r"filed\s+under", "topics", r"related\s+(?:topics|tags)", r"explore\s+related\s+topics",
            r"let\W?s\s+(?:stay|keep)" + _STAY, "stay" + _STAY, "keep" + _STAY,
            r"previous(?:\s+(?:post|article))?", r"next(?:\s+(?:post|article))?",
            r"share\s+this(?:\s+(?:article|post|story|page))?", r"like\s+this",
            r"weitere\s+(?:artikel|beiträge)(?:\s+zum\s+thema)?", r"ähnliche\s+beiträge", r"verwandte\s+beiträge",
            r"verwandte\s+artikel", r"mais\s+artigos", r"outros\s+artigos", r"más\s+artículos", r"plus\s+d\W?articles",
            r"altri\s+articoli", r"das\s+könnte\s+sie\s+auch\s+interessieren", r"articles\s+similaires",
            r"sur\s+le\s+même\s+sujet", r"artículos\s+relacionados", r"te\s+puede\s+interesar", r"articoli\s+correlati",
            r"potrebbe\s+interessarti", r"похожие\s+статьи", r"читайте\s+также",
            r"você\s+(?:pode|também\s+pode)\s+gostar", r"leia\s+também", r"veja\s+também",
            r"artigos\s+relacionad[oa]s", r"posts\s+relacionad[oa]s", r"notícias\s+relacionad[oa]s",
            r"noticias\s+relacionadas", r"entradas\s+relacionadas", r"le[ea]\s+también",
            r"también\s+te\s+puede\s+interesar", r"lire\s+(?:aussi|également)", r"à\s+lire\s+(?:aussi|également)",
            r"vous\s+aimerez\s+aussi", r"mehr\s+zum\s+thema", r"ähnliche\s+artikel", r"leggi\s+anche", r"lees\s+ook",
            r"gerelateerde\s+artikelen", r"czytaj\s+(?:także|też)", r"zobacz\s+(?:także|też)", r"podobne\s+artykuły",
            *(r"\s*".join(map(regex.escape, header.split())) for header in _OTHER_LANGUAGES_HEADERS),
        )
    )
    + r")\s*(?::|\.{3}|…|\.)?",
    regex.IGNORECASE,
)  # fmt: skip
# Each header's first word, as the page's case-folded tokens hold it: the lines worth the pattern.
_FIRST_WORDS = frozenset(
    (
        "more", "other", "similar", "latest", "recent", "recommended", "popular", "trending", "related", "top",
        "you", "read", "what", "don", "keep", "editor", "most", "weitere", "das", "articles", "sur",
        "artículos", "te", "articoli", "potrebbe", "похожие", "читайте", "about", "author", "meet", "tags",
        "filed", "topics", "explore", "references", "bibliography", "further", "recently", "from", "like",
        "você", "leia", "veja", "artigos", "posts", "notícias", "noticias", "entradas", "lee", "lea", "también",
        "à", "lire", "vous", "mehr", "ähnliche", "leggi", "lees", "gerelateerde", "czytaj", "zobacz", "podobne",
        "previous", "next", "share", "let", "stay", "written", "reviewed", "article", "sources", "how", "see", "view",
        "sobre", "über", "acerca", "sull", "over", "o", "об", "verwandte", "mais", "outros", "más", "plus", "altri",
        "frequently", "customers", "compare", "people", "shop", "complete",
    )
) | frozenset(token for header in _OTHER_LANGUAGES_HEADERS for token in _first_tokens(header))  # fmt: skip


class ClosingSectionSettings(HeuristicSettings):
    header_max_words: int = 8
    min_prose_lines_before: int = 3
    prose_min_words: int = 20
    prose_min_stopword_share: float = 0.2
    max_prose_share_after: float = Field(
        0.25, ge=0.0, description="prose words after the header / prose words before it, at most"
    )
    continued_min_words: int = Field(
        16, ge=1, description="words of a sentence beside a prose line after the header for the article to go on there"
    )
    record_label_max_blocks: int = Field(
        30, ge=1, description="lines between a header and its copies above and below for it to be a record's label"
    )
    card_label_min_repeats: int = Field(
        2, ge=2, description="times the page writes the line after a prose line for that line to be a card's blurb"
    )


@register
class ClosingSection(BaseHeuristic[ClosingSectionSettings]):
    name = "closing_section"
    Settings = ClosingSectionSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        s = self.settings
        votes: list[Vote | None] = [None] * len(page)
        # An HTML page whose headline is unknown holds no article to be over (a home page, a listing).
        if page.has_dom and page.headline is None:
            return votes
        prose = page.prose_lines(s.prose_min_words, s.prose_min_stopword_share)
        # Under a known headline, the article's prose is what follows it (not a consent dialog above).
        from_line = 0 if page.headline is None else page.headline + 1
        start = self._header(page, prose, from_line)
        if start is None:
            return votes
        # After the header, a carousel's slides, written out twice or more (its clones for
        # looping), are not the article going on: only prose written once counts. Nor are a
        # teaser strip's blurbs: prose followed by a line the page writes again (each card's
        # "Learn more", its label) is a card's. Under a known headline, nor is a teaser list's
        # blurb: a prose line with no sentence beside it (its headline above, a date or the next
        # headline below). An article going on under a box runs sentence after sentence.
        before, after = closing_prose_words(
            page.words,
            prose,
            from_line,
            start,
            page.repeats,
            s.card_label_min_repeats,
            page.ends_with_terminal,
            0 if page.headline is None else s.continued_min_words,
        )
        if after > s.max_prose_share_after * before:
            return votes
        votes[start] = self.cast(-1.0, "closing_section_header")
        votes[start + 1 :] = [self.cast(-1.0, "after_closing_section_header")] * (len(page) - start - 1)
        return votes

    def _header(self, page: SegmentedPage, prose: tuple[bool, ...], from_line: int) -> int | None:
        """The first header line under at least `min_prose_lines_before` lines of `prose` from `from_line` on."""
        s = self.settings
        texts = page.texts
        # Few lines open with a header's word, short and under the article's prose: the pattern runs on those alone.
        for index in closing_header_candidates(
            page.tokens, page.words, prose, _FIRST_WORDS, from_line, s.header_max_words, s.min_prose_lines_before
        ):
            if _HEADER_LINE.fullmatch(texts[index]):
                # A header each record carries: the page is a list of records, and nothing closes it.
                return None if self._record_label(page, index) else index
        return None

    def _record_label(self, page: SegmentedPage, index: int) -> bool:
        """Whether the line at `index` is written again within `record_label_max_blocks` lines above it and
        below it: a label each record of a list carries (a news list's "More like this" under every story),
        where an article closes once."""
        if page.repeats[index] < 3:
            return False
        window = self.settings.record_label_max_blocks
        fingerprint = page.fingerprints[index]
        above = page.fingerprints[max(0, index - window) : index]
        below = page.fingerprints[index + 1 : index + 1 + window]
        return fingerprint in above and fingerprint in below
