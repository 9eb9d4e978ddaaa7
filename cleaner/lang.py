"""Language-neutral word measures: tokens and function words across many languages.

Function words (stop words) are the signal jusText (Pomikálek, 2011) built on: running prose
is dense in them, menus, labels and headlines are not. One merged set serves every language,
so no language detection is needed; a word that is a function word in one language and a
content word in another costs little, because prose has many of them and chrome has few.
Scripts without spaces (Chinese, Japanese) count each ideograph or kana as a token, and
`UNSPACED_CHARACTERS_PER_WORD` of them as a word; their clause marks count as function words
(`UNSPACED_CLAUSE_MARKS`). Arabic's article, written as the start of its word, counts as a word
and a function word of its own (`ARABIC_ARTICLE_PREFIXES`).

Each language's list holds its pronouns, articles, prepositions, conjunctions and auxiliaries,
as English's does: a language whose list was a third as long read its prose as a third as dense,
and a German standfirst, Dutch or Russian prose fell short of the share at which a line reads as
prose (`stopword_density`). Balanced for German, French, Spanish, Italian, Portuguese, Dutch,
Russian and Ukrainian, and Arabic: text F1 on the fixtures 0.87265 → 0.87493, ScrapingHub text
0.93835 → 0.93826 (an Italian blogger's one-line bio now reads as prose), WCXB-dev, in English,
+0.00002 in text and HTML. Words that English writes as content are left out of the other
languages' lists ("ai" of French and Italian is "AI", 5,103 times on WCXB-dev; "eu", "io",
"todo", "sue", "soy"), so an English page reads as dense as before.
"""

from __future__ import annotations

import unicodedata

# Kana (full and half width), CJK ideographs in all planes and their compatibility forms: one token per character.
UNSPACED_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3134F),
)
# A word of Chinese or Japanese is 1.6 characters on average (Chinese dictionary words weighted by
# use run 1.5 to 1.7): a line's words are counted so, its tokens being a character each, for its
# length and its share of function words to read as a spaced script's (a 40-character Chinese
# sentence is some 25 words, not 40; its function words, 的 and 是, are one character each).
# Measured against a word a character: text F1 on the fixtures 0.87493 → 0.88242 (a Chinese
# news story +0.35, a Japanese blog +0.04), HTML 0.90095 → 0.90152 (a Chinese product page),
# ScrapingHub text 0.93826 → 0.93835 (a Chinese blog); nothing down. Two characters a word
# gained the fixtures more and lost ScrapingHub 0.0005.
UNSPACED_CHARACTERS_PER_WORD = 1.6
# Chinese and Japanese carry less of their grammar in function words than spaced scripts do
# (word order and particles bound to their words do much of it), and a list of single characters
# catches part of those there are: terse prose, a product's description, falls short of the share
# at which a line reads as prose ("采用球釜内胆和立体加热，米饭受热均匀、颗粒分明。" holds two
# of them in 14 words). What these scripts write where a spaced one joins clauses with a function
# word is a clause mark, the full-width comma and the ideographic enumeration comma: running
# prose holds one every few words, a menu item, a label or a headline none. Each counts as a
# function word of its line. Text F1 on the fixtures 0.88458 → 0.89247 (a Chinese product page's
# feature list, now attached to its description, +0.56); every other set and mode unchanged.
UNSPACED_CLAUSE_MARKS = ("，", "、")
# Arabic writes its definite article as the first letters of the word it defines ("الخدمة", "the
# service"), and "and", "so", "with", "like" and "for" as one letter before it ("والخدمة", "and the
# service"; "للخدمة", "for the service", the article's alif dropped): a sentence counts a fifth
# fewer words than its English and fewer function words still, and a service's description of 17
# words fell short of the 20 of an introduction, its list of required documents lost with it. A
# token opening so, with at least `ARABIC_STEM_MIN_LETTERS` letters after the prefix, holds
# the article as well: one word more, and a function word, as English counts "the". Not where the
# token is a function word itself ("الذي", "which"). Text F1 on the fixtures 0.89247 → 0.89988 (an
# Arabic service page +0.43); every other set and mode unchanged but one WCXB-dev page, −0.001.
ARABIC_ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل")
ARABIC_STEM_MIN_LETTERS = 2
# Thai and Lao, Myanmar, Khmer: scripts that write no spaces between words either, but whose
# words are several letters and marks, which no rule of thumb finds. Their marks cut a run into
# pieces of a syllable or two, as they always have: joined, a sentence would read as a word.
SPACELESS_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))


def is_mark(character: str) -> bool:
    """Whether `character` is a combining mark that belongs to the word it follows.

    The vowel signs of Devanagari and the other Indic scripts ("की" is "क" and a vowel sign), Arabic
    and Hebrew vowel points, an accent written apart ("e" and U+0301): read as a break, as
    ``re``'s ``\\w`` reads them, they cut "भारत की राजधानी" into "भ रत क र जध न", and Hindi's
    function words never formed. A mark opens no word of its own (an emoji's variation selector
    follows no letter), and the scripts of `SPACELESS_RANGES` are left as they were.
    """
    code = ord(character)
    return unicodedata.category(character)[0] == "M" and not any(
        first <= code <= last for first, last in SPACELESS_RANGES
    )


_STOPWORDS_BY_LANGUAGE = {
    "en": "a about after all also an and any are as at be because been but by can could did do does "
    "for from had has have he her his how i if in into is it its just more most my no not of on "
    "one only or other our out over she so some than that the their them then there these they "
    "this those to up was we were what when where which while who will with would you your",
    "de": "aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine "
    "einem einen einer es für hat ich ihr im in ist mit nach nicht noch nur oder sich sie sind "
    "so um und von vor war wie wir wird zu zum zur über"
    " alle allem aller alles andere anderen bereits bist damit dann darauf daher dabei dafür"
    " darum dein deine denn deren dessen diese diesem diesen dieser dieses dort du eines einige er etwas"
    " euch gegen habe haben hatte hier ihm ihn ihnen ihre ihrem ihren ihrer immer jede jeder jedoch jetzt"
    " kann kein keine können mehr mein meine mich mir muss nun ob ohne schon sehr sein seine seinem seinen"
    " seiner selbst soll sollte sondern sowie unter uns unsere viel vom während weil welche wenn werden"
    " wieder wurde wurden zwischen",
    "fr": "au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais "
    "ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être"
    " avait avant avoir cela celle celui cet chez comme donc encore entre fait faire ma même"
    " mes moi ni nos notre où peu peut quand quel quelle selon si sous te tes toi tous tout toute"
    " toutes très vers votre vos y ça",
    "es": "al como con de del el ella en es esta este hay la las le lo los más no o para pero por "
    "que se ser sin sobre son su sus también un una y ya"
    " ante cada cual cuando desde donde durante ellos entre eres esa ese eso esos estas estos está están"
    " fue fueron ha hasta les mis mucho muy nada ni nos nosotros nuestra nuestro otra otro otros"
    " poco porque puede qué quien según si sido siempre sí somos te tenemos tiene tienen todos"
    " tus uno unos usted",
    "it": "al alla anche che ci come con da del della di e gli ha il in la le lo ma nel non per più "
    "si sono su tra un una è"
    " alle allo avere cosa così cui dal dalla dai delle dello erano essere fino fra"
    " hanno lei loro lui mai molto ne negli nei nella nelle noi nostro o ogni ora perché"
    " però po poi proprio può quale quando quanto quella quelle quelli quello questa queste questi questo"
    " qui se sei senza sia siamo sopra sotto stato stesso sua sul sulla suo suoi tutta tutte"
    " tutti tutto uno voi",
    "pt": "ao aos as com da das de do dos e ela ele em foi mais mas na no nos não o os para pela pelo "
    "por que se sem seu sua são também um uma é"
    " ainda além às até bem cada como depois desde deve diz elas eles entre essa esse esta este foram há"
    " isso isto já lhe mesmo meu minha muito nas nem numa onde ou outra outro pode porque pois quando"
    " quem ser só tem têm ter todos tudo vai você à",
    "nl": "aan als bij dat de deze die dit door een en er het hij in is je met naar niet nog of om "
    "ook op te tot van voor was wat worden zijn"
    " al alle alleen altijd daar dan doen dus geen heb hebben heeft hier hun ik kan kunnen maar meer"
    " mij mijn moet na niets nu omdat onze over tegen toch toen uit uw veel waar wanneer we wel werd"
    " wie wij wordt zal ze zelf zich zij zo zonder",
    "sv_da_no": "af att av blev da den der det du eller en er et för har hun i ikke inte jag kan med "
    "men og om på som til till var vi är",
    "pl_cs": "a aby ale być do i jak jest już na nie o od po się tak to w z za że ze je na se že byl jako které který",
    "ru_uk": "а без бы был была было в вы да для до его ее если же за и из или к как на не но о об "
    "он она они от по при с так то что это я і на не що це та як"
    " более были быть вам вас весь во вот все всё всего всех где даже ее её ей ему есть еще ещё здесь им"
    " их когда кто ли либо между меня мне может можно мы над надо наш него нее нет ни них ну однако оно"
    " очень под после про со также такой там те тем того тоже только том ты у уже хотя чего чем через"
    " чтобы эта эти этого этой этом этот й з від його її їх але або бо вже ще коли також тому який яка яке"
    " які ми ви він вона вони которая которое которые которой которых которым котором которую",
    "tr": "bir bu da de daha gibi için ile ne o olan olarak ve ya çok",
    "id_ms": "ada adalah akan dan dari dengan di ini itu ke untuk yang tidak dalam",
    "ar": "في من على إلى أن عن مع هذا هذه التي الذي كان و لا ما"
    " إن كانت قد ذلك تلك هو هي هم كل بين بعد قبل حتى لم لن أو ثم عند غير أي كما لكن الى اذا إذا منذ فيها"
    " فيه به بها له لها عليه عليها التى الذى وفي ومن خلال حيث",
    "fa": "و در به از که این را با است برای آن یک می شود",
    "he": "של את על עם זה לא הוא היא גם כי אם או אני יש",
    "el": "και το η ο να του της σε με για από που τα την των είναι δεν θα",
    "hi": "के का की है में और को से पर यह एक हैं था ने भी",
    "ko": "이 그 저 것 수 등 및 또는 그리고 하는 있는 있다 했다 한다",
    "vi": "của và là có được các cho trong với không những một này người đã để",
    "ro": "și în la cu pe care este că nu din pentru mai sau ale lui",
    "hu": "az és hogy nem is egy van meg ez azt csak mint már",
    "fi": "ja on ei että se oli kun mutta niin myös tai joka ovat",
    "zh": "的 了 是 在 和 有 我 他 这 也 就 不 人 都 一 上 中 为 们 到 说 要 与 对 而 以 之 其",
    # Kana and ideographs are read a character a token: a function word of two ("ある") is never met.
    "ja": "の に は を た が で て と し れ さ も な こ",
}


STOPWORDS: frozenset[str] = frozenset(word for words in _STOPWORDS_BY_LANGUAGE.values() for word in words.split())
