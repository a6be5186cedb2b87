"""Hedges and changes around a number: "around", "more than", "or so", "rose ... by".

A hedge never changes the stated number: it sets the qualifier and the bounds.
"more than 200" keeps value 200 with low 200 and no high; "around 2,500" keeps
value 2,500 with low = high = 2,500 (no invented plus-or-minus band, so the
table never holds a number the story did not print).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.extract import context

_BEFORE: dict[str, str] = {
    "around": "approximate",
    "about": "approximate",
    "some": "approximate",
    "roughly": "approximate",
    "approximately": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "close to": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "circa": "approximate",
    "approx.": "approximate",
    "just about": "approximate",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "above": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "just above": "more_than",
    "well above": "more_than",
    "more then": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
    "just below": "less_than",
    "well under": "less_than",
    "well below": "less_than",
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "not more than": "at_most",
    "as high as": "at_most",
}

_LONGEST = max(len(key.split()) for key in _BEFORE)

HEDGE_WORDS = (
    "about",
    "around",
    "some",
    "roughly",
    "nearly",
    "almost",
    "an estimated",
    "more than",
    "over",
    "less than",
    "under",
    "at least",
    "up to",
    "just",
    "only",
)
"""The hedges that may stand between a cue and its figure: "worth about £2,000", "fell by nearly 5%",
"sold for more than $1bn", "lasting just 33 days".

The one list of them, so that every cue reads "about" and "just" alike: the cue patterns of
:mod:`describe`, :mod:`subjects` and :mod:`kinds` skip them through :data:`HEDGE` (words a pattern
skips only in its own context, "a record", "a revised", "another", stay next to it there); the
patterns of :mod:`subjects` and :mod:`entities` that never see the figure use the subset
:data:`OPENING_HEDGE_WORDS`. Each but "just" and "only" (which leave the figure exact) is a key of
``_BEFORE``, which reads what the hedge makes of the figure."""


def _alternation(words: tuple[str, ...]) -> str:
    """A non-capturing regex alternation of ``words``, their inner spaces as ``\\s+``."""
    return "(?:" + "|".join(word.replace(" ", r"\s+") for word in words) + ")"


HEDGE = _alternation(HEDGE_WORDS)
"""Any one of :data:`HEDGE_WORDS` as a regex fragment, without the space after it."""

OPENING_HEDGE_WORDS = ("about", "some", "more than", "up to")
"""The hedges of :data:`HEDGE_WORDS` that open a figure's phrase where a pattern looks no further
than the word: the others are as often a preposition or an adverb there ("soft loans over the next
three years", "stockholders around the country", "and only one to make war")."""
OPENING_HEDGE = _alternation(OPENING_HEDGE_WORDS)
"""Any one of :data:`OPENING_HEDGE_WORDS` as a regex fragment."""

QUALIFIER_AFTER = re.compile(
    r"\s*(?:,\s*)?(?P<q>or\s+so|or\s+more|or\s+less|or\s+fewer|plus|odd)\b(?!-)"
    r"|(?P<dash>-plus)\b"
)
"""A hedge right after the number: "200 or so", "100 or more", "a 1,000-plus crowd"."""

_AFTER: dict[str, str] = {
    "or so": "approximate",
    "or more": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "plus": "more_than",
    "odd": "approximate",
    "-plus": "more_than",
}

_UP_WORDS = """
    rose rise rises rising risen up increased increase increases increasing gained gains gain
    climbed climbs climbing jumped jumps jumping soared soars surged surges grew grows growing
    advanced advances added adds rallied higher raised boosted widened grow adding add extra
    rebounded rebounds rebounding expanded expands leapt leaped rocketed spiked firmed strengthened
    gaining soaring surging rallying climb jump soar surge hike hikes hiked hiking appreciated
    grown advancing rallies expanding widening widens
"""
_UP = frozenset(_UP_WORDS.split())
_DOWN_WORDS = """
    fell falls fall falling fallen down dropped drops drop dropping declined declines decline
    declining decreased decreases decrease lost loses losing slipped slips slid slides plunged
    plunges plummeted tumbled tumbles eased eases easing shed sheds shrank shrinks contracted lower
    cut cuts reduced narrowed sank sinks dipped dips retreated slumped slumps slashed slashes
    trimmed cutting slice sliced weakened softened dived dove skidded sagged tanked tumbling plunging
    sliding slumping plummeting shrinking shrink shrunk plunge tumble slump sink slide dip slash
    axe axed axes axing eliminate eliminates eliminated eliminating depreciated depreciates
    slipping dipping sinking sunk retreating retreats narrowing narrows contracting
"""
_DOWN = frozenset(_DOWN_WORDS.split())
CHANGE_WORDS = _UP | _DOWN
"""Every word that says a figure went up or down ("rising", "cutting"), for modules that must tell a
change word from a noun."""
_FILLERS_WORDS = """
    by a an some another further total of nearly almost about around roughly more than less over
    only just estimated record sharp steep slight modest average revised
"""
_FILLERS = frozenset(_FILLERS_WORDS.split())
_MAX_FILLERS = 4

CHANGE_AFTER = re.compile(
    r"\s*(?P<word>(?!(?:and|or|but|of|the|a|an|to|in|on|at|for|from|with|by|than|as|its|their|his|her|vs|"
    r"versus|against|compared)\b)[a-z][a-z-]*\s+)?"
    r"(?i:(?P<up>rise|increase|(?P<gain>gain)|jump|growth|hike|surge|climb|advance|rebound)"
    r"|(?P<down>fall|drop|decline|decrease|(?P<loss>loss)|cut|slump|plunge|reduction|contraction|dip|slide))\b"
)
"""A change noun after the quantity, or after one word naming what changed: "a 5 pct rise",
"a 4.3% pay rise", "a 10 pct price cut"."""


class Hedge(NamedTuple):
    """A qualifier found in the text and where its words start or end."""

    qualifier: str
    position: int


class Before(NamedTuple):
    """What the words before a number say about it.

    Attributes:
        hedge: The hedge right before the number ("around"), if any.
        change: "up"/"down" when a change verb governs it ("rose", "fell by").
        level: True when "to", "from" or "at" comes first: a level, not a change.
        counted: True when the change holds for a bare count too ("cut 1,100 jobs", "fell by 26,000").
        verb: The word the number follows (past hedges and fillers), when no "by" or "or" comes between.
        unit_word: For a change carried over "and" ("rises of 2.0 pct in May and 0.9 pct"), the word
            after the first figure: the second must end with it to share the change.
        stood: True for a level a verb of being puts "at" ("stood at 4.1%"): one an ", up from"
            after it compares with its old value.
    """

    hedge: Hedge | None
    change: str | None
    level: bool
    counted: bool = False
    verb: str | None = None
    unit_word: str | None = None
    stood: bool = False


def read_before(text: str, lo: int, start: int) -> Before:
    """Hedge, change and level for the number at ``start``, from one look at the words before it."""
    last = context.last_word(text, lo, start)
    if last is None or last.lower not in _TRIGGERS:
        return _NOTHING
    words = context.words_before(text, lo, start, _MAX_FILLERS + 1, reach=60)
    found = context.phrase_before(words, _BEFORE, _LONGEST) if last.lower in _HEDGE_ENDS else None
    hedge = Hedge(*found) if found else None
    rest = words if hedge is None else [w for w in words if w.start < hedge.position]
    if (
        hedge is not None
        and hedge.qualifier == "at_most"
        and rest
        and _MOVED_UP.fullmatch(rest[-1].lower)
        and rest[-1].lower not in _DOWN
    ):
        return Before(None, None, True)  # "edged up to 2.957 marks", "revised up to 3.1 pct": a level
    level = bool(rest) and rest[-1].lower in ("to", "from", "at")
    if level:
        stood = rest[-1].lower == "at" and len(rest) > 1 and rest[-2].lower in _STOOD
        return Before(hedge, None, level, stood=stood)
    by_hedge = hedge is not None and bool(rest) and rest[-1].lower == "by"  # "fall by as much as 5%"
    moved = (
        hedge is not None
        and bool(rest)
        and _direction(rest[-1].lower) is not None
        and _LEVEL_HEDGE.match(text, hedge.position) is None
        and rest[-1].lower not in _NOUNS  # "a capital gain in excess of 800,000 dlrs": an amount
        and not (rest[-1].lower.endswith("s") and text.startswith("up", hedge.position))
    )  # "swingline advances up to 50 mln dlrs": a plural noun before "up to" is no verb
    # "could climb as much as 10%", "shed up to 3,000 posts": the verb before the hedge governs it
    change, counted, verb, unit_word = _change(text, lo, rest if by_hedge or moved else words)
    return Before(hedge, change, False, counted, verb, unit_word)


_LEVEL_HEDGE = re.compile(r"(?i)(?:just\s+|well\s+)?(?:as\s+high\s+as|above|below|under|close\s+to)\b")
"""Hedges that make the figure a level the move reached or crossed: "rose as high as $2,100",
"fell below 1.20 dollars", "rose close to eight pct"; not "as much as", "up to", which bound the
move itself."""

_STOOD = frozenset(["stood", "stands", "was", "is", "were", "are"])
"""Words before "at" that set a level an ", up from" compares: "stood at 4.1%, up from 3.9%"."""

_MOVED_UP = re.compile(r"[a-z]+ed|went|shot|crept|came|moves?|goes")
"""A verb before "up to": the number is the level it moved up to, not a ceiling ("shed up to 1,500
jobs" is a ceiling: no falling verb moves up)."""


_NOTHING = Before(None, None, False)
_HEDGE_ENDS = frozenset(key.split()[-1] for key in _BEFORE)
"""Last words of the hedges: only these can end one, so other words skip the phrase look-up."""


_NOUNS_DOWN = frozenset(["reduction", "reductions"])
"""Falling nouns read only before their figure ("a reduction of 12%"), kept out of
:data:`CHANGE_WORDS` so the subject rules see them as before."""

_Found = tuple[str | None, bool, str | None, str | None]


_BOOKED = frozenset(
    ["pretax", "pre-tax", "includes", "include", "included", "including", "extraordinary", "capital",
     "tax", "after-tax", "one-time", "nonrecurring", "non-recurring", "investment", "currency"]
)  # fmt: skip
"""Words before "gain" that make it an amount booked in results ("includes gain 96,000 dlrs", "a
pretax gain of 4.3 mln dlrs on the sale"), not a rise."""


def _direction(word: str) -> str | None:
    """ "up" for a rising word ("rose", "added"), "down" for a falling one ("fell", "cut"), else None."""
    return "up" if word in _UP else "down" if word in _DOWN or word in _NOUNS_DOWN else None


def _change(text: str, lo: int, words: list[context.Word]) -> _Found:
    """Direction, whether it holds for a bare count, the word the number follows, and the unit word
    a list item must share (see :class:`Before`)."""
    i = len(words) - 1
    while i >= 0 and words[i].lower in _FILLERS and len(words) - i <= _MAX_FILLERS:
        i -= 1
    if i >= 0 and words[i].lower in _EXTRA:
        j = i - 1  # "spend an extra €1.3 billion": the verb before "extra" says whether it is a move
        while j >= 0 and words[j].lower in _FILLERS and i - j <= _MAX_FILLERS:
            j -= 1
        if j >= 0 and words[j].lower in _OUTLAYS:
            return None, False, None, None
    if i < 0:
        return None, False, None, None
    verb = words[i].lower
    if verb in _LOSES and i == len(words) - 1:
        held = _HELD_AFTER.match(text, words[-1].end)
        return ("down", True, verb, None) if held is not None else ("down", False, verb, None)
    if verb in _COSTS:
        job = _JOBS_AFTER.match(text, words[-1].end)
        return ("down", True, verb, None) if job is not None else (None, False, verb, None)
    by_word = next((word for word in words[i + 1 :] if word.lower == "by"), None)
    by = by_word is not None
    direction = _direction(verb)
    if direction is not None:
        if verb in ("gain", "gains") and i > 0 and words[i - 1].lower in _BOOKED:
            return None, False, None, None  # "includes gain 96,000 dlrs", "pretax gain of": an item, no move
        if verb in ("up", "down") and i > 0 and words[i - 1].lower in _PHRASAL:
            return None, False, None, None  # "made up 40 pct of", "holding up $9.6bn of trade"
        if verb == "up" and i > 0 and words[i - 1].lower in _GAVE:
            return "down", False, words[i - 1].lower, None  # "the shares gave up 7%": a loss
        if i > 0 and _negated(words, i):
            return None, False, None, None  # "did not rise 5%", "failed to gain 10%": no move stated
        counted = (
            (by and verb not in _NOT_BY and not verb.endswith("s"))
            or (
                all(word.lower in _HEDGE_FILLERS for word in words[i + 1 :])
                and verb in _COUNT_VERBS
                and (i == 0 or words[i - 1].lower not in _SPEAKERS)
            )
            or (
                i == len(words) - 1
                and verb in ("up", "down")
                and text.find(",", max(lo, words[i].start - 2), words[i].start) >= 0
            )  # "123 million people ..., up 7 million": a count's change after its comma
            or (verb in _COUNT_NOUNS and any(word.lower == "of" for word in words[i + 1 :]))
        )
        return direction, counted, None if by else verb, None
    if by_word is not None and verb in _COMPARATIVES and by_word.start > words[i].start:
        return _COMPARATIVES[verb], True, None, None  # "cheaper by 8p", "stronger by 2%"
    if by_word is not None:
        return _verb_then_by(text, lo, by_word.start), True, None, None
    if verb == "or":
        return _or_change(text, lo, words[i].start), False, None, None
    if verb == "and":
        return _and_change(text, lo, words[i].start)
    if verb == "off" and i > 0 and words[i - 1].lower in _OFF_VERBS:
        return "down", True, None, None  # "knocked off 1.5 points"
    if verb in ("rate", "pace"):
        return _at_a_rate(text, lo, words[i].start), False, None, None
    return None, False, verb if i == len(words) - 1 or verb not in _CLOSES else None, None


_GAVE = frozenset(["give", "gives", "gave", "given", "giving"])
"""Verbs whose "up" is a loss: "gave up 7%"."""

_NEGATIONS = frozenset(["not", "never", "didn't", "didnt", "won't", "wont"])
_FAILS = frozenset(["failed", "fails", "fail"])


def _negated(words: list[context.Word], i: int) -> bool:
    """True when a negation stands right before the change verb at ``i`` ("did not rise", "failed to
    gain", "never fell")."""
    before = words[i - 1].lower
    if before in _NEGATIONS:
        return True
    return before == "to" and i > 1 and words[i - 2].lower in _FAILS


_COUNT_NOUNS_WORDS = """
    cut cuts increase increases rise rises drop drops fall falls decline declines decrease decreases
    reduction reductions
    """
_COUNT_NOUNS = frozenset(_COUNT_NOUNS_WORDS.split())
"""Change nouns whose "of" figure is the change of a count too: "cuts of 2,500 posts"."""

_COMPARATIVES: dict[str, str] = {
    "cheaper": "down",
    "weaker": "down",
    "softer": "down",
    "smaller": "down",
    "dearer": "up",
    "stronger": "up",
    "firmer": "up",
    "bigger": "up",
    "larger": "up",
}
"""Comparatives that state a change of the figure after "by": "cheaper by 8p a litre"."""

_HEDGE_FILLERS_WORDS = """
    about around some roughly nearly almost an estimated more than over less just only another further
    up to as many
    """
_HEDGE_FILLERS = frozenset(_HEDGE_FILLERS_WORDS.split())
"""Hedges that may stand between a count verb and its count: "will cut about 1,000 jobs", "shed up to
3,000 posts" are cuts of the count as much as "cut 1,000 jobs"."""

_EXTRA = frozenset(["extra", "additional"])
"""An amount on top of another, read by the verb before it (:data:`_OUTLAYS`)."""

_OUTLAYS_WORDS = """
    spend spends spent spending invest invests invested investing allocate allocates allocated
    allocating earmark earmarks earmarked earmarking hire hires hired hiring borrow borrows borrowed
    borrowing recruit recruits recruited recruiting deploy deploys deployed deploying
    """
_OUTLAYS = frozenset(_OUTLAYS_WORDS.split())
"""Verbs of an outlay: after them an "extra" sum or count is what is spent or hired, no move of a
level ("spend an extra €1.3 billion on housing"); after others the extra is a rise ("schools will
receive an extra £180 per pupil", "would bring in an extra 1.3 billion bolivars")."""

_LOSES = frozenset(["lost", "losing", "lose", "loses"])
_HELD_AFTER = re.compile(
    r"\s+[\d.,]+(?:\s+(?:million|mln|thousand|billion))?(?:\s+[a-z-]+)?\s+(?:subscribers|customers|users|"
    r"members|clients|viewers|listeners|readers|followers|accounts|passengers|seats|jobs|employees|"
    r"workers|staff|nurses|teachers|doctors|drivers)\b"
)
"""A count a body holds, whose loss is a fall of it: "lost 200,000 subscribers", "losing 40,000
customers a month"; "has lost more than 3,000 tanks" counts what was destroyed, no level."""

_COSTS = frozenset(["cost", "costs", "costing"])
"""Verbs of a price, or of a loss when the cost is counted in jobs: "costing about 31,000 jobs"."""

_JOBS_AFTER = re.compile(
    r"\s+[\d.,]+(?:\s+(?:million|mln|thousand|billion))?(?:\s+[a-z-]+)?"
    r"\s+(?:jobs|positions|posts|roles|livelihoods)\b"
)
"""The rest of a count of jobs after its first digits: "31,000 jobs", "12,000 farm jobs"."""

_PHRASAL_WORDS = """
    hold holds held holding make makes made making set sets setting put puts putting shut shuts
    shutting open opens opened opening take takes took taking turn turns turned turning
    """
_PHRASAL = frozenset(_PHRASAL_WORDS.split())
"""Verbs whose "up"/"down" is a particle, not a change: "made up 40 pct", "held up $9bn"."""

_NOT_BY = frozenset(["up", "down", "higher", "lower", "lost", "loses", "losing", "lose"])
"""Change words that do not govern a "by" figure as a change: "lost by 12 votes" is a margin."""

_SPEAKERS = frozenset(["he", "she", "they", "spokesman", "spokeswoman", "official", "officials"])
"""Who "added" before a quote: "He added nine other states backed the plan" is speech, not a change."""

_COUNT_VERBS_WORDS = """
    cut cuts cutting shed sheds shedding slash slashes slashed slashing eliminate eliminates
    eliminated eliminating added adds adding add axe axed axes axing
    """
_COUNT_VERBS = frozenset(_COUNT_VERBS_WORDS.split())
"""Verbs that change a bare count they govern directly: "cut 1,100 jobs", "added 175,000 jobs"."""

_CLOSES = frozenset(["close", "closes", "closing", "shut", "shuts", "shutting"])
"""Verbs that take a bare count away: "will close 25 stores" ("closed 5 pct higher" is a price)."""

_CLOSED_THING = re.compile(
    r"\s+(?!(?:to|and|or|at|from|in|on|higher|lower|up|down|points?|pct|percent|cents?)\b)[a-z]"
)
"""The closed things are named: "close 11 plants", not "close 3.10 to 0.10 dlrs" (a price)."""

_OFF_VERBS_WORDS = """
    knock knocks knocked knocking wipe wipes wiped wiping shave shaves shaved shaving take takes
    took taking lop lops lopped lopping chop chops chopped chopping cut cuts cutting lay lays laid
    laying
    """
_OFF_VERBS = frozenset(_OFF_VERBS_WORDS.split())
_OFF_AFTER = re.compile(r"\s+off\b")
"""A figure taken away: "knocked off 1.5 points", "wiping $1bn off its value"."""

_TRIGGERS = frozenset(
    {key.split()[-1] for key in _BEFORE}
    | _FILLERS
    | _UP
    | _DOWN
    | _CLOSES
    | _OFF_VERBS
    | _EXTRA
    | _COSTS
    | _NOUNS_DOWN
    | {"to", "from", "at", "or", "off", "and"}
)

_BY_UP_WORDS = """
    raise raises raising raised increase increases increased increasing boost boosts boosted
    boosting lift lifts lifted lifting grow grows grew rise rises rose risen hike hikes hiked hiking
    widen widens widening expand expands expanding
    """
_BY_UP = frozenset(_BY_UP_WORDS.split())
_BY_DOWN_WORDS = """
    lower lowers lowered lowering cut cuts cutting reduce reduces reduced reducing slash slashes
    slashed slashing slice slices sliced trim trims trimmed trimming decrease decreases decreased
    devalue devalues devalued devaluing narrow narrows narrowing shrink shrinks shrinking
    """
_BY_DOWN = frozenset(_BY_DOWN_WORDS.split())
_BY_STOPS_WORDS = """
    and but or which that who while after when as because than since if though although
    """
_BY_STOPS = frozenset(_BY_STOPS_WORDS.split())
_AGENT = frozenset(["hit", "led", "won", "beat", "set", "held", "made", "paid", "bought", "sold", "by"])


def _verb_then_by(text: str, lo: int, by_start: int) -> str | None:
    """ "cut the prime rate by 10 basis points", "raise council tax by 9.99%": the verb governs the figure."""
    words = context.words_before(text, lo, by_start, 9, reach=90)
    if not words:
        return None
    last = words[-1].lower
    if last in _AGENT or last.endswith(("ed", "en", "ing")) or not last.isalpha():
        return None  # "hit by", "driven by", "backed by 35 aircraft": an agent, not a change
    for word in reversed(words[:-1]):
        lower = word.lower
        if lower in _BY_UP:
            return "up"
        if lower in _BY_DOWN:
            return "down"
        if lower in _BY_STOPS or not lower[-1:].isalnum():
            return None
    return None


_RATE_WORDS = frozenset(
    ["at", "a", "an", "annual", "annualised", "annualized", "yearly", "seasonally", "adjusted"]
)


def _at_a_rate(text: str, lo: int, rate_start: int) -> str | None:
    """ "grew at an annual rate of 4.9%": the verb before "at" governs the rate."""
    words = context.words_before(text, lo, rate_start, 6, reach=60)
    seen_at = False
    for word in reversed(words):
        if word.lower in _RATE_WORDS:
            seen_at = seen_at or word.lower == "at"
            continue
        if not seen_at:
            return None
        return _direction(word.lower)
    return None


_AND_STOPS = frozenset(["which", "that", "while", "but", "to", "from", "at", "with", "vs", "against"])


def _and_change(text: str, lo: int, and_start: int) -> _Found:
    """ "increases of 2.0 pct in January and 0.9 pct a year ago": the list shares its change."""
    words = context.words_before(text, lo, and_start, 8, reach=70)
    for k in range(len(words) - 1, 0, -1):
        lower = words[k].lower
        if lower[-1:] in ",;:)" or lower in _AND_STOPS:
            return None, False, None, None
        core = lower.lstrip("$£€")
        if not core[:1].isdigit():
            continue
        suffix = core.lstrip("0123456789.,")  # "4%", "$9.1bn": the unit is glued to the figure
        if not suffix and k + 1 >= len(words):
            return None, False, None, None
        j = k - 1
        while j >= 0 and words[j].lower in _FILLERS:
            j -= 1
        before = words[j].lower if j >= 0 else ""
        direction = _direction(before)
        if direction is None or before in _NOUNS:
            return None, False, None, None
        return direction, False, None, suffix or words[k + 1].lower
    return None, False, None, None


_NOUNS = frozenset(["gain", "gains", "loss", "losses"])


def _or_change(text: str, lo: int, or_start: int) -> str | None:
    """ "fell 412.6 points, or 1.1%", "up 16 pct or 17.4 mln dlrs": the same change in other terms."""
    words = context.words_before(text, lo, or_start, 6, reach=60)
    for k in range(len(words) - 1, max(len(words) - 4, 0), -1):
        if any(c.isdigit() for c in words[k].lower):
            before = words[k - 1].lower
            if before in _NOUNS:
                return None  # "tax gain 500,000 dlrs, or 19 cts a share": an amount, not a change
            return _direction(before)
    return None


_MOVES = frozenset(
    [
        "raise",
        "raises",
        "raising",
        "lower",
        "lowers",
        "lowering",
        "change",
        "changed",
        "changes",
        "moved",
        "move",
        "moves",
        "went",
        "go",
        "goes",
        "revised",
        "revise",
        "upgraded",
        "downgraded",
        "extend",
        "extended",
        "shorten",
        "shortened",
    ]
)


def change_verb_in(text: str, lo: int, end: int) -> bool:
    """True when a change verb ("rose", "cut", "raise") comes in the eight words before ``end``."""
    words = context.words_before(text, lo, end, 8, reach=80)
    return any(w.lower in _UP or w.lower in _DOWN or w.lower in _MOVES for w in words)


def last_word_before(text: str, lo: int, start: int) -> context.Word | None:
    """The word right before ``start``, if only whitespace separates them."""
    return context.last_word(text, lo, start)


def hedge_after(text: str, end: int, hi: int) -> Hedge | None:
    """The hedge that starts right after ``end`` ("or so"); position is where it ends."""
    match = QUALIFIER_AFTER.match(text, end, hi)
    if match is None:
        return None
    key = re.sub(r"\s+", " ", (match.group("q") or match.group("dash")).lower())
    return Hedge(_AFTER[key], match.end())


_COMPARED_WITH = (
    r"\s+(?:(?:the|a|an|its|their|last|year|that|those|previous|prior|levels?|prices?|forecasts?)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d)\b(?!\s+(?:pct|percent|per\s+cent)))"
)
"""What a share above or below is compared with: "the year-ago level", "levels of a year ago",
"March 1986", "1985"."""
_COMPARED_AFTER = re.compile(
    r"\s+(?i:(?P<up>higher|firmer|stronger|above(?=_COMPARED_)|up(?=_PLACE_)"
    r"|_SCORED_ahead(?=\s+of\b)|_PCT_more(?=\s+than\b))"
    r"|(?P<down>lower|less|fewer|weaker|cheaper|(?:below|under)(?=_COMPARED_)"
    r"|_SCORED_behind(?=\s+(?:the|a|an|its|their|his|her|[A-Z])\b)"
    r"|down(?=_PLACE_)))\b".replace("_PLACE_", r"\s+(?:at|on)\b|\s*[,;]")
    .replace("_COMPARED_", _COMPARED_WITH)
    .replace("_PCT_", r"(?:(?<=%\s)|(?<=percent\s)|(?<=per\scent\s)|(?<=pct\s))")
    .replace(
        "_SCORED_", r"(?:(?<=point\s)|(?<=points\s)|(?<=%\s)|(?<=percent\s)|(?<=per\scent\s)|(?<=pct\s))"
    )
)
"""A comparison after the quantity: "closed 14% lower", "0.5 pct less than", "15 pct below the",
"6% more than a year ago", "297 points down at 22,919", "5% up on last year"; a lead or a gap: "four
points ahead of the Greens" is up, "9 points behind the Conservatives" down, in points or percent
only ("3 km behind the front line" is where, no gap).
Not "over", nor "more" after basis points: "130 basis points more than Treasuries" is a spread."""


def change_after(text: str, end: int, hi: int, money: bool = False) -> str | None:
    """ "up" or "down" when a change noun or a comparison follows the quantity ("a 5 pct rise",
    "ended eight rand higher"). A sum of money before "loss" is the loss itself, not a change."""
    match = CHANGE_AFTER.match(text, end, hi)
    if match is not None and money and (match.group("loss") or (match.group("word") and match.group("gain"))):
        return None  # "a 60 mln franc loss on its flying business", "a 2.8 mln dlr extraordinary gain"
    match = match or _COMPARED_AFTER.match(text, end, hi)
    if match is None:
        return None
    return "up" if match.group("up") else "down"


_UP_FROM = re.compile(r"(?P<gap>\s+[^,;.()]{1,40}?)?,\s+(?P<dir>up|down)\s+from\s")
"""A level compared with its old value in the same clause: "70% of the city, up from about half",
"$9.1bn in the quarter, down from $11.4bn": the level is the change's result, its direction is the
change's. A figure between is read by :data:`_GAP_FIGURE`."""

_GAP_FIGURE = re.compile(r"\b(?:in|across|among|on)\s+\d[\d,]*\b|\b(?:in|of)\s+(?:19|20)\d\d\b")
"""The only figures that may stand between a level and its ", up from": a place's count ("1,274 cases
in 31 states this year, up from 58": the cases are compared, never the states) or a year ("2.1
million cars in 2023, down from"). Any other figure between is the one compared."""

_PLACE_WORDS = frozenset(["in", "across", "at", "among", "on", "over", "to", "from", "by", "with"])
"""Words before a figure that make it a place or time of the compared level, not the level. Not
"of": "a dividend of €1.40 a share, up from €1.30" is the level itself."""


def up_from_after(text: str, lo: int, start: int, end: int, hi: int, stood: bool = False) -> str | None:
    """ "up"/"down" for a level followed by ", up from" / ", down from" its old value."""
    if text.find(",", end, min(hi, end + 42)) < 0:
        return None  # the common case, read without the pattern
    match = _UP_FROM.match(text, end, hi)
    if match is None:
        return None
    if any(c.isdigit() for c in _GAP_FIGURE.sub(" ", match.group("gap") or "")):
        return None
    last = context.last_word(text, lo, start)
    if last is not None and last.lower in _PLACE_WORDS and not stood:
        return None  # "in 31 states this year, up from 58": a place phrase, not the compared level
    return match.group("dir").lower()


_COUNT_COMPARED = re.compile(
    r"\s+(?:(?P<up>more)(?=\s+(?:[a-z-]+\s+){1,2}?than\b)|(?P<down>fewer)\b(?!\s+than\b))"
)
"""A count compared with another: "340 more deaths than a year earlier", "1,500 fewer burglaries"
("5,000 fewer than forecast" is a shortfall from a forecast, read with its forecast)."""

_RANKS = re.compile(r"\s+(?:places?|spots?|positions?|notch(?:es)?|rungs?)\b")
"""Steps in a ranking: a change verb moves them ("climbed four places", "slipped two spots")."""

_PART_OF = re.compile(r"\s+of\s+(?:its|their|the|his|her|our|these|those)\b")

_PRICED = re.compile(r"\s+(?:a|an|per|to)\s")
"""What follows a price: "raised 1.75 dlrs a barrel", "raised 25 cts to 7.75 dlrs" are price changes;
"raised $120m from investors" is money collected."""


def change_of(before: Before, text: str, end: int, hi: int, kind: str | None) -> str | None:
    """The change of a quantity of ``kind`` (None for a bare count) from the words around it."""
    if before.level:
        return None
    if before.unit_word is not None:
        same = (
            kind is not None and text[max(0, end - len(before.unit_word)) : end].lower() == before.unit_word
        )
        return before.change if same else None
    if before.verb in _OFF_VERBS and _OFF_AFTER.match(text, end, hi):
        return "down"
    if before.verb in _GAVE and _PART_OF.match(text, end, hi):
        return None  # "must give up 10 pct of its interest": a part handed over, no move
    if kind is None and _PART_OF.match(text, end, hi):
        return None  # "will shut 40 of its 230 shops": a part of a whole, not a change of a count
    if kind is None or kind == "duration":
        if before.counted or (kind is None and before.verb and _RANKS.match(text, end, hi)):
            return before.change  # "climbed four places": a move in a ranking
        compared = _COUNT_COMPARED.match(text, end, hi) if kind is None else None
        if compared is not None:
            return "up" if compared.group("up") else "down"
        closed = kind is None and before.verb in _CLOSES and _CLOSED_THING.match(text, end, hi)
        return "down" if closed else None
    if before.verb == "raised" and kind == "money" and not _PRICED.match(text, end, hi):
        return None  # "raised $120m from investors", "raised about 1.8 billion stg of its funding"
    return before.change or change_after(text, end, hi, kind == "money")


def bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """Low and high bounds for a stated ``value`` under ``qualifier``.

    Exact and approximate numbers are bounded by themselves; open-ended hedges
    leave the open side as None rather than inventing a limit.
    """
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    return value, value
