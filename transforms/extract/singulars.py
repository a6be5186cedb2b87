"""Nouns in the singular: "jihadists" -> "jihadist", "women" -> "woman", "shrs" -> "share".

Singular forms come from ``inflection`` (the Rails inflector's rules; ``inflect`` was
tried and costs 7 s to import); words that finance writes only in the plural ("sales",
"earnings") keep their form, and wire abbreviations are written out first ("shrs" ->
"share"). A leaf module, so that :mod:`heads` and :mod:`kinds` (which :mod:`heads`
imports) both read plurals through it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import inflection

from transforms.extract import scales

_PLURAL_ONLY_WORDS = """
    sales earnings proceeds savings arrears means news headquarters series species data media
    clothes goods thanks remains premises whereabouts economics politics people police
"""
_PLURAL_ONLY = frozenset(_PLURAL_ONLY_WORDS.split())
_ABBREVIATIONS: dict[str, str] = {
    "shrs": "share",
    "shr": "share",
    "revs": "revenue",
    "rev": "revenue",
    "div": "dividend",
    "divs": "dividend",
    "pct": "percent",
    "dlrs": "dollar",
    **scales.SPELLED_OUT,
    "yr": "year",
    "mths": "month",
    "qtr": "quarter",
    "govt": "government",
    # USDA supply tables' row labels ("Start Stcks", "End Stks", "Farmer Reser", "Ttl Domest")
    "stcks": "stock",
    "stks": "stock",
    "reser": "reserve",
    "domest": "domestic",
    "domes": "domestic",
}
_IRREGULAR: dict[str, str] = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "loaves": "loaf",
    "gases": "gas",
    "biases": "bias",
    # Latin plurals in -a, which ``inflection`` leaves as they are ("three consortia")
    "consortia": "consortium",
    "moratoria": "moratorium",
    "memoranda": "memorandum",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "bacteria": "bacterium",
    "curricula": "curriculum",
    "strata": "stratum",
}
_IE_NOUNS_WORDS = """
    rookie movie cookie zombie calorie brownie selfie goalie hoodie smoothie budgie pie tie lie
    freebie newbie techie foodie junkie bookie auntie prairie genie eyrie hippie yuppie groupie
    birdie bogie boogie collie sortie
"""
_IRREGULAR.update({word + "s": word for word in _IE_NOUNS_WORDS.split()})
"""Nouns in "-ie" whose plural ``inflection`` reads as "-y" ("rookies" -> "rooky")."""
_CHE_NOUNS_WORDS = "tranche niche cache avalanche headache cliche creche moustache microfiche attache quiche"
_IRREGULAR.update({word + "s": word for word in _CHE_NOUNS_WORDS.split()})
"""Nouns in "-che" whose plural ``inflection`` reads as "-ch" ("tranches" -> "tranch")."""
"""Plurals the rules of ``inflection`` miss or get wrong."""
IRREGULAR_PLURALS = frozenset(_IRREGULAR)
"""The irregular plurals :func:`singular` knows ("men", "children", "wives")."""


_SINGULAR_MEN = frozenset(
    [
        "specimen",
        "abdomen",
        "regimen",
        "acumen",
        "albumen",
        "bitumen",
        "cyclamen",
        "dolmen",
        "gravamen",
        "foramen",
        "cognomen",
    ]
)
"""The English nouns in "-men" that are singular (the rest are compounds of "men": "seamen")."""


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """``word`` in the singular ("jihadists" -> "jihadist"); plural-only words keep their form."""
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and len(word) > 5 and word.isalpha() and word not in _SINGULAR_MEN:
        return word[:-3] + "man"  # "seamen", "congressmen", "gunmen": compounds of "men"
    if word in _PLURAL_ONLY or len(word) < 4 or not word.isalpha() or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ouses"):
        return word[:-1]  # "houses", "warehouses", "spouses"
    if word.endswith("uses"):
        return word[:-2]  # "bonuses", "viruses"
    if word.endswith("ves"):
        return word[:-1]  # "reserves", "curves" (the few -f plurals are in _IRREGULAR)
    return _singularize(word) or word


_UNCOUNTABLE = re.compile(r"(?i)\b(?:" + "|".join(sorted(inflection.UNCOUNTABLES)) + r")\Z")
_SINGULAR_RULES = tuple((re.compile(rule), replacement) for rule, replacement in inflection.SINGULARS)


def _singularize(word: str) -> str:
    """``inflection.singularize``, its rules compiled once.

    The library looks each of its forty-odd patterns up in ``re``'s cache for every word
    (a fifth of a millisecond a word); the first sentences of a night meet new words all
    the time. Same rules, same order, same result.
    """
    if _UNCOUNTABLE.search(word):
        return word
    for pattern, replacement in _SINGULAR_RULES:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word
