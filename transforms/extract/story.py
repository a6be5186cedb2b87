"""What the whole story says that a single sentence does not: its company, place and currency.

Wire copy states context once: the headline names the company ("CHEMICAL BANK <CHL>
1ST QTR NET"), the dateline the city, and an earnings table gives bare figures
whose currency the story implies. Facts read that context from here, so a table
row "Net 24,000 vs 612,000" is net income in US dollars of Chemical Bank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from english_words import get_english_words_set

from transforms.extract import gazetteer, patterns, units

_TICKER = re.compile(r"<[A-Z0-9][A-Za-z0-9.&/ -]{0,11}>")
_ANGLED_COMPANY = re.compile(r"<(?P<name>[A-Z][^<>]*?[a-z ][^<>]*?)>")
_NAME_BEFORE_TICKER = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'/-]*\s+){0,4}[A-Z][\w&.'/-]*)\s*<[A-Z0-9&]{1,6}(?:\.[A-Z]{1,3})?>"
)
_TICKER_FRONT = re.compile(
    r"(?:^|(?<=[^\w.,] )|(?<=[a-z,] ))(?P<front>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)?) (?:and|&) $"
)
"""The front of a name that "and" joins to the name before a ticker: "Cable and" of "Cable and Wireless PLC
<CAWL.L>", "Tata Iron and" of "Tata Iron and Steel Co Ltd <TATA.BO>"."""
_LEGAL_FRONT_END = re.compile(r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|Group)\.?$")


def _with_front(text: str, name: str, start: int) -> str:
    """``name`` with the front "and" joins to it, unless that front ends a company of its own
    ("Texaco Inc and Pennzoil Co <PZL>" names two)."""
    if not text.endswith(" and ", 0, start) and not text.endswith(" & ", 0, start):
        return name
    front = _TICKER_FRONT.search(text, max(0, start - 40), start)
    if front is None or _LEGAL_FRONT_END.search(front.group("front")) is not None:
        return name
    return f"{text[front.start('front') : start]}{name}".removeprefix("The ")


_UNIT_SAID = re.compile(r"\s*(?:unit|subsidiary|affiliate),?\s*$")
"""Between a parent's ticker and its unit's angled name: "Mobil Corp <MOB> unit, <Mobil Oil Australia>"."""
_SAID_AFTER = re.compile(r",?\s+(?:said|says|reported|posted)\b")
"""The angled unit is the one reporting: "<Shell Australia Ltd>, said its net profit fell"."""
_AFTER_FULL_STOP = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")


def _after_full_stop(name: str) -> str:
    """The words before a ticker after a sentence's end inside them: "... between London and Tokyo. Japan
    Air Lines Co <JAPN.T>" names Japan Air Lines Co. Only a place or a legal suffix ends a sentence so:
    "Dr. Ing. H.C.F. Porsche AG" and "The Fried. Krupp GmbH" are whole names."""
    for stop in reversed(list(_AFTER_FULL_STOP.finditer(name))):
        word = name[: stop.start()].rsplit(None, 1)[-1].rstrip(".")
        if word in ("Ltd", "Inc", "Corp", "Plc") or (len(word) > 2 and gazetteer.is_place(word)):
            return name[stop.end() :]
    return name


_HEADLINE_TAIL = re.compile(
    r"\s+(?:SAYS?|SEES|SETS|RAISES?|CUTS?|LIFTS?|BUYS?|SELLS?|TO|IN|ON|FOR|HAS|IS|WILL|REPORTS?|"
    r"PLANS?|GETS?|SIGNS?|UNIT|OFFERS?|FILES?|DECLARES?|OMITS?|PAYS?|1ST|2ND|3RD|4TH|FIRST|SECOND|"
    r"THIRD|FOURTH|QTR|YEAR|NINE|SIX|NET|SHR|PROFIT|LOSS|EARNINGS|DIVIDEND|REGULAR|QUARTERLY|"
    r"STOCK|AGREES?|COMPLETES?|ACQUIRES?|MERGER|DIV|BEGINS?|LAUNCH(?:ES)?|ISSUES?|BRINGS?|FORECASTS?|"
    r"GAINS?|SEEKS?|WINS?|NAMES?|ELECTS?|EXPECTS?|REPORTED|POSTS?|TAKES?|MAKES?|HOLDS?|SHOWS?|"
    r"DOWNGRADES?|UPGRADES?|LOWERS?|AFFIRMS?|CONFIRMS?|ASSIGNS?|REVIEWS?)\b.*$"
)
_HEADLINE_WORD_TAIL = re.compile(_HEADLINE_TAIL.pattern.replace("\\s+(?:", "(?:", 1).replace(".*$", ""))
DEMONYMS: dict[str, str] = {
    "AMERICAN": "U.S.", "ARGENTINE": "Argentina", "AUSTRALIAN": "Australia", "AUSTRIAN": "Austria",
    "BELGIAN": "Belgium", "BRAZILIAN": "Brazil", "BRITISH": "Britain", "CANADIAN": "Canada",
    "CHINESE": "China", "DANISH": "Denmark", "DUTCH": "Netherlands", "EGYPTIAN": "Egypt",
    "FINNISH": "Finland", "FRENCH": "France", "GERMAN": "West Germany", "GREEK": "Greece",
    "INDIAN": "India", "INDONESIAN": "Indonesia", "IRANIAN": "Iran", "IRAQI": "Iraq", "IRISH": "Ireland",
    "ISRAELI": "Israel", "ITALIAN": "Italy", "JAPANESE": "Japan", "KENYAN": "Kenya", "KOREAN": "South Korea",
    "KUWAITI": "Kuwait", "MALAYSIAN": "Malaysia", "MEXICAN": "Mexico", "NIGERIAN": "Nigeria",
    "NORWEGIAN": "Norway", "PAKISTANI": "Pakistan", "PHILIPPINE": "Philippines", "PORTUGUESE": "Portugal",
    "SAUDI": "Saudi Arabia", "SOVIET": "Soviet Union", "SPANISH": "Spain", "SWEDISH": "Sweden",
    "SWISS": "Switzerland", "TAIWANESE": "Taiwan", "THAI": "Thailand", "TURKISH": "Turkey",
    "VENEZUELAN": "Venezuela", "ZAMBIAN": "Zambia", "ZIMBABWEAN": "Zimbabwe",
}  # fmt: skip
"""A headline's demonym names its country: "THAI ECONOMY TO GROW" is about Thailand."""


_VOWELS = "aeiou"


def _demonym_forms(country: str) -> tuple[str, ...]:
    """The regular adjectives of a one-word country name: "Chile" -> "Chilean", "Vietnam" -> "Vietnamese",
    "Poland" -> "Polish", "Nigeria" -> "Nigerian", "Iraq" -> "Iraqi", "Italy" -> "Italian"."""
    if country.endswith("land"):
        return (country[:-3] + "ish",)
    if country.endswith("a"):
        return (country + "n",)
    if country.endswith("e"):
        return (country + "an",)
    if country.endswith("y"):
        return (country[:-1] + "ian",)
    if country[-1] in _VOWELS:
        return ()
    return (country + "ese", country + "ian", country + "i")


def _country_demonyms() -> dict[str, str]:
    """Adjectives of every country CLDR names in English (babel), by the suffix rules of
    :func:`_demonym_forms`; a form two countries would share ("Nigerian") is left to :data:`DEMONYMS`,
    which comes first."""
    seen: dict[str, str | None] = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not name.isalpha() or not name[:1].isupper():
            continue
        for form in _demonym_forms(name):
            key = form.upper()
            seen[key] = None if key in seen and seen[key] != name else name
    return {**{key: name for key, name in seen.items() if name is not None}, **DEMONYMS}


COUNTRY_DEMONYMS: dict[str, str] = _country_demonyms()
"""Every country's adjective (upper case) to its name: :data:`DEMONYMS` and the regular forms of
CLDR's country names ("CHILEAN" -> "Chile", "POLISH" -> "Poland", "VIETNAMESE" -> "Vietnam")."""
_CORPORATE = re.compile(
    r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Bank|Bancorp|Group|Holdings?|Industries|International|Company|"
    r"Corporation|Trust|Petroleum|Airlines|Motors|Systems|Technologies|Partners|Fund|AG|SA|NV|L\.?P\.?|"
    r"BV|Ltda|SpA)\b\.?"
)
_KEEP_UPPER = frozenset(
    [
        "AG",
        "SA",
        "NV",
        "BV",
        "PLC",
        "USA",
        "UK",
        "US",
        "NY",
        "IBM",
        "AT&T",
        "GM",
        "GE",
        "ITT",
        "RCA",
        "CBS",
        "ABC",
        "NBC",
        "ICI",
        "BP",
        "BHP",
        "ANZ",
        "NZ",
        "HK",
    ]
)

_CURRENCY_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bCanadian (?:dlrs?|dollars?|cts|cents)\b|\bC\$"), "Canadian dollar", "Canadian cent"),
    (
        re.compile(r"\bAustralian (?:dlrs?|dollars?|cts|cents)\b|\bA\$"),
        "Australian dollar",
        "Australian cent",
    ),
    (
        re.compile(r"\bN(?:ew )?Z(?:ealand)? (?:dlrs?|dollars?)\b|\bNZ\$"),
        "New Zealand dollar",
        "New Zealand cent",
    ),
    (re.compile(r"\bHong Kong (?:dlrs?|dollars?)\b|\bHK\$"), "Hong Kong dollar", "Hong Kong cent"),
    (re.compile(r"\bSingapore (?:dlrs?|dollars?)\b|\bS\$"), "Singapore dollar", "Singapore cent"),
    # Taiwan's wire copy writes its own dollar out ("Taiwan dlrs", "NT$") and a bare "dlrs" or "$"
    # beside it is the US dollar of its trade and investment: the cue keeps the US dollar
    (re.compile(r"\bTaiwan (?:dlrs|dollars?)\b|\bNT\$"), "US dollar", "US cent"),
)
_CROWNS = frozenset(["krone", "krona", "koruna"])
"""The currencies English calls crowns: a dateline country's own is what its bare "crowns" are."""
_EURO_CUE = re.compile(r"€|\beuros?\b|\bEUR\b")
"""A story that counts in euros: its bare "cents" are euro cents."""


def _euro_cue(text: str) -> bool:
    """:data:`_EURO_CUE` found in ``text``; the ``in`` tests, far cheaper than a scan of the whole
    story for each call of :func:`read_story`, rule most stories out."""
    return ("€" in text or "euro" in text or "EUR" in text) and _EURO_CUE.search(text) is not None


_DOLLAR_CUE = re.compile(r"\$|\bdlrs?\b|\bdollars?\b|\bcts\b|\bUSD\b")
"""Dollars anywhere in the story: its "cents" may be theirs, so a euro story's rule stands aside."""
_ANY_CUE = patterns.led_by(
    "ACHNST",
    r"\b(?:Canadian|Australian|New Zealand|N\.?Z\.?|Hong Kong|Singapore|Taiwan|[CAS]\$|NZ\$|HK\$|NT\$)",
)
"""One pass that finds where a currency cue might be; the cues above then say which."""
_ANY_CUE_WORDS = (
    "$",
    "Canadian",
    "Australian",
    "New Zealand",
    "NZ",
    "N.Z",
    "Hong Kong",
    "Singapore",
    "Taiwan",
)
"""What each alternative of :data:`_ANY_CUE` holds ("C$", "NZ.", "N.Z.")."""
_US_CUE = re.compile(r"\bU\.?S\.? (?:dlrs?|dollars?)\b|\bUS\$|\$US")


_COUNTRY_MONEY: dict[str, tuple[str, str | None]] = {
    "CA": ("Canadian dollar", "Canadian cent"),
    "AU": ("Australian dollar", "Australian cent"),
    "NZ": ("New Zealand dollar", "New Zealand cent"),
    "HK": ("Hong Kong dollar", "Hong Kong cent"),
    "SG": ("Singapore dollar", "Singapore cent"),
    "TW": ("New Taiwan dollar", None),
    "ZA": ("rand", "South African cent"),
    "GB": ("pound sterling", "pence"),
    "JP": ("yen", None),
    "DE": ("mark", None),
    "NL": ("guilder", None),
    "FR": ("French franc", None),
    "CH": ("Swiss franc", None),
    "BE": ("Belgian franc", None),
    "LU": ("Luxembourg franc", None),
    "IT": ("lira", None),
    "ES": ("peseta", None),
    "SE": ("krona", None),
    "NO": ("krone", None),
    "DK": ("krone", None),
    "FI": ("markka", None),
    "MX": ("Mexican peso", None),
    "PH": ("peso", None),
    "BR": ("cruzado", None),
    "IN": ("rupee", None),
    "MY": ("ringgit", None),
    "KR": ("won", None),
    "TH": ("baht", None),
}
"""A dateline country's own currency, and its cent where wire copy writes "cts"."""
_OWN_POUNDS: dict[str, str | None] = {
    "EG": "Egyptian pound",
    **{country: units.country_currency(country) for country in ("SD", "SY", "LB")},
    **dict.fromkeys(("CY", "IE", "MT", "IL")),
}
"""Dateline countries whose wire copy writes their own currency as bare "pounds": the unit when the
table has it ("Sudanese pound" in Khartoum), else None: Cyprus, Ireland, Malta and Israel counted in
pounds of their own once, and the pounds of an old story there are no sterling nor today's currency."""
_DOLLAR_COUNTRIES = frozenset({"CA", "AU", "NZ", "HK", "SG"})
"""Countries whose bare "dlrs" are their own. Taiwan's wire copy gives trade and reserves in US
dollars and writes "Taiwan dlrs" when it means its own (a cue above)."""


@dataclass(frozen=True, slots=True)
class Story:
    """The story-wide context of one text.

    Attributes:
        company: The company the story is about (from the headline's ticker or the body's
            ``<Company Inc>`` mark), in normal case; None when none is named.
        topic: What the story is about when no company is named: the first place in the
            headline ("JAPAN CURRENT ACCOUNT SURPLUS" -> "Japan"); the company otherwise.
        dateline: The dateline city, in normal case.
        dollar: What a bare "dlrs" or "$" means here: the dateline country's dollar
            (Toronto: "Canadian dollar") unless the story says "U.S. dlrs"; else "US dollar".
        cent: The cent that goes with ``dollar`` ("South African cent" in Johannesburg).
        money: The currency of a bare money figure ("Net 24,000"): the dateline country's.
        franc: What a bare "francs" means (Zurich: "Swiss franc").
        crown: What a bare "crowns" or "kr" means (Oslo: "krone"; Prague: "koruna").
        shilling: What a bare "shillings" means (Nairobi: "Kenyan shilling").
        currency: The dateline country's own currency ("peso" in Buenos Aires, "mark" in Bonn), or
            None: what an exchange rate quoted "per dollar" with no currency named is in.
        pound: What "pounds" paid or spent mean: "pound sterling", the dateline country's own
            ("Egyptian pound" in Cairo), or None where that has no unit (they stay as written).
        trade: The common noun a sentence-case headline opens on ("Carmaker profit slides" ->
            "carmaker"): no company, but the last resort of ``about``.
        degree: What a bare "degrees" of temperature means: the scale the text names first
            ("40C", "degrees Fahrenheit"), else Fahrenheit in a US dateline, else Celsius.
        degree_named: True when the text names a temperature scale anywhere, so that its bare
            "degrees" are temperatures too.
        home_money: The currency words read only at home (``units.HOME_ONLY``: "sol", "colon")
            whose country the story names ("Peru"): its bare "soles" are that country's money.
        lead: What the body's "the company" or "the airline" stands for: the story's company, else
            the name a sentence-case headline opens on as its actor ("Lufthansa to cut jobs").
    """

    company: str | None
    topic: str | None
    dateline: str | None
    dollar: str = "US dollar"
    cent: str = "US cent"
    money: str = "US dollar"
    franc: str = "French franc"
    crown: str = "crown"
    shilling: str = "shilling"
    currency: str | None = None
    pound: str | None = "pound sterling"
    trade: str | None = None
    degree: str = "degree Celsius"
    degree_named: bool = False
    home_money: frozenset[str] = frozenset()
    lead: str | None = None


def read_story(text: str, headline: str | None, dateline: str | None) -> Story:
    """The story context of ``text`` given its headline and dateline city (either may be None)."""
    if headline and "/" in headline:
        # "TALKING POINT/VIACOM INTERNATIONAL <VIA>": the wire's column slug names no company or place
        headline = _COLUMN_SLUG.sub("", headline, count=1) or headline
    place = _place_name(dateline)
    country = _region_country(dateline) or _dateline_country(place, text, headline)
    own, own_cent = _COUNTRY_MONEY.get(country or "", ("US dollar", "US cent"))
    dollar, cent = ("US dollar", "US cent")
    if country in _DOLLAR_COUNTRIES or country == "ZA":
        dollar, cent = (own if country != "ZA" else "US dollar"), own_cent or "US cent"
    found = _currency_cue(text)
    if found is not None:
        dollar, cent = found
    elif cent == "US cent" and _euro_cue(text) and not _DOLLAR_CUE.search(text):
        cent = "euro cent"  # "raising the minimum wage by 65 cents to €14.80": the euro's cent
    world = units.country_currency(country) or ""
    company = _body_case(_company(text, headline), text)
    degree, degree_named = _degree(text, country)
    lead = _body_case(_lead(headline, text), text) if company is None else company
    topic = company or _headline_place(headline, text)
    if (
        topic is not None
        and lead is not None
        and not lead.startswith(topic)
        and re.search(rf"\b{re.escape(topic)}\b", lead)
    ):
        topic = None  # "Avanti West Coast cancels 300 trains": a place inside the lead's name is no topic
    return Story(
        company=company,
        topic=topic,
        dateline=place,
        dollar=dollar,
        cent=cent,
        money=dollar if country in _DOLLAR_COUNTRIES or country is None or country == "US" else own,
        franc=own if own.endswith("franc") else world if world.endswith("franc") else "French franc",
        crown=own if own in ("krone", "krona") else world if world in _CROWNS else "crown",
        shilling=world if world.endswith("shilling") else "shilling",
        currency=_COUNTRY_MONEY[country][0] if country in _COUNTRY_MONEY else world or None,
        pound=_OWN_POUNDS.get(country or "", "pound sterling"),
        trade=_trade(headline) if company is None else None,
        degree=degree,
        degree_named=degree_named,
        home_money=_home_money(text, headline),
        lead=lead,
    )


_COLUMN_SLUG = re.compile(r"\A\s*(?:TALKING POINT|WALL STREET STOCKS|TECHNOLOGY|ENERGY)\s*/\s*")
"""A Reuters feature column slug opening an all-capitals headline ("WALL STREET STOCKS/ANACOMP INC")."""


_HOME_WORD_OF = {name: word for word, names in units.HOME_COUNTRIES.items() for name in names}
_HOME_COUNTRY = re.compile("|".join(re.escape(name) for name in sorted(_HOME_WORD_OF, key=len, reverse=True)))
"""The names of the countries of ``units.HOME_ONLY`` currencies ("Peru"), in one pass over a story."""


def _home_money(text: str, headline: str | None) -> frozenset[str]:
    """The ``units.HOME_ONLY`` currency words whose country the headline or text names."""
    found = {_HOME_WORD_OF[name] for name in _HOME_COUNTRY.findall(text)}
    if headline:
        found |= {_HOME_WORD_OF[name] for name in _HOME_COUNTRY.findall(headline)}
    return frozenset(found)


_MONTH_WORDS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"first-half|half-year|full-year|Q[1-4])\b"
)
_LEAD = re.compile(
    r"(?P<name>(?:[A-Z]|[a-z]{1,4}[A-Z])[\w&'.-]*(?:\s+(?!" + _MONTH_WORDS + r")[A-Z][\w&'.-]*){0,3})(?:'s)?"
    r"(?:\s+" + _MONTH_WORDS + r")?\s+(?:to\s+[a-z]|[a-z]+s\b|wins\b|agrees\b|"
    r"(?:[a-z][\w-]*\s+){1,2}(?:[a-z]+s|up|down)\b)"
)
"""A sentence-case headline that opens on a name and its verb: "Lufthansa to cut jobs", "Rightmove lifts
outlook"."""


def _lead(headline: str | None, text: str) -> str | None:
    """The name a sentence-case headline opens on as the actor, when it is no place, demonym or trade: what
    "the airline" or "the company" of the body stands for ("Lufthansa to cut jobs by 2030")."""
    if not headline or headline.isupper():
        return None
    found = _LEAD.match(headline.strip())
    if found is None:
        return None
    name = found.group("name")
    first = _without_possessive(name.split()[0])
    if (
        first.upper() in COUNTRY_DEMONYMS
        or first.lower() in _TRADES
        or first in _NOT_LEADS
        or gazetteer.is_place(name)
        or gazetteer.is_place(first)
        or (" " not in name and name not in text and _dictionary_word(name))
        # "Network to spend £1.5bn": a word of the language the body does not name, not "Ryanair"
        or _common_noun(name, text)  # ... or writes in lower case ("the network")
    ):
        return None
    return name


_LOWER_PART = re.compile(r"-[a-z]")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The words of an English dictionary (Webster's Second, lower case), read once when first needed."""
    return frozenset(get_english_words_set(["web2"], lower=True))


def load() -> None:
    """Read the dictionary now: a warm-up's work (:func:`transforms.extract.load_tables`), not the
    first story's that asks whether a name is a word of the language (a tenth of a second)."""
    _dictionary()


def dictionary_word(word: str) -> bool:
    """:func:`_dictionary_word` for other modules."""
    return _dictionary_word(word)


def _dictionary_word(word: str) -> bool:
    """True for a word of the language ("Network", "Glacier"), not a coined name ("Ryanair", "easyJet")."""
    if "-" in word:  # "Ex-nurse", "Year-end": a compound with a lower-case part; not "Rolls-Royce"
        return _LOWER_PART.search(word) is not None
    return not any(letter.isupper() for letter in word[1:]) and word.lower() in _dictionary()


_NOT_LEAD_WORDS = """
    The A An How Why What Who When Where Police Officials Floods Storms Markets Stocks Shares Oil Gold
    Prices Investors Voters Workers Strikes Talks Global World Euro Dollar Sterling Pound Yen
"""
_NOT_LEADS = frozenset(_NOT_LEAD_WORDS.split())
"""Headline openers that are no company ("Stocks slide", "Oil rises", "Voters back"): no lead."""


def company_words(text: str, company: str | None) -> frozenset[str]:
    """The first words of the story's company and of the company names ``text`` writes.

    "Piedmont" of "Piedmont Aviation Inc", "Sonora" of "Sonora Gold Corp": in such a story a bare
    "Piedmont" is the company, not the Italian region of that name. Read only when a fact's
    sentence names such a place, so most stories never pay for the scan.
    """
    return frozenset(_COMPANY_NAME.findall(text)) | frozenset((company or "").split()[:1])


_COMPANY_NAME = re.compile(
    r"(?<![\w.'-])([A-Z][a-z]{2,})(?:\s+[A-Z][\w&'-]*){0,3}\s+"
    r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Group|Holdings?|Industries|Airlines|Aviation|Motors|Petroleum|"
    r"Mines|Mining|Resources|Bancorp|Banc|Energy|Oil|Gold|Minerals|Airways)\b"
)
"""A company name by its legal or trade ending, capturing its first word ("Piedmont Aviation Inc")."""


_SCALE_NAMED = re.compile(
    r"(?i:\b(?P<f>fahrenheit)\b|\b(?:celsius|centigrade)\b)"
    r"|(?<![\w.])\d[\d.,]*\s?(?P<sign>°\s?|degrees?\s)?(?:(?P<fs>F)|C)(?![-\w])"
)
"""A temperature scale the text names: "degrees Fahrenheit", "centigrade", "40C", "104 °F"."""
TEMPERATURE_CUES = re.compile(
    r"(?i)\b(?:temperatures?|celsius|fahrenheit|centigrade|(?:below|above)\s+zero|wind\s*chill|"
    r"heat(?:wave)?|warm(?:er|est|ing)?|cold(?:er|est)?|cool(?:er|est|ing)?|hott?(?:er|est)?|frosts?|"
    r"freez(?:e|ing)|thermometers?|mercury)\b"
)
"""Words that make bare "degrees" or a glued "40C" a temperature ("temperatures reached 38 degrees")."""


def _degree(text: str, country: str | None) -> tuple[str, bool]:
    """The scale of the text's bare "degrees" and whether the text names one (:attr:`Story.degree`).

    A scale the text writes out wins: an American story quoting "40C" means Celsius by it.
    Without one, a US dateline writes temperatures in Fahrenheit, the rest of the world in Celsius.
    """
    by_place = ("degree Fahrenheit" if country == "US" else "degree Celsius"), False
    if "°" not in text and "degree" not in text.lower():
        return by_place  # no degrees to read: the scan below costs ten times this look
    named = _SCALE_NAMED.search(text)
    bare_letter = named is not None and named.group(0)[:1].isdigit() and named.group("sign") is None
    if bare_letter and TEMPERATURE_CUES.search(text) is None:
        named = None  # a number's glued letter is a scale only in a text about temperature: not "iPhone 5C"
    if named is not None:
        fahrenheit = named.group("f") is not None or named.group("fs") is not None
        return ("degree Fahrenheit" if fahrenheit else "degree Celsius"), True
    return by_place


def _trade(headline: str | None) -> str | None:
    """The trade a sentence-case business headline opens on: "Carmaker profit slides" -> "carmaker"."""
    if not headline or headline.isupper():
        return None
    business = _BUSINESS_HEADLINE.match(headline.strip())
    if business is None or " " in business.group("name"):
        return None
    lower = business.group("name").lower()
    return lower if lower in _TRADES else None


def _currency_cue(text: str) -> tuple[str, str] | None:
    """The dollar and cent a story names ("Canadian dlrs", "A$"), unless it also says "U.S. dlrs"."""
    if not any(cue in text for cue in _ANY_CUE_WORDS):
        return None  # most stories: no word a match of _ANY_CUE needs, so no scan
    for candidate in _ANY_CUE.finditer(text):
        for pattern, dollar, cent in _CURRENCY_CUES:
            if pattern.match(text, candidate.start()):
                return None if _US_CUE.search(text) else (dollar, cent)
    return None


_HEADLINE_WORD = re.compile(r"[A-Z][\w.'’&-]*")


_COMPASS = frozenset(["NORTH", "SOUTH", "EAST", "WEST", "LATIN", "CENTRAL", "SOUTHEAST"])
"""Words that make a region or country of the demonym after them ("SOUTH AMERICAN", "EAST GERMAN")."""


def _compass_region(compass: str, demonym: str) -> str | None:
    """The place "SOUTH AMERICAN" or "NORTH KOREAN" names ("South America", "North Korea"), or None."""
    for root in (demonym[:-1], demonym + "Y", demonym[:-2]):
        name = normal_case(f"{compass} {root}")
        if gazetteer.is_place(name):
            return name
    return None


def _headline_place(headline: str | None, text: str = "") -> str | None:
    """The first place a headline names, tried as three, two and one words ("WEST GERMANY", "U.S.").

    A one-word place the body writes only in lower case is a common noun the headline capitalises
    ("Man jailed over robberies" over "a 24-year-old man was jailed": no Isle of Man; "Reading",
    "Nice", "Bath" likewise), so it is no place of the story.

    A place in the possessive hands over to the name it possesses ("in heart of Syria's Raqa"
    -> "Raqa"): the writer names the country only to locate the town the story is about, and
    analysts look the story up by the more specific place.
    """
    if not headline:
        return None
    matches = [m for m in _HEADLINE_WORD.finditer(headline) if not re.search(r"-[a-z]", m.group())]
    # "US-backed": an adjective, not a place
    raw = [m.group().removesuffix("'s").removesuffix("’s").removesuffix("'S") for m in matches]
    words = [w if w in ("U.S.", "U.K.") else w.strip(".'-") for w in raw]
    for index in range(len(words)):
        if index > 0 and words[index - 1] in _COMPASS and words[index].endswith("AN"):
            region = _compass_region(words[index - 1], words[index])
            if region is not None:
                return region  # "SOUTH AMERICAN FISH MEAL", "NORTH KOREAN": the region, not "American"
        if words[index] in DEMONYMS:
            return DEMONYMS[words[index]]
        for size in (3, 2, 1):
            name = " ".join(words[index : index + size])
            if len(name) > 1 and gazetteer.is_place(name):
                if (
                    " " not in name
                    and not name.isupper()
                    and re.search(rf"\b{re.escape(name.lower())}\b", text)
                    and not re.search(rf"\b{re.escape(name)}\b", text)
                ):
                    continue  # "Man jailed" over "a man was jailed": the body's common noun
                if gazetteer.is_feature(name) and _only_in_longer_names(normal_case(name), text):
                    continue  # "KYUSHU ELECTRIC TO ISSUE" over "Kyushu Electric Power Co Inc will": a company
                tail = min(index + size, len(words)) - 1
                possessive = len(raw[tail]) < len(matches[tail].group())
                owned = _possessed_name(headline, matches[tail].end()) if possessive else None
                return owned or (name if name in ("U.S.", "U.K.") else normal_case(name))
    return None


def _only_in_longer_names(name: str, text: str) -> bool:
    """Whether the body writes ``name`` only inside a longer capitalised name ("Kyushu Electric Power",
    "Porsche Cars North America"), never as a place of its own."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", text))
    return bool(found) and all(
        _CAPITAL_AFTER.match(text, match.end()) is not None
        or _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        for match in found
    )


_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


_POSSESSED = re.compile(
    r"\s+(?P<name>[A-Z][a-z][\w'’&-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][a-z][\w'’&-]*){0,2})\b"
)
"""Up to three capitalised words, joined by "and", "of" or "&" ("Cable and Wireless")."""


def _possessed_name(headline: str, end: int) -> str | None:
    """The proper name right after a possessive ending at ``end``, in a sentence-case headline.

    Only there does a capital mark a name: in "JAPAN'S TRADE SURPLUS" or "Japan's Trade Surplus"
    every word is capitalised, so nothing after the possessive is known to be a name.
    """
    if not re.search(r"(?:^|\s)[a-z]{3,}\b", headline):
        return None  # all capitals or title case: capitals say nothing
    found = _POSSESSED.match(headline, end)
    return found.group("name") if found is not None else None


_HEADLINE_NOTICE = re.compile(r"^\s*\((?:CORRECTED|REPEAT|UPDATED?)\)\s*-?\s*", re.IGNORECASE)
"""A notice before a headline that is no part of it: "(CORRECTED) - ", "(REPEAT)"."""
_BRACKETED_COMPANY = re.compile(
    r"\s*\((?P<name>[A-Z][A-Z0-9.&'-]*(?:\s+[A-Z0-9.&'-]+)*\s+(?:" + patterns.CORPORATE_WORDS + r"))\)(?=\s)",
    re.IGNORECASE,
)
"""A company name in round brackets opening a headline, as some wire headlines write the angled name."""


def _company(text: str, headline: str | None) -> str | None:
    """The company the story is about: the headline's ticker company, else one the body marks."""
    before_ticker = ""
    if headline:
        headline = _HEADLINE_NOTICE.sub("", headline)  # "(CORRECTED) - UNIVERSITY PATENTS <UPT> ..."
        bracketed = _BRACKETED_COMPANY.match(headline)
        if bracketed is not None:  # "(REPAP ENTERPRISES CORP INC) 4TH QTR NET": brackets for angles
            headline = f"<{bracketed.group('name')}>{headline[bracketed.end() :]}"
        angled_head = _ANGLED_COMPANY.match(headline.strip())
        if angled_head is not None:
            return normal_case(angled_head.group("name").strip())  # "<UNITED FIRE AND CASUALTY> 4TH QTR NET"
        ticker = _TICKER.search(headline)
        if ticker is not None and ticker.start() > 0:
            before_ticker = headline[: ticker.start()].strip(" -,")
            if before_ticker and _HEADLINE_TAIL.search(before_ticker) is None:
                return _without_possessive(normal_case(before_ticker))
            words = before_ticker.split()
            tail = [w for w in words if _HEADLINE_WORD_TAIL.fullmatch(w)]
            if tail and words[-1] != tail[-1]:
                # "TISCH SAYS CBS <CBS>": the name right before the ticker
                return normal_case(_ticker_name(words[len(words) - words[::-1].index(tail[-1]) :]))
    angled = _ANGLED_COMPANY.search(text[:600])
    before = _NAME_BEFORE_TICKER.search(text[:600]) if "<" in text[:600] else None
    if (
        before is not None
        and angled is not None
        and _UNIT_SAID.match(text, before.end(), angled.start()) is not None
        and _SAID_AFTER.match(text, angled.end()) is not None
    ):
        # "Royal Dutch/Shell Group <RD.AMS> unit <Shell Australia Ltd>, said its net profit ...":
        # the unit that reports is the story's company, not its parent
        return _without_possessive(angled.group("name").strip())
    if before is not None and (angled is None or before.start() < angled.start()):
        # "Borg-Warner <BOR> Corp ... agreed to a buyout offer from <Merrill Lynch Capital Partners Inc>":
        # the story opens on its company, whichever way the wire marks it
        name = _after_full_stop(before.group("name").strip())
        if name == before.group("name").strip():
            name = _with_front(text, name, before.start("name"))
        return _without_possessive(name)
    if angled is not None:
        return _without_possessive(angled.group("name").strip())
    if before_ticker:
        return normal_case(_HEADLINE_TAIL.sub("", before_ticker).strip(" -,")) or None
    if headline and headline.isupper():
        head = _HEADLINE_TAIL.sub("", headline).strip(" -,")
        if (
            head
            and len(head.split()) <= 4
            and _CORPORATE.search(normal_case(head))
            and not _ECONOMIC_HEAD.search(head)
            # "BRAZIL/BANK COMMITTEE AGREE ...": a place and a party, no company's name
            and not ("/" in head and gazetteer.is_place(normal_case(head.split("/")[0].strip())))
        ):
            return _name_in_body(normal_case(head), text)
        opening = _opening_company(headline, text)
        if opening is not None:
            return opening
        results = _RESULTS_TAIL.search(headline) if _TABLE_OPENING.match(text) else None
        head = headline[: results.start()] if results is not None else ""
        head = _HEADLINE_TAIL.sub("", _BRACKETED_TICKER.sub("", head)).strip(" -,")
        if (
            head
            and _PLAIN_NAME.fullmatch(head)
            and len(head.split()) <= 6
            and not _ECONOMIC_HEAD.search(head)
            and not gazetteer.is_place(normal_case(head))
        ):
            # "WILSON BROTHERS 4TH QTR" over "Shr loss 30 cts vs loss 31 cts": the table's company
            return _name_in_body(normal_case(head), text)
    if headline and not headline.isupper():
        business = _BUSINESS_HEADLINE.match(headline.strip())
        if (
            business is not None
            and business.group("name").upper() not in DEMONYMS
            and not _common_noun(business.group("name"), text)
        ):
            return business.group("name")  # "Barclays profit climbs", "Tesco half-year figures"
        institution = _INSTITUTION_HEADLINE.match(headline.strip())
        if institution is not None:
            return institution.group("name")  # "Bank of Japan raises rates", "Deutsche Bank to cut jobs"
    return None


_RESULTS_TAIL = re.compile(
    r"\s+(?:1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH|QTR|YEAR|NINE|SIX|HALF|NET|SHR|PROFITS?|LOSS|"
    r"EARNINGS|RESULTS)\b.*$"
)
"""The results words that end an all-capitals headline over a results table ("4TH QTR NET", "YEAR 1986")."""
_BRACKETED_TICKER = re.compile(r"\s*[(<][^()<>]{1,12}[)>]")
"""A ticker in brackets or angles after a headline name ("(RY.TO)", "<BIFLYX>")."""
_PLAIN_NAME = re.compile(r"[A-Z][A-Z&'.-]*(?:\s+[A-Z&][A-Z&'.-]*)*")
"""A headline name of capitalised words only: no figure, bracket or slash."""
_TABLE_OPENING = re.compile(r"\s*(?:Shr|Net|Revs|Sales|Oper|Period|Year to|Qtr|Pre-tax|Pretax|Turnover)\b")
"""A body that opens on a results table's row or its period line ("Shr 86 cts vs 74 cts")."""
_BODY_NAME_TAIL = re.compile(r"\b(?:\s+(?:[A-Z][\w&'-]*\.?|of|and|&)){0,4}")
"""The rest of a company's name after the headline's first two words, from the word boundary they end on."""
_BODY_LEAD = re.compile(r"\s*")
_BODY_THE = re.compile(r"The\s+")


def _opening_company(headline: str, text: str) -> str | None:
    """The company the body's opening sentence names with the all-capitals headline's first two words
    ("MONTREAL TRUSTCO ISSUES CANADIAN DOLLAR EUROBOND" over "Montreal Trustco Inc is issuing"): the
    whole name, when it ends on a corporate word."""
    words = headline.split()
    if len(words) < 2 or not all(word.isalpha() for word in words[:2]):
        return None
    first = normal_case(" ".join(words[:2]))
    # the two words after leading space and an optional "The", then the name's tail: what the pattern
    # r"\s*(?:The\s+)?(<first>\b<tail>)" matches, read without compiling a pattern per story (the
    # words are letters, so neither the space nor "The" can give back a character they take)
    lead = _BODY_LEAD.match(text)
    spaced = 0 if lead is None else lead.end()
    the = _BODY_THE.match(text, spaced)
    tail = None
    begin = spaced
    for begin in (spaced,) if the is None else (the.end(), spaced):
        if text.startswith(first, begin):
            tail = _BODY_NAME_TAIL.match(text, begin + len(first))
            if tail is not None:
                break
    if tail is None:
        return None
    name = text[begin : tail.end()]
    last = _LEGAL_END.search(name)
    if last is None:
        return None  # "The World Bank said": an institution, whose stories are about the places it names
    of_place = _OF_NAME.match(text, begin + last.end()) if last.group().startswith("C") else None
    end = last.end() if of_place is None else of_place.end() - begin
    return text[begin : begin + end].rstrip(".")


_LEGAL_WORDS = (
    r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|BV|Pte|Ltda|SpA|GmbH|Corporation|Company|Bancorp)\b\.?"
)
_LEGAL_END = re.compile(r"\b" + _LEGAL_WORDS + r"(?!.*\b" + _LEGAL_WORDS + ")")
"""The last legal-form word of a company's name ("Montreal Trustco Inc", "Singapore Petroleum Co Pte Ltd")."""
_OF_NAME = re.compile(r"\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")
"""A place the name goes on to ("Prudential Insurance Company of America")."""


def _name_in_body(name: str, text: str) -> str:
    """A headline's company as the body writes it, when the headline ran words on after its name:
    "STANDARD BANK UNABLE TO MAKE ..." over "Standard Bank Investment Corp" is Standard Bank, "BANK OF
    TOKYO MANAGER IN PERU HURT" is Bank of Tokyo. The whole headline name stays when the body never
    writes a shorter one (or writes the whole one)."""
    lowered = text.lower()
    if name.lower() in lowered:
        return name
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:size])
        if (
            size < 2
            or words[size - 1].lower() in ("of", "and", "&", "the")
            or not (_CORPORATE.search(words[size - 1]) or " of " in shorter.lower())
        ):
            continue  # "Standard Bank", "Bank of Tokyo"; not "Bank" or "International Sugar"
        found = re.search(rf"\b{re.escape(shorter)}\b(?![\w-]|\s+of\b)", text, re.IGNORECASE)
        if found is not None and all(
            w[:1].isupper() or w in ("of", "and", "&") for w in found.group().split()
        ):
            return found.group()
    return name


_ECONOMIC_HEAD = re.compile(r"\b(?:RATES?|YIELDS?|GOVERNOR|CHAIRMAN|PRESIDENT|CHIEF|OFFICIAL|SPOKESMAN)\b")
"""Words that make an all-capitals headline's opening no company name: "CANADA BANK RATE RISES",
"BANK OF SPAIN GOVERNOR SAYS ...": a rate of banks, a person of a bank."""
_TICKER_NAME_START = re.compile(r"^(?:.*\s-\s*|.*\b(?:PCT|MLN|BLN|SHARES?|STAKE|INTEREST)\s+(?:OF|IN)\s+)")
"""What precedes the name after a headline's verb: "5.4 PCT OF TRITON", "RATE RISE - FANNIE MAE"."""


def _ticker_name(words: list[str]) -> str:
    """The company name in the words between a headline's last verb and its ticker.

    "INDUSTRIAL EQUITY HAS 5.4 PCT OF TRITON <OIL>": Triton, not "5.4 PCT OF TRITON"; "LITTLE SCOPE
    FOR U.S. RATE RISE - FANNIE MAE<FNM>": Fannie Mae.
    """
    phrase = " ".join(words)
    return _TICKER_NAME_START.sub("", phrase, count=1) or phrase


_INSTITUTION_HEADLINE = re.compile(
    r"(?P<name>(?:Bank|Reserve\s+Bank|Central\s+Bank)\s+of\s+[A-Z][\w.-]*"
    r"(?:\s+(?!(?:Governor|Chief|Deputy|Chairman|President)\b)[A-Z][\w.-]*)?"
    r"|(?:[A-Z][\w&'.-]*\s+){1,3}?(?:Inc|Corp|Co|Plc|PLC|Bank|Group|Holdings|Industries|Motors|"
    r"Airlines|Petroleum|Technologies|AG|SA|NV|SpA)\.?)(?:'s)?\s+(?:to\s+|will\s+|is\s+|has\s+)?[a-z]"
)
"""A sentence-case headline that opens on a company or central bank named as such, then its verb:
"Deutsche Bank to cut 3,500 jobs", "Bank of Japan raises rates"."""


_BUSINESS_HEADLINE = re.compile(
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})(?:'s)?\s+(?:annual\s+|quarterly\s+|first-half\s+|"
    r"half-year\s+|full-year\s+|interim\s+|pre-tax\s+|net\s+|online\s+)?(?:profits?|sales|output|revenues?|"
    r"results|figures|earnings|turnover|losses|loss|dividend|shares|stake|takeover|bid|production|deliveries)\b"
)
"""A sentence-case business headline that opens on its company: "Kinross output rises"."""


_TRADE_WORDS = """
    carmaker automaker chipmaker drugmaker planemaker steelmaker housebuilder builder supermarket grocer
    retailer airline carrier bank lender insurer miner brewer bakery chain firm company group business
    startup club council charity university hospital school airport port railway shipping oil gas steel
    mining energy utility telecom broadcaster publisher studio developer landlord exporter importer
"""
_TRADES = frozenset(_TRADE_WORDS.split())
"""Trades a sentence-case headline may open on ("Carmaker profit slides"): a common noun, no company."""


def _common_noun(name: str, text: str) -> bool:
    """True when a headline's first word is a common noun: a trade, or written in lower case in the body
    (also in the plural)."""
    if " " in name:
        return False
    lower = name.lower()
    # "Glacier loss accelerates" over "Swiss glaciers lost 4%": the body's plural is lower case too
    forms = re.escape(lower) + r"(?:s|es)?" + (f"|{re.escape(lower[:-1])}ies" if lower.endswith("y") else "")
    return lower in _TRADES or re.search(rf"\b(?:{forms})\b", text) is not None


def _without_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "'S", "’s")) else name


def _body_case(name: str | None, text: str) -> str | None:
    """A headline's name with each word as the body writes it in capitals: "Amr" -> "AMR" when the body
    has "AMR Corp" (and never "Amr"), "Nrm Energy" -> "NRM Energy"; the headline is all capitals, so
    :func:`normal_case` cannot tell an acronym from a word."""
    if not name:
        return name
    words = name.split()
    changed = False
    for at, word in enumerate(words):
        bare = word.strip(",()")
        if len(bare) < 2 or bare.isupper() or not bare[0].isupper() or bare.upper() not in text:
            continue  # the common case: the capitals are nowhere in the body
        upper = re.compile(rf"(?<![\w.]){re.escape(bare.upper())}(?![\w])")
        if (
            upper.search(text) is not None
            and re.search(rf"(?<![\w.]){re.escape(bare)}(?![\w])", text) is None
        ):
            words[at] = word.replace(bare, bare.upper())
            changed = True
    return " ".join(words) if changed else name


def normal_case(name: str) -> str:
    """ "CHEMICAL NEW YORK CORP" -> "Chemical New York Corp"; mixed-case names are kept as written."""
    if name.islower():
        return name.title()
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        bare = word.strip(",.()")
        if bare in _KEEP_UPPER or (len(bare) <= 3 and not bare.isalpha()) or _INITIALS.fullmatch(bare):
            words.append(word)  # "U.S.", "S.P.I.", "A.G.": initials stay capitals
        else:
            words.append(_PART_CUT.sub(lambda cut: cut.group().capitalize(), word.lower()))
    return " ".join(words)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?")
"""Initials with full stops ("S.P.I.", "A.G."), which English writes in capitals whatever the case."""
_PART_CUT = re.compile(r"[^-/]+")
"""Each part of a hyphen or slash compound is capitalized: "BORG-WARNER" -> "Borg-Warner"."""


_US_LISTING = re.compile(r"<(?P<symbol>[A-Z][A-Z0-9]{0,5})(?:\.O)?>")
"""A headline ticker of a US market: a bare NYSE/AMEX symbol or a NASDAQ ``.O`` ("<VICT.O>", "<BS>");
a five-letter NASDAQ symbol ending in F is a foreign issuer's ("<GLGVF>") and is read as no sign."""


def _dateline_country(place: str | None, text: str, headline: str | None) -> str | None:
    """The dateline's country, read as the United States for a US-listed company in a US namesake town.

    The gazetteer gives a name the country of its largest city, but "CAMBRIDGE", "BIRMINGHAM" or
    "VICTORIA" over a story on ``<VICT.O>`` is the Massachusetts, Alabama or Texas town: its bare
    "dlrs" and table rows are US dollars. The foreign reading stands when the story names the
    foreign country ("Canada", "Canadian", "Britain") or another of its large cities ("Montreal"), as a
    Canadian company listed in New York does.
    """
    country = gazetteer.country_of(place)
    if country in (None, "US") or headline is None or not gazetteer.is_us_city(place):
        return country
    listing = _US_LISTING.search(headline)
    if listing is None or (len(listing["symbol"]) == 5 and listing["symbol"].endswith("F")):
        return country
    lowered = f"{headline}\n{text}".lower()
    for name in gazetteer.country_names(country):
        stem = name[:-1] if len(name) > 4 and name[-1] in "aeiouy" else name
        if re.search(rf"(?<!new )\b{re.escape(stem)}", lowered):  # not "New England", "New South Wales"
            return country
    for city in _CITY.finditer(text):
        name = city.group()
        if (
            name.lower() != (place or "").lower()
            and gazetteer.is_city(name)
            and gazetteer.country_of(name) == country
        ):
            return country  # "the Montreal and Vancouver Stock Exchange": another city of that country
    return "US"


_CITY = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
"""A capitalised name of one or two words that may be a city ("Montreal", "Quebec City")."""


def _place_name(dateline: str | None) -> str | None:
    """The dateline's city in normal case: "KHARKIV, Ukraine" -> "Kharkiv", "BANGOR, Maine" -> "Bangor"."""
    if not dateline:
        return None
    return normal_case(dateline.strip(" ,-").split(",", 1)[0].strip()) or None


def _region_country(dateline: str | None) -> str | None:
    """The country a dateline names after its city ("PORTLAND, Maine": US; "GOMA, Democratic Republic
    of Congo": CD), when the name after the comma is a country or a US state; else None."""
    if not dateline or "," not in dateline:
        return None
    region = dateline.split(",", 2)[1].strip(" .")
    if not gazetteer.is_place(region) or gazetteer.is_city(region):
        return None
    return gazetteer.country_of(region)
