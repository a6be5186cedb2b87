"""The subject of a number: the noun phrase it counts or measures.

Without a parser, the phrase is read from word shapes: after the quantity come
up to four content words, stopping at a function word, a verb-like "-ed"/"-ing"
word after the head, punctuation or another number. Three patterns steer it:

* "70 percent of the city": a measure followed by "of" measures what follows
  ("the city", determiner kept because the share is of that very thing);
* "200 of our fighters": a count followed by "of" counts the noun after the
  determiner ("fighters");
* "bags of 60 kilos": a measure with nothing after it measures the noun
  before "of" ("bags").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from transforms.extract import context, kinds, numbers, patterns, singulars
from transforms.extract.qualifiers import CHANGE_WORDS, HEDGE, HEDGE_WORDS, OPENING_HEDGE
from transforms.extract.units import lookup as lookup_unit

_STOP_WORDS = """
    a an the and or but nor of in on at to from by with for as into onto over under about than then
    is are was were be been being has have had will would could should may might must can do does
    did said says say told tells according who whom whose which that this these those it its it's
    they them their there here he she his her him we our us you your i me my not no so such if when
    while where because since until after before during per each apiece ago earlier later last next
    more less most least also only just still already yet again even up down out off against among
    between through across toward towards near around via what how why all both either neither some
    any many much few several other another every than vs versus each respectively year-on-year
    year-earlier took made went came gave got fled died left fell rose grew lost won saw paid sold
    bought held kept took put set ran met led fought became began brought told thought found stood
    cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hadn't haven't hasn't
    remain remains remained live lives lived need needs needed want wants wanted
    instead apiece overall altogether combined worldwide nationwide annually globally domestically
    along beyond within without despite toward upon amid amongst alongside behind beside inside
    outside throughout underneath unlike like past opposite struck hit killed
    unless although though whether however thus whereas together bring brings
"""
_STOP = frozenset(_STOP_WORDS.split())
_DETERMINERS_WORDS = """
    the a an our their its his her my your this that these those
"""
_DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
_WORD = re.compile(r"\s*(?P<w>[A-Za-z][\w'’&.-]*[\w]|[A-Za-z])")
_NOUN_NEXT = re.compile(r"\s+(?P<w>[A-Za-z][\w'’-]*)")
_POSTDETERMINERS = frozenset(["other", "more", "less", "fewer", "further", "additional", "extra"])
"""Words that sit between a number and its noun without being the noun ("3,500 other workers")."""
_NO_HEADS = _DETERMINERS | _POSTDETERMINERS
"""Words that are never the head of a phrase (:func:`_words`)."""
_BRACKET = re.compile(r"\s*\([^()]{0,80}\)")
_HYPHEN_WORD = re.compile(r"(?:-(?!\d)[A-Za-z]+)+(?=\s)")
_COUNTED_COMPOUND = re.compile(r"-[a-z]{3,}")
_NOT_COUNTED_IN_COMPOUND_WORDS = """
    way time fold half third quarter strong odd plus old long wide high deep tall off size sized nil
    point
"""
_NOT_COUNTED_IN_COMPOUND = frozenset(_NOT_COUNTED_IN_COMPOUND_WORDS.split())
"""Words after a hyphened count that are no noun it counts ("one-way", "two-fold", "4,000-strong")."""


def _counted_in_compound(word: str) -> bool:
    """True when the noun of a hyphened count is what it counts: "three-member", "512-seat", "two-door";
    not an adjective or participle ("two-pronged", "386-based") nor an idiom ("one-way", "one-time")."""
    return (
        word not in _NOT_COUNTED_IN_COMPOUND
        and word not in _STOP
        and word not in numbers.NUMBER_WORDS  # "a two-one margin", "a three-nil decision"
        and not word.endswith(("ed", "ing", "ly", "ish", "s", "th", "al", "ic", "ive", "ous", "ful", "less"))
    )


_PER_SHARE_BEFORE_NOUN = re.compile(r"\s+per(?=\s+(?:share|shr)\s+(?P<next>[a-z][a-z-]*))")
"""A per-share sum that modifies the noun after it ("its 65 dlr per share bid", "an eight ct per share
quarterly dividend"): "per" is read past like the "a" of "a 20 dlr a share offer"."""
_OWNED = re.compile(r"\s*-?(?:owned|held|controlled)\b(?=\s+[A-Za-z])", re.IGNORECASE)
_OF = re.compile(r"\s*of\s+(?=[A-Za-z])", re.IGNORECASE)
_SIZED_NOUN = re.compile(r"\s+\d[\d,.]*-[A-Za-z]+(?=\s+[A-Za-z])")
"""A measure written as an adjective between a count and its noun ("three 110-watt channels")."""
_TOTAL_LEAD = r"(?:(?:estimated|reported|remaining|about|around|roughly|some|nearly|almost)\s+)?"
"""A hedge or estimate before a whole's total ("of the country's estimated 9,000 nurses")."""
_OF_THE_N = re.compile(
    r"\s*(?:of\s+(?:the|its|their|these|those)\s+"
    + _TOTAL_LEAD
    + r"|out\s+of\s+(?:every\s+)?)(?:[\d,.]+|"
    + numbers.NUMBER_WORD
    + r")"
    r"(?:\s+(?:mln|million|bln|billion|thousand|hundred))?\s+(?=[A-Za-z])(?!to\b)",
    re.IGNORECASE,
)
""""38 of the 45 drones", "Nine out of 10 households": the count is of the noun after the total."""
_OF_POSSESSED = re.compile(
    r"\s*of\s+(?:the\s+)?(?:[A-Za-z][\w.&-]*\s+){0,3}?[A-Za-z][\w.&-]*(?:'s|’s|s'|')\s+"
    r"(?:" + _TOTAL_LEAD + r"[\d,.]+\s+)?(?=[A-Za-z])"
)
_MAX_WORDS = 4
_FOLLOWED_BY_DETERMINER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our)\b", re.IGNORECASE)


_PAST_FORMS_WORDS = """
    swept hidden stolen taken given driven frozen broken written chosen seen known shown grown thrown
    drawn flown struck stuck spent stole won took made gave got paid sold bought held kept saw ran led
    met brought told found said fled shot fell rose grew sank forced seized dumped stashed smuggled sent drove
    drew came went wrote threw sought caught built meant rode rang shook spoke swam tore wore fought froze
"""
_PAST_FORMS = frozenset(_PAST_FORMS_WORDS.split())
"""Past forms of verbs, never the noun a number counts: a phrase read after the number stops there."""
_PREDICATE_WORDS = """
    subject liable eligible exempt prone open final probable possible likely unlikely available able
    unable ready responsible payable repayable due
"""
_PREDICATES = frozenset(_PREDICATE_WORDS.split()) | _PAST_FORMS
"""Adjectives and participles that end a clause's predicate, not a noun phrase ("imports subject to a
tariff", "the estimate is probable at", "assets frozen at"): a subject read before a figure never ends
on one."""


def _noun_end(phrase: list[str]) -> list[str]:
    """``phrase`` without the predicate adjectives or participles that end it ("Imports subject" ->
    "Imports", "probable" -> nothing): no subject is better than one that is no noun."""
    while phrase and phrase[-1].lower() in _PREDICATES and not _named_final(phrase):
        phrase = phrase[:-1]
    return phrase


def _named_final(phrase: list[str]) -> bool:
    """Whether a phrase ends on the final of a named competition, a noun: "the World Cup final", "the
    Champions League final" (a capitalised name word before it, never "The final" or "is final")."""
    return (
        len(phrase) > 1
        and phrase[-1] == "final"
        and phrase[-2][:1].isupper()
        and phrase[-2].isalpha()
        and not phrase[-2].isupper()
        and phrase[-2].lower() not in ("the", "a", "an", "its", "their", "his", "her", "this", "that")
    )


_ADJECTIVAL_PARTICIPLES_WORDS = """
    stolen frozen broken hidden spent written fallen sunken seized smuggled forged
"""
_ADJECTIVAL_PARTICIPLES = frozenset(_ADJECTIVAL_PARTICIPLES_WORDS.split())
"""Past forms that, right after "of" and before a noun, are adjectives of it: "of stolen jewellery"."""
_THIRD_PERSON_VERB = re.compile(r"[a-z]{3,}[^sui's]s")
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:" + OPENING_HEDGE + r"|the|a|an|its|their|his|her|our|more)\b|[\d£$€]|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+[a-z]))",
    re.IGNORECASE,
)
"""What follows a present verb and not a plural noun: its object ("includes $1.2bn", "covers 300",
"Each 1,000 ECU bond carries one gold warrant")."""
_MOTION_AFTER = re.compile(
    r"\s+(?:through|across|along|past|around|into|towards?|out|away|off|onto|up|down|back|home)\b|\s*[.;]",
    re.IGNORECASE,
)
"""Where a verb of motion or an end follows a participle after a bare count ("5,000 marched through")."""
_ED_STATES = frozenset(
    [
        "injured",
        "wounded",
        "displaced",
        "killed",
        "arrested",
        "detained",
        "evacuated",
        "rescued",
        "stranded",
        "unemployed",
        "disabled",
        "insured",
        "deceased",
        "accused",
        "retired",
        "infected",
        "vaccinated",
        "confirmed",
        "surveyed",
        "polled",
        "questioned",
        "interviewed",
        "employed",
        "registered",
        "enrolled",
        "admitted",
    ]
)
"""Participles that name people by what befell them: "400 injured", "2,000 unemployed", "those surveyed"."""
_PATH_AFTER = re.compile(
    r"\s+(?:through|across|along|alongside|past|beside|around|between|beneath)\b", re.IGNORECASE
)
"""A path preposition after a known present verb: "the 12-mile route runs through woodland"; a plural
noun stands before these too ("millions of small savers around the country"), so only a word the verb
list holds is read as the verb."""


def _words(
    text: str,
    pos: int,
    hi: int,
    keep_determiner: bool,
    measured_head: bool = False,
    attributive: bool = False,
    after_of: bool = False,
) -> list[str]:
    """The noun phrase from ``pos``; ``attributive`` when the figure before it is a hyphened
    adjective ("a two-year fixed rate"), whose phrase may open on a participle; ``after_of`` when
    the phrase follows "of" ("$1.5m of stolen jewellery"), where no verb can stand first."""
    words: list[str] = []
    while len(words) < _MAX_WORDS or (
        not measured_head and len(words) < _MAX_WORDS + 2 and _plural_noun_ahead(text, pos, hi, words)
    ):  # "two major East Bloc currency traders": a count's phrase runs on to its plural noun
        match = _WORD.match(text, pos, hi)
        if match is None:
            break
        word = match.group("w")
        if "." in word and text.startswith(".", match.end()) and match.end() + 1 < hi:
            word += "."  # "U.K. Clearing banks": the abbreviation's last dot is no full stop
            match_end = match.end() + 1
        else:
            match_end = match.end()
        lower = word.lower()
        first = not words
        if first and lower in _LINKING_VERBS:
            break  # "The 857 mln dlrs represents the difference": a verb, no noun after the figure
        if first and lower in _DETERMINERS and not (word.isupper() and len(word) > 1):
            if keep_determiner:
                words.append(word)
            pos = match_end
            continue
        if (
            first
            and measured_head
            and lower.endswith(("ed", "ing"))
            and not (attributive and _NOUN_AFTER_ADJECTIVE.match(text, match_end, hi))
        ):
            break  # "rose 5% owned": a verb; "a two-year fixed mortgage rate": an adjective
        if first and lower in _POSTDETERMINERS and _NOUN_NEXT.match(text, match_end, hi):
            following = _NOUN_NEXT.match(text, match_end, hi)
            if following is not None and following.group("w").lower() not in _STOP:
                # "3,500 other workers", "four more candidates": the postdeterminer modifies the noun after it
                words.append(word)
                pos = match_end
                continue
        if first and lower.endswith("ed") and _FOLLOWED_BY_DETERMINER.match(text, match.end(), hi):
            break  # "a crowd of 15,212 watched the final": a verb, not the counted noun
        if (
            first
            and lower.endswith("ed")
            and lower not in _ED_STATES
            and _MOTION_AFTER.match(text, match.end(), hi)
        ):
            break  # "About 5,000 marched through the city": a verb of the bare count, no noun
        # a determiner or postdeterminer is no head: "£500m of extra funding" reads on to "funding"
        head_seen = not _NO_HEADS.issuperset(map(str.lower, words))  # once per word: no generator
        if (
            first
            and after_of
            and lower in _ADJECTIVAL_PARTICIPLES
            and _NOUN_AFTER_ADJECTIVE.match(text, match_end, hi)
        ):
            words.append(word)  # "$1.5m of stolen jewellery": the participle describes the noun after it
            pos = match_end
            continue
        if lower in _PAST_FORMS and not word[:1].isupper():
            break  # "winds of up to 70 mph swept", "3,000kg of cocaine hidden in": a verb, no noun
        if (
            head_seen
            and lower.endswith("s")
            and not _is_plural(words[-1].lower())
            and (
                (_THIRD_PERSON_VERB.fullmatch(lower) and _OBJECT_AFTER.match(text, match_end, hi))
                or (lower in _MORE_VERBS and _PATH_AFTER.match(text, match_end, hi))
            )
        ):
            # "a $16.6bn budget includes $1.2bn", "the £2bn scheme covers 300 schools", "the 12-mile
            # route runs through woodland"
            break
        if head_seen and lower in _FIGURE_VERBS and _FIGURE_AFTER.match(text, match_end, hi):
            break  # "The 2.3-mile tunnel cost £1.1bn": the verb of the next figure
        stop = lower in _STOP and not (word.isupper() and len(word) > 1)
        if (stop and not (first and lower in _NOUNS_IN_STOP)) or (
            head_seen
            and lower.endswith(("ed", "ing"))
            and not word[:1].isupper()
            and lower not in _NOUNS_IN_ED
            and not (lower in _DEBT_PARTICIPLES and _NOUN_AFTER_ADJECTIVE.match(text, match_end, hi))
            and not (not measured_head and _plural_noun_next(text, match_end, hi, words))
        ):
            break  # "1,000 jobs cutting costs"; a capitalised "Clearing" is part of a name
        words.append(word)
        pos = match_end
        if (
            not measured_head
            and _is_plural(lower)
            and not _modifies_a_plural(text, lower, match_end, hi)
            and not (word[:1].isupper() and _SHARES_NEXT.match(text, match_end, hi))
        ):
            break  # "1,100 people work at the plant", "40 percent of mortgages carry": a plural is the head
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return words


_PLURAL_WORD_NEXT = re.compile(
    r"\s+(?P<w>[a-z][a-z-]{2,}s)(?=\s*(?:[,.;:()]|--|$)|\s+(?P<after>[A-Za-z]+)\b)"
)
"""A plural after a count's modifiers, and the word after it: the phrase ends there ("traders, ",
"institutes have"), unlike a verb in "-s" with its complement ("share looks likely")."""


def _plural_noun_next(text: str, end: int, hi: int, words: list[str]) -> bool:
    """True when a count's phrase has no plural yet and the word after ``end`` is a plural noun: the
    "-ing"/"-ed" word or the name before it modifies that noun ("Two small shipping companies", "16
    major indebted nations", "four major trading banks"), whose plural a count of more than one needs.
    """
    following = _PLURAL_WORD_NEXT.match(text, end, hi)
    if following is None or not words:
        return False
    word = following.group("w")
    after = following.group("after")
    return (
        (after is None or after.lower() in _STOP or is_verb(after) or after.endswith("ed"))
        and _is_plural(word)
        and word not in _STOP
        and word not in _PLACE_ADVERBS  # "six financially troubled overseas construction firms"
        and not is_verb(word)
        and not word.endswith(("ings", "eds"))
        and not any(_is_plural(w.lower()) for w in words)
    )


_LOWER_WORD_NEXT = re.compile(r"\s+[a-z][a-z-]+(?=\s)")


def _plural_noun_ahead(text: str, end: int, hi: int, words: list[str]) -> bool:
    """True when the plural noun a long phrase of a count needs comes next or one modifier later
    ("the five leading West German economic research institutes")."""
    if _plural_noun_next(text, end, hi, words):
        return True
    modifier = _LOWER_WORD_NEXT.match(text, end, hi)
    return (
        modifier is not None
        and modifier.group().strip() not in _STOP
        and _plural_noun_next(text, modifier.end(), hi, words)
    )


_DEBT_PARTICIPLES = frozenset(
    [
        "subordinated",
        "secured",
        "unsecured",
        "guaranteed",
        "collateralized",
        "collateralised",
        "syndicated",
        "revolving",
        "registered",
        "dated",
    ]
)
"""Participles that name a kind of debt inside its noun phrase ("convertible subordinated debentures",
"senior secured notes", "a syndicated bond facility"), never the verb after it."""
_FIGURE_VERBS = frozenset(
    ["cost", "costs", "hit", "hits", "topped", "tops", "reached", "reaches", "won", "lost"]
)
_FIGURE_AFTER = re.compile(r"\s+(?:(?:" + HEDGE + r"|a|an|a\s+record)\s+)?[\d£$€]")
"""A verb right before a figure ends the phrase of the figure before it ("tunnel cost £1.1bn")."""
_NOUNS_IN_ED = frozenset(["red", "feed", "seed", "speed", "breed"])
_NOUNS_IN_STOP = frozenset(["lives"])
"""Stop words that are nouns right after a figure ("has saved 9,000 lives"), verbs elsewhere."""
_COLLECTIVE_MODIFIERS = frozenset(["police", "staff"])
_PLURAL_NEXT = re.compile(r"\s+(?P<w>[a-z][a-z-]{2,}s)\b")


_SHARES_NEXT = re.compile(r"\s+(?:(?:common|ordinary|preferred|voting)\s+)?(?:shares|stock)\b")
"""Shares after a name that ends in "s": "60,000 Cyclops common shares" counts the shares."""


_SINGULAR_SUM_END = re.compile(r"(?<![A-Za-z])(?:dlr|ct|cent)$")
"""A sum whose money word stays singular ("a 65 dlr per share bid") modifies the noun after it."""
_DETERMINED_SUM = re.compile(
    r"(?:(?<![\w'’])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w['’]s)(?:\s+[a-z-]+){0,2}\s+$"
)
"""An article or possessive before a sum, perhaps with its adjectives ("its current 69 dlrs",
"BP's 70 dlrs"): the sum modifies a noun after it, unlike "pays seven cts per share quarterly"."""


def _determined_sum(text: str, start: int) -> bool:
    """True when an article or possessive leads the sum through adjectives only ("its current"),
    not across a verb ("the offer was between 10 and 20 dlrs per share too low")."""
    match = _DETERMINED_SUM.search(text, max(0, start - 40), start)
    if match is None:
        return False
    return not any(w in _STOP or is_verb(w) for w in text[match.start() : start].split()[1:])


def _noun_after_per_share(word: str) -> bool:
    """True when the word after "per share" can open the noun the sum modifies ("bid", "tender"),
    not a preposition, a participle or a split note ("per share in cash", "payable", "post-split")."""
    return (
        word not in _STOP
        and not word.endswith(("able", "ible", "split", "ed", "ing"))
        and word not in _NOT_SUBJECTS
        and not is_verb(word)
    )


def _modifies_a_plural(text: str, lower: str, end: int, hi: int) -> bool:
    """True for a collective noun that modifies the plural after it ("2,000 extra police officers",
    "300 staff members"): the plural is the head, not the collective ("police say", "staff were")."""
    if lower not in _COLLECTIVE_MODIFIERS:
        return False
    following = _PLURAL_NEXT.match(text, end, hi)
    if following is None:
        return False
    word = following.group("w")
    return word not in _STOP and word not in _VERBS and _is_plural(word)


"""Nouns and adjectives whose "-ed" is no verb ending: "hard red winter wheat", "feed wheat"."""


_IRREGULAR_PLURALS = singulars.IRREGULAR_PLURALS | frozenset(["people", "police", "cattle", "staff"])
"""Plurals not in -s: the irregular ones :func:`singulars.singular` knows, and nouns with no singular."""


def _is_plural(word: str) -> bool:
    """A plural noun by its shape: "jihadists", "people"; not "bus", "glass", "analysis"."""
    if word in _IRREGULAR_PLURALS:
        return True
    if word in _SINGULAR_IN_S:
        return False
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_SINGULAR_IN_S = frozenset(
    ["measles", "news", "series", "species", "diabetes", "mumps", "rabies", "herpes", "politics", "economics"]
)


_DIGIT = re.compile(r"\d")


def _has_digit(word: str) -> bool:
    """``word`` holds a digit ("1986/87", "44"); most words are letters only, tested first."""
    return not word.isalpha() and _DIGIT.search(word) is not None


def is_function_word(word: str) -> bool:
    """True for a word that names nothing ("all", "the", "about"): no noun of a list item."""
    return word.lower() in _STOP or word.lower() in _DETERMINERS


_CLASS_LETTER = re.compile(
    r"\s+(?P<rest>[A-Z]{1,2}\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:shares|stock|units|warrants|preferred|debentures|notes|certificates|bonds)\b)"
)
"""The letter of a class or series and the securities it names: "Class A common shares"."""


def subject_after(text: str, end: int, hi: int, measured: bool, start: int | None = None) -> str | None:
    """The noun phrase after a quantity that ends at ``end``.

    Args:
        text: The whole text.
        end: Offset just past the quantity (and its unit).
        hi: End of the sentence; the phrase never crosses it.
        measured: True for measures and shares (percent, length...), whose
            "of" phrase keeps its determiner ("the city").
        start: Offset of the quantity, when known: an article right before it makes the
            quantity a modifier of the phrase after it ("a £45m funding gap").

    Returns:
        The phrase, or None when nothing noun-like follows.
    """
    bracket = _BRACKET.match(text, end, hi)
    if bracket:
        end = bracket.end()
    restated = _RESTATED_THEN_OF.match(text, end, hi)
    if restated is None and start is not None and _OR_BEFORE.search(text, max(0, start - 12), start):
        restated = _COMMA_THEN_OF.match(text, end, hi)
    if restated is not None:
        end = restated.end()  # "1.575 mln tonnes, or 25 pct, of China's fruit output": of the output
    hyphen = _HYPHEN_WORD.match(text, end, hi)
    if hyphen:
        if (
            not measured
            and _COUNTED_COMPOUND.fullmatch(hyphen.group())
            and text[end - 4 : end].lower() != "zero"  # "zero-coupon bonds" count no coupons
            and _counted_in_compound(hyphen.group()[1:])
        ):
            return hyphen.group()[1:]  # "a three-member panel", "a two-bedroom flat": it counts the members
        end = hyphen.end()
    sized = None if measured else _SIZED_NOUN.match(text, end, hi)
    if sized:
        end = sized.end()  # "three 110-watt channels", "two 500-megawatt reactors": the channels
    per_share = _PER_SHARE_BEFORE_NOUN.match(text, end, hi) if text.startswith(" per", end) else None
    if (
        per_share
        and start is not None
        and _noun_after_per_share(per_share.group("next"))
        and (_SINGULAR_SUM_END.search(text, max(0, end - 6), end) is not None or _determined_sum(text, start))
    ):
        end = per_share.end()
    owned = _OWNED.match(text, end, hi)
    if owned:
        end = owned.end()  # "a 70 pct owned subsidiary", "its 49%-owned venture": the owned thing
    worth = _WORTH_OF.match(text, end, hi)
    if worth:
        end = worth.end()  # "Rs 3,500 crore worth of drugs", "400 head of cattle": the drugs, the cattle
    of = (
        (None if measured else _OF_POSSESSED.match(text, end, hi))  # "100 of the parliament's 347 seats"
        or _OF_THE_N.match(text, end, hi)  # "38 of the 45 drones": drones
        or _OF.match(text, end, hi)
    )
    if of:
        words = _words(text, of.end(), hi, keep_determiner=measured, after_of=True)
    else:
        attributive = measured and (
            _HYPHENED_UNIT.search(text, max(0, end - 16), end) is not None
            or (
                start is not None
                and _DETERMINED.search(text, max(0, start - 6), start) is not None
                and not _PLURAL_END.search(text, max(0, end - 12), end)
                and _modifies_a_noun(text, end, hi)
            )
        )
        words = _words(text, end, hi, keep_determiner=False, measured_head=measured, attributive=attributive)
    if len(words) >= 2 and _ends_on_adverb(text, end, hi, words):
        words = words[:-1]  # "purchase certificates exclusively", "a loss mainly due to": no adverb in a noun
        if measured and len(words) >= 2 and _VERB_S.fullmatch(words[-1]):
            words = words[:-1]  # "its 5,000mAh battery charges fully": the verb its adverb follows
    if not words:
        return None
    if words[-1].lower() in ("class", "series"):
        at = text.find(words[-1], end, hi)
        lettered = _CLASS_LETTER.match(text, at + len(words[-1]), hi) if at >= 0 else None
        if lettered is not None:
            return f"{' '.join(words)} {lettered.group('rest')}"  # "Class A common shares": the shares
    if len(words) == 1 and _shares_its_noun(words[0]):
        at = text.find(words[0], end, hi)
        shared = _AND_SHARED_NOUN.match(text, at + len(words[0]), hi) if at >= 0 else None
        if (
            shared is not None
            and not is_function_word(shared.group("mod"))
            and not is_verb(shared.group("mod"))
            and not is_function_word(shared.group("noun"))
            and _NUMBER_WORD.fullmatch(shared.group("mod")) is None
            and _NUMBER_WORD.fullmatch(shared.group("noun").removesuffix("s")) is None  # "injuring dozens"
        ):
            # "2,600 production and maintenance workers": two modifiers of one counted noun
            return f"{words[0]} and {shared.group('mod')} {shared.group('noun')}"
        term = _AND_TERM_NOUN.match(text, at + len(words[0]), hi) if at >= 0 else None
        if term is not None and not is_verb(term.group("noun").split()[-1].lower()):
            # "3.9 billion dlrs of medium- and long-term Brazilian loans": two terms of one noun
            return words[0] + term.group(0)
    return " ".join(words)


_NUMBER_WORD = re.compile(numbers.NUMBER_WORD + "|hundred|thousand|million|billion|dozen")
_NOT_SHARED_MODIFIERS = frozenset(
    ["now", "year", "month", "week", "day", "point", "barrel", "ounce", "tonne"]
)
_PLURAL_NOUNS = _IRREGULAR_PLURALS | frozenset(["personnel", "livestock", "crew"])
"""Plurals without an "s": counted nouns themselves, never the first of two modifiers."""


def _shares_its_noun(word: str) -> bool:
    """True for a lone word that may be the first of two modifiers of one noun ("production" of
    "production and maintenance workers"): lower case, singular, no unit, time or adverb."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith(("s", "ly", "men"))
        and word not in _NOT_SHARED_MODIFIERS
        and word not in _PLURAL_NOUNS
        and singulars.singular(word) == word
        and not is_function_word(word)
    )


_AND_SHARED_NOUN = re.compile(
    r"\s+and\s+(?P<mod>[a-z]{3,}(?<!s))\s+(?P<noun>[a-z]{3,}s)\b(?!\s+(?:of|and)\b)"
)
_AND_TERM_NOUN = re.compile(
    r"-?\s+(?:and|or)\s+[a-z]{3,}-(?:term|range|run|dated)\s+"
    r"(?P<noun>(?:[A-Z][a-z]{3,}\s+)?(?:term\s+)?[a-z]{3,})\b(?!-)"
)
"""The rest of "medium- and long-term debt" after its first modifier: the tenors share the noun."""
_ADVERB_END = re.compile(r"[a-z]{3,}ly")
_PARTICIPLE_NEXT = re.compile(r"\s+[a-z]+(?:ed|ing|en)\b")
_ADVERB_LEADS = frozenset(
    ["very", "almost", "so", "too", "quite", "most", "more", "less", "nearly", "only", "just"]
)


def _ends_on_adverb(text: str, end: int, hi: int, words: list[str]) -> bool:
    """True when the phrase read after a figure ends on an adverb that belongs to the verb after it
    ("its 5,000mAh battery charges fully in"), not to a participle it leads ("publicly held shares")."""
    last = words[-1]
    if not _ADVERB_END.fullmatch(last) or last in _LY_NOUNS:
        return False
    before = words[-2].lower()
    if before in _ADVERB_LEADS or before.endswith("ed"):
        return False  # "almost immediately", "estimated previously"
    at = text.find(last, end, hi)
    return at >= 0 and _PARTICIPLE_NEXT.match(text, at + len(last), hi) is None


_VERB_S = re.compile(r"[a-z]+[^s'’]s")
_LY_NOUNS = frozenset(
    [
        "supply",
        "family",
        "assembly",
        "rally",
        "ally",
        "monopoly",
        "anomaly",
        "reply",
        "belly",
        "jelly",
        "bully",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "italy",
        "july",
        "lily",
        "trolley",
        "volley",
    ]
)
"""Words ending in "ly" that are nouns, not the adverb that marks a verb before it."""


_OF_WHAT = r"(?=of\s+(?!(?:which|whom|them|those|these|it|course)\b)[A-Za-z])"
_RESTATED_THEN_OF = re.compile(
    r"\s*,\s*or\s+(?:(?:" + HEDGE + r")\s+)?[\d][\d.,/-]*\s*(?:pct|percent|per\s+cent|%)\s*,\s*" + _OF_WHAT,
    re.IGNORECASE,
)
"""A figure restated in percent between commas before what both are of: "1.575 mln tonnes, or 25 pct, of"."""
_COMMA_THEN_OF = re.compile(r"\s*,\s*" + _OF_WHAT, re.IGNORECASE)
_OR_BEFORE = re.compile(r",\s+or\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
"""The restatement itself ("..., or 25 pct, of the output"): its "of" phrase follows a comma."""
_WORTH_OF = re.compile(r"['’]?\s+worth(?=\s+of\s)|\s+head(?=\s+of\s+(?!state\b|government\b))", re.IGNORECASE)
"""A sum's "worth of" before the goods it values: read past it to the goods."""
_DETERMINED = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")
"""An article or possessive right before a figure: the figure modifies the noun phrase after it, which
may open on a participle or gerund ("a £45m funding gap", "its $2bn building programme"), unless the
figure ends on a plural unit, which is a noun of its own ("the 3.3 mln hectares planted in May")."""
_PLURAL_END = re.compile(r"[A-Za-z]{2,}s$")
_CHANGE_OF_WHAT = re.compile(r"\s+(?:in|of)\b")
_MODIFIER_THEN_NOUN = re.compile(r"\s+[a-z]+(?:ed|ing)\s+(?P<noun>[a-z][a-z-]+)\b")


def _modifies_a_noun(text: str, end: int, hi: int) -> bool:
    """True when the "-ed"/"-ing" word after a figure stands before a noun ("a £45m funding gap"), not
    before a verb, a time or a function word ("the $2bn raised will", "the $40m borrowed last year")."""
    found = _MODIFIER_THEN_NOUN.match(text, end, hi)
    if found is None:
        return False
    noun = found.group("noun")
    if noun in _CHANGE_HEADS:
        # "a 10% spending cut": a change word is a noun after a modifier; "a 3% surprising drop in
        # sales" names what changed after "in"/"of", which the change's own reading takes
        return _CHANGE_OF_WHAT.match(text, found.end(), hi) is None
    return not (
        noun in _STOP
        or noun in _DETERMINERS
        or noun in _TIME_WORDS
        or noun in _PREPOSITIONS
        or noun in _MORE_VERBS
        or noun.endswith(("ed", "ly"))
    )


_HYPHENED_UNIT = re.compile(r"\w-[a-z]+$")
"""A figure written as an adjective: "two-year", "30-year", "3-nanometre"."""
_NOUN_AFTER_ADJECTIVE = re.compile(
    r"\s+(?!(?:of|by|in|to|at|on|for|from|with|and|or|the|a|an|as|than)\b)[a-z][a-z-]+\b"
)
"""A lower-case word after a participle that is no function word: the noun it modifies."""


_OF_OR_HEDGE = ("of", "some", "about", "around")
"""The words :func:`subject_before` needs right before the measure (one of them, whatever the case)."""


_FROM_OPERATIONS = re.compile(
    r"(?i)\b(?P<noun>loss(?:es)?|gains?|income|earnings|profits?|charges?|revenues?|sales)\s+from\s+"
    r"(?:discontinued\s+|continuing\s+|discontinuing\s+)?operations?\s+of\s+(?:some\s+|about\s+|around\s+)?$"
)


def from_operations(text: str, lo: int, start: int) -> str | None:
    """The sum an earnings note gives "from discontinued operations of" a figure: "losses", "income"."""
    found = _FROM_OPERATIONS.search(text, max(lo, start - 80), start)
    return None if found is None else found.group("noun")


BOOKED_GAIN = frozenset(
    ["extraordinary", "pretax", "pre-tax", "capital", "after-tax", "one-time", "nonrecurring",
     "non-recurring", "investment", "currency", "tax"]
)  # fmt: skip
"""Words before "gain" that make it an amount booked in results (as ``qualifiers._BOOKED`` reads them),
the adjectives only: "includes gain" names no kind of gain."""


def subject_before(text: str, lo: int, start: int) -> str | None:
    """The noun a measure describes when it comes first: "bags of 60 kilos" -> "bags"."""
    if not text[max(lo, start - 48) : start].rstrip()[-6:].lower().endswith(_OF_OR_HEDGE):
        return None  # the common case: no "of" (or "of some") right before, so no need to read the words
    operations = from_operations(text, lo, start)
    if operations is not None:
        return operations  # "losses from discontinued operations of 764,000 dlrs": the losses
    words = context.words_before(text, lo, start, 4)
    if words and words[-1].lower in ("some", "about", "around"):
        words = words[:-1]
    if len(words) < 2 or words[-1].lower != "of":
        return None
    noun = words[-2]
    if noun.lower in ("gain", "gains") and len(words) > 2 and words[-3].lower in BOOKED_GAIN:
        # "extraordinary gains of 952,000 dlrs", "a pretax gain of 4.3 mln dlrs": an amount booked in
        # results, not a rise (some 60 facts of the Reuters night were headed "extraordinary")
        return text[words[-3].start : noun.end]
    if noun.lower in _STOP or not noun.lower.isalpha() or noun.lower in _LINKING_VERBS:
        return None  # "the damages consist of 25 mln dlrs": a verb, whose subject the clause rules read
    if noun.lower in _LEVELS or noun.lower in _NOT_SUBJECTS:
        return None  # "wait an average of 11 weeks", "a total of 40km": a frame of the figure, no noun
    if (
        len(words) > 2
        and text[words[-3].end : noun.start] == " "
        and _of_modifier(text[words[-3].start : words[-3].end])
        and not (len(words) > 3 and _before_verb(words[-4].lower))
    ):
        return text[words[-3].start : noun.end]  # "restructuring charges of", "tax credits of": the pair
    return text[noun.start : noun.end]


def _before_verb(word: str) -> bool:
    """A word a verb follows ("would cover deposits of", "losses exclude profits of", "to pay fees of"),
    so the word after it is that verb, not a modifier of the noun."""
    return (
        word in _AUXILIARIES
        or word in _PRONOUNS
        or word in ("to", "not", "they", "we", "you", "i")
        or (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word not in _MORE_VERBS
            and word not in _OBJECT_VERBS
        )
    )


_OBJECT_VERBS = frozenset(
    ["includes", "excludes", "reflects", "records", "reports", "posts", "shows", "books", "carries", "faces"]
)
"""Verbs in "-s" that results copy puts before a sum's noun ("excludes tax credits of"): a verb, not
a plural subject whose verb comes next."""


def _of_modifier(word: str) -> bool:
    """A lower-case noun or gerund that can modify the noun before "of" ("tax" of "tax credits of",
    "operating" of "operating profit of"): no verb, function word, adverb, participle or plural."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and not word.endswith(("s", "ed", "ly"))
        and word not in _STOP
        and word not in _PREPOSITIONS
        and word not in _DETERMINERS
        and word not in _MORE_VERBS
        and word not in _NOT_SUBJECTS
        and word not in _TIME_WORDS
        and word not in CHANGE_WORDS
        and word not in _PRONOUNS
    )


_NOT_SUBJECTS_WORDS = """
    year years prior higher lower above below yesterday today worth total gain gains rise
    rises increase increases drop drops fall falls decline declines jump cut cuts loss_word vs u.s u.s.
    us percent pct cent cents time times level levels point mark record basis each apiece previously
    dw dwt deadweight fortnight fortnights decade decades normal
    earlier later respectively compared versus against month months week weeks day days quarter fewer
    overnight tonight beneath underneath include includes included
    quarters period periods end north south east west northeast northwest southeast southwest
    north-east north-west south-east south-west due short nominal plus cast having following including
    monday tuesday wednesday thursday friday saturday sunday january long tall wide high deep thick
    february march april may june july august september october november december
"""
_NOT_SUBJECTS = frozenset(_NOT_SUBJECTS_WORDS.split())
"""Words that follow a number without being what it measures ("35 cts a share", "a year earlier")."""

_VERBS_WORDS = """
    rose rise rises risen jumped jumps soared surged grew grow grows grown climbed gained gains increased
    increase increases advanced fell fall falls fallen dropped drops declined decline declines
    decreased slipped slid plunged tumbled eased shrank sank dipped slumped lost cut reduced slashed
    raised boosted lifted lowered trimmed narrowed widened totalled totaled totals total amounted
    amounts reached reaches stood stands was were is are be been being will would could should may
    might had has have hit topped exceeded equalled equaled came comes represented accounted
    reach reaches total hits top tops exceed exceeds climb climbs consist consists
    averaged peaked remained remain remains stayed ended closed opened finished traded valued
    estimated forecast projected expected put set fixed contributed contributes covers covered ranged
    contracted expanded expands shrink shrinks shrunk doubled tripled halved quadrupled
    edged inched ticked crept accelerated slowed cooled moderated
    weakened weakens strengthened strengthens depreciated appreciated firmed softened rallied
    weigh weighs weighed spans spanned lasts lasted rebounded rebounds
"""
_VERBS = frozenset(_VERBS_WORDS.split())
_LINKING_VERBS = frozenset(
    ["represent", "represents", "comprise", "comprises", "consist", "consists", "constitute", "constitutes"]
)
"""Verbs that equate a subject with the figure after them ("the damages consist of", "Fees comprise",
"The 857 mln dlrs represents"): never the figure's noun."""
_AUXILIARIES = frozenset(
    [
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "also",
        "still",
        "only",
        "just",
        "already",
        "now",
        "then",
        "further",
        "sharply",
        "slightly",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "by",
        "with",
        "during",
        "over",
        "under",
        "between",
        "among",
        "after",
        "before",
        "since",
        "against",
        "than",
        "into",
        "through",
        "across",
        "per",
        "while",
        "near",
        "outside",
        "inside",
        "behind",
        "beside",
    ]
)
DETERMINERS = _DETERMINERS
"""Public name of the determiners, for modules that read noun phrases of their own."""
PREPOSITIONS = _PREPOSITIONS
"""Public name of the prepositions, for modules that read what a phrase stands after."""
STOP_OR_PREPOSITION = _STOP | _PREPOSITIONS
"""Words that end a noun phrase read rightwards: function words, verbs and prepositions."""
_TIME_WORDS = frozenset(
    [
        "last",
        "this",
        "next",
        "previous",
        "current",
        "first",
        "second",
        "third",
        "fourth",
        "year",
        "quarter",
        "month",
        "week",
        "day",
        "period",
        "yesterday",
        "today",
        "tomorrow",
    ]
)
_CLAUSE_CUTS = patterns.led_by(
    ";:,abinrstw",
    r"[;:]|,\s|\b(?:said|says|say|told|reported|announced|added|noted|that|but|while|which|who|"
    r"when|where|because|although|though|if|whether|as|whereas)\b",
    re.IGNORECASE,
)
_ADDED_MOVE = re.compile(
    r"\s*(?:(?:nearly|almost|about|around|some|another|a\s+further|more\s+than|over)\s+)?$"
)
"""What stands between "added" and its figure when it is the change verb: nothing but a hedge."""
_ADDED_FIGURE = re.compile(
    r"(?:[$€£¥]|[\d.,]+\s*(?:%|per\s*cent\b|percent\b|pct\b|(?:basis\s+)?points?\b|bps\b))", re.IGNORECASE
)
"""A figure "added" moves: a share, points or a sum in a currency sign ("added 2.2%", "added 212 points")."""
_LEFT_WORD = re.compile(r"[A-Za-z]{1,3}\$\S*|[A-Za-z][\w'’&.-]*(?:s['’](?!\w)|[\w])|[A-Za-z]|\S*\d\S*")
"""A word or a token with a digit; no groups, so ``findall`` gives the words themselves."""
_LEFT_WORD_PLAIN = re.compile(r"[A-Za-z][\w'’&.-]*(?:s['’](?!\w)|[\w])|[A-Za-z]|\S*\d\S*")
""":data:`_LEFT_WORD` without its first alternative, which needs a "$" ("C$2.5"): the same matches in a
text with none, and far cheaper, since that alternative is tried at every letter."""


def _left_word(text: str) -> re.Pattern[str]:
    """:data:`_LEFT_WORD` for ``text``: :data:`_LEFT_WORD_PLAIN` when it holds no "$"."""
    return _LEFT_WORD if "$" in text else _LEFT_WORD_PLAIN


_PRONOUNS = frozenset(
    [
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "there",
        "which",
        "who",
        "one",
    ]
)
_MAX_LEFT = 5


_TRANSITIVE_WORDS = """
    raised raise raises raising cut cuts cutting reduced reduce reduces lowered lower lowers boosted
    boost boosts lifted lift lifts set sets put puts estimated estimate estimates kept keep keeps
    slashed slash trimmed trim fixed fix fixes forecast forecasts projected project projects valued
    value values pegged peg increased increase increases decreased decrease hiked hike expanded
    expand pushed push pushes pushing drove drive drives driving sent send sends sending
    devalued devalue devalues devaluing hiked hikes upped
"""
_INTRANSITIVE_TOO_WORDS = """
    narrowed narrow narrows narrowing widened widen widens widening extended extend extends doubled
    double doubles halved halve halves tripled triple triples
"""
_INTRANSITIVE_TOO = frozenset(_INTRANSITIVE_TOO_WORDS.split())
"""Change verbs that take an object ("narrowed its loss to", "doubled its stake to") or none ("The
deficit narrowed in May to", "Loans extended by banks rose")."""
_TRANSITIVE = frozenset(_TRANSITIVE_WORDS.split()) | _INTRANSITIVE_TOO
"""Verbs whose object is what the later number measures: "cut its earnings by 7.4 mln dlrs"."""
_OPENERS = frozenset(
    ["meanwhile", "however", "but", "and", "also", "so", "yet", "still", "thus", "nevertheless", "moreover"]
)
_COMPOUNDS = patterns.led_by(
    "bcdimrstv",
    r"(?i)\b(balance|cost|terms|rate|standard|volume|value|index|department|bank|board|ministry)\s+of\s+"
    r"(payments|trade|living|return|exchange|living|business|commerce|agriculture|england|japan|canada|"
    r"france|italy|governors|finance|labor|labour|energy)\b",
)


_CUT_TAIL = 90


_RATE_PHRASE = re.compile(
    r"(?i)\b(?P<phrase>(?:[a-z][\w-]*\s+){0,2}(?:rates?|yields?|coupons?|inflation|unemployment))\b"
)
_BEARS = frozenset(["bear", "bears", "carry", "carries", "offer", "offers", "pay", "pays"])


def rate_named_before(clause: str) -> str | None:
    """The last rate a clause names ("bear interest rates ranging from", "the call money rate ...
    which reached"): what a rate figure after it measures."""
    found = [match.group("phrase") for match in _RATE_PHRASE.finditer(clause)]
    if not found:
        return None
    words = found[-1].split()
    while len(words) > 1 and (
        words[0].lower() in _STOP
        or words[0].lower() in _MORE_VERBS
        or words[0].lower() in _BEARS
        or words[0].lower() in _TRANSITIVE
    ):
        words = words[1:]  # "bear interest rates", "the prime rate": the rate's own words
    return " ".join(words)


def is_compound(before: str, after: str) -> bool:
    """True when "``before`` of ``after``" is one noun ("balance of payments", "cost of living")."""
    return _COMPOUNDS.fullmatch(f"{before} of {after}") is not None


_LEVEL_AFTER_COMMA = re.compile(
    r"\s*to\s+(?:(?:an?\s+)?(?:average|record|total|high|low|peak)(?:\s+(?:high|low))?(?:\s+of)?\s+)?",
    re.IGNORECASE,
)
"""A level a change reached, set off by a comma: ", to an average of", ", to a record", ", to"."""
_VERB_BEFORE_COMMA = re.compile(
    r"\b(?:rose|fell|climbed|jumped|dropped|declined|increased|decreased|grew|gained|slipped|slid|"
    r"surged|soared|eased|rebounded|plunged|tumbled|sank|dipped|edged|shrank|lost)\b"
)
"""A change verb in the clause before such a comma: the level is of what changed."""
_APPOSED_AMOUNT = re.compile(r",\s+or\s+[^,]{1,30},\s+(?:to|from|at)\s+$", re.IGNORECASE)
"""An amount restated between commas before "to"/"from" ("rose $12m, or 15%, to $92m")."""


def subject_left(text: str, lo: int, start: int) -> str | None:
    """The noun phrase a verb links to a later number: "net income rose to 146.5 mln dlrs".

    Read in this order: the object of a verb that sets the number ("cut its first
    quarter earnings by 7.4 mln dlrs", "kept output at 15.8 mln bpd"); the noun an
    "of" ties to it ("earnings of 1.50 dlrs"); else, in the clause before the number
    (cut at "said", "that", "as", a comma), the last linking or change verb ("rose",
    "was", "totalled") and the noun phrase right before it. When that phrase sits in a
    prepositional tail ("exports in the eight-month period rose"), the phrase that
    opens the clause is taken instead ("exports").
    """
    lo = max(lo, start - 250)
    before = text[lo:start]
    if "(" in before:
        # "Retail sales volumes (excluding fuel) fell 0.4%": an aside in brackets is no part of the phrase
        before = _WORD_ASIDE.sub(lambda m: " " * len(m.group()), before)
        # "Japan's industrial production index (base 1980) rose 0.3 pct": an index's base year likewise
        before = _BASE_ASIDE.sub(lambda m: " " * len(m.group()), before)
    if before.rstrip().endswith(":"):
        label = _colon_label(before)
        if label is not None:
            return label  # "Revenue: $4.1bn; operating margin: 18.2%": the label of the item
    if " of " in before:
        before = _COMPOUNDS.sub(lambda m: f"{m.group(1)}_of_{m.group(2)}", before)
    cut = 0
    last_cut: re.Match[str] | None = None
    added = False
    # The last cut is nearly always in the last words: search those first, the rest only without one.
    tail = max(0, len(before) - _CUT_TAIL)
    matches = list(_CLAUSE_CUTS.finditer(before, tail))
    if not matches and tail:
        matches = list(_CLAUSE_CUTS.finditer(before))
    for match in matches:
        if (
            match.group().lower() == "added"
            and _ADDED_MOVE.match(before, match.end()) is not None
            and _ADDED_FIGURE.match(text, start) is not None
        ):
            added = True
            continue  # "the Nasdaq Composite added 2.2%": "added" moves the figure, it reports no speech
        cut = match.end()
        last_cut = match
    words = _left_word(before).findall(before, cut)
    relative = _relative_antecedent(before, last_cut)
    found = _object_of(words) or _of_owner(before)
    if (
        found is None
        and len(words) > 2
        and words[-1].lower() == "at"
        and words[-2].lower() in _SECURITIES
        and _PER_PIECE_AFTER.match(text, start, min(len(text), start + 60)) is not None
    ):
        # "has sold 254,608 common shares at 51.50 dlrs each": the price of one of the securities
        # before "at", whatever verb sells, offers or redeems them
        securities = _antecedent(words[:-1])
        if securities is not None:
            # "10 mln new ordinary shares", "to purchase two units", "3.875 dlr preferred stock": the words
            # after the count or the rate
            parts = securities.split()
            counted = [i for i, part in enumerate(parts) if _SCALE_WORD.fullmatch(part.lower())]
            securities = " ".join(parts[counted[-1] + 1 :]) if counted else securities
        if securities is not None and securities.split()[-1].lower() in _SECURITIES:
            return securities.replace("_of_", " of ")
    if found is None:
        verb = next(
            (
                i
                for i in range(len(words) - 1, -1, -1)
                if words[i].lower() in _VERBS or (added and words[i].lower() == "added")
            ),
            None,
        )
        moved = _moved_up(before) if verb is not None and len(words) > 2 else None
        if moved is not None:
            # "output has come down by 3.5 pct": the phrasal verb is the change verb, the auxiliary before
            # it is read back over below
            tail = len(_left_word(moved.group()).findall(moved.group()))
            if len(words) > tail and words[-tail].lower() == moved.group().split()[0].lower():
                verb = len(words) - tail
        if words and (words[-1].lower() in ("cost", "costs") or _passed_figure(words)):
            # "tickets now cost €22.50", "Measles cases have passed 1,000": a verb right before the figure
            verb = len(words) - 1
        elif len(words) > 2 and ("cost" in before or "Cost" in before):
            cost = _cost_before_payer(words)  # "The strike cost the carmaker $1.5bn": what cost it
            if cost is not None and (verb is None or verb > cost):
                verb = cost
        if verb is None and len(words) > 1 and words[-1].lower() == "at" and not _is_participle(words[-2]):
            absolute = len(words) > 2 and words[-3].lower() in ("with", "and", "but", "while", "without")
            if words[-2].lower() in _MORE_VERBS and not absolute:
                found = _phrase_before(words[:-2])  # "The new chip runs at 3.8GHz": the verb's subject
                if found is None and last_cut is not None and _subjectless(words[:-2]):
                    # "The index fell 412 points, or 1.1%, to close at 38,211": an infinitive or
                    # coordinated verb without a subject of its own shares the main clause's
                    found = _shared_subject(text, lo, before)
            else:
                held = words[:-1]
                level = len(held) > 2 and held[-1].lower() in _LEVEL_AT
                while len(held) > 1 and (
                    held[-1].lower() in _CLAUSE_ADVERBS
                    or held[-1].lower() in _LEVEL_AT
                    or (level and _ADVERB_END.fullmatch(held[-1]) is not None)
                ):
                    held.pop()  # "with the median now at $435,000": the adverb is no part of the noun
                if not level:
                    found = _antecedent(held)  # "with imports at 1.55 billion dlrs", "unemployment at 4%"
                elif (
                    held[-1][:1].islower()
                    and not _is_participle(held[-1])
                    and held[-1].lower() not in _NOT_SUBJECTS
                    and not (_has_digit(held[-2]) or _NUMBER_WORD.fullmatch(held[-2].lower()))
                ):
                    # "showed net profits sharply lower at 245 mln": the noun phrase before the level word,
                    # no verb in it; never a verb ("opening lower at") or a measure ("10 points higher at")
                    found = _phrase_before(held)
            if found is not None:
                return found.replace("_of_", " of ")
        if verb is None and cut == 0:
            return _label(words)
        if verb is None and len(words) == 1 and words[0].lower() in ("to", "from", "at"):
            apposed = _APPOSED_AMOUNT.search(before)
            if apposed is not None:
                # "fell 45 points, or 0.6%, to 7,420", "closed up 42 points, or 0.5%, at 8,285": the
                # level is of what fell
                return subject_left(text, lo, lo + apposed.start())
        if (
            verb is None
            and last_cut is not None
            and last_cut.group().startswith(",")
            and _LEVEL_AFTER_COMMA.fullmatch(before, last_cut.end()) is not None
            and _VERB_BEFORE_COMMA.search(before, max(0, last_cut.start() - 60), last_cut.start()) is not None
        ):
            # "rents rose 9.4% in the year to March, to an average of £1,725": the level the clause's
            # subject reached, after a comma
            reached = subject_left(text, lo, lo + last_cut.start())
            if reached is None or reached.lower() in _OPENERS or reached.lower() in _CLAUSE_ADVERBS:
                return None  # "Aluminum exports, meanwhile, decreased": no adverb is the subject
            return reached
        if verb is None:
            return None
        if (
            words[verb].lower() in _AUXILIARIES
            and words[-1].lower() != "at"  # "would be capitalised at 150 mln dlrs": a value, not an act
            and any(_is_action(word) for word in words[verb + 1 :])
        ):
            return None  # "Hague was jailed for six years", "he has won £1m": an agent, not what is measured
        while verb > 0 and (
            words[verb - 1].lower() in _AUXILIARIES
            or words[verb - 1].lower() in _VERB_CHAIN
            or words[verb - 1].lower() in _VERBS
        ):
            verb -= 1  # "are projected to reach", "is expected to rise": back to the subject
        if verb and words[verb - 1].lower() == "having":
            # "Gold rose to $2,450, having gained 18%": the participle's subject opens the sentence
            return _opening_phrase(_left_word(before).findall(before))
        if verb and last_cut is not None and _subjectless(words[:verb]):
            # "sales remained strong, and were expected to grow by 25 pct": the verb shares the subject
            # of the clause before
            return _shared_subject(text, lo, before)
        if verb > 2 and words[verb - 1].lower() == "and" and words[verb].lower() in _MEASURING_VERBS:
            # "The laptop has a big screen and weighs 1.2kg": a verb coordinated without a comma
            # shares the subject of the first verb
            first = next((i for i in range(1, verb - 1) if words[i].lower() in _MORE_VERBS), None)
            if first is not None and verb == len(words) - 1:
                verb = first
        held = words[:verb]
        while (
            len(held) > 1
            and (
                held[-1].lower() in _BEFORE_VERB_ADVERBS
                or (
                    _ADVERB_END.fullmatch(held[-1]) is not None
                    and held[-1] not in _LY_NOUNS
                    # only after a plain noun phrase: "the debentures annually can be" ends a longer clause
                    and not any(
                        w.lower() in _TAIL_OPENERS or w.lower() == "to" or _has_digit(w) for w in held[:-1]
                    )
                )
            )
        ):
            held.pop()  # "wirebar use nearly doubled", "Bitcoin briefly topped": no part of the noun
        found = _phrase_before(held) if verb else None
        if found is None and verb == 0 and relative is not None:
            found = _relative_object(words) or _antecedent(relative)  # "a bypass that will cost £40m"
        if found is None and cut > 0 and verb == 0:
            # "Exports in February, also in value terms, totalled": the clause opens on its verb,
            # so the subject is the phrase that opens the sentence.
            found = _reported_opening(before)
    return found.replace("_of_", " of ") if found else None


_SAID_OPENING = re.compile(r"[^,]{1,60}?\s(?:said|says)\s+(?:that\s+)?(?=[^,]*,)")
"""A sentence opening on a speaker and "said" (no comma before it: "Kuwait, they said, was"), up to
the reported clause, which a comma cuts."""
_NOT_REPORTED = frozenset(
    ["it", "they", "he", "she", "we", "i", "you", "there", "how", "what", "why", "when", "whether", "if"]
)
"""Words opening a reported clause whose own subject is no noun phrase to read ("said it may buy the
wheat, valued at", "said there appeared little doubt", "has not said how much it would pay")."""


def _reported_opening(before: str) -> str | None:
    """The phrase that opens ``before``, or the one a short "X said (that)" opening reports, read up to
    its comma: "Bouey said payments to chartered banks, which are made to ..., dropped to 832.3 mln
    dlrs" (payments, not the speaker), "Yonhap said the surplus, which covers ..., totalled"."""
    words = _left_word(before).findall(before)
    said = _SAID_OPENING.match(before)
    if said is not None:
        rest = before[said.end() : before.find(",", said.end())]
        first = rest.split(None, 1)[0].lower() if rest.strip() else ""
        if first and first not in _PREPOSITIONS and first not in _NOT_REPORTED and not first.endswith("ing"):
            # not "He said in a statement ... that", "said it may buy the wheat, valued at",
            # "Haggard said barring any program changes, ..."
            reported = _left_word(rest).findall(rest)
            # the clause's verb comes after the comma: "said the market expects slower growth, but" is
            # a whole clause, no subject cut off
            whole = any(
                w.lower() in _VERBS or w.lower() in _AUXILIARIES or w.lower() in _REPORTING for w in reported
            )
            found = None if whole else _opening_phrase(reported)
            if found is not None:
                return found
    return _opening_phrase(words)


_WORD_ASIDE = re.compile(r"\((?=[a-z])[^()\d]{1,60}\)(?=\s+[a-z])")
"""An aside in brackets, of lower-case words and before a lower-case word: "(excluding fuel) fell"."""
_SECURITIES = frozenset(["shares", "stock", "warrants", "units", "debentures", "rights", "stocks"])
_PER_PIECE_AFTER = re.compile(
    r"[^\s,;()]+(?:\s+(?:mln|billion|dlrs?|cts?|cents?|pence|p|francs?|marks?|yen|stg))?\s+"
    r"(?:(?:a|per)\s+(?:share|shr|warrant|unit|right)|each)\b",
    re.IGNORECASE,
)
"""A sum priced per piece right after the figure: "at 28 dlrs each", "at 16 dlrs a share"."""
_SCALE_WORD = re.compile(
    numbers.NUMBER_WORD + "|hundred|thousand|million|billion|mln|bln|dozen|pct|percent|dlrs?|cts?|cents?|stg"
)
"""A count's or a rate's word left before the securities' noun ("one million new shares", "7-1/2 pct
preferred stock"): no part of the noun."""
_LETTER_NUMBER_NAME = re.compile(r"M[0-4]")
"""A money-supply aggregate named by a letter and a digit ("Local M1 dropped 6.0 pct"): a name."""
_BASE_ASIDE = re.compile(r"(?<=ndex\s)\((?:base\s+[^()]{1,20}|\d{4}\s*=\s*100)\)(?=\s+[a-z])", re.IGNORECASE)
_MOVE_UP = re.compile(
    r"(?:gone|went|moved|come|came|shot|edged|inched|crept|ticked)\s+(?:up|down|higher|lower)(?:\s+(?:by|to))?\s*$",
    re.IGNORECASE,
)
"""A phrasal change verb before the figure ("output has come down by 3.5 pct", "prices have gone up to")."""
_MOVE_UP_ENDS = ("up", "down", "higher", "lower", "by", "to")
"""The words a match of :data:`_MOVE_UP` ends on, before its closing space."""


def _moved_up(before: str) -> re.Match[str] | None:
    """:data:`_MOVE_UP` searched in ``before``, once its last word (six letters at most, so in its
    last six characters) can end a match: ASCII there is matched case-blind by its lower case."""
    end = before.rstrip()[-6:]
    if end.isascii() and not end.lower().endswith(_MOVE_UP_ENDS):
        return None
    return _MOVE_UP.search(before)


_LEVEL_AT = frozenset(["higher", "lower", "up", "down", "firmer", "weaker", "steady", "unchanged"])
"""A level word between a noun and "at" ("profits lower at 245 mln"): no part of the noun."""
_COLON_LABEL = re.compile(
    r"(?:^|[;.!?(]\s*|\n)\s*(?P<label>[A-Za-z][A-Za-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})\s*:\s*$"
)
"""A label that opens a list item or a fragment right before its figure: "operating margin: 18.2%"."""


_STATE_LABELS = frozenset(
    ["injured", "wounded", "killed", "dead", "missing", "arrested", "detained", "displaced", "evacuated",
     "rescued", "recovered", "infected", "hospitalised", "hospitalized", "vaccinated", "confirmed"]
)  # fmt: skip
"""Participles that label a list item of people after a semicolon ("Deaths: 1,204; injured: 3,500")."""


def _colon_label(before: str) -> str | None:
    """The label before a colon that a figure follows (:data:`_COLON_LABEL`), when it names a thing:
    no verb, pronoun or function word ("The minister said: ...", "by the numbers:" are no labels)."""
    found = _COLON_LABEL.search(before)
    if found is None:
        return None
    words = found.group("label").split()
    if len(words) == 1 and words[0] in _STATE_LABELS and found.group().lstrip()[:1] == ";":
        return words[0]  # "Deaths: 1,204; injured: 3,500": a participle labels the item after ";"
    named = words[1:] if len(words) >= 2 and words[0].lower() in _LABEL_ARTICLES else words
    if any(
        w.lower() in _STOP or w.lower() in _MORE_VERBS or w.lower() in _PRONOUNS or w.lower() in _DETERMINERS
        for w in named
    ):
        return None
    return found.group("label")  # "The cost: $2bn", "Its debt: €900m": a definite label keeps its article


_LABEL_ARTICLES = frozenset(["the", "its", "their"])
"""Articles a label may open with ("The cost: $2bn"), read past when checking its words."""


def _subjectless(words: list[str]) -> bool:
    """True when the words before a clause's verb are only connectives or the infinitive's "to"."""
    return all(w.lower() in _OPENERS or w.lower() == "to" for w in words)


def _shared_subject(text: str, lo: int, before: str) -> str | None:
    """The subject of the clause before a subjectless one, past up to three cuts."""
    cuts = [m.start() for m in _CLAUSE_CUTS.finditer(before)]
    for earlier in reversed(cuts[-3:]):  # ", however, and were": past a clause of connectives
        shared = subject_left(text, lo, lo + earlier)
        if shared is not None:
            return shared
    return None


_PLURAL_VERBS = frozenset(
    ["average", "total", "cost", "top", "exceed", "reach", "number", "range", "hit", "pay", "offer", "earn",
     "charge", "yield", "last", "weigh", "employ", "receive", "make", "take", "get", "spend", "owe", "need"]
)  # fmt: skip
"""Present verbs a plural subject takes right before its figure ("Rents average €1,800")."""


def _label(words: list[str]) -> str | None:
    """A line that opens on a bare label: "Aluminium production 96,000 tonnes", "-- tobacco 285 acres"."""
    if not 0 < len(words) <= _MAX_LEFT:
        return None
    adverb = next((i for i in range(1, len(words) - 1) if words[i].lower() in _CLAUSE_ADVERBS), None)
    if adverb is not None and not (words[adverb - 1].islower() or _is_plural(words[adverb - 1].lower())):
        adverb = None  # "ATT also charges 40 dlrs": a name and its verb, no label
    if adverb is not None:
        words = words[:adverb]  # "Savings accounts now pay 5.1%": the adverb stands before a verb
    elif len(words) > 1 and words[-1].lower() in _LINKING_VERBS:
        words = words[:-1]  # "Fees comprise 1-1/4 pct": the subject of the verb, no label "Fees comprise"
    elif len(words) > 1 and words[-1].lower() in _PLURAL_VERBS and _is_plural(words[-2].lower()):
        words = words[:-1]  # "Rents average €1,800 a month": a plural and its verb, no label "Rents average"
    for word in words:
        lower = word.lower()
        if lower in _STOP or lower in _VERBS or lower in _PRONOUNS or _has_digit(word):
            return None
        if lower.endswith(("ed", "ing")) or lower in _MONTH_WORDS or lower in _TIME_WORDS:
            return None
        if lower in _PAST_FORMS:
            return None  # "Hackers stole $40m", "Shoppers spent £1.2bn": a clause, no label
    return " ".join(words)


_RELATIVES = frozenset(["that", "which", "who"])
_SEASONS = frozenset(
    [
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "weekend",
        "morning",
        "evening",
        "night",
        "season",
        "window",
    ]
)
_TICKER = re.compile(r"<?[A-Z0-9&]{1,6}\.[A-Z]{1,3}>?")


def _relative_antecedent(before: str, cut: re.Match[str] | None) -> list[str] | None:
    """The words before a relative "that"/"which" ("approved a bypass that"), None for "said that"."""
    if cut is None or cut.group().lower() not in _RELATIVES:
        return None
    words = _left_word(before).findall(before, 0, cut.start())
    if not words:
        return None
    last = words[-1].lower().rstrip(",")
    if last in _STOP or last in _MORE_VERBS or last in _REPORTING or last.endswith("ed") or last in _PRONOUNS:
        return None
    if last in _TIME_WORDS or last in _MONTH_WORDS or last in _SEASONS:
        return None  # "by this summer which": a time, not the antecedent
    return words


_NOT_ACTIONS = frozenset(["revised", "adjusted", "pegged", "seen", "reported", "restated", "unchanged"])


def _relative_object(words: list[str]) -> str | None:
    """The bare object between a relative clause's verb and its figure: "which has thrown water 60
    metres": the figure measures the water, not the antecedent."""
    last = max(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _VERBS or w.lower() in _PAST_FORMS or w.endswith("ed")
        ),
        default=-1,
    )
    if last < 0 or words[last].lower() in _AUXILIARIES:
        return None  # "that will cost £40m": no verb of its own before the figure
    rest = words[last + 1 :]
    if rest[:1] and rest[0].lower() in _DETERMINERS:
        rest = rest[1:]
    if not 0 < len(rest) <= 2 or kinds.is_person_noun(rest[-1]):
        return None  # "which has charged customers £40m": whom, not what
    for word in rest:
        lower = word.lower()
        if (
            not word.islower()
            or lower in _STOP
            or lower in _PREPOSITIONS
            or lower in _VERBS
            or lower in _DETERMINERS
            or lower.endswith(("ed", "ing", "ly"))
            or _has_digit(word)
        ):
            return None
    return acceptable(" ".join(rest))


_PASSED_VERBS = frozenset(["passed", "surpassed", "surpasses", "numbered", "number"])
"""Verbs of a figure reached or counted, read only right before it ("Dengue infections have passed 4
million", "Visitors numbered 4.2 million"): elsewhere "passed" is mostly a bill's or a time's participle."""


def _passed_figure(words: list[str]) -> bool:
    """True when ``words`` end on a verb of :data:`_PASSED_VERBS`; "passed" only after "has"/"have"/"had"
    ("have passed 4 million", "has now passed"), never "a measure passed two years ago"."""
    last = words[-1].lower()
    if last not in _PASSED_VERBS:
        return False
    return last != "passed" or any(w.lower() in ("has", "have", "had") for w in words[-3:-1])


_COST_VERBS = frozenset(["cost", "costs"])
"""The verb forms of "cost" whose payer may stand before the sum ("cost the carmaker 1.5 billion")."""
_OWNER_ENDS = ("'s", "’s", "s'")
"""Possessive endings: a word ending so owns what follows ("the firm's costs")."""
_NOUN_COST_BEFORE = (_DETERMINERS | _PREPOSITIONS | {"of"}) - {"to"}
"""Words before "cost" that make it a noun ("the cost", "of cost"), not the verb."""
_PAYER_PRONOUNS = frozenset(["it", "them", "us", "him", "her", "me", "taxpayers", "consumers"])
"""Pronouns and class nouns that stand for a payer after "cost" ("cost them 2 mln")."""
_PAYER_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "this", "that", "each"])
"""Determiners that open a payer's noun phrase after "cost" ("cost the state")."""
_SUM_HEDGES = frozenset(
    ["an", "a", "estimated", "further", "another", "record", "about", "around", "some", "nearly",
     "almost", "roughly", "approximately", "over", "more", "than", "least", "at", "up", "to", "another"]
)  # fmt: skip
"""Words that may stand between a sum and its payer ("cost Qatar an estimated $220bn")."""


def _cost_before_payer(words: list[str]) -> int | None:
    """The index of "cost" when a payer stands between it and the sum: "The strike cost the carmaker",
    "The World Cup cost Qatar (an estimated)", "cost taxpayers": the verb whose subject the sum measures."""
    end = len(words)
    while end > 2 and words[end - 1].lower() in _SUM_HEDGES:
        end -= 1
    for at in range(end - 2, max(0, end - 5), -1):
        if words[at].lower() not in _COST_VERBS:
            continue
        payer = words[at + 1 : end]
        before = words[at - 1].lower()
        if before in _NOUN_COST_BEFORE or before.endswith(_OWNER_ENDS):
            return None  # "the cost", "at cost", "the firm's costs": a noun, not the verb ("to cost" is one)
        if len(payer) == 1 and payer[0].lower() in _PAYER_PRONOUNS:
            return at
        if payer[0][:1].isupper() and all(w[:1].isupper() and not _has_digit(w) for w in payer):
            return at  # "cost Qatar", "cost British Airways"
        if payer[0].lower() in _PAYER_DETERMINERS and 1 < len(payer) <= 4:
            rest = payer[1:]
            if all(
                not _has_digit(w)
                and w.lower() not in _STOP
                and w.lower() not in _PREPOSITIONS
                and w.lower() not in _VERBS
                and w.lower() != "of"
                for w in rest
            ):
                return at  # "cost the carmaker", "cost the state's economy"
        return None
    return None


def _is_action(word: str) -> bool:
    """A participle of a verb that acts on the number ("jailed for", "won"), not one that links to it."""
    lower = word.lower()
    if lower in _VERBS or lower in _VERB_CHAIN or lower in _NOT_ACTIONS or lower in _REPORTING:
        return False
    return lower in _MORE_VERBS or (len(lower) > 4 and lower.endswith("ed"))


def _is_participle(word: str) -> bool:
    """ "priced", "ending": a verb form before "at", not the noun a figure is at."""
    lower = word.lower()
    return len(lower) > 4 and lower.endswith(("ed", "ing"))


def _antecedent(words: list[str]) -> str | None:
    """The noun phrase that ends ``words``, back to its determiner or preposition ("on a scratchcard")."""
    phrase: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if lower in _STOP or lower in _DETERMINERS or lower in _VERBS or _has_digit(word):
            break
        phrase.insert(0, word)
    phrase = _noun_end(phrase)[-_MAX_LEFT:]
    return " ".join(phrase) if phrase and phrase[-1].lower() not in _PRONOUNS else None


_GAP_BOUNDARY = re.compile(r"(?i),|\b(?:and|but|while|whereas)\b")


def new_clause(gap: str) -> tuple[bool, bool]:
    """Whether the words between two numbers name a new subject, and whether a verb follows it.

    ", its revenue passenger miles rose to" has both (a new clause); " a year earlier
    but was down from" has a verb but no new subject; ", and exports at" a new subject only.
    """
    boundaries = list(_GAP_BOUNDARY.finditer(gap))
    tail = gap[boundaries[-1].end() :] if boundaries else gap
    subject = verb = False
    words = [word.lower() for word in _left_word(tail).findall(tail)]
    for index, lower in enumerate(words):
        if lower in _MORE_VERBS:
            following = words[index + 1] if index + 1 < len(words) else ""
            if not subject and lower.endswith("s") and (following in _MORE_VERBS or following in _PAST_FORMS):
                subject = True  # "while imports rose to": a noun that could be a verb, then its verb
                continue
            verb = True
            break
        if (
            lower not in _STOP
            and lower not in _DETERMINERS
            and lower not in _TIME_WORDS
            and lower not in _MONTH_WORDS
            and lower not in _GAP_FILLERS
        ):
            subject = True
    return subject, verb


def gap_object(gap: str) -> str | None:
    """The object a verb of the gap between two figures sets the second to: " and cut its growth
    forecast to" -> "growth forecast"; None when the gap names no such object (" and then to")."""
    boundaries = list(_GAP_BOUNDARY.finditer(gap))
    tail = gap[boundaries[-1].end() :] if boundaries else gap
    return _object_of(_left_word(tail).findall(tail))


_GAP_FILLERS = frozenset(
    ["revised", "adjusted", "restated", "estimated", "corresponding", "same", "comparable", "compared",
     "comparing", "compares", "unchanged", "preliminary", "further", "another"]
)  # fmt: skip
"""Words between two figures that name no new subject: "vs a revised 40.1 mln"."""


_VERB_CHAIN = frozenset(
    [
        "to",
        "expected",
        "forecast",
        "projected",
        "likely",
        "set",
        "due",
        "estimated",
        "seen",
        "thought",
        "predicted",
    ]
)
_SKIPPED_IN_PHRASE = _TIME_WORDS | frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "first",
        "second",
        "third",
        "fourth",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "half",
    ]
)


_CONTROL_VERBS = frozenset(
    ["expect", "expects", "want", "wants", "wanted", "need", "needs", "needed", "allow", "allows",
     "allowed", "predict", "predicts", "predicted", "urged", "urges", "believe", "believes"]
)  # fmt: skip
"""Verbs whose object is the subject of the infinitive after it ("expect oil to reach $100")."""


_TAIL_OPENERS = _PREPOSITIONS | {"of"}


def _phrase_before(words: list[str]) -> str | None:
    """The noun phrase that ends ``words``; the clause's opening phrase when it is a prepositional tail."""
    words = _without_period_end(words)
    if (
        len(words) >= 3
        and words[-2].lower() in _DEICTIC
        and words[-1].lower() in _TIME_NOUNS
        and not any(w.lower() in _PREPOSITIONS or w.lower() == "of" for w in words[-6:-2])
    ):
        # "Sales last year were $4bn", "Prices last month rose 3%": a time, not the noun
        words = words[:-2]
        if len(words) >= 3 and words[-2].lower() == "so" and words[-1].lower() == "far":
            words = words[:-2]  # "Electric output so far this year was"
    phrase: list[str] = []
    index = len(words) - 1
    while index >= 0:
        word = words[index]
        # "Measles cases in the US": the country ending a tail, no "us"
        lower = "u.s." if word == "US" and not phrase else word.lower()
        if (
            lower in _PREPOSITIONS
            or lower == "of"
            or lower in _STOP
            or lower in _VERBS
            or lower in _DETERMINERS
            or lower in _CONTROL_VERBS
        ):
            break  # "Analysts expect oil to reach $100": oil, not the analysts
        named_number = (word.isdigit() and index > 0 and words[index - 1][:1].isupper()) or (
            _LETTER_NUMBER_NAME.fullmatch(word) is not None and not phrase
        )
        if ((_has_digit(word) and "-" not in word) and not named_number) or lower in _MONTH_WORDS:
            break  # a number ends the phrase, unless it is part of a name ("FTSE 100", "Nikkei 225")
        if (
            lower.endswith("ed")
            and phrase
            and lower not in _NOUNS_IN_ED
            and not _is_compound_adjective(lower)
            and not (index > 0 and words[index - 1].lower() in _TAIL_OPENERS)
            # "the United States": a name's capitalised participle, after "the", is no verb
            and not (
                word[:1].isupper() and phrase[0][:1].isupper() and index > 0 and words[index - 1] == "the"
            )
        ):
            break  # (but "Prices of imported goods rose": an adjective right after a preposition)
        phrase.insert(0, word)
        index -= 1
    rest = index
    while rest >= 0 and (
        words[rest].lower() in _DETERMINERS or words[rest].lower() in _MONTH_WORDS or _has_digit(words[rest])
    ):
        rest -= 1
    if rest >= 0 and (words[rest].lower() in _PREPOSITIONS or words[rest].lower() == "of"):
        return _opening_phrase(words)
    if rest > 0 and words[rest].lower() in ("and", "or") and phrase and phrase[0][:1].isupper():
        name = rest - 1
        while name >= 0 and (words[name][:1].isupper() or words[name].lower() in _DETERMINERS):
            name -= 1
        if name >= 0 and name < rest - 1 and words[name].lower() in _PREPOSITIONS:
            # "Exports to China and the United States rose": the names are the tail's, not the subject
            return _opening_phrase(words)
    if rest > 1 and words[rest].lower() == "and":
        lows = [word.lower() for word in words[max(0, rest - 10) : rest]]
        between = rest - 1 - lows[::-1].index("between") if "between" in lows else None
        if between is not None and not (
            _has_digit(words[between + 1]) or words[between + 1].lower() in _MONTH_WORDS
        ):
            # not a span of time ("between February 1985 and December 1986 the dollar fell")
            return _phrase_before(words[:between])  # "the spread between bills and bonds was": the spread
    while phrase and phrase[0].lower() in _SKIPPED_IN_PHRASE:
        phrase = phrase[1:]
    phrase = _noun_end(phrase)[-_MAX_LEFT:]
    if not phrase or phrase[-1].lower() in _PRONOUNS:
        return None
    return " ".join(phrase)


_DEICTIC = frozenset(["last", "this", "next"])
_TIME_NOUNS = frozenset(
    ["year", "month", "week", "quarter", "season", "spring", "summer", "autumn", "winter", "weekend", "night"]
)
"""A time adverbial between a clause's subject and its verb: "Sales last year were $4bn"."""


_VERB_PREFIXES = frozenset(["", "re", "co", "pre", "de", "un", "mis"])


def _is_compound_adjective(word: str) -> bool:
    """True for a hyphened participle that only modifies the noun after it ("company-managed shops",
    "state-owned banks", "Paris-based firms"): unlike a bare "-ed" word it is never the clause's verb,
    so the noun phrase goes on past it to its own start; a prefix ("re-elected", "co-founded") is a verb."""
    stem, hyphen, _ = word.rpartition("-")
    return bool(hyphen) and stem.rsplit("-", 1)[-1] not in _VERB_PREFIXES


def _without_period_end(words: list[str]) -> list[str]:
    """``words`` without a closing date that ends a period ("sales for the five weeks ended April 4
    rose"): the period is a prepositional tail, its date no noun of the phrase before the verb."""
    ended = next(
        (i for i in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[i].lower() in _ENDED), None
    )
    if ended is None or ended == 0 or ended == len(words) - 1:
        return words
    date = words[ended + 1 :]
    if date[0].lower() not in _MONTH_WORDS:
        return words
    if all(w.lower() in _MONTH_WORDS or _has_digit(w) or w.lower() in _SKIPPED_IN_PHRASE for w in date):
        return words[:ended]
    return words


_ENDED = frozenset(["ended", "ending"])
"""Participles that close a period on a date: "the quarter ended March 31"."""


_MONTH_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


_BY_HEDGES = frozenset(
    ["an", "a", "average", "of", "about", "around", "some", "nearly", "almost", "roughly", "further", "total"]
)
"""Words between "by" and the amount of a change ("by an average of 10%", "by a further 2 pct")."""


_RECORD_WORDS = frozenset(["a", "an", "new", "fresh", "record", "all-time", "high", "low", "peak"])


def _object_of(words: list[str]) -> str | None:
    """ "increased its stake in Trans-Lux to": the object between a setting verb and by/to/at."""
    if len(words) > 3 and words[-1].lower() not in ("by", "to", "at") and words[-1].lower() in _BY_HEDGES:
        tail = [word.lower() for word in words[-5:]]
        if "by" in tail and all(word in _BY_HEDGES for word in tail[tail.index("by") + 1 :]):
            words = words[: len(words) - len(tail) + tail.index("by") + 1]  # "cut prices by an average of"
    end = len(words)
    if end > 4 and words[-1].lower() == "of" and words[-2].lower() in _RECORD_WORDS:
        end -= 1  # "pushed the index to a new high of 8,400"
    while end > 3 and words[end - 1].lower() in _RECORD_WORDS:
        end -= 1  # "sent shares to a record 310p": the object before "to"
    if end < len(words) and words[end - 1].lower() in ("to", "at"):
        words = words[:end]
    if len(words) < 3 or words[-1].lower() not in ("by", "to", "at"):
        return None
    for index in range(len(words) - 2, max(-1, len(words) - 15), -1):
        if words[index].lower() in _TRANSITIVE:
            if index == len(words) - 2 and words[index].lower() in _NOUN_VERBS:
                continue  # "raised its growth forecast to": the forecast is the object, the verb is before it
            after = words[index + 1].lower()
            if words[index].lower() in _INTRANSITIVE_TOO and (
                after in _NO_OBJECT_AFTER or after in _PREPOSITIONS or _is_ly_adverb(words[index + 1])
            ):
                return None  # "Loans extended by banks rose to", "widened sharply to", "doubled in May to"
            if (
                index > 0
                and words[index - 1].lower() in _PASSIVE_BE
                and not words[index].lower().endswith("ing")
            ):
                return None  # "The credit lines were extended in their majority by 30 days": a passive
            return _opening_phrase(words[index + 1 : -1])
    return None


_PASSIVE_BE = frozenset(["was", "were", "is", "are", "been", "be", "being"])
_NO_OBJECT_AFTER = frozenset(
    ["by", "in", "on", "at", "from", "during", "over", "since", "for", "last", "this"]
)
"""Words right after a change verb that open no object: "doubled in February to", "extended by"."""
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_ADVERBIAL_OPENERS = frozenset(
    [
        ("in", "particular"),
        ("in", "addition"),
        ("in", "contrast"),
        ("by", "contrast"),
        ("in", "fact"),
        ("in", "general"),
        ("in", "turn"),
        ("in", "comparison"),
        ("in", "total"),
        ("in", "all"),
        ("as", "expected"),
        ("as", "well"),
    ]
)
"""Two-word adverbials that open a sentence before its subject ("In particular the quota ..."), never
the noun phrase themselves."""
_NOUN_VERBS = frozenset(["forecast", "forecasts", "estimate", "estimates"])
"""Verb forms that are also the nouns a setting verb moves ("cut its growth forecast to 5.8%", "raised
its estimate to"): right before "to"/"by"/"at", after the words of an object, they end that object;
the guide heads such a figure by the forecast ("2027 growth forecast" -> forecast)."""


def _opening_phrase(words: list[str]) -> str | None:
    """The noun phrase that opens ``words``, without determiners, up to a preposition or time word."""
    index = 0
    if len(words) > 2 and (words[0].lower(), words[1].lower()) in _ADVERBIAL_OPENERS:
        index = 2  # "In particular the quota on beef will be raised": the quota
    while index < len(words) and (
        words[index].lower() in _DETERMINERS
        or words[index].lower() in _OPENERS
        or words[index].lower() in _STOP
    ):
        index += 1
    phrase: list[str] = []
    owner = False
    for position, word in enumerate(words[index:], index):
        lower = word.lower()
        if owner and (_has_digit(word) or lower == "combined"):
            continue  # "the nation's 1986/87 crop", "the states' combined surplus": the owned phrase goes on
        if phrase and lower.endswith("ing") and _takes_object(words, position + 1):
            break  # "The ferry, carrying 380 passengers,": a participle and its object, not the noun
        owner = False
        if lower.endswith(("'s", "’s", "s'", "s’")) and lower not in ("it's", "that's", "there's", "what's"):
            phrase, owner = [], True  # "the nation's sugar output", "the states' surplus": no part of it
            continue
        if not phrase and lower in _MODIFYING_VERBS and _takes_noun(words, position + 1):
            phrase.append(word)  # "Total trade with Gulf states fell": a modifier, not the verb
            continue
        if not phrase and _YEAR_WORD.fullmatch(word) and position + 1 < len(words):
            continue  # "its 2027 growth forecast": the year dates the phrase, which goes on
        if lower in _NOUN_VERBS and position == len(words) - 1 and index < position:
            phrase.append(word)  # "its growth forecast" as an object ending the words: the noun
            break
        if lower in _PREPOSITIONS or lower == "of" or lower in _VERBS or lower in _STOP:
            break
        if phrase and lower in _CLAUSE_ADVERBS:
            break  # "The strike, now in its sixth week, has cost": the adverb opens an apposition
        if lower in _SKIPPED_IN_PHRASE and all(w.lower() in _SKIPPED_IN_PHRASE for w in phrase):
            phrase = []  # "first quarter earnings", "six month profit": the period is no part of it
            continue
        if lower in _TIME_WORDS or (_has_digit(word) and "-" not in word):
            break
        if phrase and lower == "base" and position + 1 < len(words) and _YEAR_WORD.match(words[position + 1]):
            break  # "the production index, base 1980, rose": the index, not its base year
        if (
            lower.endswith("ed")
            and lower not in _NOUNS_IN_ED  # "The average download speed in the country was"
            and (phrase or (position + 1 < len(words) and words[position + 1].lower() == "by"))
        ):
            if phrase and _is_ly_adverb(phrase[-1]):
                phrase.pop()  # "Services inflation, closely watched by": the adverb is the participle's
            break  # "..., helped by news of a profit rise": a participle and its agent, no noun
        phrase.append(word)
    phrase = _noun_end(phrase)[-_MAX_LEFT:]
    if not phrase or phrase[-1].lower() in _PRONOUNS:
        return None
    return " ".join(phrase)


_BEFORE_LY = _ADVERB_LEADS | frozenset(["new", "independent", "separate", "other", "back", "see"])
"""Words an "-ly" adverb follows without ending their noun phrase: "very badly", "new privately held"."""


def _is_ly_adverb(word: str) -> bool:
    """Whether ``word`` is a lower-case "-ly" adverb ("closely", "widely"), no noun like "supply"."""
    return (
        _ADVERB_END.fullmatch(word) is not None
        and word not in _LY_NOUNS
        and word not in _NOT_SUBJECTS  # "estimated previously": a phrase rejected as it was
        and not word.endswith(("ply", "mily"))  # "oversupply", "multifamily": nouns
    )


_MODIFYING_VERBS = frozenset(["total", "estimated", "projected", "expected", "forecast", "average"])
"""Verb forms that open a noun phrase as its modifier ("Total trade", "Estimated output")."""


def _takes_noun(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a content word, no verb, preposition or number."""
    if index >= len(words):
        return False
    lower = words[index].lower()
    return not (_has_digit(lower) or lower in _STOP or lower in _VERBS or lower in _PREPOSITIONS)


def _takes_object(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` opens an object: a number or a determiner ("carrying 380", "carrying the")."""
    return index < len(words) and (_has_digit(words[index]) or words[index].lower() in _DETERMINERS)


_APPOSITION = re.compile(r"(?P<name>(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)\s*,\s*$")


_PEOPLE_COUNT = "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in numbers.NUMBER_WORD.split("|"))
"""A number word counting the people of an apposition, capitalised or not ("Two men, aged 19 and 23,")."""
_PERSON_APPOSITION = re.compile(
    r"\b(?P<name>(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|" + _PEOPLE_COUNT + r"|\d+)\s+"
    r"(?:[a-z]+\s+){0,2}[a-z]+"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)?)"
    r"\s*,\s*$"
)


_AGED_NOUN = re.compile(r"\b(?P<noun>[A-Za-z][\w'-]*[a-z])\s+[Aa]ged\s+$")
_PERSON_AGE_LEAD = re.compile(
    r"(?i)(?:\s*,\s*(?:" + kinds.AGE_LEAD + r"|aged|who\s+(?:turned|turns|will\s+be)|(?:who\s+)?turned|"
    r"turning)|\s*\()\s+$|\s*\($"
)
"""Words between a person and their age: "The victim, aged 42,", "The singer, who turned 60",
"The former minister, now 71,", "Tom Brown (42)": read as the plain apposition "The victim, 42,"."""
_AGED_LIST = re.compile(
    r"(?i)\s+(?:" + kinds.LISTED_AGE + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$"
)
"""The figures before the last of a list of ages ("aged 19 and 23"): all belong to the same people."""


_MEASURING_VERBS = frozenset(
    ["weighs", "weighed", "measures", "measured", "costs", "cost", "lasts", "lasted", "holds", "held",
     "seats", "seated", "spans", "spanned", "stands", "stood", "covers", "covered", "stretches", "stretched",
     "employs", "employed", "houses", "housed", "carries", "carried", "reaches", "reached", "tops", "topped"]
)  # fmt: skip
"""Verbs whose figure measures their own subject, so that "and" shares it: "has a big screen and weighs
1.2kg"; "agreed to extend the loan and increase 20.7 mln dlrs" measures no Naples."""
_DEATH_VERBS = r"(?:died|dies|has|had|was|is|passed|retired|retires|who)\b"
_DIED_AGED = re.compile(
    r"\b(?:died|dies|has\s+died|passed\s+away|retired|retires)\b[^,;()]{0,40}\s[Aa]ged\s+$"
)
"""A death or retirement told before the age: "died on Tuesday aged 88" is the age of the clause's subject."""
_OPENING_PERSON = re.compile(
    r"\s*(?P<name>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?!" + _DEATH_VERBS + r")[A-Za-z][\w-]*\s+){0,3}"
    r"(?!" + _DEATH_VERBS + r")[a-z][\w-]*|"
    r"(?:[A-Z][\w'.-]*\s+(?:[a-z]+\s+)?){0,3}[A-Z][\w'.-]*)(?=,|\s+(?:[a-z]|\())"
)
"""The person a sentence opens on: a name ("Smith", "Dr Ann Lee") or a noun phrase ("The singer")."""


def aged(text: str, lo: int, start: int) -> str | None:
    """The person an age belongs to: "Lampe, 56," -> "Lampe"; "Dr James Renier, 47" -> "Dr James Renier".

    A person named by a noun keeps its article and origin: "A man, 34," -> "A man",
    "A pensioner from Lisburn, 71," -> "A pensioner from Lisburn", "Her daughter, 3," ->
    "Her daughter". Words between the person and the age are read past ("The victim, aged 42,",
    "The singer, who turned 60", "Tom Brown (42)"), as are the earlier ages of a list ("The two
    men, aged 19 and 23": both are the men's), and a bound ("Women over 50": the women's).
    """
    before = text[max(lo, start - 80) : start]
    if _FRONTED_AGE.fullmatch(before) is not None:
        return _fronted_aged(text, start)  # "Aged 16, Ramirez became ...": the clause's person
    listed = _AGED_LIST.search(before)
    if listed is not None and before[: listed.start()].lower().endswith("aged"):
        before = before[: listed.start()] + " "  # "aged 19 and 23": the 23 is aged as the 19
    if before.endswith(("aged ", "Aged ")):
        died = _DIED_AGED.search(before)
        if died is not None:
            opening = _OPENING_PERSON.match(text, lo, start)
            if opening is not None and opening.end() <= start - len(before) + died.start():
                return opening.group("name")  # "Smith, who served 32 years, died on Tuesday aged 88"
        aged_noun = _AGED_NOUN.search(before)
        noun = aged_noun.group("noun") if aged_noun is not None else None
        if noun is not None and acceptable(noun) is not None and not noun.endswith("ly"):
            return noun  # "4,000 adults aged 65", "a man aged 34": the noun before "aged"
    if kinds.AGE_BOUND.match(text, start) is not None:
        bounded = kinds.bounded_person(before)
        if bounded is not None:
            return bounded  # "Women over 50", "Men aged over 60"
    lead = _PERSON_AGE_LEAD.search(before)
    if lead is not None:
        before = before[: lead.start()] + ", "
    person = _PERSON_APPOSITION.search(before)
    if person is not None:
        noun = person.group("name").split()
        nouns = [w for w in noun[1:] if w.islower() and w not in ("from", "of", "in")]
        if nouns and kinds.is_person_noun(nouns[-1]):
            return person.group("name")
    match = _APPOSITION.search(before)
    if match is None or match.group("name").lower() in ("age", "aged"):
        return None  # "Age 42, he was the oldest": no one is named before the age
    return match.group("name")


_FRONTED_AGE = re.compile(r"[\"“‘'\s]*(?:Aged|Age)\s+")
"""An age that opens its sentence: "Aged 16, ..."."""
_AFTER_FRONTED_AGE = re.compile(r"\d+\s*,\s+")
_FRONTED_NAME = re.compile(r"(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*(?=\s+[a-z])")
_FRONTED_NOUN = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?:\s+[a-z][\w-]*){1,3}")


def _fronted_aged(text: str, start: int) -> str | None:
    """The person a fronted age belongs to: the subject of the clause after its comma ("Aged 16,
    Ramirez became" -> "Ramirez"; "Aged 70, the retired teacher ran" -> "the retired teacher")."""
    comma = _AFTER_FRONTED_AGE.match(text, start)
    if comma is None:
        return None
    noun = _FRONTED_NOUN.match(text, comma.end())
    if noun is not None:
        words = noun.group().split()
        for index in range(1, len(words)):
            if kinds.is_person_noun(words[index]):
                return " ".join(words[: index + 1])
        return None
    name = _FRONTED_NAME.match(text, comma.end())
    if name is None or name.group().split()[0] in ("The", "A", "An", "He", "She", "They", "It", "I", "We"):
        return None
    return name.group()


def counted_in(subject: str) -> str | None:
    """ "sales of domestic-built cars" -> "domestic-built cars": the counted noun after "of"."""
    _, of, rest = subject.partition(" of ")
    return rest.strip() or None if of else None


_OF_OWNER = re.compile(
    r"(?P<noun>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)\s+of\s+"
    r"(?:(?:" + HEDGE + r"|a|an)\s+)?$"
)
_HEDGE_SPAN = max(len(word.split()) for word in HEDGE_WORDS)
_OF_OWNER_CHUNKS = 3 + 1 + _HEDGE_SPAN
"""The most whitespace-separated chunks an :data:`_OF_OWNER` match spans (three nouns, "of", a hedge):
its search may start where the last that many chunks begin, and finds the same match."""


def _chunks_start(text: str, chunks: int) -> int:
    """Where the last ``chunks`` whitespace-separated chunks of ``text`` begin, at most: a search for
    a ``$``-anchored pattern that spans no more chunks (and looks at nothing before its start) can
    begin there and finds what a search of the whole text finds, without trying every earlier offset."""
    parts = text.rsplit(None, chunks)
    return len(parts[0]) if len(parts) > chunks else 0


def _of_owner(before: str) -> str | None:
    """ "earnings of", "a dividend of": the noun an "of" ties to the number that follows it."""
    if " of " not in before[-32:]:
        return None  # the common case, without a regex search
    tail = before[-80:]
    match = _OF_OWNER.search(tail, _chunks_start(tail, _OF_OWNER_CHUNKS))
    if match is None:
        return None
    words = match.group("noun").split()
    while words and (words[0].lower() in _STOP or words[0].lower() in _VERBS):
        words = words[1:]
    verbs = [
        i for i, word in enumerate(words[:-1]) if word.lower() in _MORE_VERBS or word.lower() in _DETERMINERS
    ]
    if verbs:
        # "expects savings of €90m": a noun phrase begins after its verb; "proposed a dividend of":
        # after its article, whatever verb (known or not) stands before it
        words = words[verbs[-1] + 1 :]
    if not words:
        return None
    last = words[-1].lower()
    if last in _STOP or last in _NOT_SUBJECTS or last in _VERBS or last in _TIME_WORDS or last in _LEVELS:
        return None
    return " ".join(words)


_LEVELS = frozenset(["average", "high", "low", "peak", "maximum", "minimum"])
"""Nouns of a level ("rose to an average of", "an all-time high of"): the verb's subject is what is
measured."""
LEVELS = _LEVELS
"""Public name of the level words ("an average of", "a peak of"): frames of a figure, not its noun."""
_WORTH = re.compile(
    r"(?i)(?P<noun>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s+worth\s+"
    r"(?:(?:" + HEDGE + r"|a\s+reported)\s+)?$"
)


def worth_owner(before: str) -> str | None:
    """ "a contract worth a reported €15m": the thing an amount is the worth of."""
    if "worth" not in before[-40:]:
        return None  # the common case, without a regex search
    match = _WORTH.search(before[-80:])
    if match is None:
        return None
    words = match.group("noun").split()
    cut = max(
        (
            index + 1
            for index, word in enumerate(words[:-1])
            if word.lower() in _STOP or word.lower() in _DETERMINERS or word.lower() in _PAST_FORMS
        ),
        default=0,
    )
    words = words[cut:]  # "will receive a bonus worth £500": the bonus, not the verb before it
    while words and (words[0].lower() in _STOP or words[0].lower() in _DETERMINERS or _has_digit(words[0])):
        words = words[1:]
    while words and "-" in words[0] and words[0].split("-")[-1].lower() in _DURATION_WORDS:
        words = words[1:]  # "a six-year contract": the contract
    return acceptable(" ".join(words)) if words else None


_MEASURED_BY = re.compile(
    r"(?i)(?P<noun>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s+"
    r"(?:weighing|measuring|costing|numbering|totall?ing|amounting\s+to|(?:priced|valued)(?:\s+at)?)\s+"
    r"(?:(?:" + HEDGE + r"|a\s+total\s+of)\s+)?$"
)


_VALUED_PASSIVE = re.compile(
    r"(?i)(?P<noun>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:(?:currently|now|also|still|initially|originally|officially)\s+)?(?:priced|valued)\s+at\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"
)
"""A passive valuation: "That contract is currently valued at 60 mln dlrs" values the contract."""


_GAPPED = re.compile(
    r"(?:,\s*(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but)\s+)(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+to\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
_GAP_LICENCE = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined|dropped|climbed|jumped|grew|eased|widened|narrowed|"
    r"slipped|slumped|surged|improved|shrank|edged\s+(?:up|down)|went\s+(?:up|down)|was\s+cut|were\s+cut|"
    r"was\s+raised|were\s+raised)\s+(?:[\w.,/-]+\s+){0,4}?to\s"
)
_TRADE_NOUNS = frozenset(
    ["exports", "imports", "sales", "shipments", "deliveries", "orders", "costs", "prices"]
)
"""Plurals that read as verbs too ("exports"), nouns when a gapped conjunct opens on them."""
_CHANGE_VERB = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined|dropped|climbed|jumped|grew|eased|widened|narrowed|"
    r"slipped|slumped|surged|improved|shrank|edged|went|was|were)\b"
)
_NOT_GAPPED = frozenset(["equivalent", "equal", "close", "due", "similar", "next", "prior", "back", "total"])


def _no_gapped_word(lower: str) -> bool:
    """Whether a word can stand in no noun phrase of a conjunct whose verb is left out: a stop word,
    determiner, verb, preposition or a word of :data:`_NOT_GAPPED` (", bringing the total to", "and
    plans to"). Shared by both readers of a gapped conjunct."""
    return (
        lower in _STOP
        or lower in _DETERMINERS
        or (lower in _MORE_VERBS and lower not in _TRADE_NOUNS)
        or lower in _PREPOSITIONS
        or lower in _NOT_GAPPED
    )


def gapped_subject(text: str, lo: int, start: int) -> str | None:
    """ "Imports rose to $3.1bn, and exports to $2.6bn": the subject of a conjunct whose verb is left out.

    The noun phrase must follow a comma or "and"/"while"/"but" right before "to", without a verb of its
    own, and the sentence must have set a level "to" with a change verb before it.
    """
    if not text.endswith(("to ", "to\n"), max(lo, start - 3), start):
        return None  # the common case, without a regex search
    before = text[max(lo, start - 60) : start]
    if "," not in before and " and " not in before:
        return None
    match = _GAPPED.search(before)
    if match is None:
        return None
    words = match.group("np").split()
    for index, word in enumerate(words):
        lower = word.lower()
        if index == 0 and lower in _POSTDETERMINERS and len(words) > 1:
            continue  # "and other receipts to"
        if _no_gapped_word(lower) or lower.endswith(("ed", "ing", "ly")):
            return None  # ", bringing the total to", ", compared to", "and plans to": no gapped subject
    opening = text[max(lo, start - 250) : max(lo, start - 60) + match.start()]
    verbs = list(_CHANGE_VERB.finditer(opening))
    if not verbs or _GAP_LICENCE.match(opening, verbs[-1].start()) is None:
        return None  # the last verb before the conjunct must set a level "to" ("rose to $3.1bn")
    return acceptable(" ".join(words))


_GAPPED_BARE = re.compile(
    r"(?:,\s*(?:and\s+)?|\sand\s+)(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:" + HEDGE + r"\s+)?$"
)
"""A conjunct of a noun phrase and a bare figure, its verb left out: ", pears 45p", "and profits 8%"."""
_GAPPED_BARE_CHUNKS = 1 + 1 + 3 + _HEDGE_SPAN
"""The most whitespace-separated chunks a :data:`_GAPPED_BARE` match spans (the comma, "and", three
words, a hedge)."""
_GAP_FIGURE_VERB = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined|dropped|climbed|jumped|grew|eased|gained|lost|"
    r"slipped|slumped|surged|shrank|cost|costs|added|advanced|was|were)\s+(?:by\s+)?(?:about\s+|some\s+)?"
    r"[£$€]?\d[\d,.]*(?:\s*(?:%|p\b|pct|per\s+cent|percent|bn|m\b|million|billion|cents?|points?))?"
    r"(?:\s+(?:in|on|at)\s+[A-Za-z]+)?\s*(?:,|\band\b)"
)
"""A first conjunct whose verb takes a bare figure ("Sales rose 5%,", "Apples cost 30p,"): the licence
for a later conjunct that leaves the verb out."""


def gapped_bare(text: str, lo: int, start: int) -> str | None:
    """ "Sales rose 5% and profits 8%", "Apples cost 30p, pears 45p": the subject of a conjunct whose
    verb is left out and whose figure follows its noun phrase right away. The first conjunct must give
    its own figure right after its verb (:data:`_GAP_FIGURE_VERB`), in the same clause."""
    before = text[max(lo, start - 40) : start]
    if "," not in before and " and " not in before:
        return None  # the common case, without a regex search
    match = _GAPPED_BARE.search(before, _chunks_start(before, _GAPPED_BARE_CHUNKS))
    if match is None:
        return None
    words = match.group("np").split()
    for index, word in enumerate(words):
        lower = word.lower()
        if (
            _no_gapped_word(lower)
            or lower in _POSTDETERMINERS
            or lower in _TIME_WORDS
            or lower in _MONTH_WORDS
            or lower.endswith("ly")
            or (lower.endswith(("ed", "ing")) and index == len(words) - 1)  # not "canned pineapples"
            or lookup_unit(lower) is not None
        ):
            return None  # ", up 5%", "and in March 4%": no noun phrase of its own
    opening = text[max(lo, start - 160) : max(lo, start - 40) + match.start("np")]
    licences = list(_GAP_FIGURE_VERB.finditer(opening))
    if not licences or not _only_figures_between(opening[licences[-1].end() :]):
        return None
    return acceptable(" ".join(words))


_GAP_STEP = re.compile(
    r"\s*(?:[a-z][\w-]*\s+){1,3}(?:" + HEDGE + r"\s+)?[£$€]?\d[\d,.]*(?:\s*(?:%|[a-z]+)){0,2}"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)"
)


def _only_figures_between(between: str) -> bool:
    """True when the words after the licensing conjunct are only further gapped conjuncts."""
    at = 0
    while at < len(between):
        step = _GAP_STEP.match(between, at)
        if step is None:
            return not between[at:].strip()
        at = step.end()
    return True


_MEASURING = (
    "weighing",
    "measuring",
    "costing",
    "numbering",
    "totalling",
    "totaling",
    "amounting",
    "priced",
    "valued",
)
"""Participles whose figure measures the noun right before them: "homes priced above Rs 1 crore",
"apartments valued at over $1m" price the homes; after a verb or pronoun ("were priced at", "it valued")
the words before are no noun and :func:`measured_owner` gives none."""


def measured_owner(before: str) -> str | None:
    """ "cameras weighing 12kg", "two bonds totalling 1 bln crowns": the noun a participle measures."""
    tail = before[-40:]
    if not any(word in tail for word in _MEASURING):
        return None  # the common case, without a regex search
    passive = _VALUED_PASSIVE.search(before[-80:]) if "d at" in tail else None
    match = passive or _MEASURED_BY.search(before[-80:])
    if match is None:
        return None
    words = match.group("noun").split()
    last = len(words) - 1 if passive is not None else -1  # "That contract is valued at": a noun, not a verb
    start = 0
    for index, word in enumerate(words):
        lower = word.lower()
        if (
            lower in _STOP
            or lower in _DETERMINERS
            or (lower in _MORE_VERBS and index != last)
            or lower in numbers.NUMBER_WORDS
            or (lower.endswith("ing") and index < len(words) - 1)
        ):
            start = index + 1  # "carrying instruments", "two bonds": the phrase begins after them
    words = [word for word in words[start:] if not _has_digit(word)]
    if not words or (len(words) == 1 and words[0].lower().endswith("est")):
        return None  # "the strongest measuring 6.5": a superlative stands for a noun said before
    return acceptable(" ".join(words))


_IN_NOUN = re.compile(r"\s+in\s+(?=[a-z])")
_NOT_HELD_IN = frozenset(["fiscal", "calendar", "band", "terms", "real", "nominal", "total", "all"])
"""Words after "<sum> in" that say when or how it is counted ("in fiscal 1987"), not what it is in."""
_IDIOMS_WORDS = """
    return exchange response addition part order line favour favor lieu connection effect fact particular
    advance excess full principle respect view case
"""
_IDIOMS = frozenset(_IDIOMS_WORDS.split())
"""Nouns of idioms after "in" ("in return for", "in excess of"): alone, no thing a sum is in."""


_BEFORE_GERUND = frozenset(
    ["new", "fresh", "extra", "further", "more", "additional", "private", "public", "total"]
)
"""Adjectives before a noun in "-ing" that :func:`_words` stops short of ("in fresh funding")."""
_GERUND_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,}ing)\b(?!\s+(?:the|a|an|its|their|his|her)\b)")


def held_in(text: str, end: int, hi: int) -> str | None:
    """ "$2bn in new debt", "5 mln dlrs in cash": what a sum is in, when no time or place follows "in"."""
    match = _IN_NOUN.match(text, end, hi)
    if match is None:
        return None
    words = _words(text, match.end(), hi, keep_determiner=True)
    for word in words:
        lower = word.lower()
        if (
            lower in _DETERMINERS
            or lower in _TIME_WORDS
            or lower in _MONTH_WORDS
            or lower in _NOT_HELD_IN
            or lower in _SEASONS  # "£2.4bn in the summer transfer window", "in the morning"
            or lower in numbers.NUMBER_WORDS
            or _has_digit(word)
        ):
            return None  # "in the first quarter", "in nine months", "in fiscal 1987"
    if len(words) == 1 and words[0].lower() in _IDIOMS:
        return None  # "in return for", "in exchange for", "in excess of"
    if words and words[-1].lower() in _BEFORE_GERUND:
        last = text.find(words[-1], match.end(), hi)
        gerund = _GERUND_AFTER.match(text, last + len(words[-1]), hi) if last >= 0 else None
        if gerund is not None:
            words.append(gerund.group("w"))  # "in fresh funding", "in new borrowing": the noun in "-ing"
    return acceptable(" ".join(words)) if words else None


_DURATION_WORDS = frozenset(["year", "month", "week", "day", "hour", "minute"])


_DIRECTIONS_WORDS = """
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west
"""
_DIRECTIONS = frozenset(_DIRECTIONS_WORDS.split())
_TRAILING_WORDS = (
    _DIRECTIONS_WORDS
    + """
    due short nominal plus cast having following including worth
    """
)
_PLACE_ADVERBS = frozenset(["abroad", "overseas", "online", "offshore", "onshore", "nationwide", "worldwide"])
"""Adverbs of where that follow a figure or a noun ("spent £1.2bn online", "sales overseas rose"): they
end a phrase and name nothing measured; before a noun they modify it ("online sales")."""
_PREDICATE_ADJECTIVES_WORDS = """
    effective efficient enough cheaper dearer costlier bigger larger smaller faster slower stronger
    weaker heavier lighter warmer colder hotter cooler richer poorer safer likelier likely unlikely
    full empty complete accurate sure certain confident ready
"""
_PREDICATE_ADJECTIVES = frozenset(_PREDICATE_ADJECTIVES_WORDS.split())
"""Adjectives a figure grades ("91% effective against", "20% cheaper than", "is a 4% pay rise enough"):
they end the phrase and never name what is measured, which is the clause's subject or the noun before."""
_TRAILING = frozenset(_TRAILING_WORDS.split()) | _PLACE_ADVERBS | _PREDICATE_ADJECTIVES | {"nil"}


def _named(words: list[str], index: int) -> bool:
    """True when a capitalised direction opens a name that modifies a noun after it ("East Bloc
    currency traders", "West German banks"): the direction is part of the name, no trailing word
    ("120 miles south-west of"); a name that ends the phrase is apposed ("crude West Texas Intermediate")."""
    if not words[index][:1].isupper() or words[index].lower() not in _DIRECTIONS:
        return False
    rest = words[index + 1 :]
    named = 0
    while named < len(rest) and rest[named][:1].isupper() and rest[named].isalpha():
        named += 1
    return 0 < named < len(rest) and rest[named].isalpha() and rest[named].islower()


"""Words after a noun that are no part of it ("a bond due 1992", "120 miles south-west of"; a table's
"nil" in place of a figure: "Wheat nil nil 0.1 0.3" is a row of wheat)."""
_PER = re.compile(r"\s+(?:a|an|per|each)\s", re.IGNORECASE)
_TWO_WORD_UNIT_OPENERS = frozenset(["metric", "troy", "short", "long"])
"""Words that open a unit of two ("a metric ton", "a troy ounce"), a denominator as the unit alone is."""


_CHANGE_HEADS_WORDS = """
    rise rises increase increases gain gains drop drops fall falls decline declines jump cut cuts hike hikes
    boost boosts
"""
_CHANGE_HEADS = frozenset(_CHANGE_HEADS_WORDS.split())
_ADJECTIVE_ENDINGS = ("al", "ly", "ed", "ing", "er", "est", "ic", "ive", "ous", "ful", "ble")


def _noun_modifier(word: str) -> bool:
    """True for a lower-case word that reads as a noun modifying the next ("pay" in "pay rise"), not an
    adjective or function word ("annual", "sharp" and "further" describe the change itself)."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(lower) > 2
        and not lower.endswith(_ADJECTIVE_ENDINGS)
        and lower not in _STOP
        and lower not in _DETERMINERS
        and lower not in _NOT_SUBJECTS
    )


def _gerund_noun(word: str) -> bool:
    """True for an "-ing" noun before a change word ("spending" in "a 10% spending cut", "funding" in
    "a £3m funding boost"); "-ing" words that are changes themselves ("rising", "falling") are not."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(lower) > 5
        and lower.endswith("ing")
        and lower not in CHANGE_WORDS
        and lower not in _STOP
    )


def _names_a_span(word: str) -> bool:
    """True for a noun or gerund before "time(s)" that makes it a measured span ("waiting", "journey",
    "response"), not a count of occasions ("three times") or an ordinal ("the first time")."""
    lower = word.lower()
    return (
        word.isalpha()
        and len(lower) > 3
        and lower not in _TIME_WORDS
        and lower not in _STOP
        and lower not in _DETERMINERS
        and lower not in _NOT_SUBJECTS
        and lower not in _POSTDETERMINERS
        and (_noun_modifier(lower) or lower.endswith("ing"))
    )


def _noun_in_ly(words: list[str]) -> bool:
    """True when a final "-ly" word is a noun, not an adverb: a noun modifier before it makes it the
    head of a noun phrase ("money supply", "the royal family"); "-pply" ends no adverb ("supply")."""
    head = words[-1].lower()
    if head.endswith("pply"):
        return True
    if len(words) < 2:
        return False
    before = words[-2].lower()
    return not before.endswith("ly") and before not in _STOP and before not in _MORE_VERBS


_TRAILING_ADVERBS = frozenset(["meanwhile", "however", "moreover", "nevertheless", "also", "though"])
"""Sentence adverbs a wire sets after the subject ("Exports, meanwhile, fell"): never its last word."""


@lru_cache(maxsize=128)
def acceptable(subject: str | None, after: str = "") -> str | None:
    """``subject`` unless it never names what is measured ("year", "prior", "the total").

    Cached: pure, and the passes over a fact ask it of the same phrase again (a third of the calls).

    Args:
        subject: The phrase read after or before the number.
        after: The text right after the number: "35 cts a share" and "5 pct a year"
            name a rate's denominator there, not what is measured.
    """
    if subject is None:
        return None
    words = subject.split()
    trailing = next(
        (i for i in range(1, len(words)) if words[i].lower() in _TRAILING and not _named(words, i)),
        len(words),
    )
    words = words[:trailing]  # "eurobond due April", "principal amount plus": the noun before
    while len(words) > 1 and words[-1].lower().strip(",") in _TRAILING_ADVERBS:
        words = words[:-1]  # "Aluminum exports, meanwhile, decreased": the aside is no part of the noun
    subject = " ".join(words)
    unit_alone = len(words) == 1 or (len(words) == 2 and words[0].lower() in _TWO_WORD_UNIT_OPENERS)
    per = _PER.match(after) if unit_alone else None
    if per is not None and after[per.end() :].lower().startswith(words[0].lower()[:4]):
        return None  # "35 cts a share": the denominator, not what is measured
    if len(words) >= 2 and words[0].lower() in ("above", "below"):
        return None  # "40% below average": a comparison with a level, no noun of the figure
    if len(words) >= 2 and _is_ly_adverb(words[-1]):
        # "The merger, widely expected": no adverb ends a noun phrase, nor the verb it follows
        # ("gold futures started strongly")
        rest = words[:-1]
        if rest[-1].endswith("ed") and rest[-1].lower() not in _NOUNS_IN_ED:
            rest = rest[:-1]
        if not rest or rest[-1].lower() in _BEFORE_LY or rest[-1].lower() in _MORE_VERBS:
            return None  # "very badly", "the new privately held company": the adverb modifies a word after it
        return acceptable(" ".join(rest), after)
    head = words[-1].lower().rstrip(".")
    if head in ("gain", "gains") and len(words) >= 2 and words[-2].lower() in BOOKED_GAIN:
        return subject  # "extraordinary gains of 952,000 dlrs": an amount booked, not a rise
    if head in _CHANGE_HEADS and len(words) >= 2 and (_noun_modifier(words[-2]) or _gerund_noun(words[-2])):
        return acceptable(" ".join(words[:-1]))  # "a 4.3% pay rise", "a 5% price cut": what changes
    if head in ("time", "times") and len(words) >= 2 and _names_a_span(words[-2]):
        return subject  # "waiting times have grown to 14 weeks", "journey time": a span that is measured
    if (
        head in _NOT_SUBJECTS
        or head in _PLACE_ADVERBS
        or head in _PREDICATE_ADJECTIVES
        or head in _TIME_WORDS
        or (head in _STOP and not (len(words) == 1 and head in _NOUNS_IN_STOP))
        or head in _SEASONS
        or (head.endswith("ly") and not _noun_in_ly(words))
    ):
        return None  # "this season", "take up": no noun of the figure
    if _TICKER.fullmatch(words[-1]):
        return None  # "Renault <RENA.PA> said": a ticker names no measured thing
    if len(words) == 1 and (
        head in _PRONOUNS
        or head in _LEVELS
        or head in numbers.NUMBER_WORDS  # "One, three and six-month deposits": a figure, not its noun
        or (subject.isupper() and len(subject) <= 3 and "." in subject)
    ):
        return None
    return subject


_MORE_VERBS_WORDS = """
    close closes closed spend spends spent stole steal steals scored scores won wins win took takes
    take made makes make gave gives give got gets paid pays pay sold sells sell bought buys buy held
    holds hold kept keeps lost loses saw sees see ran runs run led leads lead met meets brought brings
    told tells found finds stood said says announced plans plan planned expects expected expect
    voted votes controls control controlled employs employ employed serves served packs pack runs
    burned burns shot shoots launched killed kills wounded injured fled left leaves leave hit hits
    has have had is are was were will would could should may might must can cannot does did do
    owns own owned carries carried produces produced produce exports exported imports imported
    start starts begin begins sit sits hover hovers hovered sent send sends drove drives drew
    measure measures measured stretch stretches stretched extend extends extended
"""
_MORE_VERBS = frozenset(_MORE_VERBS_WORDS.split()) | _VERBS
"""Words that end a sentence's opening noun phrase: its verb or auxiliary."""


def is_verb(word: str) -> bool:
    """True for a word that is a verb or auxiliary of a clause ("is", "stood", "holds")."""
    return word.lower() in _MORE_VERBS


class Clause(NamedTuple):
    """The noun phrase a clause opens with, and what its words say of it.

    Attributes:
        text: The phrase without its determiner ("retailer" for "The retailer").
        definite: "the" introduced it: one thing the story knows ("the club", "the bridge").
        named: A word of it is capitalised where a sentence does not capitalise it, so it is
            a name ("American Express"), not a common noun that opens the sentence ("Hackers").
        reports: Its verb reports a figure of another clause ("The army estimates that 300
            rebels hold Idlib"): the body is the figure's source, not what it is about.
    """

    text: str
    definite: bool
    named: bool
    reports: bool = False


def clause_subject(text: str, lo: int, start: int) -> str | None:
    """What the clause holding a number is about: the noun phrase before its verb.

    "The retailer will close 25 stores" -> "retailer"; "Hague, 44, was jailed" -> "Hague".
    The clause is tried first (after "while", "and", "which"...), then the sentence.
    """
    found = clause_owner(text, lo, start)
    return found.text if found is not None else None


_CLAUSE_ADVERBS = frozenset(
    ["now", "currently", "recently", "reportedly", "also", "still", "already", "just", "only", "again",
     "usually", "often", "never", "ever", "typically", "previously", "jointly", "together"]
)  # fmt: skip
"""Adverbs between a clause's subject and its verb ("The firm now employs", "Sales also rose")."""
CLAUSE_ADVERBS = _CLAUSE_ADVERBS
"""The same adverbs, for readers outside this module: none of them is a noun ("available now, priced")."""
_BEFORE_VERB_ADVERBS = _CLAUSE_ADVERBS | frozenset(
    ["nearly", "almost", "roughly", "more", "than", "further", "sharply", "slightly", "steadily"]
)
"""Words that can stand between a subject and its verb of change ("use nearly doubled")."""


def clause_owner(text: str, lo: int, start: int, apposed: bool = False) -> Clause | None:
    """:func:`clause_subject` with whether the phrase is definite and whether it is a name.

    With ``apposed``, a definite phrase may have an apposition between it and its verb ("The
    ferry, carrying 380 passengers, was stuck": ferry), and a figure inside that apposition is
    the phrase's ("The hurricane, 300 miles east of Nassau,": hurricane).
    """
    window = max(lo, start - 300)
    before = text[window:start]
    starts = [0]
    for match in _CLAUSE_STARTS.finditer(before):
        starts.append(match.end())
    for begin in reversed(starts):
        if apposed and begin > 0 and before.startswith("who", begin - 4):
            who = _WHO.search(before, 0, begin)
            if who is not None:  # "the 21-year-old midfielder, who signed a six-year contract"
                words = [w for w in who.group("who").split() if not _has_digit(w)]
                if words:
                    return Clause(" ".join(words), True, False)
        phrase: list[str] = []
        first = -1
        definite = False
        verb_found = False
        reports = False
        skip_to = -1
        prev_end = begin
        # lazily: the phrase usually ends in a few words
        for match in _left_word(before).finditer(before, begin):
            if match.start() < skip_to:
                continue
            word = match.group()
            lower = word.lower()
            gap_start, prev_end = prev_end, match.end()
            if apposed and definite and phrase and skip_to < 0 and "," in before[gap_start : match.start()]:
                comma = before.find(",", match.start())
                if comma < 0:  # the figure sits in the apposition: "The new bridge, 1,067 metres long"
                    return Clause(" ".join(phrase[-_MAX_LEFT:]), True, False)
                skip_to = comma + 1  # "The ferry, carrying 380 passengers, was": read on after it
                continue
            if (
                (lower in _MORE_VERBS and not _noun_slot(lower, definite, phrase))
                or (
                    phrase
                    and lower.endswith("ed")
                    and not _hyphened_adjective(lower, before, match.end())
                    # "The nine committed customers are": an adjective after a number word
                    and not (definite and all(w.lower() in numbers.NUMBER_WORDS for w in phrase))
                )
                # needs a phrase, and a word in -s (the only shape _present_verb takes; most are not)
                or (bool(phrase) and word[-1] == "s" and _present_verb(phrase, word, before, match.end()))
                # "The railway cost $3.8 billion": "cost" right before the sum it states is the verb of
                # a definite phrase ("tickets now cost" is no subject of its own, so read on before it)
                or (
                    definite
                    and bool(phrase)
                    and lower == "cost"
                    and (
                        not before[match.end() :].strip() or _SUM_AFTER.match(before, match.end()) is not None
                    )
                )
            ):
                verb_found = lower not in _REPORTING  # "Grain traders said": a source, not the subject
                reports = lower in _ESTIMATING
                break
            if not word.isalpha() and _has_digit(word):  # the common all-letters word skips the call
                if phrase or definite:
                    continue  # "Hague, 44, was": an apposition; "The 214m bridge": a measure of it
                break
            if lower in _DETERMINERS or lower in _OPENERS:
                if phrase:
                    break
                definite = lower == "the"
                continue
            if phrase and lower in _CLAUSE_ADVERBS:
                continue  # "the average child now consumes": the adverb is no part of the phrase
            if lower in _PREPOSITIONS or lower == "of" or lower in _STOP:
                break
            if not phrase:
                first = match.start()
            phrase.append(word.rstrip(",'’"))
        else:  # no verb, no stop: the figure may sit in the phrase's apposition, or in the phrase
            if apposed and definite and phrase and skip_to < 0 and "," in before[prev_end:]:
                return Clause(" ".join(phrase[-_MAX_LEFT:]), True, False)  # "The hurricane, 300 miles east"
            if apposed and definite and not phrase:
                return Clause("", True, False)  # "The 214m bridge": the figure's own phrase, named after it
        while (
            len(phrase) > 1 and phrase[0].lower() in numbers.NUMBER_WORDS and phrase[1].endswith(("s", "ed"))
        ):
            phrase = phrase[1:]  # "The nine committed customers": the customers, not "nine"
        if len(phrase) == 1 and phrase[0].lower() in numbers.NUMBER_WORDS:
            phrase = []  # "The seven were": a figure, no noun
        if verb_found and phrase and phrase[-1].lower() not in _PRONOUNS:
            kept = phrase[-_MAX_LEFT:]
            opens = window == lo and len(phrase) <= _MAX_LEFT and not before[:first].strip("\"'“‘([ -")
            named = any(w[:1].isupper() for w in kept[1:]) or (kept[0][:1].isupper() and not opens)
            return Clause(" ".join(kept), definite, named, reports)
    return None


_VERB_PREFIXES = frozenset(["re", "co", "pre", "de", "un", "mis", "over", "under", "out", "cross", "double"])
"""Prefixes of hyphened verbs ("re-elected", "co-founded"), which end a phrase as any verb does."""


def _hyphened_adjective(lower: str, before: str, end: int) -> bool:
    """True for a hyphened word in -ed that modifies the noun after it ("The new high-speed line",
    "the state-owned company"), not the verb of a phrase ("re-elected its leader")."""
    dash = lower.find("-")
    if dash <= 0 or lower[:dash] in _VERB_PREFIXES or end >= len(before):
        return False
    following = _left_word(before).match(before, end + 1)
    if following is None or following.start() != end + 1:
        return False
    word = following.group()
    lower_next = word.lower()
    return (
        word.isalpha()
        and word[:1].islower()
        and lower_next not in _MORE_VERBS
        and lower_next not in _DETERMINERS
        and lower_next not in _PREPOSITIONS
        and lower_next not in _STOP
        and lower_next != "of"
    )


_SUM_AFTER = re.compile(
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|an\s+estimated)\s+)?[$£€¥]"
)
"""A sum right after "cost", so "cost" is the verb of the phrase before it ("The railway cost $7.3
billion and carries 18,000 passengers": the later clause's subject is the railway too)."""


def _noun_slot(lower: str, definite: bool, phrase: list[str]) -> bool:
    """True where a noun must stand, so a verb-like word is the noun: "The plan will cost", "The
    five-year plan will cost". Only asked of a word the verb list holds (most words are not)."""
    return lower not in _AUXILIARIES and (
        (definite and not phrase)
        or (bool(phrase) and "-" in phrase[-1] and _ATTRIBUTIVE_FIGURE.search(phrase[-1]) is not None)
        or (definite and len(phrase) == 1 and phrase[0].lower() in _PRENOMINAL)
    )


_PRENOMINAL = frozenset(["new", "latest", "cheaper", "cheapest", "basic", "standard", "premium", "revised"])
"""Adjectives that only stand before a noun: "The new plan offers" (plan, a noun), not a subject "new"."""


_ATTRIBUTIVE_FIGURE = re.compile(r"-(?:year|month|week|day|hour|mile|metre|meter|km|point|storey|bed)$")
"""A hyphened figure that modifies the noun after it ("five-year plan", "10-day festival")."""
_THIRD_PERSON = re.compile(r"[a-z]{2,}[^sui's]s")
"""A lower-case word in -s that may be a verb's present tense ("owes", "sets", "brings")."""


_MOVED_ON = frozenset(["up", "down", "at", "to", "by", "higher", "lower", "about", "around", "nearly"])
"""Words after a past verb that moves a figure ("settled down 68 cents", "climbed to 4.5%")."""


def _present_verb(phrase: list[str], word: str, before: str, end: int) -> bool:
    """True when ``word`` is the present-tense verb of the singular phrase before it.

    The verb list cannot name every verb ("The club owes £50m", "The bill sets aside"); after a
    singular noun a lower-case word in -s is its verb unless a verb follows it, which makes the
    word a plural noun of a compound ("The club owners said").
    """
    if not phrase or phrase[-1].lower().endswith("s") or not _THIRD_PERSON.fullmatch(word):
        return False
    following = _left_word(before).match(before, end + 1) if end < len(before) else None
    if following is None:
        return True
    if following.group().lower() in _MORE_VERBS:
        return False
    after = _left_word(before).match(before, following.end() + 1) if following.end() < len(before) else None
    if (
        following.group().endswith("ed")
        and following.group()[:1].islower()
        and (after is None or _has_digit(after.group()) or after.group().lower() in _MOVED_ON)
    ):
        return False  # "Brent crude futures settled down 68 cents": a plural noun, then its past verb
    # "The consumer goods giant will cut": a plural inside a compound, whose head a verb follows
    return after is None or not (
        following.group()[:1].islower()
        and after.group().lower() in _AUXILIARIES
        and following.group().lower() not in _STOP
        and following.group().lower() not in _DETERMINERS
    )


_REPORTING = frozenset(
    ["said", "says", "say", "told", "reported", "added", "noted", "estimated", "expects", "expected"]
)
_ESTIMATING = frozenset(
    ["estimates", "estimate", "reports", "forecasts", "predicts", "calculates", "reckons", "believes"]
)
"""Verbs whose subject reports or estimates a figure and may still own it ("The bank estimates its
loss at 20 mln dlrs"): the clause subject, but only the last resort for ``about``."""
_WHO = re.compile(r"\b[Tt]he\s+(?P<who>(?:[\w-]+\s+){0,2}[a-z][\w-]*),\s+who\s+$")
"""The definite person a "who" clause stands for: "the 21-year-old midfielder, who"."""
_CLAUSE_STARTS = patterns.led_by(
    "abdehiopqrsw",
    r"(?i)\b(?:while|whereas|and|but|which|who|where|in which|as)\s+"
    r"|\b(?:astronomers|scientists|researchers|prosecutors|police|officials|investigators|authorities|"
    r"experts|doctors|witnesses)\s+(?:said|say)\s+(?:that\s+)?(?=the\s+[a-z])",
)
"""Where a clause with its own subject begins; a clause a bare plural source reports too
("Astronomers said the planet is 40 light years away": the planet; "Prosecutors said the former mayor
accepted $250,000": the mayor). The sources are the unnamed bodies of people wire copy cites; not
market analysts, whose clauses are chart levels ("Analysts said the 870 stg area appears"), nor a
clause that opens on the figure's own phrase ("Officials said the 750,000 tonnes of exports are")."""


_OWNER_CUTS = patterns.led_by(
    ";:,abtwTW",
    r"[;:]|,\s+(?:and|but|while|whereas|which|who|where|as|after|when|because|although|though|since|with)\s|"
    r"\b(?:while|whereas|because|although|though|when|whether|that|which|who|where|but)\s",
)
"""Where the clause of a figure begins: after a semicolon, a conjunction or a relative word."""
_OWNER_HEDGES = frozenset(
    [
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "more",
        "less",
        "fewer",
        "than",
        "over",
        "under",
        "roughly",
    ]
)
_OWNER_TAIL = 9
"""Words a prepositional tail may run between a subject and its verb ("Copper for three-month
delivery on the London Metal Exchange rose")."""


def _plural_before_verb(before: str, end: int) -> bool:
    """True when a past-tense verb or one of the verb list follows the word ending at ``end``
    within a prepositional tail: "Solar panels generated", "water levels at Gatun Lake dropped"."""
    for index, match in enumerate(_left_word(before).finditer(before, end)):
        lower = match.group().lower()
        if index > _OWNER_TAIL or "," in before[end : match.start()]:
            return False
        if lower in _MORE_VERBS or (lower.endswith("ed") and lower[:1] == match.group()[:1]):
            return index == 0 or not _OWNER_NOT_TAIL.intersection(before[end : match.start()].split())
        if index == 0 and lower not in _PREPOSITIONS and lower != "of":
            return False
    return False


_COMMA = re.compile(r",\s")
_OF_THEM = re.compile(r"\s+(?:them|those|these|whom)\b")
_PASSIVE_OBJECT = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+"
    r"(?:(?:" + HEDGE + r"|a\s+further|another)\s+)?$"
)
_RELATIVE_AT = re.compile(r"\b(?:which|that)\b")
_OWNER_NOT_TAIL = frozenset(["that", "which", "who", "and", "but"])


def verb_owner(
    text: str, lo: int, start: int, depth: int = 0, objects: bool = True
) -> tuple[str, int, bool] | None:
    """The noun phrase before the main verb of the clause whose object or complement the figure is.

    "Wildfires have burned more than 4.1 million hectares" -> "Wildfires"; "its 5,000mAh battery
    charges fully in 38 minutes" -> "battery"; "Copper for three-month delivery on the LME rose
    2.8%" -> "Copper". A prepositional tail or an apposition between the phrase and its verb is
    skipped; the clause ends at a semicolon, a conjunction or a relative word, and a verb phrase
    coordinated after ", and" shares the subject before it; a verb's object the figure moves
    ("cut journey times by four minutes") is taken instead. Returns the phrase, where it starts
    in ``text`` and whether it is that object; an empty phrase where a figure is the clause's
    subject ("24,000 of them have waited"), at the figure's start; None where the clause has no
    noun phrase before its verb, or a pronoun or a comma stands between the verb and the figure.
    """
    window = max(lo, start - 200)
    before = text[window:start]
    begin = 0
    cut_start = -1
    for match in _OWNER_CUTS.finditer(before):
        begin, cut_start = match.end(), match.start()
    phrase: list[str] = []
    first = -1
    tail = 0
    skip_to = -1
    determined = False
    prev_end = begin
    verb_end = -1
    opening = True
    figure_at = -1
    coordinated = depth == 0 and cut_start >= 0 and before[cut_start:begin].strip(", ") == "and"
    for match in _left_word(before).finditer(before, begin):
        if match.start() < skip_to:
            continue
        word = match.group()
        lower = word.lower()
        if opening and lower in _CLAUSE_ADVERBS:
            continue  # ", and now owns": the adverb opens no phrase
        if (
            opening
            and coordinated
            and (
                lower in _MORE_VERBS
                or lower.endswith("ed")
                or _present_verb(["x"], word, before, match.end())
            )
        ):
            return verb_owner(text, lo, window + cut_start, 1, objects)  # "..., and draws up to 1,200 watts"
        opening = False
        gap = before[prev_end : match.start()]
        prev_end = match.end()
        if "," in gap and tail:
            return None
        if "," in gap:
            if phrase:  # "The ferry, carrying 380 passengers, was": read on after the apposition
                comma = before.find(",", match.start())
                if comma < 0:
                    return None
                skip_to = comma + 1
                continue
            determined = False  # "In March, sales rose": the fronted phrase is no subject
        if tail:
            if lower in _MORE_VERBS or (lower.endswith("ed") and word[:1].islower()):
                verb_end = match.end()
                break
            tail += 1
            if tail > _OWNER_TAIL:
                return None
            continue
        noun_slot = determined and not phrase and lower not in _AUXILIARIES
        if not noun_slot and (
            (lower in _MORE_VERBS)
            or ((phrase or figure_at >= 0) and lower.endswith("ed") and word[:1].islower())
            or (
                _present_verb(phrase, word, before, match.end())
                and not _plural_before_verb(before, match.end())
            )
        ):
            verb_end = match.end()
            break
        if _has_digit(word):
            phrase, first = [], -1  # "Nearly 4,000 patients", "its 5,000mAh battery": the noun after
            figure_at = match.start() if not determined else -1
            continue
        if lower == "of" and not phrase and figure_at >= 0:
            them = _OF_THEM.match(before, match.end())
            if them is not None:  # "24,000 of them have waited": the figure's own things
                skip_to = them.end()
                continue
        if lower in _DETERMINERS or lower in _OPENERS or word.endswith(("'s", "’s")):
            phrase, first, determined = [], -1, True  # "Nvidia's new chip": the phrase after the owner
            continue
        if phrase and lower in _CLAUSE_ADVERBS:
            continue
        if lower in _OWNER_HEDGES:
            if phrase:
                return None  # "Adults who slept fewer than six hours": no noun phrase
            continue  # "More than 2,300 migrants crossed", "Nearly 4,000 patients waited"
        if phrase and lower.endswith("ing") and word[:1].islower():
            return None  # "Astronomers using the telescope have found": a participle's phrase
        if lower in _PREPOSITIONS or lower == "of":
            if phrase:
                tail = 1
                continue
            comma = before.find(",", match.start())
            if comma < 0:
                return None
            skip_to, phrase = comma + 1, []  # "In March, sales rose": past the fronted phrase
            continue
        if lower in _STOP:
            return None
        if not phrase:
            first = match.start()
        phrase.append(word.rstrip(",'’"))
    if verb_end < 0 or before[verb_end - 4 : verb_end].lower() in ("said", "says", "told"):
        return None  # "The sources said traders planned to sell": the source is no owner
    if (
        not phrase
        and figure_at < 0
        and depth == 0
        and before[cut_start:begin].strip(", ") in ("which", "that")
    ):
        # "The blaze, which has burned 40,000 acres": the relative clause's subject is its antecedent
        relative = _relative_antecedent(before, _RELATIVE_AT.search(before, cut_start, begin))
        found = _antecedent(relative) if relative is not None else None
        if found is None or _COMMA.search(before, verb_end) is not None:
            return None
        moved = _verb_object(before, verb_end) if objects else None
        if moved is not None:
            return moved[0], window + moved[1], True  # "The volcano, which has spewed ash 8 km": the ash
        return found, window + before.rfind(found, 0, cut_start), False
    if not phrase and figure_at < 0:
        return None
    if _COMMA.search(before, verb_end) is not None or (phrase and phrase[-1].lower() in _PRONOUNS):
        return None
    if _PASSIVE_OBJECT.search(before, verb_end - 8) is not None:
        return None  # "The team was deducted 12 points": what was done to it, not its measure
    moved = _verb_object(before, verb_end) if objects else None
    if moved is not None:
        return moved[0], window + moved[1], True  # "The line will cut journey times to 45 minutes"
    if not phrase:
        return "", window + figure_at, False  # "and 24,000 of them have waited more than two years"
    return " ".join(phrase[-_MAX_LEFT:]), window + first, False


_TO_OR_BY = re.compile(r"\s(?:by|to)\s+(?:" + HEDGE + r"\s+)?$")


def _verb_object(before: str, verb_end: int) -> tuple[str, int] | None:
    """The object a verb moves by or to the figure ("cut journey times by up to four minutes",
    "expects margins to improve by 3 points"): what the figure measures, not the clause's subject."""
    end = _TO_OR_BY.search(before, verb_end)
    stop = end.start() if end is not None else len(before.rstrip())
    words = list(_left_word(before).finditer(before, verb_end, stop))
    if end is None and not (0 < len(words) <= 3 and all(w.group().islower() for w in words)):
        return None  # "has spewed ash 8 km": only a short bare object right before the figure
    lowers = [w.group().lower() for w in words]
    if len(lowers) >= 3 and lowers[-2] == "to" and lowers[-1] not in _DETERMINERS:
        words, lowers = words[:-2], lowers[:-2]  # "margins to improve by": the margins
    noun: list[int] = []
    for index in range(len(words) - 1, -1, -1):
        lower = lowers[index]
        owned = index > 0 and (lowers[index - 1] in _DETERMINERS or lowers[index - 1].endswith(("'s", "’s")))
        if (
            _has_digit(lower)
            or (lower in _MORE_VERBS and not (owned and not noun))
            or lower in _STOP
            or lower in _PREPOSITIONS
            or lower in _DETERMINERS
            or lower.endswith(("ed", "ing", "ly", "'s", "’s"))
            or lower in _PAST_FORMS
            or words[index].group()[:1].isupper()
            or len(noun) == _MAX_LEFT
        ):
            break
        noun.insert(0, index)
    if not noun:
        return None
    at = noun[0] - 1
    while at >= 0 and (lowers[at] in _DETERMINERS or lowers[at].endswith(("'s", "’s"))):
        at -= 1
    verb = lowers[at] if at >= 0 else "had"  # right after the clause's verb
    if not (
        verb in _MORE_VERBS or verb.endswith("ed") or verb in _PAST_FORMS or _THIRD_PERSON.fullmatch(verb)
    ):
        return None  # "between the cities to 45 minutes": no object of the verb
    return " ".join(lowers[noun[0] : noun[-1] + 1]), words[noun[0]].start()
