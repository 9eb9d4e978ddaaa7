"""Boilerplate phrases and shapes: the fixed wording of site chrome.

Calls to action (subscribe, sign in, share, read more; a forum quote's "Click to expand...",
which XenForo writes under every quote: WCXB-dev F1 +0.0001 in text and HTML alike; a shop's
"Add to cart", "Shop now", "Start free trial": WCXB-dev F1 +0.0001 in text, +0.0003 in HTML, no page
down by more than 0.02; a Q&A site's "Improve this answer" and "Add a comment"; not "View all" or
"Loading", which close a gold teaser and open a heading), legal lines
(terms of use, privacy, cookies, copyright), job and price widgets ("£25000 - £30000 Per Annum:
…"), lines that are only a date, a byline, a counter or a reading time (in the web's large
languages: "Reading time: 4 minutes", "Tempo de leitura: 2 minutos"), a forum post's meta lines
("Reactions: …", "Last edited: Mar 27, 2025", "Posts: 13", "asked Oct 16, 2023 at 9:40", a
writer's badges; of their words that the cleaner kept on the development pages, 2,282 were not
gold and 61 were, in text; WCXB-dev F1 +0.0003 in text, +0.0001 in HTML; a post's number "#2"
was left out, half of its words gold), and cookie and consent notices; "Read more" too in the
other languages whose function words `cleaner.lang` counts ("Czytaj więcej", "Devamını oku",
"Baca selengkapnya", "더보기", "続きを読む": no development page holds one). These are the phrase
lists that every practical cleaner carries (C4's "terms of use"/"cookie" rules, trafilatura's
boilerplate patterns); kept short and in several languages.
Phrases count only in short blocks, because an article may quote any phrase in a long sentence;
pay widgets, consent notices and copyright lines count at any length: a widget's line opens with
its pay ("£45000 Per Annum: …") where an article names a price inside a sentence, a notice uses
several words of its vocabulary at once ("we and our partners use cookies … accept … privacy
settings") where an article quotes one (a line that names cookies in the site's own voice, "we",
"our", "wir", "nous", "utilizamos", uses two: "This website uses cookies so that we can …", where
documentation speaks of cookies in the third person; WCXB-dev HTML F1 0.88403 → 0.88424, a
collection page's cookie notice found, text 0.83841 → 0.83842, five pages up on five sites, a shop's
listing down, whose consent panel had been its main region and its page then widened as sparse;
ScrapingHub and the fixtures unchanged), and a footer's copyright line opens with its sign or
word and the year ("© 2026 Acme. All rights reserved. Acme and its logo are trademarks …")
where an article speaks of copyright inside a sentence. Of the long lines so opening on the
development pages, the gold keeps one (an agency's notice under its story, 16 words) and
leaves out 1,300 words: text F1 on WCXB-dev +0.0006 and on the fixtures +0.0014, HTML +0.0001,
ScrapingHub text −0.0003 (that story). "All rights reserved" and "protected by reCAPTCHA" mark
a line of fine print wherever they stand in it (416 more words left out, none of them gold:
WCXB-dev +0.00006 in text, +0.00004 in HTML). A notice to a browser that cannot show the page
("JavaScript is disabled. … please enable JavaScript", "Your browser does not support the
video tag") counts at any length too: a <noscript>'s text, 106 words kept as body on WCXB-dev's
HTML pages and none of them gold (HTML +0.0004). A date in figures counts with its time and zone
("2016-08-10 20:24:33 +00:00", "6/30/2025 1:31:43 PM"), as Q&A and forum software stamps each
comment: WCXB-dev text F1 0.83577 → 0.83584 (ten pages up by 0.055 at most, eight of them Q&A
threads on six sites, a travel forum and a news index; one forum whose gold keeps its posts' stamps
down by 0.034), HTML 0.87638 → 0.87639 (two pages up, that forum down by 0.015); ScrapingHub and
the fixtures unchanged. The fields of the writer's card beside each post are post meta lines too
("Registered: 2016-07-02", "Join Date: Jun 2024", "Reputation: 265", "Member since: …"): WCXB-dev
HTML F1 0.88025 → 0.88028 (four threads of four forum packages up, by up to 0.013; an article
down by 0.001).
A counter of replies is one in the singular too, as forum software writes it under each post ("0 Reply",
"1 Reply", as "1 comment" and "1 like" are): WCXB-dev HTML F1 0.88461 → 0.88462 (four threads of four
sites up, by up to 0.01, none down); text, ScrapingHub and the fixtures unchanged. So is the header of
a quoted post, naming its writer before the quote ("Allan wrote:", "b.scherer wrote: ↑", "Originally
Posted by HOSTLAR", "Quote:"), as phpBB, FluxBB and vBulletin write it; not XenForo's "X said:", which
the gold keeps on many threads: WCXB-dev HTML F1 0.88462 → 0.88463 (six threads of six sites up, by up
to 0.006, none down), text 0.83849 → 0.83851 (five up, none down); ScrapingHub and the fixtures unchanged.
NodeBB heads each post with its writer's name, "wrote on" and the date, each a link of its own, and
writes its edit stamp without a date ("last edited by"): HTML 0.88463 → 0.88465 (three threads of three
sites up, by up to 0.03, none down); text, ScrapingHub and the fixtures unchanged.
phpBB's edit stamp ("Last edited by … on Sun Feb 22, 2026 2:08 am, edited 108 times in total.") runs past
the short lines' bound and is read at any length (`edit_stamp`, a sure veto in `combine`): WCXB-dev HTML
F1 0.88469 → 0.88471 (two threads of two sites up, by up to 0.019, none down), text 0.83851 → 0.83852
(the same two up); ScrapingHub and the fixtures unchanged. Vetoing the shorter stamps as well lost more
than it won (a thread whose gold keeps its "Last edited by … (2025-11-01 15:15:18)").
The subject line forum software writes above each reply, "Re: " and the thread's title as the page's own
title holds it, is chrome too (`reply_subject`, a sure veto; up to `reply_subject_max_words`): WCXB-dev
HTML F1 0.88471 → 0.88474 (three threads of three sites up, by up to 0.049; one down by 0.037, whose gold
keeps the one such line it has, where another thread of its site drops 23); text, where no page title is
known, ScrapingHub and the fixtures unchanged. A "Re:" line that does not repeat the title ("Re: … by
Alphabyte2: 9:43pm On Dec 09, 2023") is left alone: the gold keeps such a line's writer and date.
A script's status line, shown until the script fills its box in, is chrome too (`loading_status`):
a verb of progress, up to two words before it and four after, and an ellipsis ("Loading...",
"Like Loading...", "Checking payment options...", "Loading prices for your region…"). The ellipsis
is the signal: "Loading" alone may close a gold teaser or head a section. Of such lines on WCXB-dev
the gold keeps 1 of 158 (on 65 sites), and of the 39 kept as body before (11 sites), that one:
HTML F1 0.88510 → 0.88512 (ten pages up, articles, listings, a service and two shops' product
pages, by up to 0.011; a forum whose gold keeps its "Loading..." down by 0.003), text 0.83868 →
0.83872; ScrapingHub text up by 0.000002, its HTML and the fixtures unchanged.
"""

from __future__ import annotations

import re
from typing import Any

import regex
from pydantic import Field

from cleaner.heuristics.base import BaseHeuristic, HeuristicSettings, register
from cleaner.heuristics.line_passes import (
    MAY_BE_DATED,
    MAY_BE_POST_META,
    MAY_HOLD_PHRASE,
    MAY_OPEN_BYLINE,
    lines_opening_near,
    phrase_tests,
)
from cleaner.model import Vote
from cleaner.segment.compiled import line_fingerprint
from cleaner.segment.page import SegmentedPage

_LEGAL_PHRASES = (
    "terms of use",
    "terms of service",
    "terms and conditions",
    "privacy policy",
    "privacy notice",
    "privacy settings",
    "cookie",
    "cookies",
    "all rights reserved",
    "datenschutz",
    "impressum",
    "mentions légales",
    "mentions legales",
    "aviso legal",
    "política de privacidad",
    "politica de privacidad",
)
_CALLS_TO_ACTION = (
    "subscribe", "sign in", "sign up", "log in", "login", "log out", "register", "create an account",
    "read more", "continue reading", "click here", "click to expand", "share this", "share on", "follow us",
    "newsletter", "download the app", "advertisement", "sponsored", "related articles", "related stories",
    "related posts", "most read", "most popular", "most viewed", "you may also like",
    "you might also like", "recommended", "trending", "back to top", "skip to content",
    "skip to main content", "add to cart", "add to bag", "add to basket", "add to wishlist", "add to quote",
    "buy now", "shop now", "start free trial", "start your free trial", "download now", "quick view",
    "add a comment", "improve this answer", "improve this question",
    "abonnieren", "anmelden", "weiterlesen", "s'abonner", "se connecter",
    "lire la suite", "suscríbete", "suscribete", "iniciar sesión", "iniciar sesion", "leer más",
    "leer mas", "подписаться", "войти", "читать далее",
    # "Read more" in the other languages whose function words `cleaner.lang` counts.
    "leia mais", "continua a leggere", "leggi tutto", "lees meer", "czytaj więcej", "läs mer", "læs mere",
    "les mer", "devamını oku", "baca selengkapnya", "lue lisää", "čtěte více", "διαβάστε περισσότερα",
    "citește mai mult", "xem thêm", "더보기", "קרא עוד", "ادامه مطلب", "اقرأ المزيد", "阅读全文",
    "阅读更多", "続きを読む",
)  # fmt: skip


def _phrase_pattern(phrases: tuple[str, ...]) -> str:
    r"""Any of `phrases` as whole words, with shared beginnings factored out.

    "sign in|sign up" becomes "sign\ (?:in|up)": at each word start the engine tries each
    first letter once rather than each phrase, which halves the cost of a search. Matches
    the same strings as the plain alternation, except where a phrase is joined to a word by a
    hyphen or a dot: then it is part of a name, which no button writes ("feature-login" in a
    code listing, "wp-login.php"; an underscore joins them too, but `\b` reads it as part of
    the word already). On the development pages these were code lines of a tutorial and of
    Python's documentation: WCXB-dev text F1 +0.00002, HTML unchanged.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return rf"(?<!\w[-.])\b{_alternatives(trie)}\b(?![-.]\w)"


def _alternatives(node: dict[str, Any]) -> str:
    """The pattern of a trie node: its branches as an alternation, optional where a phrase ends here."""
    branches = [re.escape(char) + _alternatives(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{pattern})?" if "" in node else pattern


# One pass for both lists; the group that matched names the reason.
_PHRASE = re.compile(
    rf"(?P<legal_phrase>{_phrase_pattern(_LEGAL_PHRASES)}|©|\(c\) \d{{4}})|"
    rf"(?P<call_to_action>{_phrase_pattern(_CALLS_TO_ACTION)})",
    re.IGNORECASE,
)
# The same pattern without IGNORECASE, for a line of ASCII lower-cased first: the engine then
# skips to the characters that open a phrase (1.4 µs a short line rather than 2.3), and on
# ASCII the two find the same phrases.
_LOWER_CASE_PHRASE = re.compile(_PHRASE.pattern)
# Every phrase starts with one of these words, as the line reader cuts it (a kana or an ideograph
# is a token of its own): a block with none of them is not searched.
_FIRST_WORDS = frozenset(line_fingerprint(phrase).split()[0] for phrase in _LEGAL_PHRASES + _CALLS_TO_ACTION)


def _continuations(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each first word of the ASCII `phrases`, the words that follow it in each, as the line reader cuts them."""
    following: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase.isascii():
            first, *rest = line_fingerprint(phrase).split()
            following.setdefault(first, []).append(tuple(rest))
    return {first: tuple(rests) for first, rests in following.items()}


# A line of ASCII holds a phrase only where the phrase's words stand in a row among its tokens.
_PHRASE_CONTINUATIONS = _continuations(_LEGAL_PHRASES + _CALLS_TO_ACTION)
# The vocabulary of cookie and consent notices: a notice of any length uses several of
# these words at once ("we and our partners use cookies ... accept ... privacy settings").
CONSENT_WORDS = frozenset(
    (
        "cookie", "cookies", "consent", "partners", "personalised", "personalized", "advertising", "ads",
        "privacy", "preferences", "accept", "reject", "tracking", "einwilligung", "akzeptieren", "ablehnen",
        "datenschutz", "partner", "werbung", "consentement", "accepter", "refuser", "partenaires", "publicité",
        "confidentialité", "consentimiento", "aceptar", "rechazar", "socios", "publicidad", "privacidad",
    )
)  # fmt: skip
# A cookie notice speaks in the site's own voice, in the first person plural ("This website uses
# cookies so that we can …", "By using Medium, you agree to our Privacy Policy, including cookie
# policy", "wir verwenden Cookies", "nous utilisons des cookies", "utilizamos cookies", where Spanish
# leaves the pronoun to the verb), where an article or a framework's documentation speaks of
# cookies in the third person ("apps that use cookies", "Flask … serializes them into a cookie").
# A line naming cookies in that voice is a notice with one word of the vocabulary fewer.
_COOKIE_WORDS = frozenset(("cookie", "cookies"))
_OWN_VOICE = frozenset(
    (
        "we", "our", "us", "wir", "uns", "unser", "unsere", "unseren", "unserer", "nous", "notre", "nos",
        "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "usamos", "utilizamos",
    )
)  # fmt: skip
_SIGNS = ("©", "(c)", "(C)")
# A footer's copyright line opens with its sign or word and the year: "© 2026 Acme. All rights
# reserved. Acme is a trademark of …", "Copyright © 1995-2026 eBay Inc. …". It runs on with the
# owner's trademarks and links, so it counts at any length; an article that speaks of copyright
# does not open a paragraph with its sign. The word alone needs its sign or a year after it.
_COPYRIGHT_WORDS = ("Copyright", "COPYRIGHT", "copyright")
_COPYRIGHT_NOTICE = re.compile(
    r"\W{0,3}(?:copyright\s*(?:©|\(c\))?\s*\d{4}|copyright\s*(?:©|\(c\))|©|\(c\)\s*\d{4})", re.I
)
# A line counts as a copyright notice where it holds its sign or word and the pattern matches,
# which opens, after three characters at most that are no letter or digit (`\W{0,3}`), with the
# sign, "(c)" or the word in any case: with the first character of one of `_COPYRIGHT_MARKS`. The
# lines so opening are told by their first characters (`lines_opening_near`), where a search of
# every line for the marks read every character of the page.
_COPYRIGHT_MARKS = _SIGNS + _COPYRIGHT_WORDS
_COPYRIGHT_SKIPPED = 3
# Sentences that only a site's fine print writes, wherever they stand in its line: the
# reservation of rights and the notice of a form guarded by reCAPTCHA (legal lines); and what a
# page says to a browser that cannot show it (a <noscript>'s text, a <video>'s fallback), which
# tells the visitor to turn JavaScript on or to change browsers ("Your browser does not seem to
# support JavaScript … Please download a browser that supports JavaScript", as NodeBB's forums
# write it). Neither is a page's content, at
# any length. One pattern for both, its group naming the reason; the lines holding none of
# `_FINE_PRINT_TOKENS` are not searched. Each sentence opens a word: the search asks for a word's
# start once a character, not once for each sentence (43,000 instructions a ScrapingHub text page
# so, 29,000 this way).
_FINE_PRINT_TOKENS = frozenset(("reserved", "recaptcha", "javascript", "browser"))
_FINE_PRINT = re.compile(
    r"\b(?:(?P<legal_phrase>all\s+rights\s+reserved\b|protected\s+by\s+recaptcha\b)"
    r"|(?P<browser_notice>enable\s+javascript\b|javascript\s+(?:is\s+)?(?:disabled|required|turned\s+off)"
    r"|javascript\s+(?:must|needs\s+to)\s+be\s+enabled"
    r"|browser\s+(?:does\s+not|doesn.t)\s+(?:seem\s+to\s+)?support|download\s+a\s+browser\s+that\s+supports"
    r"|(?:update|upgrade)\s+your\s+browser))",
    re.I,
)
_ANY_LENGTH_TOKENS = CONSENT_WORDS | _FINE_PRINT_TOKENS
# A pay widget's line starts with its pay, currency sign first.
_CURRENCIES = ("£", "$", "€", "¥")
_PAY_WIDGET = re.compile(
    r"[£$€¥]\s?\d[\d,.]*(?:\s?[kK])?(?:\s?-\s?[£$€¥]?\s?\d[\d,.]*(?:\s?[kK])?)?\s+"
    r"(?:per\s+(?:annum|year|hour|day|month)|p\.?a\.?|an hour|a year)\b",
    re.IGNORECASE,
)
_LETTERS = r"[^\W\d_]"
# A whole block (anchored, so that no search tries it from inside a run of punctuation). The
# leading punctuation is taken possessively: given back, it could also be read by the optional
# ":" and white space of the dated form, and a long run of it followed by a mismatch would be
# split every which way (quadratic). The " on" it may end with is looked behind for.
#
# The forms that open with a figure (a date or a time in figures, a date with its time, a counter, a
# reading time, an age, a day before its month) are written after one `\d`: the engine enters that
# alternative only on a line whose first word opens with one, where it entered each form to find
# its first figure missing (89,000 instructions a ScrapingHub text page so, 74,000 this way). After the leading
# punctuation a line opens with a letter or a figure, so the forms without their number ("Comments",
# "min read") need no white space before them.
_DATE_OR_COUNTER = re.compile(
    r"\A[\W_]*+(?:\d(?:\d{0,3}[./-]\d{1,4}[./-]\d{1,4}(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]m)?"
    r"(?:\s*(?:z|[+-]\d{2}:?\d{2}|utc|gmt))?)?|\d?:\d{2}(?:\s?[ap]m)?|"
    r"\d*\s+(?:comments?|shares?|likes?|views?|repl(?:y|ies))|\d*[\s-]*min(?:ute)?s?\.? read(?: time)?|"
    r"\d*\s*(?:h|m|mins?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b.*|"
    rf"\d? {_LETTERS}{{3,9}} \d{{4}})|"
    r"(?:comments?|shares?|likes?|views?|replies)|min(?:ute)?s?\.? read(?: time)?|"
    # A reading time under its label, in the web's large languages ("Reading time: 4 minutes").
    rf"(?:(?:estimated|average)\s+)?(?:reading|read)\s+time\W*\d+\s*{_LETTERS}*|"
    rf"(?:tempo\s+de\s+leitura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lesezeit|lesedauer|"
    rf"tempo\s+di\s+lettura|leestijd|время\s+чтения|czas\s+czytania)\W*\d+\s*{_LETTERS}*|"
    rf"(?:(?:updated|published|posted)(?: on)?|(?<= )on)?:?\s*{_LETTERS}{{3,9}}\.? \d{{1,2}},? \d{{4}}.*)"
    r"[\W_]*",
    re.IGNORECASE,
)
# A forum post's meta line, which forum and Q&A software writes beside every post: its readers'
# reactions (XenForo's "Reactions: …"), its edit stamp, a counter of its writer's profile
# ("Posts: 13", "Joined: Thu Aug 27, 2020"), a Q&A site's stamps ("asked Feb 11, 2011 at 23:49",
# "Viewed 12k times") and its writer's badges, a writer's "410 posts · Joined 2002"; and the header
# of a quote of another post.
_POST_META = re.compile(
    r"reactions?:\s.+|"
    r"(?:last\s+)?edited\b\D{0,80}\d.*|"
    r"(?:posts|messages|joined|join\s+date|registered|member\s+since|reputation|reaction\s+score|points|solutions|"
    r"threads|topics|likes\s+received|karma)\s*:\s*\S.{0,40}|"
    r"(?:asked|answered|modified|viewed|commented|edited)\s+(?:.{0,30}\bago\b|.{0,30}\bat\s+\d{1,2}:\d\d|[\d.,]+k?\s+times)|"
    r"(?<![\d.,])[\d.,]++k?[\d.,]*+\s*gold\s+badges?.*|"
    r"(?<![\d.,])[\d.,]++k?\s+posts?\s*[·•|]\s*joined.*|"
    # The header of a quoted post, naming its writer as phpBB, FluxBB and vBulletin write it; a name
    # of up to three words, where four or more before "wrote:" are a sentence introducing a quote.
    # Then NodeBB's post header and its undated edit stamp. A name's words are bounded: an unbounded
    # word read to the end of a long run of letters from each of its characters (quadratic). A name
    # starts a word, so a search tries it at word starts alone, not at every character of a word.
    r"(?<!\S)\S{1,40}(?:\s+\S{1,40}){0,2}\s+wrote:\s*↑?|originally\s+posted\s+by\s.{1,40}|quote:|"
    r"(?<!\S)(?:\S{1,40}\s+){0,3}wrote\s+on|last\s+edited\s+by\b.{0,40}",
    re.IGNORECASE,
)
# A date or counter line whose words are ASCII opens with a digit or with one of these words (a
# counter's, a reading time's label), or with a label glued to its number ("Lesezeit5 Min"); or, in
# its first three words, a month (glued to "Updated" or not) before a day and a year. A number
# alone is none of them, and a number before four words or more only an age ("5 hours ago, …").
# See `phrase_tests`.
_DATE_OPENERS = frozenset(
    (
        "comment", "comments", "share", "shares", "like", "likes", "view", "views", "replies",
        "min", "mins", "minute", "minutes", "estimated", "average", "reading", "read",
        "tempo", "tiempo", "temps", "czas",
    )
)  # fmt: skip
_GLUED_DATE_OPENERS = ("lesezeit", "lesedauer", "leestijd")
# The units of an age ("5 hours ago"), as _DATE_OR_COUNTER spells them.
_AGE_UNITS = frozenset(
    (
        "h", "m", "min", "mins", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years",
    )
)  # fmt: skip
# A script's status line, which the page shows until the script fills the box in: "Loading...",
# "Like Loading...", "Checking payment options…". The ellipsis says the line waits for more; a word of
# progress alone ("Loading") may head a writer's section, and the gold keeps such lines. Anchored: tried
# from each letter of a long word, the leading words would read to its end every time (quadratic).
_LOADING_STATUS = re.compile(
    r"\A(?:\w+\s+){0,2}(?:loading|checking|fetching|updating|processing|calculating|please\s+wait)\b"
    r"(?:\s+\w+){0,4}\s*(?:\.{3}|…)",
    re.IGNORECASE,
)
_ELLIPSES = ("...", "…")
# phpBB's edit stamp under a post, at any length: "Last edited by … on Sun Feb 22, 2026 2:08 am, edited
# 108 times in total."
_LONG_EDIT_STAMP = re.compile(r"last\s+edited\s+by\s.{1,80}?,\s+edited\s+\d+\s+times?\s+in\s+total\.?", re.IGNORECASE)
_EDIT_STAMP_TOKENS = frozenset(("edited",))
# The subject line forum software writes above each reply: "Re: " and the thread's title, which the page's
# own title holds ("Re: Turning off all LED of RPi 5" under "Turning off all LED of RPi 5 - Raspberry Pi Forums").
_REPLY_SUBJECT = re.compile(r"re\s*:\s*(?=\S)", re.IGNORECASE)
_REPLY_SUBJECT_TOKENS = frozenset(("re",))
# One of these words is in every post meta line: a line with none of them is not matched.
_POST_META_WORDS = frozenset(
    (
        "reactions", "reaction", "edited", "posts", "messages", "joined", "join", "registered", "member",
        "reputation", "points", "solutions", "threads", "topics", "likes", "karma", "asked", "answered", "modified",
        "viewed", "commented", "gold", "wrote", "originally", "quote",
    )
)  # fmt: skip
BYLINE_WORDS = frozenset(("by", "von", "par", "por", "di", "door", "от", "автор"))
_BYLINE = regex.compile(rf"\A(?i:{'|'.join(BYLINE_WORDS)})\s+\p{{Lu}}", regex.VERSION1)
_COUNTER_MAX_WORDS = 3  # "12 comments", "Share": a counter without a digit is a word or two
# The words of _DATE_OR_COUNTER that need no digit: a line without a digit matches it only
# when it is one of these ("Comments", "Share", "5 min read" without its number).
_COUNTER_WORDS = frozenset(
    (
        "comment", "comments", "share", "shares", "like", "likes", "view", "views", "replies",
        "min", "mins", "minute", "minutes",
    )
)  # fmt: skip
# The words one of which a short line must hold for a test to run on it, unless it holds a
# copyright sign, a digit (of any script) or an underscore. A phrase beyond ASCII opens with one of
# them too (`phrase_tests`): a line of Cyrillic or Greek without one is not read (reading
# every short line beyond ASCII took this heuristic 0.34 ms on a Russian ScrapingHub page, 0.24 so).
_TESTED_WORDS = _FIRST_WORDS | _POST_META_WORDS | _COUNTER_WORDS | BYLINE_WORDS


class BoilerplatePhrasesSettings(HeuristicSettings):
    max_words: int = 12
    consent_min_words: int = Field(3, ge=1, description="consent words a notice uses at once")
    reply_subject_max_words: int = Field(
        20, ge=1, description="words a reply's subject line (\"Re: \" and the thread's title) holds at most"
    )
    own_voice_consent_min_words: int = Field(
        2, ge=1, description="consent words a notice uses at once where it names cookies in the site's own voice"
    )


@register
class BoilerplatePhrases(BaseHeuristic[BoilerplatePhrasesSettings]):
    name = "boilerplate_phrases"
    Settings = BoilerplatePhrasesSettings

    def vote(self, page: SegmentedPage) -> list[Vote | None]:
        # The costly patterns run only where a cheap test (a phrase's first word, a digit, a
        # currency sign) says they might match, and the tests run in compiled passes over the
        # whole page at once: this runs on every block of every page.
        texts = page.texts
        reasons = self._at_any_length(page)
        for index, may in _lines_to_test(page, reasons, self.settings.max_words):
            text = texts[index]
            if may & MAY_HOLD_PHRASE:
                phrase = _search_phrase(text)
                if phrase is not None and phrase.lastgroup is not None:
                    reasons[index] = phrase.lastgroup
                    continue
            if may & MAY_BE_POST_META and _POST_META.fullmatch(text):
                reasons[index] = "post_meta"
            elif may & MAY_BE_DATED and _DATE_OR_COUNTER.fullmatch(text):
                reasons[index] = "date_or_counter_alone"
            elif may & MAY_OPEN_BYLINE and _BYLINE.match(text):
                reasons[index] = "byline"
        votes: list[Vote | None] = [None] * len(page)
        for index, reason in reasons.items():
            votes[index] = self.cast(-1.0, reason)
        return votes

    def _at_any_length(self, page: SegmentedPage) -> dict[int, str]:
        """The reasons of the blocks whose wording is chrome at any length: pay widgets, consent notices,
        fine print, copyright lines; and of the lines whose pattern bounds their length itself (a script's status)."""
        texts, tokens = page.texts, page.tokens
        reasons: dict[int, str] = {}
        for index in lines_opening_near(texts, _CURRENCIES, 0):
            if _PAY_WIDGET.match(texts[index]):
                reasons[index] = "pay_widget"
        # The page's token index names the blocks that use a consent word or a fine print's word
        # at all; only those are counted and searched.
        least, least_in_own_voice = self.settings.consent_min_words, self.settings.own_voice_consent_min_words
        for index in page.blocks_holding(_ANY_LENGTH_TOKENS):
            block_tokens = tokens[index]
            used = len(CONSENT_WORDS.intersection(block_tokens))
            if used >= least or (used >= least_in_own_voice and _cookies_in_own_voice(block_tokens)):
                reasons.setdefault(index, "consent_notice")
            elif (
                not _FINE_PRINT_TOKENS.isdisjoint(block_tokens)
                and (notice := _FINE_PRINT.search(texts[index])) is not None
                and notice.lastgroup is not None
            ):
                reasons.setdefault(index, notice.lastgroup)
        if page.title_hint:
            title, most = _folded(page.title_hint), self.settings.reply_subject_max_words
            for index in page.blocks_holding(_REPLY_SUBJECT_TOKENS):
                subject = _REPLY_SUBJECT.match(texts[index]) if page.words[index] <= most else None
                if subject is not None and _folded(texts[index][subject.end() :]) in title:
                    reasons.setdefault(index, "reply_subject")
        # The lines that hold a pattern's word or mark are tried against it, each for its reason.
        for candidates, holds, reason in (
            (page.blocks_holding(_EDIT_STAMP_TOKENS), _LONG_EDIT_STAMP.fullmatch, "edit_stamp"),
            (page.blocks_containing(*_ELLIPSES), _LOADING_STATUS.fullmatch, "loading_status"),
            (lines_opening_near(texts, _COPYRIGHT_MARKS, _COPYRIGHT_SKIPPED), _COPYRIGHT_NOTICE.match, "legal_phrase"),
        ):
            for index in candidates:
                if holds(texts[index]):
                    reasons.setdefault(index, reason)
        return reasons


def _folded(text: str) -> str:
    """`text` case-folded, its runs of white space one space each."""
    return " ".join(text.split()).casefold()


def _cookies_in_own_voice(block_tokens: tuple[str, ...]) -> bool:
    """Whether a block's tokens name cookies and the site in the first person plural."""
    return not _COOKIE_WORDS.isdisjoint(block_tokens) and not _OWN_VOICE.isdisjoint(block_tokens)


def _lines_to_test(page: SegmentedPage, decided: dict[int, str], max_words: int) -> list[tuple[int, int]]:
    """The lines of `max_words` words or fewer, not among `decided`, on which a test of `BoilerplatePhrases.vote`
    may hold, each with those tests (`MAY_HOLD_PHRASE` and the others, as bits), in order.

    Only the lines holding a digit, an underscore or a sign, or one of `_TESTED_WORDS` (which the
    page's index of its tokens names), may: a compiled pass reads those lines' characters and
    tokens for each test (see `phrase_tests`).
    """
    return phrase_tests(
        page.texts,
        page.tokens,
        page.words,
        page.blocks_holding(_TESTED_WORDS),
        decided,
        max_words,
        _SIGNS,
        _PHRASE_CONTINUATIONS,
        _FIRST_WORDS,
        _POST_META_WORDS,
        _COUNTER_WORDS,
        _COUNTER_MAX_WORDS,
        BYLINE_WORDS,
        _DATE_OPENERS,
        _GLUED_DATE_OPENERS,
        _AGE_UNITS,
    )


def is_call_to_action(text: str) -> bool:
    """Whether `text` holds one of the calls to action ("share this", "follow us", "read more"), at any length."""
    phrase = _search_phrase(text)
    return phrase is not None and phrase.lastgroup == "call_to_action"


def _search_phrase(text: str) -> re.Match[str] | None:
    """The first phrase of either list in `text`, whatever its case."""
    return _LOWER_CASE_PHRASE.search(text.lower()) if text.isascii() else _PHRASE.search(text)
