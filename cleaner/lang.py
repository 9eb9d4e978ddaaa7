"""Language-neutral word measures: tokens and function words across many languages.

Function words (stop words) are the signal jusText (Pomikálek, 2011) built on: running prose
is dense in them, menus, labels and headlines are not. One merged set serves every language,
so no language detection is needed; a word that is a function word in one language and a
content word in another costs little, because prose has many of them and chrome has few.
Scripts without spaces (Chinese, Japanese) count each ideograph or kana as a token, and
`UNSPACED_CHARACTERS_PER_WORD` of them as a word; their clause marks count as function words
(`UNSPACED_CLAUSE_MARKS`). Arabic's article, written as the start of its word, counts as a word
and a function word of its own (`ARABIC_ARTICLE_PREFIXES`), and so do Korean's particles, written
as the end of theirs (`KOREAN_PARTICLE_SUFFIXES`).

Each language's list holds its pronouns, articles, prepositions, conjunctions and auxiliaries,
as English's does: a language whose list was a third as long read its prose as a third as dense,
and a German standfirst, Dutch or Russian prose fell short of the share at which a line reads as
prose (`stopword_density`). Balanced for German, French, Spanish, Italian, Portuguese, Dutch,
Russian and Ukrainian, and Arabic: text F1 on the fixtures 0.87265 → 0.87493, ScrapingHub text
0.93835 → 0.93826 (an Italian blogger's one-line bio now reads as prose), WCXB-dev, in English,
+0.00002 in text and HTML. Words that English writes as content are left out of the other
languages' lists ("ai" of French and Italian is "AI", 5,103 times on WCXB-dev; "eu", "io",
"todo", "sue", "soy"), so an English page reads as dense as before.

So are Swedish, Danish and Norwegian, Polish and Czech, Turkish, Indonesian and Malay, Persian,
Hebrew, Greek, Hindi, Vietnamese, Romanian, Hungarian and Finnish, whose lists had held a dozen
words or so: a sentence of a library's news in each had read at 0.07 (Hebrew) to 0.36 of
function words, Vietnamese, Turkish, Indonesian, Finnish, Polish and Czech under the 0.25 of
prose, Hebrew and Vietnamese under the 0.1 of chrome; now each reads at 0.27 to 0.53. Words
that English writes as content, counted on the development pages' text, stay out ("sale",
"min", "era", "pod", "dig", "vain", "volt", "sedan", "NYT"). Text F1 on ScrapingHub 0.93887 →
0.93901 (two Indonesian blog posts, +0.04 and −0.006, a Korean story −0.006); every other set
and mode unchanged. Korean writes its particles onto their words, as Arabic its article: see
`KOREAN_PARTICLE_SUFFIXES`.
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
# Korean writes its particles, which do what English's articles and prepositions do, onto the
# end of the word they mark: "도서관은" ("the library", as the topic), "문을" ("the door", as the
# object), "시내에서" ("in the town"), "작년부터" ("since last year"). Read a word a token, a
# sentence held a function word in eight (0.13), under the quarter at which a line reads as
# prose. A token of Hangul ending with one of these, after at least `KOREAN_STEM_MIN_SYLLABLES`
# syllables, counts one word more and a function word, as Arabic's article does. These are the
# particles that end no noun (the topic, the object, "from", "to", "by", "until"): "이", "가",
# "의", "도", "로" and "과" end many ("국가", "nation"; "회의", "meeting"; "지도", "map";
# "결과", "result"), which a menu lists. A library's news then reads at 0.30; a menu of nouns
# at none.
KOREAN_PARTICLE_SUFFIXES = ("은", "는", "을", "를", "에서", "으로", "에게", "께서", "부터", "까지")
KOREAN_STEM_MIN_SYLLABLES = 1
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
    "men og om på som til till var vi är"
    " och sig så hade de mig henne då sin nu honom skulle hennes där ej kunde något från när efter upp"
    " vara vad över än sina här ha mot alla någon allt mycket denna själv detta åt utan varit hur ingen"
    " mitt bli dessa några deras blir samma vilken vår dess inom mellan varför varje vilka sitt också"
    " eftersom ska även enligt ett jeg havde fra hvor hvad skal selv vil kunne når være noget ville deres"
    " denne dette også have hende meget sine vor disse hvis nogle hos blive mange bliver hendes været jer"
    " fordi meg seg hadde nå ved dere kun hva sjøl blitt noen noe hvorfor hvordan ditt hvilke mellom hver"
    " hvem både enn før slik vært begge siden å",
    "pl_cs": "a aby ale być do i jak jest już na nie o od po się tak to w z za że ze je na se že byl jako které který"
    " przez dla czy jego jej ich mu tym tego tej te był była było były są będzie może także również oraz"
    " żeby bo ponieważ gdy kiedy który która które którego której których przy nad przed między bez we"
    " sobie siebie tylko jeszcze bardzo więc jednak lub albo coraz więcej bardziej až by byla bylo byli"
    " být či jeho její jejich ještě již jsem jsme jsou kdy když ke která kteří mezi nebo není než proto"
    " protože před při si také tam tedy tento této tím tu tyto už ve však své svůj svou stále",
    "ru_uk": "а без бы был была было в вы да для до его ее если же за и из или к как на не но о об "
    "он она они от по при с так то что это я і на не що це та як"
    " более были быть вам вас весь во вот все всё всего всех где даже ее её ей ему есть еще ещё здесь им"
    " их когда кто ли либо между меня мне может можно мы над надо наш него нее нет ни них ну однако оно"
    " очень под после про со также такой там те тем того тоже только том ты у уже хотя чего чем через"
    " чтобы эта эти этого этой этом этот й з від його її їх але або бо вже ще коли також тому який яка яке"
    " які ми ви він вона вони которая которое которые которой которых которым котором которую",
    "tr": "bir bu da de daha gibi için ile ne o olan olarak ve ya çok"
    " ancak ayrıca bile çünkü değil diye en göre hem hiç ise kadar mı mu mü nasıl neden olduğu oldu önce"
    " sonra şu şey tüm veya yok yani zaten bunu bunun buna onu onun ona bunlar onlar siz beri karşı üzere"
    " arasında içinde dolayı rağmen giderek",
    "id_ms": "ada adalah akan dan dari dengan di ini itu ke untuk yang tidak dalam"
    " atau bagi bahwa banyak belum bisa dapat dia hanya hingga ia jika juga kami karena kita lebih lagi"
    " masih mereka namun oleh pada para saat sampai saya secara sebagai sejak semua sendiri seperti"
    " setelah sudah telah tersebut tetapi anda antara bila begitu harus ketika kepada maka melalui pun"
    " sangat sebelum sedang serta setiap tak tentang terhadap yaitu agar semakin",
    "ar": "في من على إلى أن عن مع هذا هذه التي الذي كان و لا ما"
    " إن كانت قد ذلك تلك هو هي هم كل بين بعد قبل حتى لم لن أو ثم عند غير أي كما لكن الى اذا إذا منذ فيها"
    " فيه به بها له لها عليه عليها التى الذى وفي ومن خلال حيث",
    "fa": "و در به از که این را با است برای آن یک می شود"
    " هر تا نیز همچنین هم یا اما اگر چون زیرا بر روی پس پیش بود بودند هست هستند شد شده کرد کرده کند خود ما"
    " شما او آنها من دیگر چه همه بسیار ای اینکه آنکه ها های",
    "he": "של את על עם זה לא הוא היא גם כי אם או אני יש"
    " אבל כל מה אין הם הן אנחנו אתה היה הייתה היו יהיה זו זאת אלה אשר כמו רק עוד כבר מאוד בין אל מן עד"
    " אחרי לפני בגלל כדי אך אז שם כאן לו לה להם בו בה בהם שלו שלה שלהם שלנו שלי אותו אותה אותם אליה אליו"
    " ממנו ממנה כך כן איך למה מי יותר פחות אחד אחת הזה הזאת האלה ההוא ההיא כאשר לכן אולם אף ללא תוך נגד"
    " לגבי אצל עבור כפי מאז וגם בכל לכל וכל ועוד בעוד ולא שלא שהוא שהיא וזה ויש שיש",
    "el": "και το η ο να του της σε με για από που τα την των είναι δεν θα"
    " οι τις τον στο στη στην στον στα στις στους ένα μια ένας μία αλλά ή ότι όπως όταν αν επίσης πιο πολύ"
    " μέχρι κάθε αυτό αυτή αυτός αυτά έχει έχουν ήταν ως μετά πριν μας σας τους μου σου τη οποίο οποία"
    " οποίος οποίοι οποίες οποίων ενώ γιατί επειδή όμως ακόμη ακόμα χωρίς μεταξύ προς κατά παρά έτσι εδώ"
    " εκεί όλα όλοι όλες όλη όλο τι πως πώς δε μη μην είχε είχαν ήδη πλέον ενός μιας",
    "hi": "के का की है में और को से पर यह एक हैं था ने भी"
    " कि जो तो इस उस वह वे ये कर करने किया कुछ कोई अपने अपनी अपना लिए तक साथ बाद पहले रहा रही रहे हो होता"
    " होती होने गया गई थी थे जा जाता जाती सकता सकती क्योंकि लेकिन या अगर जब तब यहाँ वहाँ",
    "ko": "이 그 저 것 수 등 및 또는 그리고 하는 있는 있다 했다 한다"
    " 그러나 하지만 또한 때문에 위해 대한 통해 모든 각 더 가장 매우 아주 다른 같은 우리 이런 그런"
    " 어떤 때 후 전 중 안 이는 그는 있으며 있고 하고 되는 된다 없다",
    "vi": "của và là có được các cho trong với không những một này người đã để"
    " từ đến vì cũng ở sẽ đây đó nhiều rất thì mà nhưng hoặc khi nếu như nên bị bởi tại về lại vào lên"
    " xuống ấy họ tôi chúng bạn nó ông bà gì nào sao đâu hơn nhất đang vẫn còn chỉ rằng trên dưới sau"
    " trước giữa ngoài bằng hết đều cùng chưa hãy nữa vậy thế tới",
    "ro": "și în la cu pe care este că nu din pentru mai sau ale lui"
    " a al o un una dar iar de despre după până prin spre fără între asupra decât dacă când unde ce cine"
    " cel cea cei cele acest această acești aceste acel acea lor său sa săi fost sunt au are avea vor"
    " foarte doar deja încă tot toate toți fiecare nici se îi le",
    "hu": "az és hogy nem is egy van meg ez azt csak mint már"
    " de vagy mert ha még minden amely aki lesz el fel le be át azonban pedig ezek azok nagyon több akkor"
    " amikor ahol itt ott majd most után előtt alatt között szerint miatt nélkül által számára során kell"
    " lehet ugyanis illetve valamint hanem tehát így úgy ilyen olyan sok én ő ők neki nekem vele róla"
    " benne amelyek akik amit ennek annak mely óta egyre",
    "fi": "ja on ei että se oli kun mutta niin myös tai joka ovat"
    " hän he minä sinä tämä nämä vielä sekä kuin koska jos vaan siis kanssa mukaan asti lähtien yhä kaikki"
    " jotka mitä mikä voi olla ollut olisi olivat ole emme ette eivät hänen heidän meidän teidän minun"
    " sinun siitä siinä sitä sille siihen tästä tässä tätä tähän joita jonka joiden jossa josta johon aina"
    " sitten ennen jälkeen kautta takia vuoksi ilman yli välillä lisäksi noin hyvin paljon",
    "zh": "的 了 是 在 和 有 我 他 这 也 就 不 人 都 一 上 中 为 们 到 说 要 与 对 而 以 之 其",
    # Kana and ideographs are read a character a token: a function word of two ("ある") is never met.
    "ja": "の に は を た が で て と し れ さ も な こ",
}


# Folded as the line reader folds each token (Greek's final sigma "ς" reads as "σ"): a word kept
# as written would never be met.
STOPWORDS: frozenset[str] = frozenset(
    word.casefold() for words in _STOPWORDS_BY_LANGUAGE.values() for word in words.split()
)
