"""What kind of quantity a fact is, beyond its unit: price, rate, index points, age.

The unit gives the family (money, percent, length); the words around the number
say more. Money per unit of a good is a price ("18 dlrs a barrel"), unless it is
earnings or a dividend per share; a percent that is the level of a named rate is
a rate ("prime rate to 7.5 pct"); a bare number beside a market index is index
points ("the Dow fell a record 508"); "Hague, 44," and "a 15-year-old" are ages.
"""

from __future__ import annotations

import re

from transforms.extract import numbers, patterns
from transforms.extract.qualifiers import HEDGE
from transforms.extract.singulars import singular

UNIT_GOODS = (
    r"share|shr|barrel|bbl|ounce|oz|tonne|ton|pound|lb|bushel|"
    r"gallon|litre|liter|kilo|kilogram|unit|bale|troy ounce|dollar|dlr|head|square foot|sq ft|cwt|"
    r"hundredweight|carat|mile|km|kilometre|kilometer|kwh|kilowatt hour|therm|night|ticket|copy|"
    r"square metre|square meter|sq m|sqm|acre|hectare|kg|gram|pint|bottle|loaf|pack|packet|room|seat|"
    r"megawatt hour|mwh|dozen|cup|bag|carton|jar|tin|unit of|right|warrant|"
    r"(?:mln\s+|million\s+)?btu|mmbtu|mcf"
)
"""One unit a good is sold by, as a regex alternation: a sum per one ("$78 a barrel", "£3 a loaf") or
of one ("a pint of beer averages £6.80") is a price; gas sells by the million BTU ("2.55 dlrs per mln
btu") and the thousand cubic feet ("mcf")."""
_PER_UNIT = re.compile(r"\s*(?:(?:a|an|per|each)\s+|/\s*)(?P<good>" + UNIT_GOODS + r")\b", re.IGNORECASE)
_ONE_OF_GOOD = re.compile(
    r"(?i)^\W*(?:(?:the\s+)?(?:average\s+|typical\s+)?(?:cost|price)\s+of\s+)?(?:a|an|one)\s+"
    r"(?!(?:head|share|shr|unit|dollar|dlr|night|room|seat|copy|ticket|mile|km|kilometre|kilometer|bag)s?\b)"
    r"(?:(?:" + UNIT_GOODS + r")s?)\s+of\s+[a-z]"
)
"""A sentence opening on one measure of a good ("A pint of beer in London now averages", "One litre of
diesel costs"): a plain sum it then states is what that measure costs. Units that are no measure
of a good are left out: "A head of department earns", "A night of celebrations cost", "a bag of
cash" name a thing, not a measure sold."""
_EACH_SOLD = re.compile(
    r"(?i)\b(?:sold|sells?|selling|sale|priced|cost|costs|costing|fetch(?:es|ed|ing)?|go(?:es|ing)?|went|"
    r"resold|resale|offered|trad(?:e|es|ed|ing))\b[^,;.]{0,60}$"
)
_EACH = re.compile(r"(?i)\s+(?:each|apiece)\b")
"""A sum each thing sells for: "Tickets sold for $450 each", "the bags went for £90 apiece"; a sum
paid or charged to each of several ("fined £500 each", "bonuses of £5,000 each") has no sale verb."""


_VALUED_EACH = re.compile(r"(?i)\b(?:valued|valuing|worth|priced|par\s+value)\b[^,;.]{0,60}$")
"""Verbs that put a price on each thing ("valued ... at", "priced at", "par value"); not the noun
"value" alone: "an average transaction value of 455,000 marks each" is a sum per deal."""


_AT_EACH = re.compile(
    r"(?i)\bat\s+(?:a\s+(?:cost|price)\s+of\s+)?(?:(?:about|around|some|nearly|almost|only|just)\s+)?$"
)
"""A sum after "at" that each of several things takes ("units at 18 dlrs each", "redeem the rights at five
cts apiece", "four aircraft at a cost of 250 mln dlrs each"): a price, unlike "penalties of 200,000 dlrs
each" or "bonuses of £5,000 each", sums each one pays or draws."""


def valued_each(before: str, text: str, end: int) -> bool:
    """True when a sum, scaled or not, is what each of several things is worth: "valued the engines
    at five mln dlrs each", "the jets were priced at 90 mln dlrs apiece" (a price); a sum paid to or
    by each ("will pay 50 mln dlrs each", "fined £500 each") has no such verb and stays money."""
    clause = before[-120:]
    return (
        _EACH.match(text, end) is not None
        and (_VALUED_EACH.search(clause) is not None or _AT_EACH.search(clause[-40:]) is not None)
        and _PER_SHARE_CONTEXT.search(clause[-60:]) is None
    )


_SOLD_ONE_OF = re.compile(
    r"(?i)\b(?:sells?|sold|selling|charges?|charged|charging|offers?|offered|prices?|priced)\s+(?:a|an|one)\s+"
    r"(?!(?:head|share|shr|unit|dollar|dlr|night|room|seat|copy|ticket|mile|km|kilometre|kilometer|bag)s?\b)"
    r"(?:(?:" + UNIT_GOODS + r")s?)\s+of\s+[a-z][^,;.\d]{0,40}\s(?:for|at)\s+(?:" + HEDGE + r"\s+)?$"
)
"""A sale verb before one measure of a good and its sum: "The pub sells a pint of lager for £7.20"."""


def one_unit_sum(before: str, text: str, end: int) -> bool:
    """True when an unscaled sum is what one unit of a good costs: the sentence (``before`` is its text
    up to the sum) opens on one measure of a good ("A pint of beer now averages £6.80"), or the sum
    sells each thing ("sold for $450 each"); not a sum each draws or owes ("fined £500 each")."""
    if _ONE_OF_GOOD.search(before) is not None or _SOLD_ONE_OF.search(before[-120:]) is not None:
        return True
    clause = before[-120:]
    return (
        _EACH.match(text, end) is not None
        and _EACH_SOLD.search(clause) is not None
        and _PER_SHARE_CONTEXT.search(clause[-60:]) is None
    )


_PER_SHARE_MONEY = patterns.led_by(
    "bcdegilnps",
    r"\b(?:earn(?:ings?|ed|s|ing)?|profits?|income|los(?:s|ses|t|es?|ing)|gains?|charges?|dividends?|div|payout|"
    r"distribution|shr|credits?|includ(?:e|es|ed|ing)|extraordinary|"
    r"eps|net|book value)\b",
    re.IGNORECASE,
)
_RATE_WORDS = patterns.led_by(
    "cdghijlmprtuvy",
    r"\b(?:rates?|inflation|unemployment|jobless|yields?|coupons?|prime|discount|interest|"
    r"(?-i:CPI|RPI|HICP|VAT)|mortgages?|libor|growth|gnp|gdp|(?<!pre-)(?<!after-)(?<!post-)tax|tariffs?|duty|duties|"
    r"margin requirement|reserve requirement)\b",
    re.IGNORECASE,
)
_SHARE_OF_WHOLE = re.compile(
    r"\s*(?:(?:equity|voting|ownership|minority|majority|controlling|beneficial|working|partnership)\s+)?"
    r"(?:of|stake|interest|owned|holding|shareholding|share\b)",
    re.IGNORECASE,
)
"""What follows a percent that is a share of a whole: "20 pct of", "a 20 pct stake"; an owner's
"18.7 pct equity interest" (or voting, working interest) is a stake, never an interest rate."""
_INDEX_WORDS = patterns.led_by(
    "ACDFHIKMNSTacim",
    r"\b(?:Dow|index|indices|(?<!week )(?<!day )(?<!month )(?<!year )(?<!moving )average|Nikkei|Hang Seng|"
    r"FT-SE|S and P|Standard and Poor's|composite|"
    r"Nasdaq|Amex|market value index|FTSE|S&P|DAX|CAC|Stoxx|STOXX|Sensex|Nifty|Kospi|KOSPI|Topix|TOPIX|"
    r"IBEX|Ibex|ASX|TSX|Hang Seng|MSCI)\b",
)
_COMPARED_AGE_WORDS = ("older", "younger")
AGE_WORDS = frozenset(["old", *_COMPARED_AGE_WORDS])
"""The words that follow an age ("150 years old", "3,500 years older than"); the subject rules may
read one as the figure's noun, which it never is."""
_AGE_AFTER = re.compile(r"(?:(?:-| )years?)?(?:-| )old\b|(?:-| )year-old\b", re.IGNORECASE)
_OLDER = re.compile(r"\s+(?:" + "|".join(_COMPARED_AGE_WORDS) + r")\b", re.IGNORECASE)
"""An age told against another ("3,500 years older than"): only after a written period."""
# led by the first letters of its period words: the search over a surface skips to them
_PERIOD_END = patterns.led_by("ymwd", r"(?:years?|months?|weeks?|days?)$", re.IGNORECASE)
_AGE_COMMA = re.compile(r",\s*$")
_SAID_NAME_COMMA = re.compile(
    r"\b(?:said|says)\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*[a-z],\s*$"
)
"""A speaker named after "said" and a comma, before the age that ends the sentence."""
_FINAL_STOP = re.compile(r"\.\s*")
_AGE_END = re.compile(r"\s*(?:,|\)|$|\s+(?:and|who|was|is|said|has|had|died))")
LISTED_AGE = r"(?:\d{1,3}|" + numbers.NUMBER_WORD + ")"
"""A figure in a list of ages ("aged 15, 16 and 17", "aged five and seven")."""
_AGED = re.compile(
    r"\b(?:aged|ages|age\s+of|(?:died|dies|dead)\s+at|(?:died|dies)\s+(?:at\s+)?(?:the\s+)?age\s+(?:of\s+)?|"
    r"turn(?:s|ed|ing)?|\bat\s+age|retir(?:e|es|ed|ing)\s+at)\s+$"
    r"|\baged\s+(?:" + LISTED_AGE + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){1,5}$",
    re.IGNORECASE,
)
"""Words an age follows: "aged 44", "at the age of 16", "died at 87", "turned 60", "retired at 60",
"the youngest winner at 17", "Age 42," opening a sentence, "at age 65"; every figure of a list after
"aged" ("aged 19 and 23", "aged 15, 16 and 17") is an age."""
_PRONOUN_IS = re.compile(
    r"(?i)\b(?:he|she)\s+(?:is|was|will\s+be|would\s+be|(?:is|was)\s+(?:only|just|now|still|then|barely))\s+$"
)
"""A person's age told by a pronoun: "He was 19 when he joined", "She is 34."; no noun or unit may
follow ("He was 19th", "She was 34 points ahead" are no ages)."""
_PRONOUN_AGE_FOLLOW = re.compile(
    r"(?i)\s*(?:[,.;:!?]|$)|\s+(?:and|but|when|while|before|after|at\s+the\s+time|in\s+\d{4})\b"
)
_SUPERLATIVE_AT = re.compile(r"(?i)\b(?:youngest|oldest)\s+(?:[\w'’-]+\s+){0,5}?at\s+$")
"""A record age: "the youngest winner at 17", "the oldest mayor in the city's history at 90"."""
AGE_BOUND = re.compile(r"(?i)(?:over|under|above|below)\s+")
"""A bound opening an age's figure: "over 50", "under five"."""
_BOUNDED_NOUN = re.compile(r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:aged\s+)?$")
_AGE_BOUND_FOLLOW = re.compile(
    r"(?i)\s*(?:[,.;:)!?]|$)|\s+(?:and|or|are|were|is|was|who|will|would|should|can|could|may|must|"
    r"have|had|has|in|from|to|with|at|living|get|got|receive|need|died|die|lose|pay|face|qualify|make|"
    r"account|say|said)\b"
)
"""People bounded by an age: "Women over 50 are invited", "children under five died"; a written
unit after the figure ("people over 25 years") is a duration, not an age."""
_AGE_PAREN = re.compile(r"\b[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}\s*\($")
_NOT_PERSON_NAME = re.compile(
    r"(?i)\b(?:" + patterns.CORPORATE_WORDS + r"|party|league|university|street|road|avenue|"
    r"north|south|east|west|new|united|national|general|first|total|net)\b"
)
"""A person named with a parenthesised age: "named him as Tom Brown (42)"; not a company, index
or place with a figure in brackets."""
_AGED_CUES = ("age", "die", "dead", "turn", "retir")
"""A part of every :data:`_AGED` branch, in lower case."""


def _aged_before(before: str) -> re.Match[str] | None:
    """:data:`_AGED` searched in ``before`` (the words before a small whole number).

    Most windows hold none of its words: for an ASCII window, whose lower case is exact, five
    ``in`` tests rule them out at a fraction of the case-blind search (a non-ASCII window is
    searched as it is: case-blind matching also pairs "i" with the dotless "ı").
    """
    if before.isascii():
        lowered = before.lower()
        if not any(cue in lowered for cue in _AGED_CUES):
            return None
    return _AGED.search(before)


_AGE_FOLLOW = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|to|in|on|at|last|next|this|soon|when|before|after|later|today|"
    r"tomorrow|yesterday|the|while|as|with|years?)\b",
    re.IGNORECASE,
)
"""What may follow such an age: no noun ("turned seven departments into" counts departments)."""
AGE_LEAD = r"who\s+(?:is|was)|now|then"
"""Words between a person's comma and their age, as a regex alternation: "The singer, who is 62,",
"Mr Tanaka, now 58,". The leads that say "aged" or "turned" are read by :data:`_AGED` here; the
person rules of :mod:`subjects` read past them too."""
_COMMA_AGE_LEAD = re.compile(r",\s*(?:" + AGE_LEAD + r")\s+$", re.IGNORECASE)
NAME_SUFFIXES = frozenset(["Jr", "Jr.", "Sr", "Sr."])
"""What ends a person's name after the surname ("John Smith Jr"): no name of its own."""
_PERSON_NOUNS_WORDS = """
    man woman boy girl pensioner driver mother father son daughter teenager student worker victim
    resident suspect passenger nurse teacher doctor officer soldier grandmother grandfather husband
    wife cyclist pedestrian motorcyclist footballer player singer actor actress farmer pupil
    mum dad grandson granddaughter patient defendant pilot climber walker swimmer runner
    toddler baby infant child kid brother sister aunt uncle nephew niece cousin partner widow widower
    girlfriend boyfriend fiancee fiance stepson stepdaughter stepfather stepmother grandchild retiree
    schoolboy schoolgirl youth youngster adult person survivor gunman attacker motorist rider jockey
    tourist hiker fan neighbour friend colleague shopper customer tenant homeowner people
    mayor judge senator councillor lawyer solicitor barrister coach striker midfielder defender
    goalkeeper captain referee boxer golfer cricketer athlete sprinter priest vicar bishop author
    writer artist painter journalist musician rapper comedian presenter broadcaster candidate
    prisoner inmate firefighter paramedic landlord businessman businesswoman entrepreneur billionaire
    veteran champion
    """
PERSON_NOUNS = frozenset(_PERSON_NOUNS_WORDS.split())
"""Nouns for a person, in the singular ("people" has none): "A man, 34," and "a pensioner from
Lisburn, 71," give an age."""
_STAFF = re.compile(patterns.STAFF_WORDS + "s?", re.IGNORECASE)


def is_person_noun(word: str) -> bool:
    """True for a noun naming a person or people ("daughter", "men", "pensioners", "minister")."""
    lower = word.lower()
    if singular(lower) in PERSON_NOUNS:
        return True
    return _STAFF.fullmatch(lower) is not None


_DECADE_OF_LIFE = re.compile(
    r"(?i)\b(?:in|into)\s+(?:his|her|their|my|your|our)\s+(?:(?P<part>early|mid|late)(?:\s+|-))?$"
)
"""What puts a decade on a person's life: "in his 40s", "in her early 30s", "into their late 50s"; a
possessive person is required, so "in the 1940s", "in the 90s" (a decade) and "temperatures in the 30s"
are no ages."""
_DECADE_PARTS: dict[str | None, tuple[int, int]] = {
    None: (0, 9),
    "early": (0, 3),
    "mid": (4, 6),
    "late": (7, 9),
}
"""Which years of a decade "early", "mid" and "late" take: early 30s is 30-33, mid 34-36, late 37-39
(the thirds a reader means; the decade alone is 30-39)."""
_PERSON_IN_DECADE = re.compile(r"(?i)\b(?P<noun>[a-z]+)(?:\s*,)?\s+(?:(?:who\s+is|who\s+was|aged|now)\s+)?$")


def decade_age(text: str, lo: int, start: int, end: int) -> tuple[int, int, int, str | None] | None:
    """The age range of "in his 40s", "in her late 50s" for the digits text[start:end] and a glued "s".

    Returns (low, high, where the phrase's figure starts, the person noun before the phrase) or
    None. The figure starts at "early"/"mid"/"late" when one stands before the digits.
    """
    digits = text[start:end]
    if len(digits) != 2 or digits[1] != "0" or digits[0] == "0" or text[end : end + 1] != "s":
        return None
    if end + 1 < len(text) and (text[end + 1].isalnum()):
        return None
    lead = _DECADE_OF_LIFE.search(text, max(lo, start - 30), start)
    if lead is None:
        return None
    part = lead.group("part")
    first, last = _DECADE_PARTS[part.lower() if part else None]
    decade = int(digits)
    person = _PERSON_IN_DECADE.search(text, max(lo, lead.start() - 40), lead.start())
    noun = person.group("noun") if person is not None and is_person_noun(person.group("noun")) else None
    return decade + first, decade + last, lead.start("part") if part else start, noun


def bounded_person(before: str) -> str | None:
    """The people an age bound after ``before`` puts an age on: "Women over 50" -> "Women", "Men aged
    under 30" -> "Men"; None when the noun before the bound names no person ("temperatures over 40")."""
    match = _BOUNDED_NOUN.search(before)
    if match is None or not is_person_noun(match.group("noun")):
        return None
    return match.group("noun")


_PERSON_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|my|our)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)(?:\s+(?:from|of|in)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)?,\s*$",
    re.IGNORECASE,
)


_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?" + patterns.STAFF_WORDS + r",\s*$"
)
"""A person named by their title before a comma: "The chairman,", "its former chief executive,"."""


_SHR_AFTER = re.compile(r"(?i)\s+(?:a\s+|per\s+)?shrs?\b")


def per_share_item(text: str, end: int, before: str) -> bool:
    """True for a sum per share that an earnings note or report gives: "a gain of 17 cts shr", "a tax
    credit of 1.2 mln dlrs or 17 cts shr" (wire shorthand for "a share"): money a holder earns, not a
    share's price, which ``before`` (the sentence up to the sum) then names no earnings word for."""
    if _PER_SHARE_MONEY.search(before) is None:
        return False
    if _SHR_AFTER.match(text, end) is not None:
        return True
    # "extraordinary gain of 294,859 dlrs or 10 cts share", "lost 168.4 mln dlrs, or 12.27 dlrs a share":
    # an earnings sum restated per share
    return _SHARE_AFTER.match(text, end) is not None and _OR_RESTATED.search(before[-40:]) is not None


_SHARE_AFTER = re.compile(r"(?i)\s+(?:a\s+|per\s+)?share\b")
"""A share after a sum ("10 cts a share"): the sum is restated per share."""
_OR_RESTATED = re.compile(r"(?i)\d[^\d,;]{0,16}?,?\s+or\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$")
"""A sum ", or" before another ("168.4 mln dlrs, or 12.27 dlrs a share"): a restatement."""


def per_unit_price(text: str, end: int, hi: int, clause: str) -> bool:
    """True for money per unit of a good that is a price, not per-share earnings or dividends."""
    match = _PER_UNIT.match(text, end, hi)
    if match is None:
        return False
    good = match.group("good").lower()
    if good in ("share", "shr", "unit", "right", "warrant"):
        # "a gain of 10 cts per share", "Qtly distribution 10 cts per unit": money a holder gets
        return _PER_SHARE_MONEY.search(clause) is None
    return True


_COMMODITY_WORDS = """
    gold silver platinum palladium copper aluminium aluminum nickel zinc tin crude brent oil wti
"""
COMMODITIES = frozenset(_COMMODITY_WORDS.split())
"""The commodities (and oil benchmarks) among :data:`TRADED`: the world market quotes each in US dollars."""
_TRADED_WORDS = """
    dollar pound sterling yen mark franc lira guilder peseta rand peso euro yuan rupee bund gilt
"""
TRADED = frozenset(_TRADED_WORDS.split()) | COMMODITIES
"""Heads of what a market report quotes ("The pound opened lower", "Brent crude rose $1.40"): the
thing the figures are about."""
_QUOTED_WORDS = "bitcoin ether cocoa coffee wheat corn soybean sugar cotton lithium uranium"
QUOTED = TRADED | frozenset(_QUOTED_WORDS.split())
"""What an unscaled sum quotes when it is the subject: the traded currencies and commodities, softs,
grains and crypto-assets too ("Bitcoin climbed above $100,000", "Cotton ... 1.35 cents higher")."""
MARKET_KINDS = frozenset(["price", "percent", "index_points", "money", "count"])


def quotes_traded(head: str | None, kind: str) -> bool:
    """True when a fact is a quote or move of a traded currency or commodity it names as subject."""
    return head in TRADED and kind in MARKET_KINDS


_MARKET = patterns.led_by(
    "bcdefgmopqrsty",
    r"(?i)\b(?:shares?|stocks?|prices?|priced|quoted|traded|trading|closed|opened|fixed|fixing|ounce|"
    r"barrel|bushel|tonne|futures|dollar|pound|sterling|mark|yen|franc|rand|gold|silver|platinum|crude|exchange|"
    r"bid|offer(?:ed)?|tender|buy|sell)\b",
)
_PER_SHARE_CONTEXT = patterns.led_by(
    "abcdefilnprstw",
    r"(?i)\b(?:shr|dividends?|div|earn(?:ings|ed|s|ing)|profits?|loss|payout|net|income|revenues?|sales|turnover|"
    r"cap|bills?|fines?|costs?|salary|salaries|wages?|pensions?|bonus(?:es)?|allowances?)\b",
)
"""Sums that are never a market quote: earnings and dividends per share, totals, and pay a person
draws ("the average salary rose to £35,000" is money, though salaries "rose" like a price)."""
_BOND_WORDS = patterns.led_by(
    "bcdeinpr",
    r"(?i)\b(?:priced|price|par|issue|issued|reoffered|bonds?|notes?|eurobonds?|debentures?|redeemable|"
    r"redeemed|callable)\b",
)


_QUOTED_AT = patterns.led_by(
    "afrst",
    r"(?i)\b(?:at|to|from|support|resistance)\s+(?:(?:" + HEDGE + r"|a\s+record)\s+)?$",
)
_VALUED_AT = patterns.led_by(
    "aepstvw", r"(?i)\b(?:estimated|valued|put|set|priced|totall?ed|amounted|worth)\s+(?:at|to)\s+$"
)
_MOVE_AFTER = re.compile(r"(?i)\s+(?:higher|lower|up|down|firmer|weaker|stronger)\b")


def is_market_price(clause: str, subject: str | None, after: str, change: str | None) -> bool:
    """True for an unscaled amount quoted in a market: a share, commodity or currency price or its move.

    "ended eight rand higher at 398 rand", "bought dollars at around 145.95 yen",
    "support at 1.825 marks"; never earnings or dividends per share.
    """
    scope = clause + " " + (subject or "")
    if _PER_SHARE_CONTEXT.search(scope) is not None or _VALUED_AT.search(clause):
        return False
    if _QUOTED_AT.search(clause) or change is not None or _MOVE_AFTER.match(after):
        if _MARKET.search(scope) is None and _LOST_SUM.search(clause) and not _LEVEL_AFTER.match(after):
            return False  # "The company lost 658,000 dlrs last year": a loss, not a quote losing ground
        return _MARKET.search(scope) is not None or _MARKET_MOVES.search(clause) is not None
    return False


def moved_to_level(clause: str, after: str) -> bool:
    """True for an unscaled sum a verb moves to a level: "Insurer Allianz dropped 20 marks to 1,845",
    "West Texas Sour was raised by 50 cts to 17.00 dlrs a barrel": a quote's move, not earnings, a
    dividend or pay ("raised its dividend two cts to 12 cts")."""
    return (
        _QUOTE_MOVED.search(clause) is not None
        and _LEVEL_AFTER.match(after) is not None
        and _PER_SHARE_CONTEXT.search(clause) is None
    )


_QUOTE_MOVED = re.compile(
    r"(?i)\b(?:rose|fell|gained|lost|dropped|climbed|eased|firmed|slipped|jumped|dipped|added|shed|slid|"
    r"raised|increased|lowered|up|down|off)\s+(?:by\s+)?(?:(?:" + HEDGE + r")\s+)?$"
)
"""A move verb right before a sum ("dropped 20 marks to 1,845"): a quote moved to a level."""
_LOST_SUM = re.compile(r"(?i)\blos(?:t|es?|ing)\s+(?:(?:" + HEDGE + r")\s+)?$")
_LEVEL_AFTER = re.compile(r"\s+(?:to|at)\s+\d")
"""A quote losing ground names the level it ends at ("Standard Chartered lost 4p to 821"); a sum lost
with no level after it is money a business lost."""


_MARKET_MOVES = patterns.led_by(
    "bcefgloqrst",
    r"(?i)\b(?:ended|closed|opened|eased|firmed|rose|fell|gained|lost|support|resistance|traded|quoted|"
    r"fixed|bought|sold|stood)\b",
)


_ISSUE_PRICED_AT = re.compile(
    r"(?i)\b(?:issue|bonds?|notes?|eurobonds?|debentures?|zero|discount)\b[^;]{0,80}?"
    r"\b(?:(?:is|was|were|are|be|been|being)\s+)?(?:priced|reoffered|issued)\s+at\s+$"
)
_DEEP_DISCOUNT = 20
"""The lowest price in percent of par a bond is issued at: a zero coupon or deep-discount issue
("priced at 53-1/2 pct") sells far below par, but no issue sells for a fifth of its face value."""


_PRICE_WILL_BE = re.compile(
    r"(?i)\b(?:issue|issuing|offer(?:ing)?|reoffer|redemption)\s+price\s+(?:will\s+be|would\s+be|is|was|of)\s+$"
)
"""A security's price stated as "The issue price will be", "an offering price of"."""


def is_bond_price(clause: str, value: float | None) -> bool:
    """True for a bond's price in percent of par ("priced at 101.5 pct").

    Near par (80 to 130) any bond word before "at", "of" or "to" will do; below it only an issue
    "priced at" (a zero coupon eurobond "is priced at 53-1/2 pct"), since a coupon or yield of
    some pct is written "at 7-1/2 pct" too but never "priced at" one.
    """
    if value is None:
        return False
    if _DEEP_DISCOUNT <= value < 80:
        return _ISSUE_PRICED_AT.search(clause) is not None
    if not 80 <= value <= 130:
        return False
    if _PRICE_WILL_BE.search(clause) is not None:
        return True  # "The issue price will be 101.75 pct of the principal"
    return _BOND_WORDS.search(clause) is not None and clause.rstrip().lower().endswith(("at", "of", "to"))


_NAMED_RATE = patterns.led_by(
    "achijlrsuy",
    r"(?i)\b(?:rates?|yields?|inflation|unemployment|jobless|coupons?|libor|(?-i:APR|AER|APY|CPI|RPI|HICP)|"
    r"(?:(?<=the\s)|(?<=a\s)|(?<=its\s)|(?<=yield\s)|(?<=credit\s))spreads?)\b",
)
_SECURITY_AFTER = re.compile(
    r"(?i)\s*(?:\w+\s+){0,3}?(?:bonds?|notes?|debentures?|eurobonds?|preferred|gilts?|coupon|"
    r"securities|loan stock|bills?|paper|certificates?|cds?)\b"
)
_FEE_WORDS = patterns.led_by(
    "cfmsu", r"(?i)\b(?:fees?|commissions?|concessions?|management|underwriting|selling|utili[sz]ation)\b"
)


def names_rate(subject: str) -> bool:
    """True when ``subject`` names a rate ("unemployment rate", "yield", "inflation")."""
    return _NAMED_RATE.search(subject) is not None or subject.lower().endswith(("spread", "spreads"))


def mentions_rate(text: str) -> bool:
    """True when ``text`` names a rate, yield, tax or growth ("mortgage rate", "GDP growth")."""
    return _RATE_WORDS.search(text) is not None


def is_fee(clause: str) -> bool:
    """True when the words before a percent name a fee or concession ("a management fee of")."""
    return _FEE_WORDS.search(clause[-60:]) is not None


_SECURITY_YIELDED = patterns.led_by(
    "bcdegilnpst",
    r"(?i)\b(?:bills?|notes?|bonds?|issues?|debentures?|securities|paper|gilts?|treasur(?:y|ies)|"
    r"certificates?|cds?|eurobonds?|long\s+bond)\b[^;:]{0,60}?\byield(?:ed|ing)\b",
)
"""A security that "yielded" or is "yielding" so much: "The three-month bills yielded an average 7.32
pct", "the new notes are yielding 8.43 pct"; what else yields ("The program yielded 45 pct more oil")
names no security."""


_MARGIN_OVER = re.compile(
    r"(?i)\s*(?:over|above|under|below)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?"
    r"(?:libor|sibor|pibor|hibor|euribor|sofr|prime|london\s+inter-?bank|inter-?bank\s+offered|treasur(?:y|ies)|gilts|bunds)\b"
)
"""A margin or spread over a reference rate or benchmark: "25 basis points over the three month London
Interbank Offered Rate", "3/16 pct over Libor", "75 basis points over Treasuries"."""


_MARGIN_BEFORE = re.compile(
    r"(?i)(?<!profit\s)(?<!pretax\s)(?<!operating\s)(?<!gross\s)(?<!trading\s)\bmargins?"
    r"(?:\s+[\w-]+){0,3}?\s+(?:of|at|to|is|was|be)\s+(?:about\s+|around\s+|only\s+)?$"
)
"""A loan's margin before its figure ("at a margin of 15 basis points"), not a profit margin."""
_MARGIN_AFTER = re.compile(r"\s*(?:margin|spread)s?\b")
"""A margin or spread named right after the figure ("13/16 pct margin")."""
_LOAN_WORDS = re.compile(
    r"(?i)\b(?:loans?|credits?|debts?|lenders?|libor|rescheduling|rescheduled|drawings?|facility|"
    r"borrow(?:er|ers|ing|ings)?|bank\s+bill)\b"
)
"""A loan's margin or spread, which wire copy quotes bare ("a margin of 7/8 pct", "the 13/16 pct
margin", "a one pct spread") in stories of loans, credits, debt reschedulings and facilities."""


def loan_margin(clause: str, after: str) -> bool:
    """True for a margin or spread of a loan: the figure's own margin in a sentence about lending."""
    if _MARGIN_BEFORE.search(clause[-60:]) is None and _MARGIN_AFTER.match(after) is None:
        return False
    before = clause[-60:].lower()
    if any(word in before for word in ("profit", "pretax", "operating", "gross", "vote", "majority")):
        return False
    return _LOAN_WORDS.search(clause[-200:]) is not None or _LOAN_WORDS.search(after[:120]) is not None


def is_rate(clause: str, after: str) -> bool:
    """True when a percent is the level or change of a named rate, not a share of a whole.

    A coupon is a rate ("a 7-1/2 pct bond", "paying five pct"); so is a percent that a
    named rate takes ("the unemployment rate was 3.9 pct of the workforce"). A fee in
    basis points is not ("a management fee of 25 basis points").
    """
    lowered = clause.lower() if clause.isascii() else None
    if _cued(lowered, _FEE_CUES, 60) and is_fee(clause):
        return False
    if _SECURITY_AFTER.match(after) or _MARGIN_OVER.match(after):
        return True
    if _cued(lowered, _NAMED_RATE_CUES, 80) and _NAMED_RATE.search(clause[-80:]):
        return True
    if (
        _cued(lowered, _YIELDED_CUES, 120)
        and _SECURITY_YIELDED.search(clause[-120:])
        and not _SHARE_OF_WHOLE.match(after)
    ):
        return True
    if _SHARE_OF_WHOLE.match(after):
        return False
    if _cued(lowered, _RATE_CUES, 0) and _RATE_WORDS.search(clause) is not None:
        return True
    return _RATE_WORDS.search(after[:30]) is not None


_FEE_CUES = ("fee", "commission", "concession", "management", "underwriting", "selling", "utili")
"""What a match of :data:`_FEE_WORDS` holds, in lower case."""
_NAMED_RATE_CUES = (
    "rate", "yield", "inflation", "unemployment", "jobless", "coupon", "libor", "spread",
    "apr", "aer", "apy", "cpi", "rpi", "hicp",
)  # fmt: skip
"""What a match of :data:`_NAMED_RATE` holds, in lower case."""
_YIELDED_CUES = ("yield",)
"""What a match of :data:`_SECURITY_YIELDED` holds, in lower case."""
_RATE_CUES = (
    "rate", "inflation", "unemployment", "jobless", "yield", "coupon", "prime", "discount", "interest",
    "cpi", "rpi", "hicp", "vat", "mortgage", "libor", "growth", "gnp", "gdp", "tax", "tariff", "dut",
    "requirement",
)  # fmt: skip
"""What a match of :data:`_RATE_WORDS` holds, in lower case."""


def _cued(lowered: str | None, cues: tuple[str, ...], width: int) -> bool:
    """Whether the last ``width`` characters (all, for 0) of an ASCII clause lower-cased hold one of
    ``cues``: without one, the case-blind search those cues stand for cannot match (in ASCII text,
    case-blind matching is matching the lower-cased text), so is_rate skips it. ``None`` (a clause
    with other than ASCII) is always cued."""
    if lowered is None:
        return True
    tail = lowered[-width:] if width else lowered
    return any(cue in tail for cue in cues)


_FRACTION_LEVEL = r"(?:\d{1,2}-\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,4}/\d{1,4})"
_WIRE_FRACTION = re.compile(
    r"^(?:between\s+)?(?:"
    + HEDGE
    + r"\s+)?(?:"
    + _FRACTION_LEVEL
    + r"(?:\s+(?:to|and)\s+(?:"
    + _FRACTION_LEVEL
    + r"|\d{1,2}))?|(?:\d{1,2}|[a-z]+)\s+(?:to|and)\s+"
    + _FRACTION_LEVEL
    + r")\s*(?:pct|%|per\s*cent|percent)?$",
    re.IGNORECASE,
)
"""A level in wire eighths ("10-13/16 pct"), a two-way quote ("5.81/80 pct"), or a range with such an end
("6-3/16 to 6-1/8 pct", "five to 5-1/4 pct")."""
_LEVEL_AT = re.compile(
    r"(?i)\b(?:at|to|from|rang(?:ed|es?|ing)|range\s+of)\s+(?:(?:" + HEDGE + r"|an?|the)\s+)?$"
)


def is_fraction_level(surface: str, clause: str, after: str) -> bool:
    """True for a level quoted in wire eighths or sixteenths "at 10-13/16 pct", "to 14-1/2 pct", or
    as a two-way bid/offer "at 5.81/80 pct".

    Money-market and bond desks quote interest rates and yields so; a share of a whole or a
    change is written in decimals ("rose 3.5 pct") or names what it is of ("a 12-1/2 pct stake").
    """
    if _WIRE_FRACTION.match(surface) is None or not _LEVEL_AT.search(clause[-24:]):
        return False
    return _SHARE_OF_WHOLE.match(after) is None and not is_fee(clause)


def names_index(text: str) -> bool:
    """True when ``text`` names a market index ("FTSE 100", "the Dow", "S&P 500")."""
    return _INDEX_WORDS.search(text) is not None


def is_index_level(clause: str, value: float | None) -> bool:
    """True for a bare number beside a market index: its level or move in points."""
    return value is not None and abs(value) >= 10 and _INDEX_WORDS.search(clause) is not None


_OLDEST_BOUND = 100
"""An age group ends below this: "Women over 50", "children under five"; "Fans over 100 were
arrested" counts the fans, as "over 1,000" would (and a bound of a hundred or more is as a rule a
count of people, not a group of centenarians)."""
_TURN_SKIP_WORDS = """
    has have had will would could may might just recently only already also finally soon then to is was
    are were set due about be
"""
_TURN_SKIP = frozenset(_TURN_SKIP_WORDS.split())
"""Auxiliaries and adverbs between who turns an age and the verb: "Smith, who has just turned 60"."""
_TURN_PRONOUNS = frozenset(["he", "she", "i", "we", "you", "they", "who"])
_NOT_TURNER_WORDS = """
    the a an its his her their this that these those in on at by and but when as after before
"""
_NOT_TURNER = frozenset(_NOT_TURNER_WORDS.split())
"""Capitalised words that open a sentence and name no one: "The index turned 5"."""


def _person_turns(before: str) -> bool:
    """True when a person turns the age after ``before`` (the text up to "turned"): "He turned 60",
    "The singer turned 60", "Smith, who has turned 44", "Turning 60, she"; not "The index turned 5".

    The word before the verb (past auxiliaries and adverbs) is who turns: a pronoun for a person,
    a noun for a person, or a capitalised name that is no company, index or body's ("Lloyd U.
    Noland Jr. turns 70": the suffix is read past).
    """
    words = [word.strip(",;:()\"'’") for word in before.split()]
    words = [word for word in words if word and word.lower() not in _TURN_SKIP and word not in NAME_SUFFIXES]
    if not words:
        return not before.strip()  # "Turning 60, she ...": the person follows the clause
    word = words[-1].removesuffix("'s")
    lower = word.lower()
    if lower in _TURN_PRONOUNS or is_person_noun(lower):
        return True
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower not in _NOT_TURNER
        and _NOT_PERSON_NAME.search(word) is None
    )


_OLDEST_THING = 10_000
"""Above this a hyphenated "-year-old" is no age ("the 4.5-billion-year-old planet" is read
elsewhere); "years old" written apart still is, up to :data:`_OLDEST_WRITTEN`."""
_OLDEST_WRITTEN = 10_000_000
"""The bound when the text says "years old" in words ("at least 71,300 years old"): a find's age."""


def is_age(text: str, start: int, end: int, lo: int, hi: int, value: float | None) -> int | None:
    """Where the age ends when the number at ``start:end`` is an age ("44-year-old", "Hague, 44,")."""
    if value is None or not 0 < value < _OLDEST_WRITTEN:
        return None
    after = _AGE_AFTER.match(text, end, hi)
    if after is None and _PERIOD_END.search(text, start, end):
        after = _OLDER.match(text, end, hi)  # "about 3,500 years older than the previous record"
    if after is not None and "year" not in after.group().lower() and not _PERIOD_END.search(text, start, end):
        after = None  # "its two old DC-10s": "old" after a bare count is no age; "a 6-month-old" is
    if after is not None and (value < _OLDEST_THING or " " in text[after.start() : after.end()]):
        return after.end()  # "a 15-year-old", "the 6-1/2-year-old war", "at least 71,300 years old"
    if value >= _OLDEST_THING:
        return None
    if value >= 125:
        return None  # a person is younger: "Hague, 44,"; only "-year-old" says a thing's greater age
    if value != int(value):
        return None
    before = text[max(lo, start - 40) : start]
    aged = _aged_before(before)
    if (
        aged is not None
        and (aged.group().lower().startswith("aged") or _AGE_FOLLOW.match(text, end, hi))
        and (not aged.group().lower().startswith("turn") or _person_turns(before[: aged.start()]))
    ):
        return end  # "died at 87 in Paris", "turns 66 soon"; not "turned seven departments into"
    if _AGE_FOLLOW.match(text, end, hi) and _SUPERLATIVE_AT.search(text, max(lo, start - 70), start):
        return end  # "She became the youngest mayor in the city's history at 26."
    if _PRONOUN_AGE_FOLLOW.match(text, end, hi) and _PRONOUN_IS.search(before):
        return end  # "He was 19 when he joined the club", "She is 34."
    bound = AGE_BOUND.match(text, start, end)
    if (
        bound is not None
        and value < _OLDEST_BOUND
        and " " not in text[bound.end() : end]
        and _AGE_BOUND_FOLLOW.match(text, end, hi)
        and bounded_person(before) is not None
    ):
        return end  # "Women over 50 are invited for screening"
    if text.startswith(",", end) and text[lo:start].strip().lower() == "age":
        return end  # "Age 42, he was the oldest player": an age opening its sentence
    # anchored tests before searches here and above: is_age runs for every small whole number
    paren = _AGE_PAREN.search(before) if text.startswith(")", end) else None
    if paren is not None and not _NOT_PERSON_NAME.search(paren.group()):
        return end  # "Police named him as Tom Brown (42)."
    if text.startswith(".", end) and _SAID_NAME_COMMA.search(before) and _FINAL_STOP.fullmatch(text, end, hi):
        return end  # '"I have waited 14 months," said Jean Roy, 71.': the speaker's age ends the sentence
    lead = _COMMA_AGE_LEAD.search(before)
    if lead is not None:
        before = before[: lead.start()] + ", "  # "The singer, who is 62,", "Mr Tanaka, now 58,"
    if _AGE_COMMA.search(before) and _AGE_END.match(text, end, hi):
        name = before.rstrip(", ").split()
        if name and name[-1][:1].isupper() and name[-1].isalpha() and len(name[-1]) > 2:
            return end
        if len(name) > 1 and name[-1] in NAME_SUFFIXES and name[-2][:1].isupper():
            return end  # "John Smith Jr, 54,": a suffix ends the name
        person = _PERSON_BEFORE.search(before)
        if person is not None and is_person_noun(person.group("noun")):
            return end  # "A man, 34, was charged", "a pensioner from Lisburn, 71,"
        if _TITLE_BEFORE.search(before):
            return end  # "The chairman, 71, will step down": a title is a person
    return None
