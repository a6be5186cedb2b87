"""What each fact measures and is about: the passes that run after the scan has read the numbers.

The scan (:mod:`transforms.extract.extractor`) reads each number, its unit and its
hedges from the few words around it. What the number *means* needs more of the
sentence and of the story, so it is settled here, one pass per question:

1. currency: a bare "dlrs" in a Toronto story is Canadian, "francs" in Zurich Swiss, "pounds" spent sterling;
2. table rows: "Net 24,000 vs 612,000" is net income in the story's currency;
3. partners: a unit stated once carries to its partner ("to 146.5 mln dlrs from 129.3 mln"), not to a
   figure whose own phrase is named ("brings the number of children to 5,400");
4. subject: the noun phrase measured, read after the number, else before its verb;
5. kind: price, rate, index points and age refine the unit's family;
6. head, about and place: the grouping key, the entity, the location.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any

from transforms.extract import (
    entities,
    gazetteer,
    heads,
    kinds,
    patterns,
    scales,
    sentences,
    subjects,
    tables,
)
from transforms.extract.declared import carried_units, coupons, declared_units, note_money
from transforms.extract.model import Fact, fact_with
from transforms.extract.numbers import NUMBER_WORD, NUMBER_WORDS
from transforms.extract.qualifiers import HEDGE, HEDGE_WORDS
from transforms.extract.story import (
    COUNTRY_DEMONYMS,
    DEMONYMS,
    TEMPERATURE_CUES,
    Story,
    company_words,
    dictionary_word,
    normal_case,
)
from transforms.extract.units import BY_NAME, HOME_ONLY, UNITS, difference_to_si, to_si
from transforms.extract.units import lookup as lookup_unit

_PARTNER_GAP = re.compile(
    r"[^\d;]{0,60}?(?:\b(?:from|vs\.?|versus|against|compared\s+with|compared\s+to|and|or|to)|,)\s+"
    r"(?:(?:" + HEDGE + r"|an?|the|a\s+revised|revised|estimated|a\s+further|another)\s+)?"
    r"(?:(?:profit|loss|earnings)\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_PARALLEL = re.compile(r"(?:\s*,)?\s+(?:and\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Za-z][\w-]*\s+(?:at\s+)?$")
"""The next item of a list after a figure: ", and Dutch traders", " and exports at"."""
_ITEM_AT = re.compile(r"(?i),\s+and\s+[a-z]+s\s+at\s+$")
"""The next item of "with imports at 1.55 billion dlrs, and exports at 1.65 billion": a noun, no verb."""
_AGE_UNITS = frozenset({None, "year", "month", "week", "day"})
"""Units an age is told in: a bare number is years ("Hague, 44"), else as written ("a 6-month-old")."""
_NOT_CARRIED = frozenset({"duration", "age", "ratio"})
_PERCENTS = frozenset({"percent", "percentage point", "basis point"})
_INDEX_HEADS = frozenset({"average", "index", "dow", "nikkei", "composite", "point"})
_US_FORMS = re.compile(r"U\.?S\.?|US\$|\$US")
_BOND_PRICE = patterns.led_by(
    "ciprt", r"(?i)\b(?:priced|price|par|reoffered|issued\s+at|pays?|coupon|traded\s+at)\b"
)
_FRACTION_QUOTE = re.compile(r"\d+-\d{1,2}/\d{1,2}$|\d+\.\d{2,3}$")
_PCT_CONTEXT = patterns.led_by(
    "clpry", r"(?i)\b(?:pct|percent|percentage|per\s+cent|rates?|yields?|coupons?|libor|points?)\b"
)


@lru_cache(maxsize=4096)
def _scaled(surface: str) -> bool:
    """Whether a surface holds a scale word ("146.5 mln dlrs", "£1.5bn"), by :data:`scales.SCALED`.

    Cached: the passes ask it of the same fact's surface many times (over 50,000 searches a Reuters
    night of 35,000 facts), and a cached answer costs a fraction of the case-blind search.
    """
    return scales.SCALED.search(surface) is not None


_with = fact_with
"""``dataclasses.replace`` for the passes below, which refine each fact several times."""


def _dateline_of(text: str, sentence_start: int, dateline: str | None) -> str | None:
    """The city of a digest paragraph's own dateline ("WELLINGTON - New Zealand's ..."), else the story's."""
    inline = sentences.dateline_before(text, sentence_start)
    return dateline if inline is None else normal_case(inline)


def describe(text: str, facts: list[Fact], sentence_starts: list[int], story: Story) -> list[Fact]:
    """The facts with their unit, kind, subject, subject_head, about and place settled.

    Args:
        text: The text the facts were read from.
        facts: The scan's facts, in reading order.
        sentence_starts: Offset of each sentence in ``text``, by ``Fact.sentence_index``.
        story: The story-wide context (company, dateline, currency).
    """
    facts = _partners_before(text, facts)
    # each sentence's sums in the story's currency, for those before them: read only for a sentence
    # with a bare scaled count, so built on first need
    later: dict[int, list[Fact]] = {}
    out: list[Fact] = []
    previous: Fact | None = None
    row: tables.Row | None = None
    row_sentence = -1
    names: list[entities.Name] = []
    placed: list[entities.Name] = []
    # the place the sentence's names give, else the dateline: read once, on the first fact that needs it
    fallback_place: str | None = None
    fallback_read = False
    in_sentence: list[Fact] = []
    recent: str | None = None
    lead_actor: str | None = None
    recalled = _Recalled()  # the region and referent earlier sentences set, read on first need
    prior = ""  # the sentence of the names read last
    actor: str | None = None  # the name an earlier sentence opened on, for a sentence that names nothing
    earlier: dict[str | None, str] = {}
    ordering: bool | None = None  # whether the sentence holds a stem of _TOLD_STEMS, read on first need
    read_to = -1  # the last sentence whose names were read
    spelled: dict[str, str | None] = {}  # initials the story spells out: "GM" -> "General Motors"
    possessed: dict[str, str] = {}  # names the story writes with their own "'s": "Kohl" -> "Kohl's"
    about_here: tuple[int, str] | None = None  # the last name a figure was about, with its sentence
    carried: str | None = (
        None  # that name, once a later sentence is read: what one naming nothing goes on with
    )
    market_here: tuple[int, str] | None = None  # the last thing a figure was about, in any case
    market: str | None = None  # that thing, once a later sentence is read: what "The metal" stands for
    for fact in facts:
        sentence_start = sentence_starts[fact.sentence_index]
        if about_here is not None and about_here[0] != fact.sentence_index:
            carried = about_here[1]
        if market_here is not None and market_here[0] != fact.sentence_index:
            market = market_here[1]
        if fact.sentence_index != row_sentence:
            row_sentence = fact.sentence_index
            found = tables.row_at(fact.sentence)
            row = found[0] if found is not None and found[1] <= fact.start - sentence_start else None
            for between in range(read_to + 1, fact.sentence_index):
                # "Aviva agreed to buy Direct Line. The insurer will pay 275p": a sentence with no
                # figure still names what a later "the insurer" refers back to (only that: a table's
                # rows under "The USDA gave these estimates" stay about nothing)
                end = sentence_starts[between + 1] if between + 1 < len(sentence_starts) else len(text)
                # "Bristol City Council met on Monday. The council faces a £40m shortfall"
                recalled.skipped(text[sentence_starts[between] : end].strip())
            read_to = fact.sentence_index
            institution = entities.recent_institution(names)
            # "Salesforce plans to cut 1,000 jobs. Its shares fell 2%": only for a clause that refers back
            lead_actor = None if institution else entities.opening_actor(names, prior)
            recent = institution or recent
            actor = _named_actor(names, text) or actor
            recalled.named(prior, names)
            names = entities.names_in(fact.sentence)
            prior = fact.sentence
            placed = _not_companies(names, story, text)  # per sentence: it reads only the names
            fallback_read = False
            previous = None
            earlier = {}
            in_sentence = []
            ordering = None
        if row is not None and found is not None and ";" in text[sentence_start + found[1] : fact.start]:
            row = None  # "Revenue: $4.1bn; operating margin: 18.2%": the row ends at its semicolon
        if row is not None and previous is not None:
            row = tables.switched(row, text[previous.end : fact.start])
        fact = _sterling(text, _currency(fact, story), sentence_start, story)
        if fact.unit == "mark":
            fact = _threshold_mark(text, fact, sentence_start)
        fact = _temperature(fact, story)
        if row is not None:
            fact = _table_fact(fact, row, story)
        elif previous is not None:
            anchor = _anchor(text, in_sentence, fact)
            fact = _partner(text, previous, fact) if anchor is None else _partner(text, anchor, fact, _FROM)
            fact = _sentence_money(text, in_sentence, fact)
        if row is None and fact.unit is None and fact.kind == "count" and _scaled(fact.surface):
            # "Extraordinary items of 10.0 mln were charged against pretax profit of 25.3 mln stg": the
            # currency a wire names once may come after the bare figure too (only a bare scaled count
            # can take it: _sentence_money's own first test)
            if fact.sentence_index not in later:
                index = fact.sentence_index
                later[index] = [_currency(f, story) for f in facts if f.sentence_index == index]
            fact = _sentence_money(text, [*in_sentence, *_after(later[fact.sentence_index], fact)], fact)
        fact = _rupee_scale(text, fact, sentence_start)
        of_them = fact.unit == "percent" and (
            _OF_THEM.match(text, fact.end) is not None or _placed_share(text, fact, sentence_start)
        )
        # "2.1 million patients ..., 70% of them": a share of what the count before counted
        fact = _subject(
            text, fact, sentence_start, row is not None, earlier.get(None if of_them else fact.unit)
        )
        if row is None and fact.kind == "money":
            fact = _booked(text, fact, sentence_start)
            if previous is not None and previous.kind == "money" and fact.subject == previous.subject:
                fact = _held_apart(text, previous, fact, sentence_start + len(fact.sentence))
        if (
            fact.unit == "pound"
            and story.money == story.pound
            and heads.head_of(fact.subject or "") in _MONEY_HEADS
        ):
            # "Average house prices fell to 523,000 pounds": pounds that a price or cost reaches are money
            fact = _with(fact, unit=story.pound, kind="money", si_value=None, si_unit=None)
        if (
            fact.subject is None
            and previous is not None
            and previous.subject is not None
            and previous.unit == fact.unit
            and fact.change is not None
            and _LEVEL_THEN_MOVE.fullmatch(text, previous.end, fact.start)
        ):
            fact = _with(fact, subject=previous.subject)  # "closed at 64.45 cents a pound, up 0.83 cent"
        if (
            row is None
            and previous is not None
            and previous.subject is not None
            and fact.subject != previous.subject
            and previous.unit == fact.unit
            and previous.kind == fact.kind
            and _TO_FROM_GAP.fullmatch(text, previous.end, fact.start)
            and _TO_BEFORE.search(text, max(sentence_start, previous.start - 24), previous.start)
            and subjects.acceptable(previous.subject) is not None
            and not (heads.head_of(previous.subject) or "ed").endswith("ed")
        ):
            # "its board cut the quarterly dividend to 7-1/2 cts per share from 15 cts": the old level
            # of what moved "to" the new one, not a noun read around it ("board", "payable", "now")
            fact = _with(fact, subject=previous.subject)
        if row is None and fact.subject is not None and fact.subject.lower().endswith("number"):
            fact = _number_of(text, fact, sentence_start)
        if (
            row is None
            and previous is not None
            and fact.subject is None
            and fact.unit in _PERCENTS
            and _COMPARED_AFTER.match(text, fact.end)
            and _APPOSED_GAP.fullmatch(text, previous.end, fact.start)
        ):
            # "hit 81 million, 4% above the pre-pandemic peak": the share compares the figure before
            fact = _with(fact, subject=subjects.acceptable(previous.subject))
        if (
            row is None
            and previous is not None
            and fact.unit in _PERCENTS
            and previous.unit not in _PERCENTS
            and _apposed_change(text, previous, fact)
            and subjects.acceptable(fact.subject) is None
            and subjects.acceptable(previous.subject) is not None
        ):
            # "sales were 16,775,000 dlrs, a 12.2 pct increase over", "..., an increase of 17 pct": the
            # change of the figure before
            fact = _with(fact, subject=previous.subject)
        if row is None and fact.subject is None and fact.unit in (None, "percent"):
            voters = _VOTERS.match(text, sentence_start, fact.start)
            if voters is not None:
                # "Voters in Ireland rejected the plan by 61% to 39%", "Residents voted 2,341 to 1,987"
                fact = _with(fact, subject=voters.group("who"))
        if row is None and fact.unit == "percent":
            standing = _STANDS_ON.search(text, max(sentence_start, fact.start - 60), fact.start)
            if standing is not None and standing.group("np") != fact.subject:
                # "Labour is on 27%, with Reform UK on 24% and the Conservatives on 18%": each
                # share is of the party that stands on it
                fact = _with(fact, subject=standing.group("np"))
        if row is None and previous is not None and fact.subject is not None:
            forecast = _FORECASTERS.match(text, fact.end)
            if forecast is not None and forecast.group("who") is not None:
                # "the $55m studios had hoped for", but not "said 200 members had wanted to strike": a
                # figure others hoped for is compared with the one before
                compared = _COMPARED_THE.search(text, max(sentence_start, fact.start - 24), fact.start)
                forecast = forecast if compared is not None else None
            if forecast is not None and (previous.subject is not None or forecast.group("who") is not None):
                # "added 143,000 jobs, fewer than the 170,000 economists had expected": the figure
                # forecast measures what the one before does; the economists only forecast it
                fact = _with(fact, subject=previous.subject, change=previous.change)
        fact = _kind(text, fact, sentence_start, row is not None)
        if (
            fact.kind == "index_points"
            and fact.value is not None
            and _MEMBERS_INDEX.match(text, fact.end)
            and not _NAME_BEFORE.search(text, max(sentence_start, fact.start - 12), fact.start)
        ):
            # "the 30 stock Dow Jones Industrial average", "the 500-stock index": how many stocks it holds
            fact = _with(
                fact, kind="count", unit=None, si_value=None, si_unit=None, subject="stock", change=None
            )
        if row is None and fact.kind in _ABSOLUTE_KINDS and not _OF_AFTER_SPAN.match(text, fact.end):
            # (a share "of" something, a sum paid "for" it, are that thing's: other rules read them)
            absolute = _WITH_DOING.search(text, max(sentence_start, fact.start - 80), fact.start)
            if absolute is not None and subjects.acceptable(absolute.group("np")) is not None:
                # "Coffee prices have doubled, with arabica hitting $3.44 a pound": the absolute
                # clause's own noun, not the main clause's subject
                fact = _with(fact, subject=absolute.group("np"))
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _bare_sum(text, fact, sentence_start, out, story)
        if (
            row is None
            and previous is not None
            and previous.kind == "rate"
            and fact.kind == "percent"
            and fact.unit == previous.unit
            and (
                _FORECAST_OF.search(text, max(sentence_start, fact.start - 40), fact.start)
                or _FORECASTERS.match(text, fact.end)
            )
        ):
            # "grew 0.4%, beating forecasts of 0.2%": a forecast of a rate is a level of that rate
            fact = _with(fact, kind="rate")
        if row is None and previous is not None:
            fact = _share_of_change(text, previous, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _bare_temperature(text, fact, story)
        fact = _temperature_difference(text, fact, sentence_start)
        if (
            row is None
            and fact.unit is None
            and fact.kind in ("count", "ratio")
            and _PER_CURRENCY.match(text, fact.end)
        ):
            fact = _exchange_rate(text, fact, sentence_start, previous, story)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _quoted_against(text, fact, sentence_start)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _bare_share_price(text, fact, sentence_start, story)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _bare_commodity_price(text, fact, sentence_start)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _quote_partner(text, in_sentence, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _two_way_partner(text, in_sentence, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _pronoun_quote(text, out, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _bare_share_level(text, fact, sentence_start, story)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _share_move_after(text, in_sentence, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _sown_area(text, in_sentence, fact)
        if row is None and fact.unit is None and fact.kind == "count":
            fact = _results_row_sum(fact, out)
        if row is None and (fact.unit is None or fact.unit == "pound"):
            fact = _livestock_quote(text, fact, sentence_start)
        if (
            previous is not None
            and fact.kind in ("money", "price")
            and previous.kind in ("money", "price")
            and previous.subject is not None
            and fact.subject != previous.subject
            and _PER_AFTER.match(text, fact.end)
            and _RESTATED_PER.fullmatch(text, previous.end, fact.start)
        ):
            fact = _with(fact, subject=previous.subject)  # "a £2.1bn offer, or 310p a share": the offer
        elif (
            previous is not None
            and fact.kind in ("money", "price")
            and previous.subject is not None
            and fact.subject is None
            and _WORTH_AFTER.fullmatch(text, previous.end, fact.start)
        ):
            fact = _with(fact, subject=previous.subject)  # "a 4.3% pay rise, worth about £2,000 a year"
        elif (
            previous is not None
            and fact.kind == "money"
            and previous.kind == "money"
            and previous.subject is not None
            and fact.subject is None
            and (
                _IN_BRACKETS.fullmatch(text, previous.end, fact.start)
                or _RISING_TO.fullmatch(text, previous.end, fact.start)
            )
        ):
            # "£1.5bn ($1.9bn)": the same sum, restated; "a fee of £62.5m, rising to £71m": the same fee
            fact = _with(fact, subject=previous.subject)
        if row is None:
            fact = _measured_by_kind(text, fact, sentence_start)
            if fact.subject is None or fact.subject in _TAKING_WORDS:
                fact = _running_total(text, _with(fact, subject=None), sentence_start, in_sentence)
            elif (
                text.startswith(" of ", fact.end)
                and _OF_THE_TOTAL.match(text, fact.end) is not None
                and not _TOTAL_NOUN.match(text, fact.end)
            ):
                # "hit 90,000 homes (about a quarter of the network's total)": the share is of the homes
                of_total = _running_total(text, _with(fact, subject=None), sentence_start, in_sentence)
                fact = of_total if of_total.subject is not None else fact
            if fact.subject is None and previous is not None:
                fact = _changed_to(text, fact, sentence_start, previous)
            if fact.subject is None:
                fact = _change_noun_to(text, fact, sentence_start)
            if fact.subject is None and (
                fact.kind in _VERB_OWNED_KINDS or (fact.unit or "").endswith(" per second")
            ):  # (a data rate's kind is other: "The link provides 150 megabits per second")
                fact = _verb_owned(text, fact, sentence_start, names, in_sentence)
            if fact.subject is None and fact.kind == "money":
                fact = _takings(text, fact, sentence_start)
            fact = _traffic_named(text, fact, sentence_start, previous)
            if fact.subject is None and fact.kind in ("price", "money"):
                fact = _sum_for_one(text, fact, sentence_start)
            if (
                fact.subject is None
                and text.startswith("vs", fact.end + 1)
                and len(fact.sentence) <= _MAX_VS_LINE
            ):
                labelled = _VS_LINE.fullmatch(text, sentence_start, fact.start)
                if (
                    labelled is not None
                    and _VS_FIGURE.match(text, fact.end)  # not "Net loss 1.1 mln vs profit 0.5 mln"
                    and not any(c in fact.sentence for c in ",;:")  # one row to a line
                    and not labelled.group("label").endswith("ed")  # "Tonnes milled": the verb of a unit
                    and _NOT_LABEL_WORDS.isdisjoint(labelled.group("label").lower().split())
                    and subjects.acceptable(labelled.group("label")) is not None
                ):
                    fact = _with(
                        fact, subject=labelled.group("label")
                    )  # "Trading profit 1.51 billion vs 1.29"
            if (
                fact.subject is None
                and len(fact.sentence) <= _MAX_VS_LINE
                and (verb_label := _PARTICIPLE_LABEL.match(fact.sentence)) is not None
            ):
                participle_row = _COLUMNS_ROW.fullmatch(fact.sentence)
                if (
                    participle_row is not None
                    and (
                        verb_label.group("first").endswith("ed")
                        or subjects.is_verb(verb_label.group("first"))
                    )
                    and _NOT_LABEL_WORDS.isdisjoint(participle_row.group("label").lower().split())
                    and subjects.acceptable(participle_row.group("label")) is not None
                ):
                    # "Harvested 69.2 69.2 75.2 75.2", "Feed Use 295.49 289.47", "Start Stcks 2.32
                    # 2.23": a line of a label and figures only, whose label reads as a verb (a
                    # participle, "Feed", "Start"), is a row
                    fact = _with(fact, subject=participle_row.group("label"))
            if (
                fact.subject is None
                and previous is not None
                and previous.subject is not None
                and len(fact.sentence) <= _MAX_VS_LINE
                and _COLUMN_GAP.fullmatch(text, previous.end, fact.start) is not None
            ):
                columns = _COLUMNS_ROW.fullmatch(fact.sentence)
                if (
                    columns is not None
                    and columns.group("label") == previous.subject
                    and "nil" not in previous.subject.lower().split()  # "Wheat nil nil 0.1": no label
                ):
                    # "Production 0.35 0.35 0.39 0.39": every column of a row is of the row's label
                    fact = _with(fact, subject=previous.subject)
            if (
                fact.subject is None
                and fact.kind == "count"
                and fact.unit is None
                and text.startswith(" of ", fact.end)
            ):
                counted_whole = _COUNT_OF_WHOLE.match(text, fact.end)
                if counted_whole is not None and subjects.acceptable(counted_whole.group("np")) is not None:
                    # "the last six of 20 fighters", "Five of nine indicators": a part counts the noun
                    # of its whole
                    fact = _with(fact, subject=counted_whole.group("np"))
            if fact.subject is None and fact.kind == "money" and text.startswith(" of ", fact.end):
                securities = _SUM_OF_SECURITIES.match(text, fact.end)
                if securities is not None and subjects.acceptable(securities.group("np")) is not None:
                    # "40 mln dlrs of 16.35 pct first mortgage bonds", "50 billion yen of 10-year
                    # government bonds": the securities the sum buys, past their coupon or tenor
                    fact = _with(fact, subject=securities.group("np"))
            if fact.subject is None and fact.unit is not None:
                opened = _OPENING_AT.fullmatch(text, sentence_start, fact.start)
                if opened is not None and subjects.acceptable(opened.group("np")) is not None:
                    fact = _with(fact, subject=opened.group("np"))  # "Soybean acreage, at 56.9 mln acres,"
            if (
                fact.kind == "count"
                and fact.unit is None
                and fact.subject is not None
                and fact.subject.lower() in _CASUALTY_WORDS
                and not text[max(sentence_start, fact.start - 4) : fact.start].rstrip().endswith(":")
            ):  # ("Deaths: 1,204; injured: 3,500": a label keeps its participle)
                # "34 people were killed and about 1,200 displaced": a bare count before what befell
                # them counts the people of the count before, not the participle ("About 400 injured
                # were treated", with no count before, keeps it)
                counted = _earlier_counted(_with(fact, subject=None), in_sentence, nearest=True)
                fact = fact if counted.subject is None else counted
            if fact.kind == "count" and fact.unit is None and fact.subject in _OTHERS:
                # "killed one miner and trapped 44 others": the others are more of what was counted
                counted = _earlier_counted(_with(fact, subject=None), in_sentence, nearest=True)
                fact = fact if counted.subject is None else counted
            if fact.subject is None and fact.kind == "count" and fact.unit is None:
                fact = _earlier_counted(fact, in_sentence, nearest=True)
            if fact.subject is None and fact.kind in _LISTED_KINDS:
                fact = _earlier_listed(text, fact, in_sentence, sentence_start + len(fact.sentence))
            verb_before = (
                _WORD_BEFORE.search(text, max(sentence_start, fact.start - 24), fact.start)
                if fact.subject is None and fact.unit in _PERCENTS and _LESS_THAN.match(text, fact.end)
                else None
            )
            if verb_before is not None and (
                subjects.is_verb(verb_before.group("word")) or verb_before.group("word").endswith("ed")
            ):
                comparing = subjects.acceptable(subjects.clause_subject(text, sentence_start, fact.start))
                if (
                    comparing is not None
                    and comparing.lower() not in _PRONOUN_SUBJECTS
                    and not comparing.endswith(("'s", "’s"))  # "Pakistan's 1986/87 exports at": an owner
                ):
                    fact = _with(fact, subject=comparing)  # "Women earned 16% less than men"
            if (
                fact.subject is None
                and fact.kind == "ratio"
                and _UP_FROM_GAP.search(text, max(sentence_start, fact.start - 30), fact.start)
            ):
                # "one in five adults now vape, up from one in 12": the old level of the ratio before
                ratio = next((f for f in reversed(in_sentence) if f.kind == "ratio" and f.subject), None)
                fact = fact if ratio is None else _with(fact, subject=ratio.subject)
            if (
                (
                    fact.subject is None
                    or _CHANGE_NOUN_APPOSED.fullmatch(text, previous.end if previous else 0, fact.start)
                )
                and fact.unit == "percent"
                and previous is not None
                and previous.unit != "percent"
                and previous.subject is not None
                and _CHANGE_APPOSED.fullmatch(text, previous.end, fact.start)
            ):
                fact = _with(fact, subject=previous.subject)  # "revenue of $41m, an increase of 14%": revenue
            if (
                fact.subject is None
                and fact.unit == "percent"
                and previous is not None
                and previous.kind == "count"
                and previous.change is not None
                and previous.subject is not None
                and _OR_RIGHT_AFTER.fullmatch(text, previous.end, fact.start)
                and not _OF_AFTER.match(text, fact.end)
            ):
                # "Payrolls fell by 12,000 jobs, or 3.1%": the change restated in percent, of the same things
                fact = _with(fact, subject=previous.subject)
            if (
                fact.unit == "percent"
                and previous is not None
                and previous.kind == "money"
                and previous.subject is not None
                and _OR_RESTATED.fullmatch(text, previous.end, fact.start)
                and _OF_AFTER.match(text, fact.end)
            ):
                # "spent $2.1 trillion on health care, or 10.6% of national income": the share restates
                # the sum, of a whole it is part of
                fact = _with(fact, subject=previous.subject)
            if (
                (fact.subject is None or fact.subject.lower() in _LEAD_WORDS)
                and fact.unit in _PERCENTS
                and (fact.surface.endswith(("ahead", "behind")) or _LEAD_AFTER.match(text, fact.end))
            ):
                # "35% support in a poll of 1,031 voters, 11 percentage points ahead of the Liberals": the
                # lead is in the share before it
                share = next((f for f in reversed(in_sentence) if f.unit in _PERCENTS and f.subject), None)
                if share is not None and _APPOSED_GAP.fullmatch(text, share.end, fact.start):
                    fact = _with(fact, subject=share.subject)
        if (
            fact.unit == "percent"
            and fact.change is None
            and row is None
            and fact.subject is not None
            and fact.subject[:1].isupper()
            and any(name.text == fact.subject and not name.is_place for name in names)
            and any(
                not name.is_place
                and _OWNER_GAP.fullmatch(
                    fact.sentence, name.start + len(name.text), fact.start - sentence_start
                )
                for name in names
                if name.start < fact.start - sentence_start
            )
        ):
            # "GM would have a 60 pct stake and Isuzu 40 pct", "with Daf owning 60 pct": the owner of the
            # share, not what it measures (the entity is its ``about``)
            fact = _with(fact, subject=None)
        if (
            row is None
            and fact.kind == "duration"
            and _spent_by_person(fact.subject)
            and (
                _SPAN_LED.search(text, max(sentence_start, fact.start - 24), fact.start) is not None
                or fact.surface.lower().startswith(("over ", "under ", "within "))
            )
        ):
            # "A former nurse ... was sentenced to 12 years", "Doctors will strike for five days",
            # "Researchers tracked 12,500 patients for seven years": how long people did or got
            # something measures no noun of theirs
            fact = _with(fact, subject=None)
        if (
            row is None
            and fact.subject is None
            and fact.sentence_index > 0
            and fact.sentence.startswith(("It ", "They "))
            and (referent := _pronoun_referent(text, fact, sentence_starts)) is not None
        ):
            # "Bitcoin rebounded on Monday. It rose 4% to $68,000": what the sentence before opened on
            fact = _with(fact, subject=referent)
        if row is None and fact.subject is not None and _cash_of_share(text, fact):
            # "offered 48 dlrs a share cash": the denominator and the payment name nothing measured
            fact = _with(fact, subject=None)
        if row is None and _names_a_company(fact, names, story, text):
            fact = _with(
                fact, subject=None
            )  # "Cheung Kong was down two dlrs": a company, not what is measured
        lo, hi = fact.start - sentence_start, fact.end - sentence_start
        # "46 degrees Celsius": a capitalised word of the figure's own unit names nothing it is about
        own_names = [name for name in names if not lo <= name.start < hi] if names else names
        clause_names = entities.clause_names(fact.sentence, own_names, lo)
        own_entity = (  # the entity a percentage names for itself: "49.1% for X", "its 86 pct owned unit, X"
            _percent_for(fact.sentence, fact.end - sentence_start, names)
            if fact.unit in ("percent", "percentage point") and row is None
            else None
        ) or (
            entities.owned_company(
                fact.sentence, fact.start - sentence_start, fact.end - sentence_start, names
            )
            if fact.unit == "percent" and row is None
            else None
        )
        if row is None and fact.subject is not None and _NOTE_VERB.search(fact.subject) is not None:
            # "Results include extraordinary gains of 952,000 dlrs": the item the note names
            fact = _with(fact, subject=_noted_item(fact.sentence, fact.subject))
        # the place of the figure's own phrase, else of its own clause, else of its sentence, else
        # the dateline
        fact_place = entities.phrase_place(
            fact.sentence, placed, fact.start - sentence_start, fact.end - sentence_start
        )
        if not fact_place:
            if not fallback_read:
                # entities.place_of walks every name (a gazetteer look-up and a few searches each),
                # and reads only the names and the dateline: the sentence's facts share one walk
                fallback_place = entities.place_of(placed, _dateline_of(text, sentence_start, story.dateline))
                fallback_read = True
            # a clause whose names are the sentence's own finds what the sentence's walk found
            # (place_of(placed, place_of(placed, dateline)) is place_of(placed, dateline))
            fact_place = (
                fallback_place
                if clause_names[0] is names
                else entities.place_of(_not_companies(clause_names[0], story, text), fallback_place)
            )
        fact = _with(
            fact,
            subject_head=_surname_head(fact) or _net_income(fact, heads.head_of(fact.subject)),
            about=entities.shares_owner(fact.sentence, fact.start - sentence_start)
            or entities.poll_owner(fact.sentence, fact.start - sentence_start)
            or (
                entities.owned_of(fact.sentence, fact.end - sentence_start)
                if fact.unit == "percent"
                else None
            )
            or own_entity
            or _about(
                *clause_names,
                own_names,
                fact.sentence,
                story.company,
                story.topic,
                fact.subject,
                row is not None,
                partial(subjects.clause_owner, text, sentence_start, fact.start, apposed=True),
                position=fact.start - sentence_start,
                aged=fact.kind == "age",
                recent=recent,
                opened=lead_actor,
                anaphor=partial(entities.refers_back, fact.sentence, fact.start - sentence_start),
                again=partial(recalled.named_again, fact.sentence, fact.start - sentence_start),
                again_acting=partial(
                    recalled.named_again, fact.sentence, fact.start - sentence_start, acting=True
                ),
                source=partial(entities.common_source, fact.sentence),
                trade=story.trade,
                opener=partial(_opener, recalled, text, story.lead),
                actor=None if _UNNAMED_SAYERS.match(fact.sentence) else actor,
                indefinite=_INDEFINITE_FIGURE.search(
                    fact.sentence, max(0, fact.start - sentence_start - 24), fact.start - sentence_start
                )
                is not None,
            ),
            place=fact_place,
        )
        phrase_owner = (
            None
            if row is not None
            or own_entity is not None  # "its 86 pct owned affiliate, Ambrit": the affiliate's
            else entities.phrase_owner(
                fact.sentence, fact.start - sentence_start, fact.end - sentence_start, names
            )
        )
        if phrase_owner is not None and (phrase_owner[1] or fact.about is None or fact.about[:1].islower()):
            fact = _with(fact, about=phrase_owner[0])  # "the parliament's 347 seats": the phrase's own owner
        elif (
            row is None
            and (fact.unit is None or (fact.kind == "area" and _BURNED.search(fact.sentence) is not None))
            and story.company is None
            and fact.end < len(text)
        ):
            located = _COUNTED_IN.match(text, fact.end)
            if (
                located is not None
                and (located.group("prep") == "near" or located.group("venue") is not None)
                and _CASUALTY_VERB.search(fact.sentence) is None
            ):
                # "near" and a venue locate only a casualty count: "damaged 15 buildings near Perugia",
                # "killed five people at a shopping centre in Sydney"
                located = None
            if located is not None:
                at = located.start("place") - sentence_start
                place = next((name.text for name in names if name.start == at and name.is_place), None)
                if place is not None and fact.sentence.startswith(("'s ", "’s "), at + len(place)):
                    # "300,000 people in Pakistan's Sindh province": the most specific place named
                    owned = at + len(place) + 3
                    place = next((n.text for n in names if n.start == owned and n.is_place), place)
                figure_at = fact.start - sentence_start
                corporate = any(
                    name.text == fact.about
                    and not name.is_source
                    and (
                        name.is_corporate
                        or (
                            name.start == 0
                            and (name.is_subject or name.opens)
                            and _ACTOR_GAP.fullmatch(fact.sentence, len(name.text), figure_at) is not None
                        )
                    )
                    for name in names
                ) and (_CASUALTY_VERB.search(fact.sentence) is None and located.group("fled") is None)
                if place is not None and place != fact.about and not corporate:
                    # "3 million customers in Florida": where they are; "Acme will cut 1,300 jobs in
                    # France" and "Toyota will recall 1.1 million vehicles in the United States" stay
                    # about the company or the actor the sentence opens on (not a casualty count)
                    fact = _with(fact, about=place)
        if (
            row is None
            and fact.unit is None
            and fact.about is not None
            and in_sentence
            and any(name.text == fact.about and name.start == 0 and not name.is_place for name in names)
            and _CASUALTY_VERB.search(fact.sentence) is not None
        ):
            # "Hurricane Milton killed 16 people in Florida and left 3 million homes without power",
            # "Cyclone Freddy killed 400 people in Malawi and injured 1,200": a later count of the same
            # event is of the place its earlier count was located in, not the event the sentence opens on
            located_before = next(
                (
                    f.about
                    for f in reversed(in_sentence)
                    if f.unit is None and f.about is not None and f.about == f.place
                ),
                None,
            )
            if located_before is not None and _OWN_PLACE_AFTER.match(text, fact.end) is None:
                fact = _with(fact, about=located_before)
        if (
            row is None
            and fact.kind == "temperature"
            and fact.place is not None
            and (
                fact.about is None
                or fact.about[:1].islower()
                or any(name.text == fact.about and name.is_source for name in names)
            )
            and any(name.text == fact.place and name.is_place and not name.is_source for name in names)
        ):
            # "pushed temperatures to 46C in Seville, the agency AEMET said", "when temperatures in
            # Seville peaked at 44.5C": a temperature is about the place the sentence measures it in,
            # not the body that reports it nor the weather it is of
            fact = _with(fact, about=fact.place)
        if (
            row is None
            and fact.sentence.startswith("In ")
            and (fact.about is None or fact.about == story.topic or fact.about[:1].islower())
        ):
            framed = _FRONTED_PLACE.match(fact.sentence)
            place = (
                None
                if framed is None
                else next((name.text for name in names if name.start == 3 and name.is_place), None)
            )
            if place is not None:
                fact = _with(fact, about=place)  # "In Greece, temperatures reached 44C": the framing place
        if row is None and fact.about is not None and fact.about[:1].islower() and "s " in fact.about:
            possessive = _COMMON_OWNER.match(fact.about)
            if possessive is not None:  # "..., while its exports fell 2%": the carmaker of "carmaker's sales"
                fact = _with(fact, about=possessive.group("owner"))
        if row is None and fact.about is None and fact.subject and "s " in fact.subject:
            possessive = _COMMON_OWNER.match(fact.subject)
            if (
                possessive is not None
                and _DEFINITE_OWNER.search(fact.sentence, 0, max(0, fact.start - sentence_start)) is not None
                and f"he {possessive.group(0)}" in fact.sentence
            ):
                # "The company's revenue grew 15%": the definite owner the phrase names
                fact = _with(fact, about=possessive.group("owner"))
            elif (named_owner := _NAMED_OWNER.match(fact.subject or "")) is not None and any(
                name.text == named_owner.group("owner") and not name.is_source for name in names
            ):
                # "Analysts said Chrysler's earnings would rise 10 pct": the name that owns the measure
                fact = _with(fact, about=named_owner.group("owner"))
        if (
            row is None
            and phrase_owner is None
            and fact.about is not None
            and " said " in fact.sentence[: fact.start - sentence_start]
            and (reported := _reported_subject(fact.sentence, names, fact.start - sentence_start, fact.about))
            is not None
        ):
            # "Milosavljevic said Yugoslavia had repaid 640 mln dlrs": the reported clause's own subject
            fact = _with(fact, about=reported)
        if (
            row is None
            and story.dateline is not None
            and (fact.about is None or fact.about[:1].islower())
            and ("the c" in fact.sentence or "The c" in fact.sentence)
            and gazetteer.is_place(story.dateline)
        ):
            city = (
                fact.about in ("city", "capital")
                or _THE_CITY_OWN.fullmatch(fact.subject or "") is not None
                or _IN_THE_CITY.search(text, sentence_start, fact.start) is not None
            )
            if city:
                # "70% of the city", "Rents in the capital rose 3.1%": the dateline city it stands for
                fact = _with(fact, about=story.dateline)
        if (
            row is None
            and fact.about is not None
            and fact.about[:1].islower()
            and (repeated := recalled.named_by_head(fact.about, fact.sentence)) is not None
        ):
            # "Manchester City Council approved a scheme. The council said the work would take 18
            # months": the body the definite noun names again by its head word
            fact = _with(fact, about=repeated)
        if (
            row is None
            and _quotes_its_subject(fact)
            and _DEVALUED.search(fact.sentence, 0, fact.start - sentence_start) is None
        ):
            # "The pound opened lower at 1.59 dlrs": a market report is about what it quotes
            fact = _with(fact, about=_DETERMINER.sub("", fact.subject or ""))
        elif (
            row is None
            and fact.subject_head in ("yield", "yields")
            and fact.unit == "percent"
            and (bond := _GOVERNMENT_BOND.search(fact.subject or "")) is not None
        ):
            # "The 10-year Treasury yield rose to 4.5%": a yield is the government bond's it names
            fact = _with(fact, about=bond.group())
        elif row is None and (coined := _coined_opener(fact, text)) is not None:
            # "OPEC output rose 110,000 bpd", "Nvidia revenue rose 94%": the coined name that opens the
            # sentence owns the measure it modifies, before a name of the headline or an earlier line
            fact = _with(fact, about=coined)
        elif (fact.about is None or fact.about[:1].islower()) and _OF_ITS.match(text, fact.end):
            owner = _its_owner(text[sentence_start : fact.start])
            fact = (
                fact if owner is None else _with(fact, about=owner)
            )  # "fine the firm up to 4% of its turnover"
        elif (
            fact.kind == "age"
            and fact.subject is not None
            and fact.subject[:4] in ("the ", "The ")
            and text.startswith(f"{fact.subject}, ", fact.start - len(fact.subject) - 2)
            and (fact.about is None or fact.about[:1].islower() or gazetteer.is_place(fact.about))
        ):
            # "In Sydney, the suspect, 19, was charged": an age set off after its definite person
            fact = _with(fact, about=_DETERMINER.sub("", fact.subject))
        elif fact.kind == "age" and (apposed := _APPOSED_AGE.search(text, sentence_start, fact.start)):
            # "Daniel Price, a 41-year-old teacher, was": the person the age is apposed to; "The
            # defendant, a 29-year-old driver": the definite noun; not "In London, a 34-year-old man"
            who = apposed.group("name") or apposed.group("noun")
            if apposed.group("name") and (
                gazetteer.is_place(who)
                or _MONTH_OR_DAY.fullmatch(who)
                or apposed.group("prep")
                or (" " not in who and dictionary_word(who.lower()))  # "Elsewhere, a 34-year-old man"
            ):
                who = None
            fact = _with(fact, about=who)
        elif (
            fact.kind == "age" and fact.subject and _DEFINITE_BEFORE.search(text, sentence_start, fact.start)
        ):
            # "for the 21-year-old midfielder": an age is about its person, definite or named
            subject = fact.subject
            person = _last_person(text[:sentence_start]) if _BARE_AGE.fullmatch(subject) else None
            if person is not None:
                # "... signed Gabriel Rocha. The 22-year-old has signed a five-year contract": the person
                # an earlier sentence named, since "the 22-year-old" names no noun of its own
                fact = _with(fact, about=person, subject_head=person.rsplit(None, 1)[-1].lower())
            else:
                fact = _with(fact, about=_DETERMINER.sub("", subject))
        elif fact.kind == "age" and _UNKNOWN_PERSON.search(text, sentence_start, fact.start):
            fact = _with(fact, about=None)  # "A man, 34, was charged", "adults aged over 65": no one known
        elif (
            row is None
            and fact.kind in kinds.MARKET_KINDS
            and fact.subject
            and fact.subject.endswith("futures")
        ):
            traded = _FUTURES.match(fact.subject)
            if traded is not None:  # "Cocoa futures fell 3%": about the commodity, not the exchange's city
                what = traded.group("what")
                first, _, rest = what.partition(" ")
                if (
                    rest
                    and rest.islower()
                    and first.upper() in DEMONYMS
                    and rest.split()[-1] in _GOODS
                    and not _names_a_thing(what, rest.split()[-1])  # "British pound futures": the currency
                ):
                    what = rest  # "Malaysian palm oil futures": the commodity; the country is the place
                fact = _with(fact, about=what)
        elif fact.about is None and fact.subject and fact.kind in kinds.MARKET_KINDS:
            priced = _GOOD_PRICES.match(fact.subject)
            if priced is not None and priced.group("good").lower() in _GOODS:
                variety = priced.group("variety")
                named = (
                    variety is not None
                    and variety[:1].isupper()
                    and variety.upper() not in DEMONYMS
                    and not gazetteer.is_place(variety)
                )
                # "Oil prices fell 3%": about oil; "Arabica coffee prices hit $4.30": the variety too
                fact = _with(
                    fact, about=f"{variety} {priced.group('good')}" if named else priced.group("good")
                )
        if (
            row is None
            and (fact.kind == "money" or (fact.unit == "percent" and _OF_ITS.match(text, fact.end)))
            and text.find("fine", max(sentence_start, fact.start - 120), fact.end + 8) >= 0  # no slice
        ):
            fined = _fined(text, fact, sentence_start, in_sentence)
            fact = fact if fined is None else _with(fact, about=fined)
        if (
            row is None
            and (fact.about is None or fact.about[:1].islower())
            and fact.subject is not None
            and fact.subject[:1].isupper()
        ):
            country = _demonym_country(fact, fact.subject, names, sentence_start)
            fact = fact if country is None else _with(fact, about=country)
        if (
            row is None
            and story.topic is not None
            and ("nation" in fact.sentence or "country" in fact.sentence)  # cheap before the search
            and _NATION_S.search(fact.sentence) is not None
        ):
            nation = _nation(fact, story.topic, sentence_start)
            fact = fact if nation is None else _with(fact, about=nation)
        if row is None and ordering is None and (names or " the " in fact.sentence):
            # one scan per sentence, shared by the two told-to rules below
            ordering = any(stem in fact.sentence for stem in _TOLD_STEMS)
        if (
            row is None
            and names
            and ordering
            and _TOLD_TO.search(fact.sentence, 0, fact.start - sentence_start) is not None
        ):
            told = _told_to(fact, names, sentence_start)
            fact = fact if told is None else _with(fact, about=told)
        if (
            row is None
            and (fact.about is None or fact.about.islower())
            and " the " in fact.sentence
            and ordering
        ):
            # "A jury ordered the company to pay $2.1 billion": the definite one told to act
            told_thing = _TOLD_THE.search(fact.sentence, 0, fact.start - sentence_start)
            if told_thing is not None and not any(
                mark in fact.sentence[told_thing.end() : fact.start - sentence_start] for mark in (";", ",")
            ):
                fact = _with(fact, about=told_thing.group("thing"))
        if (
            row is None
            and fact.kind == "money"
            and (fact.about is None or fact.about.islower())
            and "fine" in fact.sentence  # (cheap, before the search)
        ):
            # "The court fined the utility 15 million dollars": the sum is the fined one's
            fined_one = _FINED_THE.search(fact.sentence, 0, fact.start - sentence_start)
            if fined_one is not None:
                fact = _with(fact, about=fined_one.group("thing"))
        if (
            row is None
            and names
            and fact.unit is None
            and fact.sentence.startswith("-", fact.end - sentence_start)
            and (sized := _SIZED_NAME.match(fact.sentence, fact.end - sentence_start)) is not None
        ):
            # "Labour won 412 seats in the 650-seat House of Commons": the body the size is of
            sized_body = next(
                (
                    name
                    for name in names
                    if name.start == sized.end()
                    and not name.is_source
                    and _SIZED_NAME_AFTER.match(fact.sentence, name.start + len(name.text)) is None
                ),
                None,
            )
            fact = fact if sized_body is None else _with(fact, about=sized_body.text)
        if (
            row is None
            and fact.unit == "magnitude"
            and fact.place is not None
            and fact.place != fact.about
            and _about_place_or_source(fact, names)
        ):
            quake_place = next(
                (name for name in names if name.text == fact.place and name.is_place and not name.is_source),
                None,
            )
            if quake_place is not None and _QUAKE_IN.search(fact.sentence, 0, quake_place.start) is not None:
                # "The 6.8-magnitude earthquake struck ... in Jajarkot district": the quake's place
                fact = _with(fact, about=fact.place)
        if row is None and names and fact.about is not None and fact.about[:1].isupper():
            country = _forecast_for(fact, names, sentence_start)
            fact = fact if country is None else _with(fact, about=country)
        if row is None and fact.about is not None and "'s " in fact.about:
            acronym = _ACRONYM_OWNS.fullmatch(fact.about)
            if acronym is not None:
                thing = acronym.group("thing")
                keep = thing[:1].islower() or _MONTH_OR_DAY.fullmatch(thing.split()[0]) is not None
                fact = _with(fact, about=acronym.group("owner") if keep else thing)
        if (
            row is None
            and names
            and fact.about is not None
            and (" lead" in fact.sentence or " trail" in fact.sentence)  # (cheap, before the match)
        ):
            leader = _leader_of(fact, names, sentence_start)
            fact = fact if leader is None else _with(fact, about=leader)
        if (
            row is None
            and fact.about is not None
            and f"{fact.about}'s " in fact.sentence  # (cheap, before the match)
            and gazetteer.is_place(fact.about)
        ):
            division = _division_of(fact, sentence_start)
            fact = fact if division is None else _with(fact, about=division)
        if row is None and "uro" in fact.sentence[:60]:  # (cheap, before the match)
            zone = _EURO_ZONE.match(fact.sentence, 0, fact.start - sentence_start)
            if zone is not None and not any(
                zone.end() <= name.start < fact.start - sentence_start
                and not name.is_source
                and (name.is_place or name.is_corporate)
                for name in names
            ):
                # "Euro zone inflation slowed to 2.2%", "Inflation in the euro area": the region's own,
                # as written; not "..., while wages in Germany grew 4.1%": a later clause's own name
                region = zone.group("zone") or zone.group("zone2")
                # and it is where the figure is, before the dateline's city or a place a later clause
                # names (the labels place "Eurozone unemployment held at 6.2%, while wages in Germany")
                fact = _with(fact, about=region, place=region)
        if row is None and fact.subject is not None and entities.measure_word(fact.subject):
            measured = _measure_on(fact, fact.subject, names, sentence_start)
            fact = fact if measured is None else _with(fact, about=measured)
        if (
            row is None
            and previous is not None
            and previous.about is not None
            and fact.about != previous.about
            and previous.about[:1].isupper()
            and fact.subject == previous.subject
            and _CHANGED_BY.fullmatch(text, previous.end, fact.start)
        ):
            # "Codelco produced 1.4 million tonnes of copper, down 3%": the change is of the same figure
            fact = _with(fact, about=previous.about)
        if (
            row is None
            and fact.about is not None
            and f"he {fact.about}" in fact.sentence  # (cheap, before the earlier sentences are read)
            and (recalled.referent() is not None or story.lead is not None)
            and entities.anaphor_noun(fact.about)
        ):
            # "Manchester United reported a loss. The club owes £650m": the name "the club" stands for
            fact = _with(fact, about=recalled.referent() or story.lead)
        elif (
            row is None
            and fact.about is not None
            and fact.about.islower()
            and f"he {fact.about} " in fact.sentence  # (cheap, before the earlier text is searched)
            and entities.anaphor_noun(fact.about)
        ):
            # "Kenya's central bank cut its rate. The bank said inflation slowed to 2.8%": the owner an
            # earlier sentence wrote before the same institution
            owner = _owner_of_before(text, fact.about.rsplit(None, 1)[-1], sentence_start)
            fact = fact if owner is None else _with(fact, about=owner)
        if (
            row is None
            and fact.about is None
            and fact.sentence.startswith("It ")
            and _IT_ACTS.match(fact.sentence) is not None
            and (referent := recalled.referent()) is not None
            and not entities.titled(referent)  # "It" is no person
        ):
            # "Uber posted a profit. It had 150 million monthly users": the name the sentence before
            # opened on; not an "It is"/"It was" that stands for nothing ("It was the first time")
            fact = _with(fact, about=referent)
        if (
            row is None
            and (
                fact.about is None
                or (
                    fact.about == story.topic
                    and gazetteer.is_place(fact.about)
                    and fact.sentence.startswith("The ")  # not "It said": a source
                    and not fact.sentence.startswith("The government")  # the country's, not a body's
                )
                or (
                    fact.about is not None
                    and f" in {fact.about}" in fact.sentence  # (cheap, before the place test)
                    and fact.sentence.find(f" in {fact.about}") > fact.start - sentence_start
                    and fact.sentence.startswith("The ")
                    and gazetteer.is_place(fact.about)
                )
            )
            and entities.opens_on_anaphor(fact.sentence)
            and entities.refers_back(fact.sentence, fact.start - sentence_start)
            and (referent := _opener(recalled, text, story.lead)) is not None
        ):
            # "Microsoft will invest $3.2 billion in Sweden. The company plans to train 250,000 people",
            # "Its chief executive resigned two months later": the company, not the headline's place
            fact = _with(fact, about=referent)
        if row is None and fact.about is None and not names and story.lead is not None and fact.kind != "age":
            # "Spotify raises prices" over "Monthly users rose 11%": a sentence that names nothing is
            # about the company the headline opens on
            fact = _with(fact, about=story.lead)
        if (
            row is None
            and fact.about is None
            and not names
            and carried is not None
            and fact.kind != "age"
            and _PROSE_OPENING.match(fact.sentence) is not None
            and (
                carried == _opener(recalled, text, story.lead)
                or _opened_on_own(text, carried, sentence_start)
            )
        ):
            # "BYD sold 341,658 vehicles in June. Overseas sales reached 26,995 vehicles": a sentence that
            # names nothing goes on with the name an earlier sentence's figures were about
            fact = _with(fact, about=carried)
        if row is None and (fact.kind == "money" or fact.unit == "pound") and names:
            target = _deal_target(fact, names, sentence_start)
            fact = fact if target is None else _with(fact, about=target)
        if (
            row is None
            and fact.kind == "money"
            and fact.about is not None
            and " for " in fact.sentence  # (cheap, before the search)
        ):
            deal = _BUYS_FOR.match(fact.sentence[: fact.start - sentence_start])
            if deal is not None and fact.about == deal.group("target"):
                # "Mars agreed to buy Kellanova for $35.9 billion": the price paid is the buyer's
                fact = _with(fact, about=deal.group("buyer"))
        if row is None and (fact.about is None or fact.about[:1].isupper()) and "inister " in fact.sentence:
            country = _minister_country(fact.sentence, fact.about, fact.start - sentence_start)
            fact = fact if country is None else _with(fact, about=country)
        if (
            row is None
            and fact.about is not None
            and fact.about == story.topic
            and fact.kind == "count"
            and _CASUALTY_VERB.search(fact.sentence) is not None
            and not any(name.is_place for name in names)
            and (region := recalled.region()) is not None
        ):
            # "Typhoon Kajiki made landfall in Nghe An province. At least 12 people were killed": the
            # event's region an earlier sentence named, not the headline's country
            fact = _with(fact, about=region)
        if fact.about is not None and ("s " in fact.about or "' " in fact.about or "’ " in fact.about):
            fact = _with(fact, about=_unplaced(fact.about, text))
            about = fact.about or ""
            held = _PERSON_OWNS.fullmatch(about) if row is None else None
            if (
                held is not None
                and _CORPORATE_WORD.search(about) is None
                and not gazetteer.is_place(held.group("owner"))
            ):
                fact = _with(fact, about=held.group("owned"))  # "Taylor Swift's Eras Tour": the tour
        if (
            fact.about is not None
            and fact.about[:1].isupper()
            and ("'s" in fact.about or "’s" in fact.about or "'s" in text or "’s" in text)
        ):
            if fact.about not in possessed:
                possessed[fact.about] = _own_s(fact.about, text)
            fact = _with(fact, about=possessed[fact.about])
        if fact.about is not None and fact.about.isupper():
            if fact.about not in spelled:
                spelled[fact.about] = entities.expand_initials(fact.about, text)
            full = spelled[fact.about]
            fact = fact if full is None else _with(fact, about=full)
        elif fact.about is not None and " " not in fact.about:
            # "The Bank of England said ... The Bank bought 393 mln stg": the body it named in full
            whole = entities.full_body(fact.about, text, fact.end)
            fact = fact if whole is None else _with(fact, about=whole)
        if (
            row is None
            and story.company is not None
            and fact.about is not None
            and " rated " in fact.sentence
        ):
            rater = fact.sentence.find(fact.about)
            if (
                rater > 3
                and fact.sentence.startswith("by ", rater - 3)
                and fact.sentence.rfind(" rated ", 0, rater) >= 0
            ):
                # "Non-callable for seven years, the issue is rated Baa-2 by Moody's": the agency only
                # rates the story's issue (some 80 facts of the Reuters night were about the agency)
                fact = _with(fact, about=story.company)
        if (
            row is None
            and fact.about is not None
            and fact.about not in fact.sentence
            and (short := _SHORT_NAME_OPENING.match(fact.sentence)) is not None
            and short.end() <= fact.start - sentence_start
            and not fact.about.startswith(short.group("word"))
        ):
            # "Exxon Mobil agreed to buy Pioneer Natural Resources. Pioneer produces 700,000 barrels a
            # day": the name an earlier sentence spelled out in full, not the story's buyer
            full = _spelled_before(text, short.group("word"), sentence_start)
            fact = fact if full is None else _with(fact, about=full)
        if row is None and fact.about is not None and fact.about[:1].isupper() and " " in fact.about:
            craft = _NAMED_CRAFT.fullmatch(fact.about)
            if craft is not None and craft.group("name").upper() not in DEMONYMS:
                fact = _with(fact, about=craft.group("name"))  # "the Starship rocket": Starship
        if row is None and (fact.unit in _MARGIN_UNITS or fact.unit is None) and fact.end < len(text):
            fact = _margin_holder(text, fact, sentence_start, names, story.dateline)
        if row is None and market is not None and fact.about != market and fact.sentence.startswith("The "):
            fact = _asset_named_before(fact, market, sentence_start)
        if fact.about is not None and fact.about.endswith(("s'", "s’")) and len(fact.about) > 2:
            # "67 pct of Hughes' earnings", "the Philippines' total foreign debt": the name, without the
            # apostrophe of its plural possessive
            fact = _with(fact, about=fact.about[:-1])
        out.append(fact)
        in_sentence.append(fact)
        if row is None and fact.about is not None and fact.about[:1].isupper():
            about_here = (fact.sentence_index, fact.about)
        if row is None and fact.about is not None and _ASSET_OPENING.match(fact.sentence) is None:
            market_here = (fact.sentence_index, fact.about)
        previous = fact
        if fact.subject is not None:
            earlier[fact.unit] = fact.subject
    out = _moves_to_levels(text, _bought_at(text, _quoted_levels(text, out, story)))
    out = declared_units(text, _levels_of_change(text, out))
    out = _quote_moves(text, out)
    out = [_fraction_point(text, f) if f.kind == "ratio" and f.unit is None else f for f in out]
    return note_money(text, coupons(text, carried_units(text, out)), story.money)


_MARGIN_UNITS = frozenset(["point", "second", "minute", "hour", "stroke", "length", "run", "wicket"])
"""Units a sporting lead or winning margin is counted in (not percentage points: a poll lead has rules
of its own)."""
_MARGIN_AFTER = re.compile(
    r"\s+(?:(?P<noun>points?|seconds?|minutes?|strokes?|shots?|lengths?|runs?)\s+)?(?:clear|ahead|behind)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<rival>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}))?"
)
"""A lead or margin after its figure, with the rival it is over: "five points clear of Tottenham",
"12 seconds ahead of Lando Norris", "three points behind"."""
_MARGIN_GAP = re.compile(
    r"(?:\s+(?!(?:said|says|told|reported)\b)(?:[a-z][\w-]*|[A-Z][\w'’-]*|\d{1,2}-\d{1,2}|\d{1,3}\s+(?:hours?|minutes?))){1,10}"
    r"\s+"
    r"(?:(?:by|with)\s+)?(?:(?:" + HEDGE + r")\s+)?"
)
"""Between the actor a sentence opens on and its lead, one clause of words and scores with no comma,
figure or citation: "Aston Villa sit", "Leverkusen won 2-1 and are now", "Max Verstappen won the Dutch
Grand Prix by"."""


def _margin_holder(
    text: str, fact: Fact, sentence_start: int, names: list[entities.Name], dateline: str | None
) -> Fact:
    """A lead or winning margin ("N points clear of Y", "won by N seconds ahead of Y") belongs to the
    actor its sentence opens on: "Aston Villa sit five points clear of Tottenham", "Max Verstappen won
    by 12 seconds ahead of Lando Norris": subject and ``about`` Aston Villa / Max Verstappen, not the
    verb after the name, not the rival after "of". A club named for its city is a team there, not a
    place, and neither is the rival (the dateline is the place)."""
    margin = _MARGIN_AFTER.match(text, fact.end)
    if margin is None or (fact.unit is None and margin.group("noun") is None):
        return fact  # a bare count is a margin only with its noun: "three strokes ahead of"
    actor = next((name for name in names if name.start == 0), None)
    if (
        actor is None
        and fact.subject is not None
        and (word := _OPENING_WORD.match(fact.sentence)) is not None
    ):
        # "Celtic are 11 points clear", "Girona sit": a lone opening word the subject rules took as the
        # clause's subject, with the plural verb British copy gives a club, is the club's name
        opener = word.group()
        if fact.subject.split()[0] == opener and entities.team_opening_word(fact.sentence, opener):
            actor = entities.Name(opener, 0, False, False, False, True)
    figure_at = fact.start - sentence_start
    if (
        actor is None
        or actor.is_source
        or not actor.opens
        or _MARGIN_GAP.fullmatch(fact.sentence, len(actor.text), figure_at) is None
    ):
        return fact
    subject = fact.subject  # a count keeps its noun: "three strokes ahead of" counts strokes
    if fact.unit is not None and (
        subject is None or subject.lower() in _LEAD_WORDS or subject.startswith(actor.text)
    ):
        subject = actor.text
    rival = margin.group("rival")
    place = fact.place
    if place is not None and (
        (place == actor.text and not actor.is_place) or (rival is not None and rival.startswith(place))
    ):
        place = entities.place_of([], _dateline_of(text, sentence_start, dateline))
    return _with(
        fact,
        subject=subject,
        subject_head=actor.text.rsplit(None, 1)[-1].lower() if subject == actor.text else fact.subject_head,
        about=actor.text,
        place=place,
    )


_OPENING_WORD = re.compile(r"[A-Z][a-z]{2,}(?=\s+[a-z])")
"""A capitalised word opening a sentence before a lower-case one: "Celtic are", "Girona sit"."""


_ASSET_OPENING = re.compile(
    r"The\s+(?:(?:global|world's|international|benchmark|blue-chip|broader|broad|main|key|precious|"
    r"yellow|base|industrial|single|common|safe-haven|local|domestic|U\.S\.|U\.K\.|"
    r"[A-Z][a-z]+(?:an|ese|ish))\s+){0,2}"
    r"(?P<noun>metal|benchmark|currency|cryptocurrency|token|grain|oilseed|commodity|index|gauge)\s+"
    r"(?:has|had|is|was|will|rose|fell|lost|gained|climbed|slid|jumped|dropped|slumped|surged|tumbled|"
    r"[a-z]+ed)\b"
)
"""A sentence that opens on a market's class noun as its actor, bare or with a word that only ranks
or places it: "The global benchmark has lost 9%", "The metal used in wiring has climbed 12%", "The
blue-chip index rose 8%"; not a named one ("The gold index", "The all ordinaries index", "The February
index"), which is about itself."""


_SHORT_NAME_OPENING = re.compile(
    r"(?P<word>[A-Z][a-z]{2,})\s+(?:has|had|is|was|will|would|produces|employs|owns|operates|runs|sells|"
    r"makes|holds|produced|employed|owned|operated)\b"
)
"""A sentence that opens on one capitalised word as its actor: "Pioneer produces", "Seagen has"."""


def _owner_of_before(text: str, head: str, sentence_start: int) -> str | None:
    """The name an earlier sentence wrote with "'s" before an institution of ``head`` ("Kenya's
    central bank", "Toyota's parent group"), the last one, when there is one."""
    owner = None
    for match in re.finditer(
        rf"\b(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{0,2}}{head}\b",
        text[:sentence_start],
    ):
        owner = match.group("owner")
    return None if owner is None or owner in ("The", "It", "Its") else owner


def _spelled_before(text: str, word: str, sentence_start: int) -> str | None:
    """The last name of two or more capitalised words an earlier sentence opened with ``word``
    ("Pioneer Natural Resources" for a later "Pioneer"), when there is one."""
    full = None
    for match in re.finditer(rf"(?<!\w){word}(?:[ \t]+[A-Z][\w&-]*)+", text[:sentence_start]):
        before = text[max(0, match.start() - 30) : match.start()].split()
        if not before or not before[-1][:1].isupper():  # "The Cable", "James Hardie": inside a longer run
            full = match.group(0)
    # a company's words or three words ("Pioneer Natural Resources"), not a person's ("Siri Karncharoendi")
    if full is None or entities.titled(full):
        return None  # "Chrysler Chairman Lee Iacocca": a person by title
    return full if entities.corporate_name(full) or full.count(" ") >= 2 else None


def _asset_named_before(fact: Fact, market: str, sentence_start: int) -> Fact:
    """The fact about the market an earlier sentence's figures were about, when its sentence opens
    on that market's class noun ("Spot gold rose 0.8%. The metal is up 28% this year": gold) and
    names nothing of its own for the figure: its ``about`` is none, the class noun itself, or a name
    from outside the sentence (the headline's "Wall Street" over "The benchmark index rose 8%")."""
    opening = _ASSET_OPENING.match(fact.sentence)
    if (
        opening is None
        or opening.end() > fact.start - sentence_start
        # a name ("S&P 500", "Brent") or a quoted market ("gold", "Canadian dollar"), not a stray phrase
        or not (market[:1].isupper() or market.rsplit(None, 1)[-1].lower() in kinds.QUOTED)
        or gazetteer.is_place(market)
        or _MONTH_OR_DAY.fullmatch(market) is not None
    ):
        return fact
    about = fact.about
    if (
        about is not None
        and fact.sentence.startswith(("The index ", "The gauge "))
        and gazetteer.is_place(about)
    ):
        return fact  # "Japan's consumer prices rose ... The index fell 0.3 pct": an economy's own index
    if (
        about is None
        or about.rsplit(None, 1)[-1].lower() == opening.group("noun")
        or about not in fact.sentence
    ):
        return _with(fact, about=market)
    return fact


_PROSE_OPENING = re.compile(
    r"[A-Z][a-z]+(?:\s+[a-z]+){2}\b|[A-Z][a-z]+\s+(?:rose|fell|grew|climbed|jumped|dropped|slipped|slid|"
    r"gained|declined|increased|decreased|edged|surged|slumped|tumbled|eased|rebounded)\s+(?:by\s+)?\d"
)
"""A sentence that opens as prose ("Overseas sales reached"), not a table row ("Production 13.99")."""


def _opened_on_own(text: str, place: str, sentence_start: int) -> bool:
    """Whether the sentence before ``sentence_start`` opens on a country's own figure ("China's exports
    rose 7.6%"), which a next sentence that names nothing goes on with ("Imports fell 0.7%")."""
    if not gazetteer.is_place(place):
        return False
    before = text.rfind(". ", 0, sentence_start - 2) + 2 if sentence_start > 2 else 0
    return text.startswith((f"{place}'s ", f"{place}’s "), before if before > 1 else 0)


def _opener(recalled: _Recalled, text: str, lead: str | None) -> str | None:
    """The name an earlier sentence opened on, a lone word too ("IndiGo has ordered 30 jets"), when it
    names a company or body: no person by title, no place, no plural common word ("Hackers stole")."""
    found = recalled.referent()
    if found is None or entities.titled(found) or gazetteer.is_place(found):
        return None
    mixed = found[1:] != found[1:].lower() and not found.endswith("s")  # "IndiGo", "BYD"; not "CMOs"
    if " " not in found and not mixed and (f" {found.lower()} " in text or dictionary_word(found.lower())):
        return None  # "Nevertheless, the bank said", "Hackers stole": a capital that only opens the sentence
    if "'" in found or "’" in found or any(entities.demonym(word) for word in found.split()):
        return None  # "We've", "West German output": no name of a body
    if " " in found:
        return found if entities.corporate_name(found) else None  # not a person ("Alan Powers said")
    if mixed or found == lead:
        return found  # "IndiGo", "BYD", the headline's company: not a surname ("Conable")
    return None


class _Recalled:
    """The region, the referent and the bodies that earlier sentences set, folded in reading order on
    first need.

    The region is the last district or province an earlier sentence named ("in Nghe An province");
    the referent is the name an earlier sentence opened on, a lone opening word too: what "the club"
    stands for; the bodies are the organisations they named, what "the Association said" or "the
    council faces" names again. Reading the names of every sentence with no figure cost as much as
    reading those of the figures' own sentences, yet only a rare fact ("the club owes", a casualty
    count after a region) asks for them: the sentences are queued and read when one does, in the
    same order the eager loop read them, so the answers are the same.
    """

    def __init__(self) -> None:
        self._region: str | None = None
        self._referent: str | None = None
        self._bodies: list[entities.Name] = []
        self._pending: list[tuple[str, list[entities.Name] | None]] = []
        """Sentences not yet folded in: a sentence with no figure (its names unread), or a figure's
        sentence with the names its facts read."""

    def skipped(self, sentence: str) -> None:
        """Queue a sentence with no figure."""
        self._pending.append((sentence, None))

    def named(self, sentence: str, names: list[entities.Name]) -> None:
        """Queue a figure's sentence, with its names."""
        self._pending.append((sentence, names))

    def region(self) -> str | None:
        """The last region the queued and earlier sentences named."""
        self._fold()
        return self._region

    def referent(self) -> str | None:
        """The name the queued and earlier sentences last opened on."""
        self._fold()
        return self._referent

    def named_again(self, sentence: str, position: int, acting: bool = False) -> str | None:
        """The body an earlier sentence named that ``sentence`` names again before ``position``
        (:func:`entities.named_again`)."""
        self._fold()
        return entities.named_again(sentence, position, self._bodies, acting=acting)

    def named_by_head(self, about: str, sentence: str) -> str | None:
        """The body an earlier sentence named whose head word ``about`` repeats after "the"
        (:func:`entities.named_by_head`)."""
        self._fold()
        return entities.named_by_head(about, sentence, self._bodies)

    def _fold(self) -> None:
        for sentence, names in self._pending:
            if names is None:
                skipped = entities.names_in(sentence)
                self._bodies = [*self._bodies[-8:], *entities.earlier_bodies(skipped)]
                if skipped and _REGION_WORD.search(sentence) is not None:
                    self._region = entities.region_named(sentence, skipped) or self._region
                opener = entities.subject_name(skipped, lone=True)
                self._referent = opener if opener is not None and opener[:1].isupper() else self._referent
            else:
                self._referent = entities.subject_name(names, lone=True) or self._referent
                self._bodies = [*self._bodies[-8:], *entities.earlier_bodies(names)]
                if names and _REGION_WORD.search(sentence) is not None:
                    self._region = entities.region_named(sentence, names) or self._region
        self._pending.clear()


_OWN_S_AFTER = re.compile(
    r"(['’]s)(?:\s+(?:said|says|reported|posted|rose|fell|dropped|jumped|gained|slid|climbed|declined)\b"
    r"|[,.;:)])"
)
"""A name's own "'s" read where no possessive can stand: "Kohl's said", "Shares of Kohl's dropped"."""


def _paid_by_person(text: str, fact: Fact, sentence_start: int) -> bool:
    """Whether a price's own subject, else its clause's, is a person or people ("Farmers received 32
    pence per litre of milk"): who pays or is paid, never what the price is of."""
    subject = fact.subject or subjects.clause_subject(text, sentence_start, fact.start)
    return subject is not None and kinds.is_person_noun(subject.split()[-1])


def _spent_by_person(subject: str | None) -> bool:
    """Whether a duration's subject is a person or people by a common noun ("nurse", "doctors",
    "researchers", "the jury"): what lasts is their act, not they."""
    if not subject:
        return False
    head = subject.split()[-1]
    if head.lower() in _ALSO_THINGS:
        return False  # "The coach ... was stuck in snow for three hours": the bus
    return kinds.is_person_noun(head) or _BODY_OF_PEOPLE.fullmatch(head) is not None


_ALSO_THINGS = frozenset(["coach", "coaches"])
"""Person nouns that as often name a thing that lasts (a coach is also a bus)."""
_BODY_OF_PEOPLE = re.compile(
    r"(?i)(?:jur(?:y|ies)|researchers?|scientists?|investigators?|officials?|police)"
)
"""Nouns for a body of people the person list lacks: "The jury took three hours"."""
_SPAN_LED = re.compile(
    r"(?i)\b(?:for|over|to|in|within|after|during)\s+(?:(?:just|only|nearly|almost|about|around|some)\s+)?$"
)
"""A duration led by a preposition, an adverbial of its clause ("jailed for six years", "lost 18.6% over
48 weeks"), not a complement ("24,000 patients have waited more than two years": their wait)."""


def _own_s(about: str, text: str) -> str:
    """``about`` as the story writes the name: with the "'s" that is part of it ("Kohl's", "Macy's"),
    which the name reader takes for a possessive, or without one the story drops elsewhere ("Tesco's
    profit rises" over "Tesco said"). A place keeps its form ("Britain's" is always a possessive)."""
    if about.endswith(("'s", "’s")):
        base = about[:-2]
        bare = re.search(r"\b" + re.escape(base) + r"\b(?!['’])", text)
        return base if bare is not None else about
    if " " in about or about.isupper() or gazetteer.is_place(about):
        return about  # a name of one word ("Kohl's", "Wendy's"), not "Export Enhancement Program's"
    at = 0
    found = None
    while (at := text.find(about, at)) >= 0:
        at += len(about)
        if text[at : at + 1] not in ("'", "’"):
            if not text[at : at + 1].isalnum():
                return about  # the story writes the name without "'s" too: "Tesco said"
            continue
        found = found or _OWN_S_AFTER.match(text, at)
    return about + found.group(1) if found is not None else about


_BARE_MOVE = re.compile(r"[1-9]\d?/\d{1,2}")
_MOVE_TO_LEVEL = re.compile(r"\s+(?:to|at)\s+")


def _moves_to_levels(text: str, facts: list[Fact]) -> list[Fact]:
    """A bare fraction that moves a quote to the level after it ("slipped 3/8 to 19-1/2", "fell 5/32 to
    99-16/32") is in the level's unit and kind: a price's move is priced as it is. One before a level
    that is no price is dropped."""
    out: list[Fact] = []
    for index, fact in enumerate(facts):
        if "/" not in fact.surface or not _BARE_MOVE.fullmatch(fact.surface):
            out.append(fact)
            continue
        level = facts[index + 1] if index + 1 < len(facts) else None
        if (
            level is not None
            and level.kind == "price"
            and level.unit is not None
            and fact.sentence_index == level.sentence_index
            and _MOVE_TO_LEVEL.fullmatch(text, fact.end, level.start)
        ):
            out.append(_with(fact, unit=level.unit, kind="price", subject=level.subject, about=level.about))
        # else: a bare fraction whose level is no price quote is read as no move (the scanner reads one
        # only before "to"/"at" and a figure)
    return out


_MIXED_QUOTE = re.compile(r"\d{1,3}-\d{1,2}/\d{1,2}")
"""A level in wire eighths or sixteenths, as a share or bond is quoted: "72-5/8", "96-7/32"."""
_QUOTED_BEFORE = re.compile(
    r"\b(?:closed|ended|finished|opened|traded|trading|quoted|was|were|stood|fell|rose|dropped|gained|"
    r"slipped|climbed|eased|jumped|declined|unchanged)\b[^.;:]{0,40}\b(?:at|to)\s+$"
)
"""A quote's verb before its level ("closed at", "fell 1/2 to"): what makes a bare fraction a price."""
_BOND_QUOTE_WORDS = re.compile(
    r"(?i)\b(?:bonds?|treasury|treasuries|notes?|debentures?|gilts?|coupon|yield|pct\s+of\s+\d{4})\b"
)
"""A bond's words: its quotes ("the 30-year Treasury bond ... at 96-7/32") are in percent of par."""
_MONEY_MARKET_WORDS = re.compile(
    r"(?i)\b(?:rates?|pct|percent|overnight|spot-next|tom-next|call\s+money|week-fixed|[a-z]+-month)\b"
)
"""A money market's words: its quotes ("Overnight was little changed at 6-5/16") are rates, not prices."""

_FRACTION_DOLLARS = frozenset(["US dollar", "Canadian dollar"])
_CANADIAN_EXCHANGE = re.compile(r"\b(?:Toronto|Montreal|Vancouver)\s+(?:Stock\s+)?Exchange\b")
_US_EXCHANGE = re.compile(r"\b(?:New\s+York|American)\s+Stock\s+Exchange\b|\bNASDAQ\b|\bWall\s+Street\b")
_SHARE_WORDS = re.compile(r"(?i)\b(?:shares?|stocks?|common|exchange)\b|<[A-Z.]+>")


def _quoted_levels(text: str, facts: list[Fact], story: Story) -> list[Fact]:
    """A bare mixed fraction a quote closed, stood or moved at ("American Express closed at 72-5/8",
    "the 30-year Treasury bond fell nearly two points to close at 96-7/32") is a price: a bond's in
    percent of par, a share's in the story's money. One in a sentence of rates is left alone."""
    out = list(facts)
    for index, fact in enumerate(out):
        if fact.kind != "count" or fact.unit is not None or not _MIXED_QUOTE.fullmatch(fact.surface):
            continue
        before = text[max(0, fact.start - 60) : fact.start]
        if _QUOTED_BEFORE.search(before) is None:
            continue
        if _BOND_QUOTE_WORDS.search(fact.sentence):
            unit = "percent"
        elif _MONEY_MARKET_WORDS.search(fact.sentence) or not _SHARE_WORDS.search(fact.sentence):
            continue  # nothing names shares or a ticker: no quote said
        elif _CANADIAN_EXCHANGE.search(fact.sentence):
            unit = "Canadian dollar"
        elif story.money in _FRACTION_DOLLARS:
            unit = story.money
        elif _US_EXCHANGE.search(fact.sentence):
            unit = "US dollar"  # a London story of a New York quote
        else:
            continue  # a London story's own shares are quoted in pence
        out[index] = _with(fact, unit=unit, kind="price", si_value=None, si_unit=None)
    return out


_BOUGHT_AT = re.compile(r"\s+at\s+(?:(?:" + HEDGE + r")\s+)?")
_GOODS_KINDS = frozenset(["mass", "volume"])


def _bought_at(text: str, facts: list[Fact]) -> list[Fact]:
    """A sum right after a quantity of goods and "at" is what one unit of them costs: "Texaco 15,000 bpd
    at 15.79 dlrs", "for five ounces at 425 dlrs" are prices, not sums paid."""
    out = list(facts)
    for index in range(1, len(out)):
        fact, goods = out[index], out[index - 1]
        if (
            fact.kind != "money"
            or goods.kind not in _GOODS_KINDS
            or goods.sentence_index != fact.sentence_index
            or _scaled(fact.surface)
            or _BOUGHT_AT.fullmatch(text, goods.end, fact.start) is None
        ):
            continue
        out[index] = _with(fact, kind="price")
    return out


_CHANGE_TO_LEVEL = re.compile(r",?\s+to\s+(?:(?:" + HEDGE + r")\s+)?")
_LEVEL_FROM_LEVEL = re.compile(r",?\s+from\s+(?:(?:" + HEDGE + r"|an?|a\s+revised|revised)\s+)?")
_LEVEL_KINDS = frozenset(["money", "count", "mass", "volume", "length", "area", "energy", "power", "other"])


def _levels_of_change(text: str, facts: list[Fact]) -> list[Fact]:
    """The levels a percent change moves its subject between are that subject's: "total revenues rose
    12 pct, to 108.8 mln dlrs, from 97.1 mln dlrs" and "production would increase 30.2 pct to 2.59 mln
    tonnes from 1.99 mln" measure the revenues and the production, even past a comma or in a unit the
    percent does not share."""
    out = list(facts)
    for index in range(1, len(out)):
        fact = out[index]
        if fact.subject is not None or fact.kind not in _LEVEL_KINDS:
            continue
        previous = out[index - 1]
        if (
            previous.sentence_index != fact.sentence_index
            or previous.subject is None
            or "'" in (previous.subject_head or "'")  # "Unilever NV's rising 3.4 pct": no noun to lend
        ):
            continue
        if previous.unit in _PERCENTS and previous.change is not None:
            gap = _CHANGE_TO_LEVEL
        elif index >= 2 and out[index - 2].unit in _PERCENTS and previous.subject == out[index - 2].subject:
            gap = _LEVEL_FROM_LEVEL  # "..., to 108.8 mln dlrs, from 97.1 mln dlrs": the level before
        else:
            continue
        if gap.fullmatch(text, previous.end, fact.start) is None:
            continue
        out[index] = _with(fact, subject=previous.subject, subject_head=previous.subject_head)
    return out


_FRONTED_OF = re.compile(
    r"[Oo]f\s+(?:the|its|their|these|those|all)\s+(?:[\d,.]+\s+(?:mln\s+|million\s+|billion\s+)?)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b[^,;]{0,60},\s+"
    r"(?:" + HEDGE + r"\s+)?"
)
"""A fronted whole whose part the figure after the comma is: "Of the 1,000 people surveyed, 60%"."""
_PER_UNIT_GAP = re.compile(
    r"\s+(?:a|an|per|each)\s+[a-z]+\s*,?\s*(?:(?:up|down|off)\s+)?(?:from|against|compared\s+with|versus|vs\.?)\s+"
    r"(?:" + HEDGE + r"\s+)?"
)
"""Between a per-unit sum and an old value: "10 cts a share, up from 2 mln"."""
_PER_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+[a-z]")
"""A sum per unit after it: "310p a share", "about £400 a household"."""
_SURNAME = re.compile(r"(?:[A-Z][\w'.-]*\s+){0,3}(?P<last>[A-Z][a-z'-]+s)")


def _net_income(fact: Fact, head: str | None) -> str | None:
    """``head``, or "income" for the wire's noun "net" of a sum or its change ("Williams reported net
    of 14.2 mln dlrs", "first quarter net rose 10 pct", "Opr net"): net income, as its table row is."""
    return "income" if head == "net" and fact.kind in ("money", "percent") else head


def _surname_head(fact: Fact) -> str | None:
    """An age's person named by a name ending in "s" keeps it: "Jones, 27," -> "jones", not "jone"."""
    if fact.kind != "age" or fact.subject is None:
        return None
    if fact.subject.endswith("-old"):
        return fact.subject.split()[-1].lower()  # "The 19-year-old": the age that names the person
    name = _SURNAME.fullmatch(fact.subject)
    if name is None or (name.start("last") == 0 and kinds.is_person_noun(name.group("last"))):
        return None  # "Pensioners over 65": a plural of people, not a name
    return name.group("last").lower()


_MEASURING = patterns.led_by(
    "wmnctapv", r"(?i)weighing|measuring|costing|numbering|totall?ing|amounting|priced|valued"
)
"""The participles :func:`subjects.measured_owner` reads the noun before, searched for first."""
_RESTATED_PER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*or\s+(?:" + HEDGE + r"\s+)?")
"""A sum restated per unit after its noun: "a £2.1bn offer, or 310p a share"; wire copy often drops
the comma ("tax credits of 3.9 mln dlrs or 40 cts a share")."""


_TAKING_TO = re.compile(
    r"\b(?:taking|bringing|lifting|pushing|raising|putting)\s+(?:the|its|their|his|her)?\s*"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+(?:so\s+far|to\s+date|(?:so\s+far\s+)?(?:this|last)\s+(?:year|month|week|season)|since\s+(?:[A-Za-z]+|\d{4})|down|up|back|"
    r"in\s+\d{4}|from\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+))*\s+to\s+(?:a\s+(?:record\s+|total\s+of\s+)?)?"
    r"(?:" + HEDGE + r"\s+)?$"
)
"""A running total a figure brings something to: "taking deliveries so far this year to 585",
"taking savings since 2024 to £300m", "bringing its debt down to $1.2bn" (a particle or a year of
the running count's start stand between the noun and "to")."""
_TAKING_TO_ENDS = (" to ", *(hedge.split()[-1] + " " for hedge in HEDGE_WORDS if hedge != "up to"))
"""How the words before a figure :data:`_TAKING_TO` may match end, checked before the search."""
_TOTAL_NOUN = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:[a-z][\w-]*['’]s\s+)?total\s+(?!(?:outstanding|available|common)\b)[A-Za-z]"
)
"""A total that is an adjective of a noun ("33 pct of its total ranks", "of its total gasoline sales"): the
noun is the subject, not the count before it."""
_OF_THE_TOTAL = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:[a-z][\w-]*['’]s\s+)?total\b|\s+of\s+all\s+(?P<all>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b"
)
"""A share of a whole named before ("about a third of the total", "about 40% of the utility's total") or
after ("one in 10 of all visits")."""


_TAKING_WORDS = frozenset(["taking", "bringing", "lifting", "pushing", "raising", "putting"])
"""The participles of a running total, which name nothing measured when read as a subject."""
_CHANGES_OF = frozenset(
    [
        "decline",
        "fall",
        "drop",
        "rise",
        "increase",
        "gain",
        "growth",
        "slide",
        "slump",
        "rally",
        "jump",
        "surge",
    ]
)
"""Change nouns whose running total measures what changed ("taking the decline to 28%")."""
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+(?:than|of|[a-z]+s\b))")
"""A count of more of what was counted before: "needing about 205 more"."""


_SUM_HEAD_WORDS = """
    profit loss income charge credit provision earnings revenue writedown write-off writeoff expense gain
    dividend net turnover deficit surplus debit
"""
_SUM_HEADS = frozenset(_SUM_HEAD_WORDS.split())
"""Heads of what is only ever a sum of money: a bare figure they name ("a 1.16 billion loss", "1985 net
includes 788,000 credit", "Oper profit 474,000 vs loss 1,175,000", "leaving a deficit of 28.49 billion")
is money, not a count."""
_SCALED_SUM_HEADS = frozenset(["sales"])
"""Heads that count goods as often as they sum money ("sales declined to 4,922 from 12,861 cars"): a
bare figure of theirs is money only when written in millions or billions and the subject names no goods
("total sales ... rose 11.3 pct to 416 mln", not "car sales rose to 1.2 mln")."""
_SALES_MODIFIER_WORDS = """
    total net gross group domestic foreign overseas export retail consolidated parent world worldwide
    annual quarterly store same-store comparable its their the company's group's
"""
_SALES_MODIFIERS = frozenset(_SALES_MODIFIER_WORDS.split())
"""The words that qualify sales of money rather than name the goods sold (a closed set of wire usage)."""
_SMALLEST_BARE_SUM = 1000.0
"""A bare sum is written in thousands at least; "two existing credit lines" counts lines."""


def _bare_sum(text: str, fact: Fact, sentence_start: int, out: list[Fact], story: Story) -> Fact:
    """A bare figure of a noun that only money measures (:data:`_SUM_HEADS`), with nothing counted
    after it, is money in the currency the story last named ("a net loss of 688 mln francs ... the
    756 mln loss of the previous year"), else the story's own."""
    if heads.head_of(fact.subject) == "operation":
        noun = subjects.from_operations(text, sentence_start, fact.start)
        if noun is None:
            return fact
        fact = _with(fact, subject=noun)  # "income from discontinued operations of 1,478,000"
    head = heads.head_of(fact.subject)
    if fact.subject is None or head is None:
        return fact
    if head in _SCALED_SUM_HEADS:
        if not _scaled(fact.surface) or not all(
            word.lower() in _SALES_MODIFIERS for word in fact.subject.split()[:-1]
        ):
            return fact
    elif head not in _SUM_HEADS:
        return fact
    changed = bool(out) and out[-1].kind == "percent" and out[-1].subject == fact.subject
    reach = 120 if changed else 60  # "total sales for the four weeks ... rose 11.3 pct to 416 mln"
    if fact.subject not in text[max(sentence_start, fact.start - reach) : fact.end + 40]:
        return fact  # a subject read from afar ("profit of 1.59 billion ..., on sales of 804.02 billion")
    size = fact.value if fact.value is not None else fact.low
    if size is None or (size < _SMALLEST_BARE_SUM and not _scaled(fact.surface)):
        return fact
    if (
        _NO_NOUN_AFTER.match(text, fact.end) is None
        and not _SUM_NOUN_AFTER.match(text, fact.end)
        and not _TO_BE_AFTER.match(text, fact.end)
    ):
        return fact
    if any(f.start >= sentence_start and f.kind in _MEASURE_KINDS for f in out):
        return fact  # "sales totalled 26.01 mln tonnes against 25.40 mln": the tonnes of the sentence
    if head == "turnover" and _TRADED.search(text, sentence_start, fact.start):
        return fact  # "the index gained 2.77 ... in turnover of nine mln": shares traded, not money
    unit = next((f.unit for f in reversed(out) if f.kind == "money" and f.unit is not None), story.money)
    unit = _WHOLE_OF_CENT.get(unit, unit)  # "Shr 12 cts ... Oper profit 474,000": dollars, not cents
    return _with(fact, unit=unit, kind="money", si_value=None, si_unit=None)


_MEASURE_KINDS = frozenset(["mass", "volume", "length", "area", "energy", "power"])
_TRADED = re.compile(r"(?i)\b(?:index|indices|shares|stocks|volume|average|points)\b")
"""A market report's words: its turnover is of shares traded."""
_HOLDINGS = frozenset(["unit", "units", "share", "shares", "receipt", "receipts", "adr", "adrs"])
"""What a payout is counted per ("21 cts a depositary unit", "40.50 dlrs a Viacom share")."""
_PER_BEFORE = re.compile(r"\s+(?:a|an|per|each)\s", re.IGNORECASE)


def _paid_per(subject: str, after: str) -> bool:
    """Whether a sum's several-word subject is the holding it is paid per ("21 cts a depositary unit",
    "a common share"), read from the first characters after the figure; "48.5 cents a mile cost" names
    the cost."""
    words = subject.split()
    if len(words) < 2 or words[-1].lower() not in _HOLDINGS:
        return False
    per = _PER_BEFORE.match(after)
    rest = "" if per is None else after[per.end() :].lower()
    return len(rest) >= 4 and (subject.lower().startswith(rest) or rest.startswith(subject.lower()))


_TO_BE_AFTER = re.compile(r"\s+to\s+be\s")
"""A sum the clause goes on to say what becomes of ("a deficit of 28.49 billion to be financed")."""

_WHOLE_OF_CENT = {
    "US cent": "US dollar",
    "Canadian cent": "Canadian dollar",
    "Australian cent": "Australian dollar",
    "New Zealand cent": "New Zealand dollar",
    "South African cent": "rand",
    "pence": "pound sterling",
}


_SUM_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:net\s+)?(?:profit|loss|income|charge|credit|provision|gain|dividend)s?\b"
)
"""The noun a sum stands before: "a 340 mln loss in 1985", "788,000 credit"."""


def _running_total(text: str, fact: Fact, sentence_start: int, in_sentence: list[Fact]) -> Fact:
    """The subject of a running total or of a share of the whole, where the figure has none.

    "taking job losses this year to 4,500": the losses; "bringing the total so far this year to
    28,400" and "3.1 million of its customers, about a third of the total": the things an earlier
    figure of the sentence counts; "about one in 10 of all admissions": the admissions.
    """
    window = text[max(sentence_start, fact.start - 80) : fact.start]
    if window.endswith(_TAKING_TO_ENDS):
        taken = _TAKING_TO.search(window) if "ing " in window else None
        if taken is not None:
            phrase = taken.group("np")
            if phrase.split()[-1] in _CHANGES_OF:
                # "prices fell 0.8% in March, taking the decline from the peak to 28%": the prices
                changed = next((f for f in reversed(in_sentence) if f.subject), None)
                return fact if changed is None else _with(fact, subject=changed.subject)
            if phrase.split()[-1] not in ("total", "tally") and phrase != "toll":
                # "bringing the toll to 311": a bare toll is of what the count before counts
                subject = subjects.acceptable(phrase)
                return fact if subject is None else _with(fact, subject=subject)
            return _earlier_counted(fact, in_sentence)
    if fact.kind == "count" and fact.unit is None and _MORE_AFTER.match(text, fact.end):
        # "taking deliveries to 585, leaving it needing about 205 more": more of the same things
        counted = next((f for f in reversed(in_sentence) if f.kind == "count" and f.subject), None)
        return fact if counted is None else _with(fact, subject=counted.subject)
    share = _OF_THE_TOTAL.match(text, fact.end) if text.startswith(" of ", fact.end) else None
    if share is None:
        return fact
    if share.group("all") is not None:
        return _with(fact, subject=share.group("all"))
    return _earlier_counted(fact, in_sentence)


_REGION_WORD = re.compile(rf"\b(?:{entities.DIVISION_NOUNS})\b")
_BURNED = re.compile(r"\b(?:burned|burnt|burning|scorched|charred|blackened|consumed)\b")
"""What a fire does to land: the area it burned is a loss of the event, located like its casualties
("The wildfire has burned 12,000 hectares in northern Portugal": Portugal)."""
_OWN_PLACE_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in|near|at)\s+(?:the\s+)?[A-Z]")
"""A place phrase of a count's own, right after it: "and 200 in Germany"."""
_CASUALTY_VERB = re.compile(
    r"\b(?:killed|killing|died|dead|deaths?|injured|wounded|missing|displaced|evacuated|destroyed|damaged|"
    r"bodies|homeless|stranded)\b"
)
"""What befalls people and homes in a casualty report: its counts are of the event's place."""


# led by "a"/"A", the article every match opens on: the search skips to those letters
_INDEFINITE_FIGURE = patterns.led_by("Aa", r"\b[Aa]n?\s+(?:[\w-]+\s+)?$")
"""A figure in an indefinite phrase ("a four billion dollar Budget deficit", "a three-year 350 mln Ecu
package"): a name after it modifies a thing no one owns."""
_ACTOR_GAP = re.compile(r"(?:(?!\band\b)[^,;])*")
"""Words between an opening name and its figure with no comma or "and": one clause, so the name acts
on the figure ("Toyota will recall 1.1 million vehicles"), unlike "Hurricane Milton made landfall...,
knocking out power to 3 million customers in Florida"."""


_CASUALTY_WORDS = frozenset(
    [
        "injured",
        "wounded",
        "displaced",
        "missing",
        "hurt",
        "arrested",
        "detained",
        "evacuated",
        "dead",
        "killed",
        "rescued",
        "stranded",
        "homeless",
    ]
)
"""What befalls people in a casualty report; read as a noun after a bare count ("and 400 injured")
it is none: the count is of the people the sentence counted before."""


_OTHERS = frozenset(["others", "Others"])
"""A count of "others" names no noun of its own: it counts more of the count before it."""


def _earlier_counted(fact: Fact, in_sentence: list[Fact], nearest: bool = False) -> Fact:
    """``fact`` with the subject of the first count before it in its sentence, if any.

    With ``nearest``, of the last count before it: a bare count counts what the count before it
    does ("killing 16 people and forcing nearly 800,000 from their homes": people; "The museum drew
    3.9 million visitors, while the gallery attracted 3.1 million": visitors).
    """
    earlier = reversed(in_sentence) if nearest else iter(in_sentence)
    counted = next((f for f in earlier if f.kind == "count" and f.unit is None and f.subject), None)
    return fact if counted is None else _with(fact, subject=counted.subject)


def _earlier_listed(text: str, fact: Fact, in_sentence: list[Fact], hi: int) -> Fact:
    """``fact`` with the subject of the last figure before it in its sentence of the same kind and
    unit, if that one has a subject and no new clause opens between them: a sum listed after
    another measures what it does ("bought 294 mln stg of paper ... and 147 mln stg for resale":
    paper), unlike "lost 18.6% of their weight, sending its shares up 7.5%"."""
    listed = next(
        (
            f
            for f in reversed(in_sentence)
            if f.unit == fact.unit
            and (
                f.kind == fact.kind
                or (_quotes_traded(f) and not _scaled(fact.surface))
                or (f.kind == "rate" and fact.kind == "percent" and kinds.names_rate(f.subject or ""))
            )
        ),
        None,
    )
    if listed is None or listed.subject is None or _NEW_CLAUSE.search(text, listed.end, fact.start):
        return fact
    own = _own_purpose(text, listed, fact, hi)
    if own is not None:
        return _with(fact, subject=own)
    if listed.kind != fact.kind:
        # "Sterling peaked at 1.6075 dlrs, before settling to 1.6050 dlrs": a sum listed after a
        # quote of a currency or commodity is a quote of it too; "the jobless rate was 3.9 pct,
        # unchanged from a revised 3.9 pct": a share listed after a named rate is that rate
        return _with(fact, subject=listed.subject, kind=listed.kind)
    return _with(fact, subject=listed.subject)


_NEW_CLAUSE = re.compile(r",\s+(?:[a-z]+ing|while|whereas|which|who)\b")
_LISTED_PURPOSE = re.compile(
    r"\s+(?P<to>for|on|towards)\s+(?P<what>[^,;.()\d]{1,40}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:about|around|some|another|a\s+further)\s+)?(?:[A-Z]{0,3}[£$€¥₹]|[A-Z]{1,3}\$)[\d.,]+\s*"
    r"(?:[a-z]{1,8}\s+)?(?P=to)\s"
)
"""A sum in a list whose items each name their purpose after the same preposition: "€2m for cycle lanes,
€1.5m for bus shelters", "$3bn on roads and $700m on bridges"."""
_PURPOSE_GAP = re.compile(r"\s+(?P<to>for|on|towards)\s+")


def _own_purpose(text: str, listed: Fact, fact: Fact, hi: int) -> str | None:
    """What ``fact`` is for when it and the sum before it each name their own purpose after the same
    preposition ("$1.2bn for schools, $800m for hospitals and $95m for libraries": hospitals, libraries),
    the earlier one measured by its own: each sum of such a list measures its own thing."""
    gap = _PURPOSE_GAP.match(text, fact.end)
    before = _PURPOSE_GAP.match(text, listed.end)
    if gap is None or before is None or gap.group("to") != before.group("to"):
        return None
    if not text.startswith(listed.subject or "", before.end()):
        return None
    return subjects.subject_after(text, gap.end(), hi, measured=False)


"""A clause opening after a comma: ", sending its shares", ", while"."""


_SHARE_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s+(?:or\s+)?")
"""Between a count that changed and its share apposed after it: "cut 2,300 jobs, about 4%",
"2,000 jobs last year, or 8 per cent" (the hedge belongs to the share's own span)."""
_SHARE_OF_WHOLE = re.compile(r"\s+of\s+(?:its|their|the|his|her|our)\b")


def _share_of_change(text: str, previous: Fact, fact: Fact) -> Fact:
    """A share apposed to a count that changed is the same change as a part of the whole: "will cut
    2,300 jobs, about 4% of its workforce" (down like the cut). A share of a count that did not change
    stays a plain share ("employs 12,000 people, about 4% of them in Scotland")."""
    if (
        fact.change is not None
        or previous.change is None
        or previous.kind != "count"
        or fact.kind not in ("percent", "ratio")
        or not _SHARE_OF_WHOLE.match(text, fact.end)
        or not _SHARE_GAP.fullmatch(text, previous.end, fact.start)
    ):
        return fact
    return _with(fact, change=previous.change)


_WITH_DOING = re.compile(
    r"\b[Ww]ith\s+(?:the\s+)?(?P<np>(?:[A-Za-z][\w&'-]*\s+){0,2}?[A-Za-z][\w&'-]*)\s+"
    r"(?:[a-z]+ing|(?:little\s+)?changed|unchanged|steady|flat|stable)(?:\s+(?:up|down|higher|lower))?"
    r"(?:\s+(?:at|to|by|as\s+high\s+as|as\s+low\s+as))?\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"
)
"""An absolute clause whose own noun a figure measures: "with arabica hitting", "with the pound
trading at", "with the Nasdaq closing up", "with the euro little changed at"."""
_ABSOLUTE_KINDS = frozenset(["price", "percent", "rate", "index_points"])
_LEAD_WORDS = frozenset(["ahead", "behind", "clear"])
_APPOSED_GAP = re.compile(r"(?:[^;:.,]|(?<=\d)[,.](?=\d)){0,60},\s+(?:(?:" + HEDGE + r")\s+)?")
"""Between a share and a lead or gap apposed after it: "35% support in the poll, "."""
_OR_RESTATED = re.compile(r"(?:[^;:,.]|(?<=\d)[,.](?=\d)){0,60},\s+or\s+(?:(?:" + HEDGE + r")\s+)?")
"""Between a sum and the share that restates it: "$2.1 trillion, or about 10.6% of national income"."""
_OR_RIGHT_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,\s+or\s+(?:(?:" + HEDGE + r")\s+)?")
"""Between a count, its noun and its restatement: "12,000 jobs, or about 3.1%"."""
_OF_AFTER = re.compile(r"\s+of\s")
_LEAD_AFTER = re.compile(r"(?i)\s+(?:ahead|behind|clear)\b")
"""A lead or gap after its figure: "11 points ahead", "three points behind"."""
_CHANGE_NOUN_APPOSED = re.compile(
    r"\s*,\s+an?\s+(?:increase|rise|gain|jump|decline|drop|fall|decrease|cut|reduction)\s+of\s+"
    r"(?:" + HEDGE + r"\s+)?"
)
"""A change noun apposed right after a figure: "at 23,000 tonnes, a cut of 20%": the change of that figure,
whatever the clause opens on."""
_CHANGE_APPOSED = re.compile(
    r"(?:\s+[a-z]+)?\s*,\s+(?:(?:an?\s+)?(?:increase|rise|gain|jump|decline|drop|fall|decrease|cut|reduction)\s+of|"
    r"(?:up|down|off)(?:\s+by)?)\s+"
    r"(?:" + HEDGE + r"\s+)?"
)
"""Between a figure and the change of it apposed after it: "$41m, an increase of 14%", "6.72 mln bpd,
off 1.2 pct from 6.80 mln"."""
_CHANGED_BY = re.compile(
    r"[^,;.\d]{0,40},\s+(?:(?:an?\s+)?(?:increase|rise|gain|jump|decline|drop|fall|decrease)\s+of|"
    r"(?:up|down|off)(?:\s+by)?)\s+(?:" + HEDGE + r"\s+)?"
)
"""Between a figure and its change after a comma, a few words on: "1.4 million tonnes of copper last
year, down 3%"."""
_LISTED_KINDS = frozenset(["money", "mass", "percent"])
"""Kinds whose figure, with no subject of its own, takes that of the figure of its kind and unit
before it in the sentence."""


_TAKINGS_VERB = re.compile(
    r"(?i)\b(?:took|takes|grossed|grosses|earned|earns|made|makes|generated|generates|"
    r"(?:took|takes|raked|brought|pulled)\s+in)\s+"
    r"(?:(?:" + HEDGE + r"|a\s+record|an\s+estimated|a\s+further|another)\s+)*$"
)
"""A verb of takings right before a sum: "The film took $41m", "The film took in $84m", "The tour grossed
$2bn"."""


def _takings(text: str, fact: Fact, sentence_start: int) -> Fact:
    """What earned a sum when it is a thing, not an actor: "The film took $41m in its opening
    weekend" (`film`); a name, a person or an institution ("The company earned $5m") is none."""
    if _TAKINGS_VERB.search(text, max(sentence_start, fact.start - 40), fact.start) is None:
        return fact
    found = subjects.verb_owner(text, sentence_start, fact.start, objects=False)
    if found is None or not found[0]:
        return fact
    phrase, at, _ = found
    words = phrase.split()
    if (
        text[max(sentence_start, at - 4) : at].lower() not in ("the ", "its ")
        or words[-1][:1].isupper()  # "The Disney film took $140m": a name may modify the thing
        or entities.institution_noun(words[-1])
        or kinds.is_person_noun(words[-1])
    ):
        return fact  # only a definite thing: "The film", "The show", "the tour"
    subject = subjects.acceptable(phrase)
    return fact if subject is None else _with(fact, subject=subject)


_VERB_OWNED_KINDS = frozenset(
    [
        "length",
        "area",
        "volume",
        "power",
        "energy",
        "duration",
        "price",
        "percent",
        "rate",
        "index_points",
        "data_size",
    ]
)
"""Kinds whose figure, with no subject of its own, takes the subject of its clause: measured on
the dev set, where money and counts lose by it (the buyer of a sum, the employer of a headcount)."""


def _verb_owned(
    text: str, fact: Fact, sentence_start: int, names: list[entities.Name], in_sentence: list[Fact]
) -> Fact:
    """The subject of the figure's clause, for a measure that is its verb's object or complement:
    "Wildfires have burned more than 4.1 million hectares": the wildfires; "Tesla delivered
    400,000 cars" keeps no name as subject."""
    if fact.kind == "duration" and _SPAN_BEFORE.search(
        text, max(sentence_start, fact.start - 24), fact.start
    ):
        return fact  # "walked out for 48 hours", "in its first 10 days": how long, of nothing measured
    span = _PERIOD_OR.search(text, max(sentence_start, fact.start - 16), fact.start)
    if fact.kind == "duration" and span is not None and span.group("span"):
        return fact  # "in the next year or two": a span of the calendar too
    if _closed_period(text, fact, sentence_start) or _superlative_span(text, fact, sentence_start):
        return fact  # "rose 2.7% in the 13 weeks to 27 December": the period a result covers
    if fact.kind == "length" and _BEARING_AFTER.match(text, fact.end):
        return fact  # "about 200 miles south-east of Key West": where, not a measure of the storm
    if fact.kind == "length":
        carried = _LENGTH_OBJECT.search(text, max(sentence_start, fact.start - 60), fact.start)
        if (
            carried is not None
            and not _LOCATES_AFTER.match(text, fact.end)
            and carried.group("verb").lower() not in _NOT_CARRYING
            and not any(w in subjects.STOP_OR_PREPOSITION for w in carried.group("np").split())
        ):
            subject = subjects.acceptable(carried.group("np"))
            if subject is not None:
                return _with(fact, subject=subject)  # "hit the ball 320 yards": how far the ball went
    tally = _TALLY_AFTER.match(text, fact.end) is not None  # "backed the plan by 58% to 42%": voters
    found = subjects.verb_owner(text, sentence_start, fact.start, objects=not tally)
    if found is None:
        return fact
    phrase, at, moved = found
    if fact.kind == "duration" and phrase and _span_after_object(text, fact, at + len(phrase)):
        return fact  # "sent 1,200 messages over six weeks": how long the clause took, of nothing measured
    if not phrase:  # "24,000 of them have waited more than two years": what the figure counts
        owner = next((f for f in in_sentence if f.start == at and f.kind == "count"), None)
        return fact if owner is None or owner.subject is None else _with(fact, subject=owner.subject)
    words = phrase.split()
    offset = at - sentence_start
    for name in names:
        if name.start <= offset < name.start + len(name.text) or offset <= name.start < offset + len(phrase):
            rest = phrase[name.start - offset + len(name.text) :].split() if name.start >= offset else []
            if name.start != offset or not rest:
                return fact  # "Tesla delivered 400,000 cars": a name is about, not subject
            words = rest  # "Acme shares rose 3%": the shares
    if any(w[:1].isupper() for w in words[1:]) or entities.institution_noun(words[-1]):
        return fact  # "The company holds 22.9 pct", "the central bank bought bills at 10-3/8 pct": the actor
    phrase = " ".join(words)
    owning = _OWNING_NOUNS | _MOVED_NOUNS if moved else _OWNING_NOUNS
    subject = subjects.acceptable(phrase) or (phrase if words[-1].lower() in owning else None)
    return fact if subject is None else _with(fact, subject=subject)


_SPAN_PREP = re.compile(
    r"(?i)\b(?:in|over|within)\s+(?:(?:just|only|under|barely|less\s+than|" + HEDGE + r")\s+)?$"
)
"""A preposition that opens a span before a duration: "in just eight hours", "within 48 hours"."""
_OVER_FIGURE = re.compile(r"(?i)over\s")
_GAP_WORD = re.compile(r"[\w'’.-]+")
_BE_WORDS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_GAP_AUXILIARIES = _BE_WORDS | frozenset(
    ["has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "must", "not"]
)


def _span_after_object(text: str, fact: Fact, verb_from: int) -> bool:
    """Whether a duration after "in", "over" or "within" spans a clause whose verb has an object or is
    passive, read when no definite owner took it (:func:`_lasting`): "Rainfall totals of 250mm were
    reported ... in just eight hours", "86,000 people have been evacuated ... after 400mm of rain fell
    in 48 hours": how long it took, no measure of the clause's subject ("Snow fell in just eight hours"
    keeps its own)."""
    if _OVER_FIGURE.match(fact.surface):
        prep = fact.start
    else:
        found = _SPAN_PREP.search(text, max(verb_from, fact.start - 30), fact.start)
        if found is None:
            return False
        prep = found.start()
    words = [w.lower() for w in _GAP_WORD.findall(text, verb_from, prep)]
    content = [w for w in words if w not in _GAP_AUXILIARIES and not w.endswith("ly")]
    passive = bool(content) and content[-1].endswith("ed") and any(w in _BE_WORDS for w in words)
    return len(content) > 1 or passive


_LENGTH_OBJECT = re.compile(
    r"\b(?P<verb>[A-Za-z]+)\s+(?:the|his|her|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"
)
"""A verb's object right before a length: "hit the ball 320 yards", "threw the javelin 90 metres"."""
_LOCATES_AFTER = re.compile(
    r"\s+(?:below|above|beneath|under|underground|from|behind|ahead|short|into|deep)\b"
)
"""After a length, a word that makes it where something is ("the main zone 200 feet below the surface")."""
_NOT_CARRYING = subjects.PREPOSITIONS | subjects.DETERMINERS | _GAP_AUXILIARIES | _BE_WORDS
"""Words before "the <noun>" that carry nothing ("in the river 20 km", "is the tower 300 metres")."""
_TALLY_AFTER = re.compile(r"\s+to\s+\d")
"""The other side of a tally after a figure: "by 58% to 42%"."""
_SPAN_BEFORE = re.compile(
    r"\b(?:for|over|during|throughout|after|before|since|until|first|last|next|past|final|opening|coming|following)\s+"
    r"(?:(?:" + HEDGE + r"|the|its|their|his|her|another|a\s+further)\s+)*$",
    re.IGNORECASE,
)
"""Before a duration that spans an event: "for 48 hours", "in its first 10 days"."""
_PERIOD_OPENS = re.compile(r"(?i)\b(?:in|over|during|for|of)\s+the\s+$")
_PERIOD_CLOSES = re.compile(r"(?i)\s+(?:to|ended|ending|through|thru|until|till)\s")
"""A reporting period closed by its end date, "in the 13 weeks to 27 December", "in the nine months
ended March 31": the calendar span a result covers, not how long its subject lasts (the guide gives
it no subject), however the clause before reads."""


_SUPERLATIVE_IN = re.compile(
    r"(?:\b(?:the|its|their|his|her|our)|['’]s)\s+(?:(?:second|third|fourth|fifth)-)?"
    r"(?P<most>[a-z]{2,}est|most|least|best|worst|first)\b[^,;:.]{0,40}?\s+in\s+"
    r"(?:(?:" + HEDGE + r"|the\s+(?:past|last))\s+)?$"
)
"""A superlative before "in" and a duration: "its highest price in two years", "the club's biggest
attendance in 47 years", "the first fall in 18 months": the span the record holds over, no measure
of anything (unlike "the wettest February in 150 years of records", whose span is of the records)."""
_NOT_SUPERLATIVES_WORDS = """
    interest forest protest request harvest guest test west rest contest arrest chest quest inquest
"""
_NOT_SUPERLATIVES = frozenset(_NOT_SUPERLATIVES_WORDS.split())
_OF_AFTER_SPAN = re.compile(r"\s+of\b")


def _superlative_span(text: str, fact: Fact, sentence_start: int) -> bool:
    """Whether a duration is the span a superlative holds over (:data:`_SUPERLATIVE_IN`)."""
    if fact.kind != "duration" or _OF_AFTER_SPAN.match(text, fact.end):
        return False
    found = _SUPERLATIVE_IN.search(text, max(sentence_start, fact.start - 80), fact.start)
    return found is not None and found.group("most") not in _NOT_SUPERLATIVES


def _closed_period(text: str, fact: Fact, sentence_start: int) -> bool:
    """Whether a duration is a reporting period closed by its end date (:data:`_PERIOD_OPENS`)."""
    return (
        fact.kind == "duration"
        and _PERIOD_OPENS.search(text, max(sentence_start, fact.start - 12), fact.start) is not None
        and _PERIOD_CLOSES.match(text, fact.end) is not None
    )


_BEARING_AFTER = re.compile(r"\s+(?:due\s+)?(?:north|south|east|west)", re.IGNORECASE)
"""A compass bearing after a distance: "200 miles south-east of Key West"."""
_OWNING_NOUNS = frozenset(["level", "levels", "losses", "gains", "cuts", "rises", "increases", "declines"])
_MOVED_NOUNS = frozenset(["record", "times", "forecast", "target", "estimate", "outlook"])
"""Nouns that are the object a verb moves by or to a figure ("lowered the world record by two
minutes", "cut journey times to 45 minutes") but never the noun read after a figure."""
"""Nouns a figure never measures when it follows them ("a record 3% rise", "above normal levels"),
which may still open the clause whose verb takes the figure ("water levels dropped 1.8 metres")."""


_IT_ACTS = re.compile(
    r"It\s+(?:(?:also|now|still|currently|already|alone)\s+)?"
    r"(?!(?:has|had)\s+(?:been|closed|opened|ended|finished|traded|risen|fallen|eased|firmed|stood)\b)"
    r"(?:has|had|have|employs|employed|operates|operated|"
    r"runs|ran|owns|owned|sold|sells|made|makes|posted|reported|carried|delivered|raised|cut|hired|plans|"
    r"planned|expects|expected|bought|paid|spent|earned|lost|won|signed|received|serves|served|handles|handled|"
    r"controls|holds|held|produced|produces|shipped|invested|cost|costs|will\s+(?!be\b|take\b))\b"
)
"""A sentence that opens on "it" as an actor ("It had 150 million users", "It will cut 300 jobs")."""


_UNNAMED_SAYERS = re.compile(
    r"(?i)\s*(?:(?:local|human\s+rights|war|some|other|many)\s+)?(?:monitors|activists|officials|witnesses|"
    r"residents|analysts|sources|experts|observers|doctors|medics|rescuers|campaigners|police|economists|"
    r"traders|dealers)\s+(?:say|said|says|report|reported|estimate|estimated|believe|count|counted)\b"
)
"""A sentence that opens on the unnamed people who give its figure ("Monitors say more than 700
civilians have been killed"): its own source, so not the actor an earlier sentence named."""


def _named_actor(names: list[entities.Name], text: str) -> str | None:
    """The name a sentence opens on as its actor (:func:`entities.subject_name`), unless it opens on a
    common word the story also writes in lower case or a month ("Key June futures", "Year-on-year
    M-3 grew", "Spot May"): a capital that only starts the sentence is no name."""
    found = entities.subject_name(names)
    if found is None:
        return None
    words = found.split()
    if any(word in entities.NOT_NAMES for word in words):
        return None
    if f" {words[0].lower()} " in text and not entities.body_name(found):
        return None  # "Semiconductor Industry Association" stays: a body's name
    return found


def _about(
    scoped: list[entities.Name],
    names: list[entities.Name],
    whole: list[entities.Name],
    sentence: str,
    company: str | None,
    topic: str | None,
    subject: str | None,
    table_row: bool,
    clause_subject: Callable[[], subjects.Clause | None],
    *,
    position: int,
    **kwargs: Any,
) -> str | None:
    """:func:`entities.about_of` over the names of the figure's own clause ("Temperatures hit 43C in
    Athens, and the Acropolis was closed for five hours": the Acropolis), else of its sentence.

    A clause whose only name is a source ("..., and the jobless rate dipped to 4%, officials at the
    Labor Department said") is about what the sentence names before it; a body cited after the
    figures yields to the place the sentence names (", the Labor Department said" after "US
    employers"): the source is the last resort, not the figure's entity. A clause with no name at
    all takes the body cited for the whole sentence ("Home sales fell 9.8%, while ..., the
    association said").
    """
    args = (company, topic, subject, table_row, clause_subject)
    modified = _modified_subject(sentence, scoped, subject, clause_subject, position, scoped is not names)
    if modified is not None:
        return modified
    found = None
    if scoped is not names:
        found = entities.about_of(scoped, *args, position=position, sentence=sentence, **kwargs)
        if any(name.is_source and name.text == found for name in scoped):
            found = entities.about_of(names, *args, position=position, sentence=sentence, **kwargs) or found
    if found is None:
        found = entities.about_of(names, *args, position=position, sentence=sentence, **kwargs)
    if (
        found is None
        and whole is not names
        and whole
        and (whole[-1].is_corporate or " " in whole[-1].text)  # a body, not "..., Lawson said"
        and entities.cited_after(sentence, whole[-1])
    ):
        return whole[-1].text
    return (found and entities.cited_place(sentence, whole, found, position)) or found


def _modified_subject(
    sentence: str,
    scoped: list[entities.Name],
    subject: str | None,
    clause_subject: Callable[[], subjects.Clause | None],
    position: int,
    own_clause: bool,
) -> str | None:
    """What a clause is about when a place or its adjective modifies the subject the figure measures.

    A place right before the figure's subject, opening a clause of its own (``own_clause``: "...,
    while US crude
    inventories fell by 3.2 million barrels": US) is the entity, as in "3,000 U.S. troops". A
    definite subject led by a country's adjective ("The Swiss franc strengthened to 0.9120",
    "the 10-year Japanese government bond yield climbed 3.5 basis points") is itself the thing,
    written without a trailing measure word ("Japanese government bond"); a body named later in
    a subordinate clause ("after the Swiss National Bank left its rate") is not what it measures.
    Only when no other name opens the clause before the figure.
    """
    if not subject:
        return None
    for name in scoped:  # plain loops: this runs for every fact, and mostly finds nothing
        if name.is_subject and name.start < position and not name.is_source:
            return None
    for name in scoped if own_clause else ():
        if name.start >= position:
            break  # not "bonds worth 56 mln U.S. dlrs" of "Dow Chemical said it will issue ..."
        if (
            name.is_place
            and not name.is_source
            and not name.is_origin
            and sentence.startswith(f"{name.text} {subject}", name.start)
        ):
            return name.text  # "while US crude inventories fell": the place of the clause's subject
    for word in subject.split():
        if not word[:1].isdigit():
            break
    else:
        return None
    if not entities.demonym(word):
        return None
    clause = clause_subject()
    if clause is None or not clause.definite or clause.reports or clause.text.lower() not in subject.lower():
        return None
    phrase = clause.text.split()
    while len(phrase) > 2 and entities.measure_word(phrase[-1]):
        phrase = phrase[:-1]
    if len(phrase) < 2 or not entities.demonym(phrase[0]):
        return None
    if not _names_a_thing(" ".join(phrase), phrase[-1]):
        return None  # "The Canadian consumer price index rose": Canada's, not a "Canadian consumer"
    return " ".join(phrase)  # "The Swiss franc strengthened": the currency, not the bank


_SECURITIES = frozenset(["bond", "bonds", "bill", "bills", "note", "notes", "gilt", "gilts", "bund", "bunds"])


def _names_a_thing(phrase: str, head: str) -> bool:
    """Whether a country-led phrase names a thing of its own: a currency ("Swiss franc", "Polish
    zloty"), a security ("Japanese government bond") or an institution ("French government").
    Any other measured noun ("Canadian consumer price index", "Dutch current account") is the
    country's, so the phrase is no entity."""
    unit = BY_NAME.get(phrase) or BY_NAME.get(head.lower())
    return (
        (unit is not None and unit.kind == "money")
        or head.lower() in _SECURITIES
        or entities.institution_noun(head)
    )


_FOR_NAME = re.compile(r"\s+(?:of\s+the\s+vote\s+|(?P<noun>[a-z]+)\s+)?for\s+(?:the\s+)?(?=[A-Z])")


def _percent_for(sentence: str, end: int, names: list[entities.Name]) -> str | None:
    """The name a percentage is given for, right after it: "against 49.1 per cent for Marek Lis",
    "a 3% gain for Acme", "tariffs of 25% for China": its own entity, not the one the sentence
    opens on (the winner, the market). Not a month or a span ("for the year": no name)."""
    found = _FOR_NAME.match(sentence, end)
    if found is None or (found.group("noun") and found.group("noun") not in _CHANGES_OF):
        return None  # "3% gain for Nvidia", not "3% today for"
    return next((name.text for name in names if name.start == found.end() and not name.is_source), None)


_TOLD_VERBS = (
    r"\b(?:ordered|orders|order|told|tells|forced|forces|required|requires|asked|asks|allowed|allows|"
    r"compelled|directed|directs|urged|urges)\s"
)
_TOLD_TO = patterns.led_by(
    "otfracdu", _TOLD_VERBS + r"+(?:the\s+)?(?P<name>[A-Z][^,;]{0,60}?)\s+to\s+[a-z]+\b"
)
_TOLD_THE = patterns.led_by(
    "otfracdu",
    _TOLD_VERBS + r"+the\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+"
    r"(?:pay|repay|refund|return|compensate|hand\s+over|forfeit)\b",
)
"""A definite one told to pay: "A jury ordered the company to pay $2.1 billion in damages"."""
_FINED_THE = re.compile(
    r"\b(?:fined|fines)\s+the\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:US\$|[$€£¥])?$"
)
"""A definite one fined the figure right after it: "The court fined the utility 15 million dollars"."""
_NAMED_CRAFT = re.compile(
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*)\s+"
    r"(?:rocket|spacecraft|capsule|telescope|probe|lander|rover|space\s+station)"
)
"""A named spacecraft written with its kind ("Starship rocket", "James Webb Space Telescope" is a name
already): the name is what the figure is about."""
_SIZED_NAME = re.compile(r"-(?:seat|member|nation|country|strong)\s+(?=[A-Z])")
"""A size written onto the name of a body: "the 650-seat House of Commons", "the 27-nation European
Union"."""
_SIZED_NAME_AFTER = re.compile(r"[\s-]*\d|\s+body\b")
"""A name that only opens the sized thing: a model number ("50-seat Dash 8"), "a 36-country United
Nations body"."""
_QUAKE_IN = re.compile(
    r"\b(?:earthquake|quake|tremor|temblor)\b[^;]*?\b(?:in|near|hit|struck|jolted|rocked|shook)\s+"
    r"(?:[a-z]+\s+)?(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+)*$"
)
"""A quake's place phrase up to the place's name: "earthquake struck late on Friday in Jajarkot"."""


def _about_place_or_source(fact: Fact, names: list[entities.Name]) -> bool:
    """Whether a fact is about nothing named, a common noun, a place or only a cited source."""
    if fact.about is None or not fact.about[:1].isupper():
        return True
    return any(name.text == fact.about and (name.is_place or name.is_source) for name in names)


_TOLD_STEMS = ("order", "told", "tells", "force", "require", "ask", "allow", "compelled", "direct", "urge")
"""A part of each verb :data:`_TOLD_TO` opens on, looked for once per sentence: without one, none of
the sentence's figures needs the search before it (most sentences have none)."""
"""A name told to act: "The court ordered Skyline Infraheights to refund Rs 1.2 crore". Led by its
verbs' first letters: it is searched over the sentence before every figure of a sentence with names."""


_FORECAST_FOR = re.compile(
    r"\b(?:(?:forecasts?|outlook|projections?|estimates?|predictions?)\s+for\s+(?:the\s+)?"
    r"|(?:'s|’s)\s+(?:(?:economic|real)\s+)?(?:economy|growth|gross\s+domestic\s+product|GDP|inflation)\s"
    r"|(?<![A-Z][\w-]\s)(?<![A-Z][\w-]{2}\s)(?<![A-Z][\w-]{3}\s)(?<![A-Z][\w-]{4}\s)\b(?P<demonym>[A-Z][a-z]+)\s+(?:economic\s+)?(?:growth|economy|GDP|inflation)\s)"
)
"""A country a forecast is for: "cut its 2026 growth forecast for Argentina to 3.5%", "expects Kenya's
economy to grow 4.7%": the figure is the country's, not the body that forecasts it."""
_FORECAST_WORDS = (
    "forecast",
    "outlook",
    "projection",
    "estimate",
    "prediction",
    "economy",
    "growth",
    "gross",
    "GDP",
    "inflation",
)
"""One of these (as cased in :data:`_FORECAST_FOR`, which ignores no case) is in every match of it:
a cheap test of the sentence before the search with its look-behinds at every capital."""


_FROM_BEFORE = re.compile(r",\s+(?:down|up)\s+from\s+(?:" + HEDGE + r"\s+)?$")
"""The old level of the same forecast after a comma: "to grow 4.7% this year, down from 5.0%"."""


def _forecast_for(fact: Fact, names: list[entities.Name], sentence_start: int) -> str | None:
    """The country a forecast the figure gives is for, in the figure's clause before it, when the
    fact is so far about another name (the body that forecasts: the IMF, the World Bank)."""
    if _about_place(fact, names):
        return None
    if not any(word in fact.sentence for word in _FORECAST_WORDS):
        return None  # most sentences: no word a match of _FORECAST_FOR needs, so no search
    position = fact.start - sentence_start
    for found in _FORECAST_FOR.finditer(fact.sentence, 0, position):
        between = _FROM_BEFORE.sub("", fact.sentence[found.end() : position])
        if len(between) > 50 or any(mark in between for mark in (";", ",", " and ", "(")):
            continue
        if found.group("demonym"):
            country = DEMONYMS.get(found.group("demonym").upper())
            if country is not None:
                return country  # "sees German growth of 0.3%": Germany's
            continue
        for name in names:
            if not name.is_place or name.is_source or not gazetteer.is_place(name.text):
                continue
            if found.group(0)[0] in "'’":
                if name.start + len(name.text) == found.start():
                    return name.text  # "Kenya's economy to grow 4.7%"
            elif name.start == found.end():
                return name.text  # "growth forecast for Argentina to 3.5%"
    return None


_ACRONYM_OWNS = re.compile(r"(?P<owner>[A-Z]{2,7})'s\s+(?P<thing>[\w-].*)")
"""An entity written after the acronym that owns it: "NASA's Artemis II" (the mission), "OPEC's
December" (a date: OPEC's own), "SEC's action" (a common noun: the SEC's)."""


_LEADS_BY = re.compile(
    r"\s+(?:leads?|led|leading|trails?|trailed|trailing)\s+(?:the\s+)?"
    r"(?P<other>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+by\s+(?:(?:" + HEDGE + r")\s+)?$"
)
"""A margin one side leads or trails another by: "Labour leads the Conservatives by 12 points"."""


def _leader_of(fact: Fact, names: list[entities.Name], sentence_start: int) -> str | None:
    """The side whose lead or deficit the margin is, the name before the verb, when the fact is so
    far about the other side: "Harris leads Trump by 3 points" (Harris, not Trump)."""
    position = fact.start - sentence_start
    found = _LEADS_BY.search(fact.sentence, max(0, position - 120), position)
    if found is None or not found.group("other").endswith(fact.about or "\0"):
        return None
    for name in names:
        if name.start + len(name.text) == found.start() and not name.is_source:
            return name.text
    subject = fact.subject
    if subject and subject[:1].isupper() and fact.sentence[: found.start()].endswith(subject):
        return subject  # "Labour leads the Conservatives by 12 points": a one-word name opening the sentence
    return None


_DIVISION = re.compile(
    r"'s\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    rf"(?:{entities.DIVISION_NOUNS})\b"
)
"""A named division of a country after its possessive: "Nepal's Dhading district"."""


def _division_of(fact: Fact, sentence_start: int) -> str | None:
    """The most specific place the figure's sentence locates it in, before the figure: "Floods in
    Pakistan's Sindh province have killed 47 people" (Sindh, not Pakistan)."""
    assert fact.about is not None
    position = fact.start - sentence_start
    at = fact.sentence.find(f"{fact.about}'s ")
    while 0 <= at < position:
        found = _DIVISION.match(fact.sentence, at + len(fact.about))
        if found is not None and found.end() <= position:
            return found.group("name")
        at = fact.sentence.find(f"{fact.about}'s ", at + 1)
    return None


def _about_place(fact: Fact, names: list[entities.Name]) -> bool:
    """Whether the fact is already about a place (or nothing named): no forecaster to replace."""
    if fact.about is None or not fact.about[:1].isupper():
        return True
    return any(name.text == fact.about and name.is_place for name in names)


def _told_to(fact: Fact, names: list[entities.Name], sentence_start: int) -> str | None:
    """The one a verb of ordering makes act, for a figure of the act it orders: "The Delhi High
    Court ordered Skyline Infraheights to refund Rs 1.2 crore with 9% interest" (Skyline, not the
    court). Only a figure in that clause: none after a comma, semicolon or "and" opening another."""
    position = fact.start - sentence_start
    found = list(_TOLD_TO.finditer(fact.sentence, 0, position))
    told = found[-1] if found else None
    if told is None or any(
        mark in fact.sentence[told.end() : position] for mark in (";", ", and", ", while")
    ):
        return None
    return next((name.text for name in names if name.start == told.start("name")), None)


def _measure_on(fact: Fact, subject: str, names: list[entities.Name], sentence_start: int) -> str | None:
    """The name a measure's own phrase puts it on, before a body cited after the figure: "Tolls on
    the Bay Bridge will rise by $1.50 to $9.50, the toll authority said" (the Bay Bridge), "Prices
    at Ocado rose 3%, Kantar said". Only when the figure's entity is so far none, a common noun,
    or a name after the figure (its source); a name of the sentence before it stays."""
    position = fact.start - sentence_start
    chosen = next((name for name in names if name.text == fact.about), None)
    if fact.about is not None and fact.about[:1].isupper() and (chosen is None or chosen.start < position):
        return None
    at = fact.sentence.rfind(subject, 0, position)
    if at < 0:
        return None
    on = _ON_NAME.match(fact.sentence, at + len(subject))
    if on is None:
        return None
    return next((name.text for name in names if name.start == on.end() and name.start < position), None)


_ON_NAME = re.compile(r"\s+(?:on|at|of|for)\s+(?:the\s+)?(?=[A-Z])")
"""A measure's own phrase naming what it is on: "Tolls on the Bay Bridge", "Prices at Ocado"."""


_DEMONYM_MEASURE = re.compile(
    r"(?:(?:[Tt]he|[Tt]otal|[Cc]ombined|[Oo]verall)\s+)?(?P<demonym>[A-Z][a-z]+)\s+[a-z]"
)
"""A measure a demonym opens: "Saudi output", "Japanese car exports", "total Thai rice exports"."""
_BEFORE_DEMONYM = re.compile(r"(?:[A-Z][\w.-]*|[-/])\s*$")
"""A capitalised word or a hyphen before the demonym: it is part of another name ("North Korean",
"Anglo-French")."""


def _demonym_country(fact: Fact, subject: str, names: list[entities.Name], sentence_start: int) -> str | None:
    """The country whose measure a demonym opens the figure's subject with ("Saudi output averaged 4.1
    mln bpd", "Thai rice exports reached 7.5 mln tonnes": Saudi Arabia, Thailand), for a figure that
    has no named entity, or only a common noun ("The newsletter said Saudi output"). A demonym is no
    place name: a name the sentence or story gives comes first (the bank of "its Brazilian loans",
    the body cited for "Canadian home sales"), and so does a company named before the figure.
    Only a measure ("output", "exports", "prices"): "Brazilian forward" is a person, no measure.
    """
    opened = _DEMONYM_MEASURE.match(subject)
    if opened is None or not entities.measure_word(subject):
        return None
    country = DEMONYMS.get(opened.group("demonym").upper())
    if country is None:
        return None
    position = fact.start - sentence_start
    at = fact.sentence.find(subject)
    if at < 0 or _BEFORE_DEMONYM.search(fact.sentence, 0, at + opened.start("demonym")) is not None:
        return None
    if any(name.is_corporate and not name.is_source and name.start < position for name in names):
        return None
    return country


_NATION_S = re.compile(r"\b[Tt]he\s+(?:nation|country)['’]s\s")
_NATION_OWNS = re.compile(r"\b[Tt]he\s+(?:nation|country)['’]s\s+(?:[a-z\d][\w/-]*\s+){0,4}$")
"""The nation a figure's own phrase belongs to: "the nation's 1986/87 crop sugar cane output at"."""


def _nation(fact: Fact, topic: str, sentence_start: int) -> str | None:
    """The story's country for a figure whose phrase "the nation's" or "the country's" owns ("a
    survey estimated the nation's sugar cane output at 2.14 mln tonnes": Japan, of the headline),
    not the survey or body that reports it. Only a country: a city or company topic is no nation."""
    if not gazetteer.is_place(topic) or gazetteer.is_city(topic):
        return None
    position = fact.start - sentence_start
    head = fact.subject.split()[0] if fact.subject else None
    if head is None:
        return None
    at = fact.sentence.rfind(head, 0, position)
    owned = _NATION_OWNS.search(fact.sentence, max(0, at - 60), at) if at >= 0 else None
    if owned is None:
        return None
    between = fact.sentence[owned.start() : at].split()[2:]
    if any(word in subjects.STOP_OR_PREPOSITION for word in between):
        return None  # "the country's largest bank said profit rose": the bank's profit, not the nation's
    return topic


def _measured_by_kind(text: str, fact: Fact, sentence_start: int) -> Fact:
    """What a fact measures, once its kind is known: the kind says which phrase of the clause it is.

    Airline traffic is a unit ("revenue passenger miles rose to 13.4 mln"); a rate measures the
    rate its clause names ("the unemployment rate was 3.9 pct of the workforce"); a price without
    a noun of its own prices what its clause opens on ("were priced at 99.938": the notes).
    """
    if fact.unit is None and fact.kind == "count" and fact.subject is not None:
        traffic = _TRAFFIC_UNIT.search(fact.subject)
        if traffic is not None:
            per = "kilometre" if traffic.group("per").lower().startswith("k") else "mile"
            unit = f"{traffic.group('what').lower()} {per}"
            return fact if unit not in UNITS else _with(fact, unit=unit, kind="other")
    if (
        fact.kind == "rate"
        and not kinds.names_rate(fact.subject or "")
        # "cut its growth forecast to 5.8%": a forecast or target is what the figure measures, not
        # the policy rate an earlier clause names
        and heads.head_of(fact.subject) not in _MOVED_NOUNS
    ):
        named = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
        if named is None or not kinds.names_rate(named):
            named = subjects.rate_named_before(text[max(sentence_start, fact.start - 100) : fact.start])
        return (
            fact
            if named is None or (fact.subject is not None and not kinds.names_rate(named))
            else _with(fact, subject=named)
        )
    if fact.kind in ("price", "rate", "percent") and fact.unit == "percent":
        terms = _ISSUE_TERMS.search(text, max(sentence_start, fact.start - 40), fact.start)
        issued = _ISSUED.findall(text, sentence_start, terms.start()) if terms is not None else []
        if issued and (subjects.acceptable(fact.subject) is None or (fact.subject or "")[:1].isupper()):
            # "is issuing a 10 billion yen eurobond due 1994 paying five pct and priced at 102-3/8 pct"
            kind = "price" if terms is not None and terms.group("priced") else "rate"
            return _with(fact, subject=issued[-1], kind=kind)
    if fact.kind == "price" and fact.subject is None:
        modified = _PRICED_NOUN.search(text, max(sentence_start, fact.start - 48), fact.start)
        noun = modified.group("noun") if modified is not None else ""
        pre = modified.group("pre").lower() if modified is not None else ""
        if (
            noun
            and lookup_unit(noun) is None
            and not subjects.is_verb(noun)
            and noun not in subjects.STOP_OR_PREPOSITION | subjects.CLAUSE_ADVERBS
            and not (pre.endswith(",") or subjects.is_verb(pre))  # ", base priced at", "is underway, priced"
            and subjects.acceptable(noun) is not None
        ):
            return _with(fact, subject=noun)  # "4.9 mln units priced at 20 dlrs a unit": the units
        priced = subjects.acceptable(subjects.clause_subject(text, sentence_start, fact.start))
        return fact if priced is None else _with(fact, subject=priced)
    return fact


_PRICED_NOUN = re.compile(
    r"(?P<pre>\S+)\s+(?P<noun>[a-z][a-z-]*[a-z])\s*,?\s+priced\s+(?:at\s+)?(?:" + HEDGE + r"\s+)?$"
)
"""The noun a price's participle modifies: "units priced at 20 dlrs", "six-month paper priced at 95.35"."""
_ISSUE_TERMS = re.compile(
    r"(?i)\b(?:(?P<priced>priced\s+at)|paying|pays|with\s+an?\s+coupon\s+of)\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
_ISSUED = re.compile(r"(?i)\b(?:euro)?(?:bonds?|notes|debentures)\b")
"""The security an issue's terms are of: "a 10 billion yen eurobond due 1994 paying five pct"."""


_DEVALUED = re.compile(r"\b(?:de|re)valu(?:ed|es|e|ing)\s+(?:the|its|their)\s")
"""A currency as the object of a devaluation: the fact is about who devalued it, not the currency."""


def _quotes_its_subject(fact: Fact) -> bool:
    """A quote or move of the currency or commodity the fact names, in the singular of a market
    report ("The pound opened lower"; "the central bank bought dollars at 145 yen" is the bank's)."""
    if fact.subject is None or not fact.subject.lower().endswith(fact.subject_head or ""):
        return False
    if kinds.quotes_traded(fact.subject_head, fact.kind):
        return True
    if fact.subject_head == "index" and fact.kind in kinds.MARKET_KINDS:
        # "The dollar index rose 0.4% to 104.2": an index of a traded currency is quoted as one
        words = fact.subject.split()
        return len(words) >= 2 and words[-2] in kinds.TRADED
    # "Ether rose 8% to $3,410", "Wheat slid 2%": a crypto-asset, soft or grain opening its sentence
    # and moving is what the report quotes, as a currency is
    return (
        fact.subject_head in kinds.QUOTED
        and fact.kind in kinds.MARKET_KINDS
        and (fact.change is not None or fact.kind == "price")
        and _ONE_WORD.fullmatch(fact.subject) is not None
        and fact.sentence.startswith(fact.subject)
    )


_ONE_WORD = re.compile(r"[A-Z][a-z]+")
"""A subject of one capitalised word: "Ether", "Wheat" (not "Non-coffee exports")."""


_GOVERNMENT_BOND = re.compile(r"\b(?:Treasury|Treasuries|Bund|Bunds|[Gg]ilt|JGB|OAT|BTP)\b")
"""The government bonds a market report quotes by name: "the 10-year Treasury yield", "Bund yields"."""


_TRADE_TERMS = frozenset(["CIF", "FOB", "CFR", "FAS", "EXW", "DDP", "DAP", "CPT", "CIP", "FCA"])
"""The Incoterms a trade figure is priced on ("CIF imports were 2.76 billion"): no one's name."""


_COINED_OPENER = re.compile(
    r"(?P<name>[A-Z][A-Za-z]+) (?:revenues?|sales|output|production|exports|imports|profits?|earnings|"
    r"shipments|deliveries)"
)
"""A measure a one-word name modifies: "OPEC output", "Nvidia revenue", "Tesla deliveries"."""


def _coined_opener(fact: Fact, text: str) -> str | None:
    """The coined one-word name ("OPEC", "Nvidia") of a measure that opens the fact's sentence, when
    the fact is not already about a name its sentence writes; a word of the language that opens a
    sentence capitalised ("Final output", "Sugar exports") names no one."""
    subject = fact.subject
    if subject is None or not fact.sentence.startswith(subject):
        return None
    opener = _COINED_OPENER.fullmatch(subject)
    if opener is None:
        return None
    name = opener.group("name")
    if fact.about is not None and fact.about in fact.sentence:
        return None
    if name.isupper():
        # "OPEC output": an acronym is a name, but for a trade term ("CIF imports", "FOB exports")
        return None if len(name) < 3 or name in _TRADE_TERMS else name
    lower = name.lower()
    if (
        _MONTH_OR_DAY.fullmatch(name)
        or lower.endswith(("ing", "ed"))
        or any(dictionary_word(word) for word in (lower, lower[:-1], lower[:-3] + "y"))
    ):
        return None  # "Manufacturing output", "Utilities output", "Retained earnings"
    # "Nissan exports to the U.S. fell": a word the story also writes as a name inside a sentence
    written = re.search(r"[a-z,] " + re.escape(name) + r"\b", text)
    return None if written is None else name


def _not_companies(names: list[entities.Name], story: Story, text: str) -> list[entities.Name]:
    """``names`` without the places that are a company of the story by name.

    "Piedmont also received an offer" in a story about Piedmont Aviation Inc, "Sonora shares" beside
    Sonora Gold Corp: a region's name that opens a company name the story writes is that company in
    this story, so it is no place of its facts. A city or state is so only when it opens the story's
    own company ("Houston said" of Houston Metals Corp): "the Paris meeting" stays in Paris beside a
    Paris firm the story also names. A country keeps its place ("Japan Air Lines" leaves Japan a
    place): a story about a company named after a country still reports from that country.
    """
    own = (story.company or "").split(" ", 1)[0]
    suspects = [
        name
        for name in names
        if name.is_place
        and (name.text == own or gazetteer.is_province(name.text))
        and name.text.lower() not in gazetteer.country_names(gazetteer.country_of(name.text) or "")
    ]
    if not suspects:
        return names
    companies = _company_words(text, story.company)
    return [name for name in names if not (name in suspects and name.text in companies)]


_NAMED_SUBJECT_KINDS = frozenset({"money", "price", "percent", "count", "volume", "mass", "rate"})


def _names_a_company(fact: Fact, names: list[entities.Name], story: Story, text: str) -> bool:
    """True when a fact's subject ends on a word of a company's or a place's name, which is the fact's
    ``about``, never what it measures: "Brooklyn Union could request Transco to transmit 165 mln cubic
    feet", "Hutchison fell 3.25 dlrs", "Saudi Arabia has asked ... prices at 18 dlrs". A capitalised
    common noun ("Eurobonds") or a lone name no company or place writes keeps its subject."""
    subject = fact.subject
    if not subject or fact.kind not in _NAMED_SUBJECT_KINDS:
        return False
    words = subject.split()
    last = words[-1].removesuffix("'s").removesuffix("’s")
    if (
        not last[:1].isupper()
        or last.isupper()
        or any(not word[:1].isupper() for word in words if word not in ("of", "and"))
        or kinds.names_index(subject)
        or kinds.names_index(subject.lower())
        or _rate_headed(subject)
    ):
        return False  # "pensions group Veldhuis" paid for; "Jakarta Composite Index", "Bank Rate": measures
    costs = fact.kind == "money" and _costs_it(text, fact, subject)
    for name in names:
        name_words = name.text.split()
        if last in name_words and (
            name.is_corporate
            or name.is_place
            or (
                len(name_words) > 1
                and not dictionary_word(heads.head_of(last) or last)
                and not _row_label(fact.sentence, subject)
                and not costs
            )
        ):
            return True  # "Cheung Kong", not "End Stocks" or "Gross National Product"
    return last in _company_words(text, story.company)


_COSTS_GAP = re.compile(
    r"\s+(?:(?:will|would|could|may|might|did|does|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
    r"(?:cost|costs)\s+(?:[a-z]+\s+){0,2}?(?:(?:about|some|nearly|almost|around|roughly|over|more\s+than|"
    r"an\s+estimated)\s+)?"
)
"""Between a named thing and the sum it cost: " cost ", " will cost about ", " cost the city "."""


def _costs_it(text: str, fact: Fact, subject: str) -> bool:
    """Whether a sum is what its named subject cost: "The Paris Olympics cost 9 billion euros", "The
    Tour de France stage cost organisers 2 million euros" (an event or work, not a company: a company
    that is a place's or a firm's name is still dropped by :func:`_names_a_company`)."""
    at = text.rfind(subject, max(0, fact.start - 120), fact.start)
    if at < 0 or "cost" not in text[at : fact.start]:
        return False
    return _COSTS_GAP.fullmatch(text, at + len(subject), fact.start) is not None


_REGION_OPENING = re.compile(r"(?:North|South|East|West|Central|Latin|Middle|Far)(?:ern)?\b")
"""A compass word that opens the name of a region ("East Europe", "South Asia", "Latin America")."""


def _row_label(sentence: str, subject: str) -> bool:
    """Whether ``subject`` is the label of a table row of figures only, not a name: "Start Stcks 2.32
    2.23 1.91 1.91" (an abbreviation no dictionary holds)."""
    if len(sentence) > _MAX_VS_LINE or not sentence.startswith(subject) or _REGION_OPENING.match(subject):
        return False  # ("East Europe 261.0 346.0": a region's row, whose subject is the table's measure)
    row = _COLUMNS_ROW.fullmatch(sentence)
    return row is not None and row.group("label") == subject


@lru_cache(maxsize=64)
def _company_words(text: str, company: str | None) -> frozenset[str]:
    """:func:`story.company_words`, read once per story however many of its facts ask."""
    return company_words(text, company)


_LAST_WORD = re.compile(r"\s*\S+$")


@lru_cache(maxsize=64)
def _quotes_world_price(sentence: str) -> bool:
    """:data:`_WORLD_PRICE` found in ``sentence``; cached: a search of the whole sentence, asked
    again for each of its bare dollar sums (a table sentence holds dozens)."""
    return _WORLD_PRICE.search(sentence) is not None


_THRESHOLD = re.compile(
    r"(?i)\b(?:above|below|through|past|over|under|beyond|toward|towards|near|to|at|around|breach\w*|"
    r"cross\w*|top\w*|hit|hits|pass\w*|broke|break\w*|surpass\w*|reach\w*|clear\w*|exceed\w*)\s+the\s+"
    r"(?:(?:key|psychological(?:ly)?|important|crucial|symbolic|landmark|milestone|significant)\s+){0,2}$"
)
"""What comes before "the 20,000 mark" when the mark is a threshold a level crosses, no Deutsche mark."""
_MARK_WORD = re.compile(r"[\s-]*mark$")
_AFTER_THRESHOLD = re.compile(
    r"\s*(?:[,.;:)]|$|(?:level|barrier|threshold|milestone|line|area|for|in|on|at|by|and|but|this|last|"
    r"since|before|after|as|to|with|during|earlier|late|again|today|yesterday|intraday|on)\b)"
)
"""What follows a threshold "mark": a stop, a function word or a level noun; "the 2.3 billion mark
rise in cash" is a sum in marks."""


def _threshold_mark(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "closed above the 20,000 mark", "passed the 1 million mark": a threshold, no sum in marks.

    The figure keeps its number only; what it is a level of (an index, subscribers) is read as for
    any bare figure.
    """
    if fact.value is not None and fact.value < 100:
        return fact  # "the dollar fell below the 1.80 mark": a rate in Deutsche marks
    if not fact.surface.endswith("mark") or not _THRESHOLD.search(
        text, max(sentence_start, fact.start - 60), fact.start
    ):
        return fact
    if not _AFTER_THRESHOLD.match(text, fact.end):
        return fact
    return _as_count(fact, _MARK_WORD)


def _as_count(fact: Fact, unit_word: re.Pattern[str]) -> Fact:
    """The fact as a bare count, its surface cut before the word that was read as its unit."""
    kept = unit_word.sub("", fact.surface)
    return _with(
        fact, unit=None, kind="count", surface=kept, end=fact.start + len(kept), si_value=None, si_unit=None
    )


def _currency(fact: Fact, story: Story) -> Fact:
    """A bare "dlrs", "cts", "francs", "crowns", "shillings" or "soles" is the one of the story's country."""
    if fact.unit == "US dollar" and story.dollar != "US dollar" and not _US_FORMS.search(fact.surface):
        if _quotes_world_price(fact.sentence):
            return fact  # "Brent rose $1.40 to $91.20 a barrel" in a Singapore story
        return _with(fact, unit=story.dollar)
    if fact.unit == "US cent" and story.cent != "US cent" and not _US_FORMS.search(fact.surface):
        return _with(fact, unit=story.cent)
    if fact.unit == "French franc" and story.franc != "French franc" and "French" not in fact.surface:
        return _with(fact, unit=story.franc)
    if fact.unit == "crown" and story.crown != "crown":
        return _with(fact, unit=story.crown)
    if fact.unit == "shilling" and story.shilling != "shilling":
        return _with(fact, unit=story.shilling)
    if fact.unit in HOME_ONLY:
        # "50 million soles" in a Lima story; elsewhere "soles" or "colon" are no currency
        if HOME_ONLY[fact.unit] == story.currency or fact.unit in story.home_money:
            return _with(fact, unit=HOME_ONLY[fact.unit])
        return _as_count(fact, _LAST_WORD)  # "2 soles" of shoes: the count of "soles"
    return fact


_OTHER_DEGREES = re.compile(r"(?i)\b(?:API|gravity|Mercalli|Richter|Kelvin|latitude|longitude|angle|list)\b")
"""Degrees of another scale in the sentence: crude gravity, earthquake intensity, position, angle."""


def _temperature(fact: Fact, story: Story) -> Fact:
    """Bare "degrees" of temperature are in the story's scale (:attr:`Story.degree`).

    Only where the sentence speaks of temperature or the story names a scale: bare degrees
    are also crude gravity ("34 degrees API"), intensity ("on the Mercalli scale"),
    position and angle, which stay the plain degree.
    """
    if fact.unit != "degree" or _OTHER_DEGREES.search(fact.sentence):
        return fact
    if not story.degree_named and TEMPERATURE_CUES.search(fact.sentence) is None:
        return fact
    return _in_story_degrees(fact, story)


def _in_story_degrees(fact: Fact, story: Story) -> Fact:
    """The fact as a temperature in the story's scale, with its kelvin value."""
    unit = BY_NAME[story.degree]
    si_value, si_unit = to_si(fact.value, unit)
    return _with(fact, unit=unit.name, kind="temperature", si_value=si_value, si_unit=si_unit)


_TEMPERATURE_HEADS = frozenset(["temperature", "chill", "heat index"])
"""Heads whose bare figure is a temperature ("Temperatures hit 41", "wind chills near minus 40")."""
_WEATHER_HEADS = frozenset(["high", "low"])
"""Heads whose bare figure is a temperature when the sentence speaks of weather ("lows of minus 30")."""
_THERMOMETER_HEADS = _TEMPERATURE_HEADS | _WEATHER_HEADS


def _bare_temperature(text: str, fact: Fact, story: Story) -> Fact:
    """A bare figure a temperature word measures is in the story's scale (:attr:`Story.degree`).

    "Temperatures hit 41 in Seville", "wind chills near minus 40": weather copy often leaves the
    degrees out. A "high" or "low" is a temperature only where the sentence speaks of temperature
    (an index's "high of 2,300" is no temperature), and only a figure a thermometer can show.
    """
    head = heads.head_of(fact.subject)
    if head not in _THERMOMETER_HEADS or fact.value is None:
        return fact
    if not -90 <= fact.value <= 135 or text[fact.end : fact.end + 60].lstrip().startswith(
        fact.subject or "?"
    ):
        return fact  # "five temperatures were recorded" counts them
    if head in _WEATHER_HEADS and TEMPERATURE_CUES.search(fact.sentence) is None:
        return fact
    return _in_story_degrees(fact, story)


_WARMER_AFTER = re.compile(
    r"(?i)\s+(?P<word>higher|lower|above|below|warmer|hotter|cooler|colder|up|down|more|less)\b"
)
_WARMED_BEFORE = re.compile(
    r"(?i)\b(?:(?P<warm>warm(?:s|ed|ing)?|heat(?:s|ed|ing)?\s+up)|(?P<cool>cool(?:s|ed|ing)?)|by)\s+"
    r"(?:(?:" + HEDGE + r"|an?\s+(?:further|extra)|another)\s+)?$"
)
_WARMER_WORDS = frozenset(["higher", "above", "warmer", "hotter", "up", "more"])


def _temperature_difference(text: str, fact: Fact, sentence_start: int) -> Fact:
    """A change in temperature, or a gap between two, converts to kelvin as a difference.

    "fell by 10C", "six degrees higher than average", "3C above normal", "warmed 1.5C": the
    figure measures how far apart two temperatures are, so 10 degrees Fahrenheit is 5.56 K
    (:func:`units.difference_to_si`); "reached 40C" stays an absolute 313.15 K. A comparative
    after the figure or a warming verb before it also tells the direction when none was read,
    and is never the figure's subject.
    """
    if fact.kind != "temperature" or fact.si_unit != "kelvin":
        return fact
    after = _WARMER_AFTER.match(text, fact.end)
    before = _WARMED_BEFORE.search(text, max(sentence_start, fact.start - 40), fact.start)
    if fact.change is None and after is None and before is None:
        return fact
    change = fact.change
    if change is None and after is not None:
        change = "up" if after.group("word").lower() in _WARMER_WORDS else "down"
    elif change is None and before is not None and (before.group("warm") or before.group("cool")):
        change = "up" if before.group("warm") else "down"
    subject = fact.subject
    if subject is not None and after is not None and subject.lower() == after.group("word").lower():
        subject = None  # "2C warmer than normal": the comparative is no subject
    si_value, si_unit = difference_to_si(fact.value, BY_NAME.get(fact.unit or ""))
    return _with(fact, si_value=si_value, si_unit=si_unit, change=change, subject=subject)


_POUNDS = re.compile(r"(?i)\bpounds?$")
_MONEY_WORDS = (
    r"costs?|costing|pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|worth|fined?|budget|fund(?:s|ed|ing)?|"
    r"invest(?:s|ed|ing)?|salar(?:y|ies)|fees?|wages?|priced?|owe[sd]?"
)
"""Money verbs and nouns that say a sum before them is money, whatever its currency (a regex
alternation): "will cost", "pays", "spent", "worth", "fined", "the budget", "salaries"."""
_MONEY_CONTEXT = re.compile(
    r"(?i)\b(?:" + _MONEY_WORDS + r"|charg(?:e|es|ed|ing)|owing|donat(?:e|es|ed|ing)|rents?|fares?|tolls?|"
    r"(?:sells?|sold|selling)\s+(?:for|at))\b[^\d.;:]{0,30}$"
)
"""A money verb or noun just before a sum: "will cost 850,000 pounds", "pays 45 pounds a month",
"rents rose to 1,200 pounds a month", "sells for 1.20 pounds"."""
_GATHERED_SUM = re.compile(
    r"(?i)\b(?:rais(?:e|es|ed|ing)|collect(?:s|ed|ing)?|w(?:on|ins?|inning))\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|over|more\s+than|an\s+estimated|a\s+record)\s+)?$"
)
"""A verb of money gathered or won right before a sum: "the appeal raised 40,000 pounds", "collected
2.3 million pounds", "has won 1 million pounds" (a weight names what it weighs: "raised 3,000 pounds of
tomatoes" keeps the mass, by the "of" test first)."""
_OF_AFTER = re.compile(r"(?i)\s+of\b")
_MONEY_HEADS = frozenset(
    ["price", "cost", "rent", "fee", "fare", "salary", "wage", "pay", "value", "budget", "bill",
     "income", "revenue", "profit", "sales", "earnings"]
)  # fmt: skip
"""Heads of a subject that is a sum of money, whatever its unit reads as ("house prices ... 523,000
pounds")."""


def _sterling(text: str, fact: Fact, sentence_start: int, story: Story) -> Fact:
    """Pounds that are paid, spent or cost are money (:attr:`Story.pound`); pounds weighed stay a mass.

    The unit table reads "pounds" as the mass; a money verb or noun before the sum
    ("will cost", "spend", "worth") makes it the currency, unless "of" follows
    ("paid for 300 pounds of flour": what was bought is weighed).
    """
    if fact.unit != "pound" or story.pound is None or _POUNDS.search(fact.surface) is None:
        return fact
    if _OF_AFTER.match(text, fact.end):
        return fact
    if _TO_THE_CURRENCY.match(text, fact.end):
        # "The official rate is about 1.36 pounds to the dollar": an exchange rate, the currency's price
        return _with(fact, unit=story.pound, kind="price", si_value=None, si_unit=None)
    if (
        _MONEY_CONTEXT.search(text, max(sentence_start, fact.start - 50), fact.start) is None
        and _GATHERED_SUM.search(text, max(sentence_start, fact.start - 30), fact.start) is None
        and not (
            _scaled(fact.surface)
            and (
                story.money == story.pound
                # Khartoum, Cairo: "revenue would total 3.9 billion pounds"
                or story.pound != "pound sterling"
                or text.endswith("for ", max(sentence_start, fact.start - 4), fact.start)
            )
        )
    ):
        # "agreed to buy Direct Line for 3.7 billion pounds", "a 2 billion pound loss" in London:
        # millions of pounds are money where pounds are the money (in a US story they may be weighed)
        return fact
    return _with(fact, unit=story.pound, kind="money", si_value=None, si_unit=None)


def _table_fact(fact: Fact, row: tables.Row, story: Story) -> Fact:
    if row.kind == "count":
        if fact.unit is None:
            return _with(fact, kind="count", subject=row.subject)
        return _with(fact, subject=row.subject)
    if fact.unit in _PERCENTS:
        return _with(fact, subject=row.subject)  # "Revenue: $4.1bn (+6%)": the row's change, in percent
    unit = fact.unit if fact.unit is not None and fact.kind == "money" else story.money
    return _with(fact, unit=unit, kind="money", subject=row.subject, change=None)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year between two partners is no figure of theirs: "to 18 billion dlrs in 1986 from 21.5 billion"."""
_OLD_VALUE_HEDGE = r"(?:(?:" + HEDGE + r"|a\s+revised|revised|an?|the)\s+)?"
"""The words before an old value: "from a revised 41 cts", "compared with about 12 pct"."""
_FROM_GAP = re.compile(
    r"(?i)\s*(?:from|compared\s+with|compared\s+to|against|vs\.?|versus)\s+" + _OLD_VALUE_HEDGE
)
_OLD_PRICE_GAP = re.compile(
    r"(?i)(?![^\d;,]*\b(?:a|an|per|each)\s+(?:share|shr|unit)\b)"
    r"[^\d;,]{0,40}?(?:,\s+(?:up|down|off)\s+)?\b(?:from|compared\s+with|compared\s+to|against)\s+"
    + _OLD_VALUE_HEDGE
)
"""From a price to its old level in the same currency, past the good it is per: " a mile from ",
" per litre last week, down from ". Never past "a share" (earnings and dividends per share are
money) nor a table's "vs"."""
_UP_FROM_GAP = re.compile(r"(?i),\s+(?:up|down|off)\s+from\s+" + _OLD_VALUE_HEDGE + "$")
_CHANGE_AFTER_LEVEL = re.compile(
    r"(?i)^[^\d;]{0,100}?,\s+(?:up|down|off)\s+(?:by\s+)?(?:" + HEDGE + r"\s+)?$"
)
"""A level, then its change: "47.68 billion kilowatt-hours in the week, up 11.1 pct from 42.91 billion"."""
_FROM = " from "
"""The gap an anchored partner is read with: it is its anchor's old value."""
_IN_PHRASE = re.compile(r"(?i)\b(?:in|across|at|among|on|over)\s+(?:the\s+|all\s+)?$")
"""A count inside a place phrase ("1,274 cases in 31 states"), never the level a change is measured from."""
_OR_GAP = re.compile(r"(?i)\s*,?\s*or\s+(?:" + HEDGE + r"\s+)?")


def _anchor(text: str, in_sentence: list[Fact], fact: Fact) -> Fact | None:
    """The level a bare "from" figure is compared with, when it is not the figure just before it.

    "47.68 billion kwh, up 11.1 pct from 42.91 billion": the change in percent sits between the
    level and its old value; "1,274 cases in 31 states this year, up from 58": the count of the
    place phrase does.
    """
    if fact.unit is not None or len(in_sentence) < 2:
        return None
    previous = in_sentence[-1]
    gap = _YEAR.sub("the year", text[previous.end : fact.start])
    if (
        previous.kind in ("money", "price")
        and _PER_UNIT_GAP.fullmatch(gap)
        and _scaled(fact.surface)
        and not _scaled(previous.surface)
    ):
        level = in_sentence[-2]
        if (
            level.kind == "money"
            and _scaled(level.surface)
            and _RESTATED_PER.fullmatch(text, level.end, previous.start)
        ):
            return level  # "3 mln dlrs, or 10 cts a share, up from 2 mln": the old value of the 3 mln
    if previous.unit in _PERCENTS and previous.change is not None and _FROM_GAP.fullmatch(gap):
        level = in_sentence[-2]
        if (
            level.unit is not None
            and level.unit not in _PERCENTS
            and level.kind not in _NOT_CARRIED
            and _CHANGE_AFTER_LEVEL.match(_YEAR.sub("the year", text[level.end : previous.start]))
        ):
            return level
        return None
    if previous.unit is None and previous.kind == "count" and _UP_FROM_GAP.search(gap):
        for level in reversed(in_sentence[:-1]):
            if level.kind == "count" and level.unit is None and level.subject is not None:
                before = text[max(0, previous.start - 16) : previous.start]
                return level if _IN_PHRASE.search(before) else None
            return None
    return None


_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|from|after|against|compared|vs|versus|a|an|last|the|and|or|at|for|on|"
    r"previously|earlier|before|respectively|this|next|by|during|over|until|through)\b|(?:higher|lower)(?![-\w]))",
    re.IGNORECASE,
)
"""What follows a scaled figure that counts nothing: "and exports at 1.65 billion after 2.72 billion."."""


def _counted_after(text: str, end: int) -> bool:
    """True when a word that is no function word follows the figure ending at ``end``: the figure
    counts it ("traded 1.25 mln shares", "bonds to 100 investors"), so it is no quote."""
    following = text[end : end + 30].split()
    word = following[0].strip(",.;:)") if following else ""
    return bool(word) and word.isalpha() and not subjects.is_function_word(word)


def _after(facts: list[Fact], fact: Fact) -> list[Fact]:
    """The scaled facts of ``facts`` that start after ``fact`` ends: a sum in millions names the
    currency of a bare figure in millions before it; a par value in cents after "increase in the
    company's common to 80 mln from 40 mln" names none. A measure of another kind standing between
    ends the search: "rose to 2.6 million, with the 472km line earning KSh 14.8 billion" counts riders."""
    out: list[Fact] = []
    for other in facts:
        if other.start < fact.end:
            continue
        if _scaled(other.surface):
            out.append(other)
        elif other.unit is not None and other.unit not in _PERCENTS and other.kind not in ("money", "price"):
            break
    return out


def _sentence_money(text: str, in_sentence: list[Fact], fact: Fact) -> Fact:
    """A bare scaled figure ("2.72 billion") in a sentence whose amounts are all in one currency takes it.

    "imports at 1.55 billion dlrs, compared with 2.74 billion, and exports at 1.65 billion after
    2.72 billion", "tax receipts rose to 206.45 billion yuan ... and receipts from foreign loans rose
    to 7.87 billion from 2.5 billion": a wire names the currency once. A figure followed by a noun
    ("1.4 billion people") counts that noun and keeps no unit.
    """
    if fact.unit is not None or fact.kind != "count" or not _scaled(fact.surface):
        return fact
    # a span ("in the first two months") is no sum of the sentence: it lends no currency and breaks none
    measured = [
        f for f in in_sentence if f.unit is not None and f.unit not in _PERCENTS and f.kind != "duration"
    ]
    if not measured:
        terms = _CURRENCY_TERMS.search(fact.sentence)
        unit = lookup_unit(terms.group("currency")) if terms is not None else None
        if unit is None or unit.kind != "money" or _NO_NOUN_AFTER.match(text, fact.end) is None:
            return fact
        # "In guilder terms, profits dropped three pct to 3.69 billion from 3.81 billion"
        return _with(fact, unit=unit.name, kind="money", si_value=None, si_unit=None)
    if measured[-1].kind != "money" or any(f.unit != measured[-1].unit for f in measured):
        return fact
    if (
        _NO_NOUN_AFTER.match(text, fact.end) is None
        and _BALANCE_AFTER.match(text, fact.end) is None
        and (
            _CLAUSE_GOES_ON.match(text, fact.end) is None
            # "capital will be 240.5 mln shares, of which ... 89 mln are issued": the count goes on
            or any(
                f.unit is None and f.kind == "count" and _scaled(f.surface) and _counted_after(text, f.end)
                for f in in_sentence
            )
        )
    ):
        return fact
    money = measured[-1]
    fact = _with(fact, unit=money.unit, kind="money", si_value=None, si_unit=None)
    if subjects.acceptable(fact.subject) is not None:
        return fact
    if _NOUN_OF_BEFORE.search(text, max(0, fact.start - 40), fact.start) or not _NO_NOUN_AFTER.match(
        text, fact.end
    ):
        return fact  # "from a deficit of 294 mln", "a 556 mln deficit": its own noun, read later
    return _with(fact, subject=money.subject)


_OWNER_GAP = re.compile(r"\s+(?:(?:owning|holding|owns|holds|with)\s+)?")
"""Between an owner and its share: "and Isuzu 40 pct", "with Daf owning 60 pct"."""
_NOUN_OF_BEFORE = re.compile(r"(?i)\b[a-z]{3,}\s+of\s+(?:" + HEDGE + r"\s+)?$")
"""A noun and "of" right before a sum: "on sales of 343.06 billion" names what the sum is."""
_BALANCE_AFTER = re.compile(
    r"\s+(?:deficits?|surplus(?:es)?|shortfalls?|beneath|below|above)\b(?!\s+of\b)", re.IGNORECASE
)
"""A balance named after a bare sum is a sum too: "a 68 mln dlr surplus compared with a 556 mln deficit",
"M-2 was 18.2 billion dlrs below its limit and M-3 was 20.8 billion beneath"."""


_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:this|next|by|under|when|if|now|originally|while|is|was|has|had|will|would|were|are|"
    r"through|until|since|during|(?:forecast|figure|estimate|projection|target|level|ceiling|limit)s?)\b"
)
"""A time word, a clause's verb, a linking word or a noun that names a figure right after a bare scaled
figure: it counts no noun ("expects ... to rise to 20 mln this year", "the remaining 30 billion by
publicly-owned institutions", "the 2.4 billion is part of a total package of 3.2 billion dlrs", "one
billion dlrs lower than the 14.7 billion forecast"), so it is the sentence's money too."""


_CURRENCY_TERMS = re.compile(r"(?i)\bin\s+(?P<currency>[a-z]+(?:\s+[a-z]+)?)\s+terms\b")
"""The currency a sentence states its sums in: "In guilder terms", "in Australian dollar terms"."""


_RUPEE_SCALE = re.compile(r"(?i)\b(?:crore|lakh)$")
_RUPEE_CONTEXT = re.compile(
    r"(?i)\b(?:" + _MONEY_WORDS + r"|investment|rais(?:e|es|ed|ing)|"
    r"get|gets|got|receive[sd]?|allocat(?:e|es|ed|ing|ion)|sanction(?:s|ed)?|compensation|grants?|"
    r"revenues?|profits?|loss(?:es)?|turnover|package|outlay|loans?|debts?)\b[^\d.;:]{0,30}$"
)
"""Money words before a bare Indian-scaled sum: "raised 250 crore", "will get 2 lakh each"."""
_RUPEE_FOLLOW = re.compile(r"\s+each\b")


def _rupee_scale(text: str, fact: Fact, sentence_start: int) -> Fact:
    """A bare sum in crore or lakh that money words lead ("the fund raised 250 crore") is rupees.

    Crore and lakh are South Asian scale words, and Indian copy often leaves the rupee out once
    a money verb or noun says what the figure is; a noun after it ("2 lakh people") is counted.
    """
    if fact.unit is not None or fact.kind != "count" or not _RUPEE_SCALE.search(fact.surface):
        return fact
    if _NO_NOUN_AFTER.match(text, fact.end) is None and _RUPEE_FOLLOW.match(text, fact.end) is None:
        return fact
    if _RUPEE_CONTEXT.search(text, max(sentence_start, fact.start - 50), fact.start) is None:
        return fact
    return _with(fact, unit="rupee", kind="money", si_value=None, si_unit=None)


def _partner(text: str, previous: Fact, fact: Fact, gap: str | None = None) -> Fact:
    """Carry unit, kind and subject from the first of "146.5 mln dlrs from 129.3 mln" to the second.

    Only a bare figure takes a unit ("5.8 mln shares" has its own noun), and a change
    in percent does not lend its unit to the level after it ("rose 14.4 pct to 40,131").
    ``gap`` stands for the words between them when :func:`_anchor` paired them across others.
    """
    if gap is None:
        gap = _YEAR.sub("the year", text[previous.end : fact.start])
    if (
        fact.unit is None
        and fact.kind == "count"
        and fact.subject is not None
        and fact.subject.lower() in _REPORTED_PARTICIPLES
        and _COMPARED_END.search(gap) is not None
    ):
        # "at 17.00 mln tonnes, vs 17.00 estimated last month": the participle is no noun of its own
        carried = _partner(text, previous, _with(fact, subject=None), gap)
        return carried if carried.unit is not None else fact
    if _LABELLED_ITEM_GAP.search(gap):
        return fact  # "Deaths: 1,204; injured: 3,500": each item of the list has its own label
    if _cross_rate(previous, fact):
        return fact  # "New York closes of 1.8270/80 and 145.60/70": marks, then yen
    if (
        fact.unit in _PERCENTS
        and subjects.acceptable(fact.subject) is None
        and previous.subject is not None
        and fact.surface.startswith(("+", "-", "−"))
        and _OPEN_BRACKET_GAP.fullmatch(gap)
    ):
        return _with(fact, subject=previous.subject)  # "Sales: £820m (+3%)": the change of the sales
    if (
        previous.unit in _PERCENTS
        and previous.change is not None
        and fact.unit is not None
        and fact.unit not in _PERCENTS
        and fact.subject is None
        and _OR_GAP.fullmatch(gap)
    ):
        return _with(fact, subject=previous.subject)  # "up 16 pct or 17.4 mln dlrs": the same change
    if (
        previous.kind == "money"
        and fact.kind == "money"
        and previous.subject is not None
        and subjects.acceptable(fact.subject) is None
        and _OR_GAP.fullmatch(gap)
    ):
        return _with(fact, subject=previous.subject)  # "a profit of Rs 19,323 crore, or about $2.3 billion"
    if previous.kind == "price" and fact.kind == "money" and _CONVERTED_GAP.fullmatch(gap):
        # "shacks cost 2,000 cruzados (90 dollars) a month": the same price, converted
        return _with(fact, kind="price", subject=fact.subject or previous.subject)
    if previous.kind == "price" and fact.kind == "money" and _LIST_GAP.fullmatch(gap):
        # "at around 1.59 dlrs and 2.91 marks": one quote in two currencies
        return _with(fact, kind="price", subject=fact.subject or previous.subject)
    if (
        previous.kind == "price"
        and fact.kind == "money"
        and fact.unit == previous.unit
        and not _scaled(fact.surface)
        and _OLD_PRICE_GAP.fullmatch(gap)
    ):
        # "rose to 25.5 cents a mile from 25.05 cents": the old level of the same price
        return _with(fact, kind="price", subject=fact.subject or previous.subject)
    if (
        previous.unit is not None
        and fact.unit == previous.unit
        and previous.subject is not None
        and _forecast_of_it(fact, gap)
    ):
        # "profit of $6.03 billion, beating analyst forecasts of $5.4 billion": the forecast is of the profit
        return _with(fact, subject=previous.subject)
    if previous.unit is None and previous.kind == "count" and previous.subject is not None:
        if fact.unit is None and subjects.acceptable(fact.subject) is None and _COUNT_PARTNER.search(gap):
            return _with(fact, subject=previous.subject)  # "12,400 votes out of more than 2.5 million"
        if fact.unit is None and subjects.acceptable(fact.subject) is None and _COUNT_CHANGE.search(gap):
            return _with(fact, subject=previous.subject)  # "123 million people ..., up 7 million": people
        if (
            fact.unit in _PERCENTS
            and fact.subject is None
            and (
                _COUNT_CHANGE.search(gap)
                or (gap.rstrip().endswith(",") and _COMPARED_COUNT.match(text, fact.end) is not None)
            )
        ):
            # "1.4 million visitors last year, up 12%", "8.4 million passengers, 6% more than a year earlier"
            return _with(fact, subject=previous.subject)
        if fact.unit is None and fact.kind == "count" and fact.subject is None and _EXPECTED_GAP.search(gap):
            # "delivered 766 aircraft, short of its target of about 800": the target counts aircraft too
            return _with(fact, subject=previous.subject)
        return fact
    if (
        previous.kind == "age"
        and heads.head_of(previous.subject) == "age"
        and fact.unit is None
        and fact.kind == "count"
        and _FROM_GAP.fullmatch(gap)
    ):
        # "raised the retirement age to 64 from 62": an age limit, not a person's age, has partners
        return _with(fact, unit="year", kind="age", subject=previous.subject)
    if (
        previous.kind == "duration"
        and previous.unit is not None
        and fact.unit is None
        and fact.kind == "count"
        and subjects.acceptable(fact.subject) is None
        and not _scaled(fact.surface)
        and gap == _FROM
        and _TO_END.search(text, max(0, previous.start - 4), previous.start) is not None
    ):
        # "cut the working week to 35 hours from 40", "extend the period to 14 years from 12-1/2"
        fact = _with(
            fact, unit=previous.unit, kind="duration", si_value=None, si_unit=None, subject=previous.subject
        )
        if previous.si_unit is not None and fact.value is not None and previous.value:
            ratio = (previous.si_value or 0.0) / previous.value
            fact = _with(fact, si_value=fact.value * ratio, si_unit=previous.si_unit)
        return fact
    if previous.unit is None or previous.kind in _NOT_CARRIED:
        return fact
    major = _MAJOR_OF.get(previous.unit)
    if (
        major is not None
        and previous.change is not None
        and "." not in previous.surface  # "up 0.25 cent to 12.45": softs are quoted in cents and decimals
        and fact.unit is None
        and fact.kind == "count"
        and _TO_END.search(gap)
        and _PARTNER_GAP.match(gap) is not None
        and (
            _MAJOR_QUOTE.search(fact.surface) is not None
            or (previous.change == "up" and (fact.value or 0.0) < (previous.value or 0.0))
        )
    ):
        # "rose 30 cents to 9.85", "up 4p to 3.12": the level is quoted in the major unit
        subject = fact.subject if subjects.acceptable(fact.subject) is not None else previous.subject
        return _with(fact, unit=major, kind=previous.kind, si_value=None, si_unit=None, subject=subject)
    own = gap.find(previous.subject, 0, 4 + len(previous.subject)) if previous.subject else -1
    # "7,715 tonnes of tin during May compared with 8,462": "of tin" is the first figure's own
    clause_gap = gap[own + len(previous.subject or "") :] if own >= 0 else gap
    new_subject, new_verb = subjects.new_clause(clause_gap)
    if fact.unit in _PERCENTS and fact.subject is None and not new_subject and _CHANGE_OF.search(gap):
        return _with(fact, subject=previous.subject)  # "42.56 billion marks, 0.5 pct less", "up 16 pct"
    if _PARTNER_GAP.match(gap) is None:
        if (
            fact.unit is None
            and fact.kind == "count"
            and (not new_verb or _ITEM_AT.search(gap))
            and previous.unit not in _PERCENTS
            and _PARALLEL.match(gap)
            and (gap.split()[-1].lower() == "at" or not subjects.is_function_word(gap.split()[-1]))
            and subjects.acceptable(fact.subject) is None
        ):
            # "West German traders 7,500 tonnes and Dutch traders 2,500": a list shares its unit
            return _with(fact, unit=previous.unit, kind=previous.kind, si_value=None, si_unit=None)
        return fact
    if new_subject and new_verb:
        return fact  # "42.9 pct from 37.0 pct, its revenue passenger miles rose to 13.4 mln": a new clause
    own_phrase = _names_its_own(clause_gap) if fact.unit is None else None
    if own_phrase is not None:
        # "cost 850,000 pounds and brings the number of children covered to 5,400": children, no pounds
        kept = subjects.acceptable(fact.subject)
        return fact if kept is not None else _with(fact, subject=subjects.acceptable(own_phrase))
    if (
        previous.unit in _PERCENTS
        and fact.unit is None
        and (
            previous.change is not None
            or _scaled(fact.surface)
            or abs(fact.value or fact.high or 0.0) > _MAX_CARRIED_PERCENT
        )
    ):
        return fact  # "rose 4.8 pct to 6.11 billion": a percent never has a scale word
    if (
        previous.unit in _PERCENTS
        and fact.unit is None
        and _TO_END.search(gap)
        and not _FROM_END.search(text[max(0, previous.start - 12) : previous.start])
    ):
        return fact  # "were off 20.7 pct to 286,771": a change, then a level of something else
    if (
        fact.unit is None
        and fact.kind == "count"
        and subjects.acceptable(fact.subject) is None
        and not (fact.surface.isalpha() and _COUNT_OF_FIGURES.match(text, fact.end) is not None)
    ):
        fact = _with(fact, unit=previous.unit, kind=previous.kind, si_value=None, si_unit=None)
        if previous.si_unit is not None and fact.value is not None and previous.value:
            ratio = (previous.si_value or 0.0) / previous.value
            fact = _with(fact, si_value=fact.value * ratio, si_unit=previous.si_unit)
    if fact.unit == previous.unit and subjects.acceptable(fact.subject) is None:
        purpose = _own_purpose(text, previous, fact, len(text))
        if purpose is not None:
            return _with(fact, subject=purpose)  # "$1.2bn for schools, $800m for hospitals": hospitals
    if (
        fact.unit == previous.unit
        and subjects.acceptable(fact.subject) is None
        and not new_subject
        and (not new_verb or subjects.gap_object(clause_gap) is None)
    ):
        # "held its policy rate at 6.5% and cut its growth forecast to 5.8%": a verb of the gap that
        # sets an object of its own gives the second figure that object, not the first one's subject
        fact = _with(fact, subject=previous.subject)
    return fact


_REPORTED_PARTICIPLES = frozenset(
    {
        "estimated",
        "forecast",
        "forecasted",
        "reported",
        "recorded",
        "registered",
        "indicated",
        "projected",
        "expected",
        "predicted",
        "planned",
        "budgeted",
        "targeted",
        "issued",
        "agreed",
        "exported",
        "imported",
        "shipped",
        "produced",
    }
)
"""Participles read after an old value as if they were its noun ("from 637,800 estimated at the end of
December", "versus 10.8 mln exported last week"): the figure is still its partner's quantity."""
_COMPARED_END = re.compile(
    r"(?i)\b(?:from|vs\.?|versus|against|compared\s+with|compared\s+to)\s+(?:the\s+|an?\s+)?$"
)
"""A gap ending in the word that introduces an old value or comparison."""

_COUNT_OF_FIGURES = re.compile(rf"(?i)\s+(?:of\s+)?(?:\d|(?:{NUMBER_WORD})\b)")
"""A number word that counts things another figure describes takes no unit from its partner: "three
parcels of 120,000 tonnes each and four of 30,000 tonnes", "490 dlrs and four three year warrants"
(a figure in digits goes on: "4.7 billion one year earlier", "11-1/4 11 pct")."""


_MAJOR_OF = {
    "US cent": "US dollar",
    "Canadian cent": "Canadian dollar",
    "Australian cent": "Australian dollar",
    "New Zealand cent": "New Zealand dollar",
    "Hong Kong cent": "Hong Kong dollar",
    "Singapore cent": "Singapore dollar",
    "South African cent": "rand",
    "pence": "pound sterling",
}
"""The major unit of each minor one: the level after "up 30 cents to" is in it when it has decimals."""
_MAJOR_QUOTE = re.compile(r"^\d{1,3}(?:,\d{3})*\.\d\d$")
"""A bare level with two decimals: wire style writes a dollar or pound price so ("to 9.85"); a level in
cents or pence is written whole ("to 312p", "to 985 cents") or with one decimal at most."""
_WORLD_PRICE = patterns.led_by(
    "BCGNOPSWgps", r"\b(?:Brent|WTI|Nymex|NYMEX|Comex|COMEX|OPEC|[Gg]old|[Ss]ilver|[Pp]latinum)\b"
)
"""A world benchmark, priced in US dollars wherever the story is datelined."""
_TRAFFIC_UNIT = re.compile(
    r"(?i)\b(?P<what>revenue passenger|available seat)[- ]"
    r"(?P<per>miles|kilometres|kilometers|km)\b"
)
"""Airline traffic measures, whose name is their unit ("revenue passenger mile", "available seat mile")."""
_VS_LINE = re.compile(r"(?P<label>[A-Z][A-Za-z'&/-]*(?:\s+(?:and\s+)?[a-z][a-z'/-]+){0,4})\s+")
"""A results line opening on a label the row table lacks, its figure then "vs": "Trading profit 1.51
billion vs 1.29 billion", "Incoming orders 2.92 billion marks vs 2.86 billion"."""
_VS_FIGURE = re.compile(r"\s+vs\.?\s+(?:nil\b|same\b|[\d$(-])")
"""The figure a results line compares with: a number, "nil" or "same", not a switched label ("vs loss")."""
_MAX_VS_LINE = 90
_COLUMNS_ROW = re.compile(
    r"(?P<label>[A-Z][A-Za-z'&/-]*(?:\s+[A-Za-z][A-Za-z'&/-]*){0,3})(?:\s+(?:[(-]?\d[\d.,/-]*\)?|nil|-+))+\s*"
)
"""A table row: a label, then only figures in columns ("Production 0.35 0.35 0.39 0.39", "Maize 48.3
(107.7)")."""
_PARTICIPLE_LABEL = re.compile(r"(?P<first>[A-Z][a-z]+)(?:(?<=ed)\s|\s+[A-Z][A-Za-z]*\s+[(-]?\d)")
"""A line opening on a title-case word in -ed, or on a word then a capitalised one before a figure: a cheap
pre-check for a table row whose label reads as a verb ("Harvested", "Feed", "Start Stcks", "Total Use")."""
_COUNT_OF_WHOLE = re.compile(
    r"\s+of\s+(?:\d[\d,]*|" + NUMBER_WORD + r")\s+(?!(?:mln|bln|million|billion|trillion|thousand|hundred)\b)"
    r"(?P<np>(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s)\b"
    r"(?!\s+(?:of|each)\b)"
)
"""A bare count of a counted whole: "six of 20 fighters", "Five of nine indicators" (not "four of 30,000
tonnes each")."""
_SUM_OF_SECURITIES = re.compile(
    r"\s+of\s+(?:(?:its|the|their|such|new|outstanding)\s+)?"
    r"(?:(?:[\d.,/-]+\s*(?:pct|percent|per\s+cent|%)|\d[\d.,/]*(?:-[a-z]+)+|[\d.,/-]+-(?:year|month|day))\s+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,4}?(?:bonds|notes|debentures|bills|securities|paper|certificates|"
    r"CDs|warrants|eurobonds|preferred\s+stock|common\s+stock|debt))\b"
)
"""A sum "of" securities, past a coupon or a tenor that breaks the plain noun phrase: "75 mln dlrs of 10
pct debentures", "50 billion yen of 10-year government bonds", "600 mln dlrs of such notes"."""
_COLUMN_GAP = re.compile(r"[\s()]*")
"""What stands between two columns of a row: spaces, a bracket."""
_NOT_LABEL_WORDS = frozenset(
    ["vs", "includes", "excludes", "include", "exclude", "including", "excluding", "was", "were", "leaving",
     "att", "shr", "after", "before", "less", "net", "to", "in", "on", "from", "for", "at", "by", "with"]
)  # fmt: skip
"""Words that make the opening of a line a sentence or a switched row, not a row label, or that put a
tail after its head word ("Profit after tax", "Turnover net of duties") which the head rules would take."""
_OPENING_AT = re.compile(
    r"\s*(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}),\s+at\s+"
    r"(?:(?:" + HEDGE + r"|a\s+record)\s+)?"
)
"""A sentence opening on its subject and the figure in apposition: "Soybean planted acreage, at 56.9 mln
acres, would be the smallest", "Exports, at 1.2 mln tonnes, were"."""
_FOR_ONE = re.compile(r"(?i)\s+(?:(?:paid|spent)\s+)?for\s+(?:a|an|each|every|one|[\d,]+)\s+(?=[a-z])")
"""A sum for one thing or a counted lot: "26,000 dlrs for a mainframe licence", "200 dlrs for each
terminal", "the 4.2 billion dlrs paid for 621 leases"."""


def _sum_for_one(text: str, fact: Fact, sentence_start: int) -> Fact:
    """What a sum with no noun of its own pays for, named after "for a", "for each" or "paid for N"."""
    found = _FOR_ONE.match(text, fact.end)
    if found is None:
        return fact
    hi = sentence_start + len(fact.sentence)
    thing = subjects.acceptable(subjects.subject_after(text, found.end(), hi, measured=False))
    return fact if thing is None else _with(fact, subject=thing)


_TRAFFIC_CUT = re.compile(r"(?i)\b(?:revenue passenger|available seat)$")
_TRAFFIC_TO = re.compile(r"\s+to\s+(?:" + HEDGE + r"\s+)?")


def _traffic_named(text: str, fact: Fact, sentence_start: int, previous: Fact | None) -> Fact:
    """Airline traffic named whole: "with available seat miles up 5.3 pct to 51.8 mln" measures the
    seat miles (a clause read may stop before "miles", as before a distance), and the level the
    change reached measures them too."""
    subject = fact.subject or ""
    if _TRAFFIC_CUT.search(subject):
        whole = re.search(re.escape(subject) + r"[- ](?:miles|kilometres|kilometers|km)\b", fact.sentence)
        return fact if whole is None else _with(fact, subject=whole.group())
    if (
        previous is not None
        and not subject
        and fact.unit is None
        and fact.kind == "count"
        and previous.unit in _PERCENTS
        and _TRAFFIC_UNIT.search(previous.subject or "")
        and _TRAFFIC_TO.fullmatch(text, previous.end, fact.start)
    ):
        return _measured_by_kind(text, _with(fact, subject=previous.subject), sentence_start)
    return fact


_NOMINAL = re.compile(r"(?i)\s+(?:nominal|par\s+value|face\s+value)\b")
_PLACE_OWNS = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")
"""A place's possessive opening a name: "Japan's Nikkei", "Britain's Cable and Wireless"."""


_BOUGHT_FOR = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|"
    r"take\s+over|takes\s+over|took\s+over)\s+(?!by\b)(?P<what>[^,;]{1,80}?)\s+for\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than)\s+)?$"
)
"""A price paid for what a buyer takes: "Aviva agreed to buy Direct Line for 3.7 billion pounds"."""
_PRICE_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout)\s+of\s+(?P<what>[^,;]{1,60})"
)
"""A price named before the deal it pays for: "its $36 billion purchase of Pringles maker Kellanova"."""


_BASED = re.compile(r"^[\w.-]+-based\s+")
_DEAL_PHRASE_END = re.compile(r"\s(?:of|from|in|by|for|on|at|to|with|and|out|after|that|which)\s")


def _deal_target(fact: Fact, names: list[entities.Name], sentence_start: int) -> str | None:
    """The company a deal's price is paid for, not the buyer the clause opens on: "Aviva agreed to
    buy Direct Line for 3.7 billion pounds", "Mars won approval for its $36 billion purchase of
    Kellanova": the target, whose price it is. The last name of what is bought (after its trade:
    "crypto options exchange Deribit"); none when what is bought names no company ("buy a stake")."""
    position = fact.start - sentence_start
    end = fact.end - sentence_start
    bought = _BOUGHT_FOR.search(fact.sentence, max(0, position - 120), position)
    if bought is not None:
        low, high = bought.start("what"), bought.end("what")
        cut = _DEAL_PHRASE_END.search(fact.sentence, low, high)
        high = high if cut is None else cut.start()  # "the Popsicle division of Sara Lee": the division
    else:
        priced = _PRICE_OF.match(fact.sentence, end)
        if priced is None:
            return None
        low, high = priced.start("what"), priced.end("what")
        cut = _DEAL_PHRASE_END.search(fact.sentence, low, high)
        high = high if cut is None else cut.start()
    found = None
    for name in names:
        if low <= name.start < high and not name.is_place and not name.is_source:
            found = name  # the last: "crypto options exchange Deribit", "Pringles maker Kellanova"
    if found is None or "'" in found.text or "’" in found.text:
        return None
    at = fact.sentence.find(found.text, found.start)
    if (
        at <= 0
        or not (fact.sentence[at - 1].isspace() or fact.sentence[at - 1] in "<(")  # "KVIL AM/FM": no name
        or fact.sentence[at + len(found.text) : high].strip(" >).,;") != ""
    ):
        return None  # "three Boeing passenger planes for", "Sun Chemical's arts group for": no company bought
    return _BASED.sub("", found.text) or None  # "Toronto-based McGuinness Distillers Ltd": the name


_MINISTER_OF = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s+(?:(?:[Ff]inance|[Ee]conomy|[Bb]udget|[Tt]reasury|[Ff]oreign|"
    r"[Dd]efence|[Dd]efense|[Ee]nergy|[Tt]rade|[Pp]rime|[Hh]ealth|[Ee]ducation|[Tt]ransport)\s+)?[Mm]inister\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}$"
)
"""A minister named with the country he speaks for: "Brazilian Finance Minister Fernando Haddad"."""


_MINISTER_SAID = re.compile(
    r"[Mm]inister\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3})(?:said|says|told|expects|estimated|forecast)\b"
)


def _minister_country(sentence: str, about: str | None, position: int) -> str | None:
    """The country a minister's figure is about, not the minister ("Brazilian Finance Minister Fernando
    Haddad said the government expects a surplus of 0.25% of GDP": Brazil), when a demonym or a
    place's possessive stands before the title. A figure about nothing takes it when the minister
    speaks before it ("Chilean Finance Minister Mario Marcel said the deficit would narrow to 1.9%")."""
    if about is None:
        said = _MINISTER_SAID.search(sentence, 0, position)
        at = -1 if said is None else said.start("name")
    else:
        at = sentence.find(about)
    if at <= 0:
        return None
    found = _MINISTER_OF.search(sentence, max(0, at - 80), at)
    if found is None:
        return None
    owner = found.group("owner")
    country = COUNTRY_DEMONYMS.get(owner.upper())
    if country is None and gazetteer.is_place(owner):
        country = owner
    return country


def _named_alone(rest: str, about: str, text: str) -> bool:
    """Whether the story names ``rest`` without the owner's possessive too: a unit of its own
    ("Waymo said"), not the second half of a name whose "'s" is its own ("Hudson's Bay")."""
    pattern = re.escape(rest)
    if re.search(r"[A-Z][\w.&-]*\s+" + pattern + r"\b", text) is not None:
        return False  # "Hughes Tool", "analyst Mark Brusca": part of a longer name, or a person's
    alone = r"(?<![A-Za-z]\s)\b" + pattern + r"\b(?!\s+[A-Z])"
    return re.search(alone, text.replace(about, "")) is not None


def _unplaced(about: str, text: str = "") -> str:
    """``about`` without the place that only locates it: "Japan's Nikkei" -> "Nikkei", "Britain's Cable
    and Wireless" -> "Cable and Wireless" (the place is ``place``). A demonym stays: "Swiss franc"."""
    owned = _PLACE_OWNS.match(about)
    if owned is None:
        return about
    if gazetteer.is_place(owned.group("owner")):
        return about[owned.end() :]
    rest = about[owned.end() :]
    if (
        _CORPORATE_IN.search(owned.group("owner")) is not None
        and _CORPORATE_IN.search(rest) is None
        and _NOT_OWNED.search(rest) is None
        and rest.upper() not in DEMONYMS  # "Commercial Union's Dutch insurance unit": no name
    ):
        return rest  # "USX Corp's USS", "Exxon Corp's Exxon U.S.A.": the owned name is the entity
    if (
        _OWNED_UNIT.fullmatch(rest) is not None
        and _NOT_OWNED.search(rest) is None
        and not entities.demonym(rest.split()[0])
        and (rest.isupper() or _named_alone(rest, about, text))
    ):
        return rest  # "Tata Motors' JLR", "Alphabet's Waymo ... Waymo said": the owned unit is the entity
    return about  # "Hudson's Bay Co", "Moody's Investors Service": the owner's 's is the name's own


_OWNED_UNIT = re.compile(
    r"[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2}(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bBank)(?<!\bService)"
    r"(?<!\bServices)(?<!\bRegister)(?<!\bInvestors)(?<!\bGroup)(?<!\bLtd)(?<!\bplc)"
)
"""A unit a company's possessive owns ("Berkshire Hathaway's BNSF"): up to three capitalised words, not
a name whose own "'s" the owner's part is ("Hudson's Bay Co", "Sainsbury's Bank", "Lloyd's Register")."""
_NOT_OWNED = re.compile(
    r"\b(?:Branch|Division|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
"""What an owner's possessive does not give up: its branch or division ("Rafidain Bank's Jordan
Branch"), a month ("OPEC's December output")."""
_CORPORATE_IN = re.compile(
    r"\b(?:" + patterns.CORPORATE_WORDS + r"|Investors|Analytics|LLC|Inc\.|Corp\.)(?:\b|$)"
)


_PERSON_OWNS = re.compile(
    r"(?!The\s)(?P<owner>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+)['’]s\s+"
    r"(?P<owned>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*)+)"
)
"""A name of two words or more owned by a person's full name, which is what the figure is about:
"Taylor Swift's Eras Tour", "Alan Bond's Bond Corp Holdings Ltd" (a one-word owner is often the
name itself: "Domino's Pizza"; a one-word owned name is often a person: "Morgan Grenfell's Bell")."""
_CORPORATE_WORD = re.compile(r"\b(?:" + patterns.CORPORATE_WORDS + r")\b")
"""A corporate word anywhere in the name: a company owns a unit ("Chrysler Corp's Chrysler Motors"),
which the story's company rules settle."""
_NAMED_OWNER = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+[a-z]")
"""A proper name that owns the measure a subject names: "Chrysler's earnings", "IBM's profit"."""
_DETERMINER = re.compile(r"(?i)^(?:the|its|their)\s+")
_WORTH_AFTER = re.compile(r"(?i)[^,\d;]{0,40},\s+worth\s+(?:" + HEDGE + r"\s+)?")
"""", worth about £2,000" after a figure: the worth of what that figure measures ("a 4.3% pay rise")."""
_FRONTED_AT = re.compile(r"\s*[\"'‘“]?At\s+(?:(?:" + HEDGE + r"|just|only)\s+)?")
_FRONTED_SUBJECT = re.compile(
    r"\s*,\s+(?:(?:the|its|their|this)\s+)?(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+"
    r"(?:is|was|are|were|remains|remained|stands|stood|becomes|became|will|would|has|had|makes|made)\b"
)
"""A figure fronted by "At" measures the subject of the clause after its comma: "At 8,849 metres, Everest
is the highest peak", "At $4.1bn, the deal is the largest"."""
_BRACKETED_AFTER = re.compile(r"(?<![\w'’-])(?P<noun>[a-z][a-z-]{2,})\s*\(\s*(?:" + HEDGE + r"\s+)?$")
_OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_ENDS_A_PHRASE = re.compile(r"\s*(?:[,.;:]|$|(?P<word>[a-z]+)\b)")
"""A figure alone in brackets right after a noun restates what that noun measures: "debt (about €900m)"."""
_FIGURE_BEFORE = re.compile(
    r"\d[\d,.]*(?:\s*(?:million|billion|trillion|thousand|mln|bn|m|k))?\s+$", re.IGNORECASE
)
"""A figure right before a noun: what is bracketed after "50 million soles" restates that figure."""
_TABLE_VALUE_WORDS = frozenset(["nil", "none", "zero", "same", "unchanged", "vs", "na", "neg", "nm"])
"""Words a wire table writes in place of a figure ("maize nil (312)"): no noun a bracketed figure restates."""
_IN_BRACKETS = re.compile(r"\s*\(\s*(?:" + HEDGE + r"\s+)?")
"""A sum restated in another currency in brackets right after the first: "£1.5bn ($1.9bn)"."""
_RISING_TO = re.compile(
    r"(?i)\s*,\s+(?:potentially\s+)?(?:rising|climbing|increasing|going\s+up)\s+to\s+"
    r"(?:(?:" + HEDGE + r"|as\s+much\s+as)\s+)?"
)
"""A sum that may grow to a second: "a fee of £62.5m, rising to £71m with add-ons"."""
_FRONTED_PLACE = re.compile(r"In\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*,")
"""A place that frames the whole sentence: "In Greece, temperatures reached 44C"."""
_COMMON_OWNER = re.compile(r"(?:the\s+)?(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s\s")
"""A common noun in the possessive that opens a subject: "company's revenue", "the city council's budget"."""
_DEFINITE_OWNER = re.compile(r"\b[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?['’]s\s")
_THE_CITY_OWN = re.compile(r"(?i)the\s+(?:city|capital)")
_IN_THE_CITY = re.compile(r"(?i)\bin\s+the\s+(?:city|capital)\b(?!-)")
"""The dateline city, named as "the city" or "the capital" by the figure's phrase or its clause's."""
_ECONOMY = re.compile(r"(?i)(?:\beconomy|\bgross\s+(?:domestic|national)\s+product|\bG[DN]P)$")
"""What grows at a growth rate: an economy or its product ("the German economy shrank 0.3%")."""
_COUNTED_IN = re.compile(
    r"(?:(?P<fled>(?:\s+[a-z][\w-]*)?\s+(?:to\s+(?:flee|evacuate)(?:\s+(?:their|the)\s+[a-z][\w-]*)?|"
    r"(?:to\s+(?:leave|abandon|flee|evacuate)\s+|from\s+)(?:their|the)\s+(?:homes?|houses?|villages?|towns?)))"
    r"|(?:\s+[a-z][\w-]*){0,2})"
    r"(?P<venue>\s+(?:at|on|inside|outside)\s+(?:a|an|the)(?:\s+[a-z][\w-]*){1,3}?)?"
    r"\s+(?P<prep>in|near)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|coastal|rural)\s+)?(?P<place>[A-Z])"
)
"""A place right after a counted noun: "2,124 deaths in Spain", "4,500 peacekeepers in South Sudan",
"23 people in southern Mexico" (a compass or coastal word only narrows the place); "near" only for a
casualty ("destroyed 300 homes near Paradise"); people driven from their homes, with a longer gap:
"forced 800,000 people to flee their homes in Bangladesh's coastal areas"; a venue between them only
for a casualty ("killed five people at a shopping centre in Sydney")."""
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s")
_THE_NOUN = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z][a-z-]+)\b(?!\s+of\b)")


def _its_owner(before: str) -> str | None:
    """The definite thing "its" stands for in "N% of its ...": the last "the X" before the figure."""
    found = [m.group("noun") for m in _THE_NOUN.finditer(before)]
    nouns = [noun for noun in found if not entities.measure_word(noun)]
    return nouns[-1] if nouns else None


_EURO_ZONE = re.compile(
    r"(?:(?:Overall|Annual|Monthly|Headline|Core)\s+)?(?P<zone>[Ee]uro[ -]?(?:zone|area)|Eurozone)"
    r"(?=\s+(?:[a-z][\w-]*|GDP|CPI|PMI)\b)"
    r"|(?:[A-Z][a-z]+)(?:\s+[a-z][\w-]*)?\s+in\s+the\s+(?P<zone2>euro[ -]?(?:zone|area)|eurozone)\b"
)
"""A sentence that opens on a measure of the currency bloc, a region no gazetteer lists as a place:
"Euro zone inflation slowed to 2.2%", "Inflation in the euro area eased"."""
_DEAL_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&))*"
_BUYS_FOR = re.compile(
    r"(?P<buyer>"
    + _DEAL_NAME
    + r")(?:\s+(?:on|late|early)\s+\w+)?\s+(?:has\s+|said\s+(?:on\s+\w+\s+)?it\s+)?"
    r"(?:agreed|agrees|plans|is\s+to|will|would|offered|offers|is\s+set\s+to)\s+(?:to\s+)?"
    r"(?:buy|acquire|purchase|take\s+over)\s+(?:rival\s+|peer\s+)?(?P<target>" + _DEAL_NAME + r")"
    r"\s+for\s+(?:about|around|roughly|nearly|some|almost|up\s+to)?\s*$"
)
"""A buyer that agrees to buy a named target for a price: the price is the buyer's (the deal it
makes), not the target's: "Pfizer agreed to acquire Seagen for $43 billion", "Broadcom said it would
purchase VMware for $61 billion"."""
_UNKNOWN_PERSON = re.compile(r"(?i)(?:\ban?\s+(?:[a-z-]+\s*,\s+)?|\b[a-z]+s\s+aged\s+(?:over\s+|under\s+)?)$")
_DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_APPOSED_AGE = re.compile(
    r"(?:(?P<prep>\b(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Nn]ear|[Bb]y|[Ss]ince|[Dd]uring|[Aa]fter|[Bb]efore)\s+)?"
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})|\b[Tt]he\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?))"
    r",\s+an?\s+$"
)
"""A person or a definite noun that an age's indefinite phrase stands in apposition to: "Daniel Price, a
41-year-old teacher", "The defendant, a 29-year-old driver"."""
_MONTH_OR_DAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Today|Yesterday|Meanwhile|However|Separately"
)
_BARE_AGE = re.compile(r"(?i)the\s+\d{1,3}-year-old")
"""An age that names no noun: "The 22-year-old has signed"."""


def _last_person(before: str) -> str | None:
    """The last person (two or more capitalised words, no body) the text before a sentence names."""
    if not before:
        return None
    people = [name.text for name in entities.names_in(before[-600:]) if entities.person_name(name)]
    return people[-1] if people else None


_GOOD_PRICES = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:global|world|wholesale|retail|spot)\s+)?(?:(?P<variety>[a-z]+)\s+)?(?P<good>[a-z]+)"
    r"\s+prices?$"
)
_GOODS = kinds.TRADED | frozenset(
    ["gas", "petrol", "gasoline", "diesel", "wheat", "corn", "maize", "rice", "coffee", "cocoa", "sugar",
     "cotton", "soybean", "soybeans", "iron", "lithium", "uranium", "electricity", "power", "energy", "food",
     "fuel"]
)  # fmt: skip
_FUTURES = re.compile(r"(?i)^(?:the\s+)?(?P<what>\w.{1,40}?)\s+futures$")
_BID_OFFER = re.compile(r"\d\.\d+/\d")
"""A two-way quote's bid and offer ("6.0640/70"), never a fraction ("1-1/2 to 2 dlrs a share")."""
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s+and)\s+")
_CONVERTED_GAP = re.compile(r"(?i)\s*[(\[]\s*(?:(?:" + HEDGE + r"|or|equivalent\s+to)\s+)?")
"""Between a sum and its conversion into another currency in brackets: " (", " (about "."""
_CHANGE_OF = re.compile(r"(?i)(?:,|\b(?:up|down|or|following|after))\s+(?:(?:" + HEDGE + r"|an?|by)\s+)?$")


_OWN_NUMBER = re.compile(r"(?i)\bthe\s+(?:total\s+)?number\s+of\s+(?P<object>[a-z][^\d;,]{0,50}?)\s+to\s+$")
_OWN_OBJECT = re.compile(
    r"(?i)\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking|lift|lifts|"
    r"lifted|lifting|push|pushes|pushed|pushing|boost|boosts|boosted|boosting|swell|swells|swelled|swelling)\s+"
    r"(?:(?:the|its|their|his|her|our|total)\s+)?(?P<object>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})\s+to\s+$"
)
_SAME_QUANTITY = frozenset({
    "total", "sum", "amount", "figure", "tally", "price", "prices", "cost", "costs", "bill",
    "value", "budget", "spending", "offer", "bid", "dividend", "payout", "rate", "level", "it",
    "them", "this", "that",
})  # fmt: skip
"""Objects that are the partner's own quantity again ("bringing the total to 2 mln"): they keep its unit."""
_MEASURED_HEADS = frozenset({
    "reserve", "deficit", "surplus", "debt", "revenue", "sales", "income", "profit", "earnings",
    "capital", "asset", "liability", "fund", "borrowing", "savings", "deposit", "loss", "turnover",
    "export", "import", "output", "production", "stock", "supply", "inventory", "investment",
})  # fmt: skip
"""Heads of amounts that a unit measures ("2.5 billion marks, bringing net monetary reserves to 84.5
billion"): an object so named is another amount in the partner's unit, not a count."""
_CLAUSE_START = frozenset(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"])


def _names_its_own(gap: str) -> str | None:
    """The noun phrase of a figure that the gap names before "to" ("the number of children covered
    to" -> "children", "brings its mines to" -> "mines"), or None.

    Such a figure is no end of its partner's change and takes none of its unit.
    """
    found = _OWN_NUMBER.search(gap) or _OWN_OBJECT.search(gap)
    if found is None:
        return None
    words = found.group("object").split()
    for index, word in enumerate(words[1:], 1):
        if word.lower() in _CLAUSE_START:
            words = words[:index]  # "the number of shares he is seeking": the shares
            break
    if any(word.lower() in _SAME_QUANTITY or word.lower() in ("from", "by") for word in words):
        return None
    while len(words) > 1 and words[-1].lower().endswith("ed"):
        words.pop()  # "children covered", "nurses trained": the participle says which, the noun is counted
    phrase = " ".join(words)
    return None if heads.head_of(phrase) in _MEASURED_HEADS else phrase


_COUNT_PARTNER = re.compile(
    r"(?i)^[^\d;,]{0,30}?\b(?:out\s+of|of|from|to|vs\.?|versus|against|compared\s+with)\s+"
    r"(?:(?:" + HEDGE + r"|fewer\s+than|a\s+revised|(?:a|the)\s+current)\s+)?$"
)
_COUNT_CHANGE = re.compile(r"(?i),\s+(?:up|down)\s+(?:by\s+|from\s+)?(?:" + HEDGE + r"\s+)?$")
"""A bare count that changes the count before it, or its old level: "..., up 7 million from a year
earlier", "481 measles cases, up from 422"."""
_COMPARED_COUNT = re.compile(r"(?i)\s+(?:more|less|fewer|higher|lower)\s+than\b")
_EXPECTED_GAP = re.compile(
    r"(?i),\s+[^\d;,]{0,40}?\b(?:targets?|forecasts?|estimates?|expectations?|goals?|guidance|consensus)\s+"
    r"of\s+(?:" + HEDGE + r"\s+)?$"
)
"""A target or forecast of a bare count after a count: "delivered 766 aircraft, short of its target of
about 800" (the target is of aircraft too)."""
_FORECAST_HEADS = frozenset(["forecast", "expectation", "consensus", "projection", "prediction"])
"""What analysts expect of a figure before it, the same quantity (not a target, which is set)."""
_ANALYSTS = re.compile(r"(?i)\b(?:analysts?['’]?|consensus|market|average)\s")


def _forecast_of_it(fact: Fact, gap: str) -> bool:
    """Whether a figure apposed after another is a forecast of the same thing (", beating analyst
    forecasts of", ", ahead of a consensus estimate of"), not an estimate of its own ("its low
    estimate of $28 million": an auction's estimate)."""
    head = heads.head_of(fact.subject)
    if head not in _FORECAST_HEADS and head != "estimate":
        return False
    found = _EXPECTED_GAP.search(gap)
    return found is not None and (head != "estimate" or _ANALYSTS.search(found.group()) is not None)


_MAGNITUDE_BEFORE = re.compile(r"(?i)\bmagnitude(?:\s+of)?\s+$")
_QUAKE = patterns.led_by("aeqt", r"(?i)\b(?:earthquake|quake|tremor|aftershock)\b")
_OF_A_POINT = re.compile(r"(?i)\s+(?:of\s+)?an?\s+(?P<pct>percentage\s+)?point\b")
_TO_END = re.compile(r"(?i)\bto\s+$")
_FROM_END = re.compile(r"(?i)\bfrom\s+$")
_BACK_GAP = re.compile(r"\s*(?:and|to|from|vs\.?|versus|-|–)\s*$", re.IGNORECASE)
_LIST_COMMA = re.compile(r",\s*")
_LIST_END = re.compile(r",?\s*(?:and|or)\s+")
_LIST_RANGE = re.compile(r"\d\s+(?:or|and)\s+\d")


def _listed_on(text: str, facts: list[Fact], index: int) -> bool:
    """True when the figure at ``index`` goes on a list that a comma before it opened: "18, 19 or 20
    inch", "5, 10 and 15 pct": it is itself a two-figure range ("19 or 20 inch"), or the next figure,
    in the same unit, follows it after "and"/"or" (or another comma)."""
    fact = facts[index]
    if _LIST_RANGE.search(fact.surface):
        return True
    if index + 1 >= len(facts):
        return False
    following = facts[index + 1]
    return (
        following.sentence_index == fact.sentence_index
        and following.unit == fact.unit
        and (
            _LIST_END.fullmatch(text, fact.end, following.start) is not None
            or _LIST_COMMA.fullmatch(text, fact.end, following.start) is not None
        )
    )


_OLDEST = 130.0
"""Above this a bare figure named an age ("the age of 1,200 trees") is no age in years."""
_MAX_CARRIED_PERCENT = 1000.0
"""A figure above this never takes a percent from its partner ("699,800 or 9.1 pct of the workforce")."""


def _partners_before(text: str, facts: list[Fact]) -> list[Fact]:
    """A bare figure takes the unit written after its partner.

    "7.75 and 7.25 pct", "3.6 mln vs 735,000 stg": the unit is written once, on the second.
    Only a unit the text wrote is lent (no chains), and a percent never goes to a
    figure with a scale word ("923.2 mln from 743.8 mln and 18.5 pct").
    """
    out = list(facts)
    for index in reversed(range(len(facts) - 1)):
        fact, following = facts[index], out[index + 1]
        if fact.sentence_index != following.sentence_index or fact.unit is not None:
            continue
        listed = (
            following.unit is not None
            and _LIST_COMMA.fullmatch(text, fact.end, following.start) is not None
            and _listed_on(text, out, index + 1)
        )
        if not listed and facts[index + 1].unit is None and following.unit is not None:
            continue  # only a unit the text wrote is lent, save along a list
        if following.unit is None:
            if (
                fact.kind == following.kind == "count"
                and fact.subject is None
                and following.subject is not None
                and _BACK_GAP.fullmatch(text, fact.end, following.start) is not None
            ):
                out[index] = _with(fact, subject=following.subject)  # "to 4,922 from 12,861 cars"
            continue
        if fact.kind != "count" or following.kind in _NOT_CARRIED:
            continue
        if fact.subject is not None and not listed:
            continue
        if 0 < (fact.value or 0.0) < 1 and not any(char.isdigit() for char in fact.surface):
            continue  # "fell by a third to £12m": a fraction of the change, in no unit
        if following.unit in _PERCENTS and (
            _scaled(fact.surface) or abs(fact.value or fact.high or 0.0) > _MAX_CARRIED_PERCENT
        ):
            continue
        if not listed and _BACK_GAP.fullmatch(text, fact.end, following.start) is None:
            continue
        out[index] = _with(fact, unit=following.unit, kind=following.kind, subject=following.subject)
    return out


_COSTS = re.compile(
    r"(?i)(?<!\bit\s)(?<!\bthis\s)(?<!\bthey\s)(?<!\bwhat\s)\b(?:costs?|costing|retails?|retailing|sells?\s+for|selling\s+for|priced\s+at)\s+"
    r"(?:(?:" + HEDGE + r"|now|from|an?\s+extra)\s+)?$"
)
"""A verb that prices one thing: "a scratchcard that cost £5" ("It cost" may be anything)."""
_RECURRING = re.compile(r"(?i)\s+(?:(?:a|an|per|each)\s+(?:year|month|week)|annually|yearly)\b")
"""A sum due every period is a running cost, not a price: "will cost 850,000 pounds a year"."""
_CHANGE_NOUN_OF = re.compile(
    r"(?i)\b(?:rise|increase|gain|fall|drop|decline|jump|cut|reduction|decrease|dip|hike)s?\s+of\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
"""A change noun before a percent: "after increases of 2.0 pct in January" changes the earlier subject."""
_DIRECTION_OF = re.compile(
    r"(?i)\s+(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b|\s+(?:off|outside|away)\b"
)
"""A distance that locates ("30 miles north-east of Crete", "25km off the coast") measures nothing named."""
_CHANGE_NOUN_IN = re.compile(
    r"(?i)\s+(?:(?:annual|yearly|monthly|quarterly|year-on-year|sharp|steep|further|small|slight)\s+)?"
    r"(?:rise|increase|gain|fall|drop|decline|jump|cut|reduction|decrease|slump|climb|growth|surge|dip|"
    r"contraction|expansion|improvement|hike|boost|slide|rebound)s?\s+in\s+(?=[A-Za-z])"
)
"""A change noun after a percent or amount: "a 12% increase in online sales" measures the sales."""


_CHANGED_TO = re.compile(
    r"(?:[^,;:.()\d]|(?<!\d)(?:19|20)\d\d(?:/\d\d)?(?!\d)){1,60}?\s+to\s+"
    r"(?:(?:" + HEDGE + r"|a\s+record|a\s+total\s+of)\s+)?"
)
"""From the changed noun to the figure it reached: "in net profit to", "in orders to about", "in pre-tax
profits for 1986 to" (a year is no figure)."""


def _changed_to(text: str, fact: Fact, sentence_start: int, previous: Fact) -> Fact:
    """The noun a change noun names for the level it reached: "a 9.2% rise in net profit to Rs 7,410
    crore", "a 14% fall in net income to 2.3 billion francs": both figures measure the profit or
    income, as in "profit rose 9.2% to"; the level has no noun of its own, and the clause subject
    (the company reporting) is no measure of it. The gap from the change to the figure holds no
    figure, comma or bracket."""
    change = _CHANGE_NOUN_IN.match(text, previous.end)
    if change is None or not _CHANGED_TO.fullmatch(text, change.end(), fact.start):
        return fact
    hi = sentence_start + len(fact.sentence)
    found = subjects.acceptable(subjects.subject_after(text, change.end(), hi, measured=True))
    return fact if found is None else _with(fact, subject=found)


_SPACED_TO = re.compile(r"\sto\s")
"""The "to" every :data:`_CHANGED_TO` gap holds: a window without one needs no search for a change noun."""
_CHANGE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:rise|increase|gain|fall|drop|decline|jump|cut|reduction|decrease|slump|climb|growth|surge|"
    r"dip|contraction|expansion|improvement|hike|boost|slide|rebound)s?\s+in\s+(?:(?:19|20)\d\d(?:/\d\d)?\s+)?"
    r"(?=[A-Za-z])"
)


def _change_noun_to(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "forecast a decline in 1986/87 raws output to around 2.3 mln tonnes": a change noun with no
    figure of its own names what reached the level, as in "output declined to"."""
    lo = max(sentence_start, fact.start - 90)
    if _SPACED_TO.search(text, lo, fact.start) is None:
        return fact  # the common case: no "to" that _CHANGED_TO needs, so no change noun to read
    changes = list(_CHANGE_NOUN_BEFORE.finditer(text, lo, fact.start))
    if not changes or not _CHANGED_TO.fullmatch(text, changes[-1].end(), fact.start):
        return fact
    hi = sentence_start + len(fact.sentence)
    found = subjects.acceptable(subjects.subject_after(text, changes[-1].end(), hi, measured=True))
    return fact if found is None else _with(fact, subject=found)


def _change_subject(text: str, fact: Fact, sentence_start: int, earlier: str | None) -> str | None:
    """What "a 12% increase in online sales" measures; for "a 0.6% fall in February", the earlier subject."""
    change = _CHANGE_NOUN_IN.match(text, fact.end)
    if change is None:
        if (
            fact.unit not in _PERCENTS
            or " of " not in text[max(sentence_start, fact.start - 24) : fact.start]
            or not _CHANGE_NOUN_OF.search(text, max(sentence_start, fact.start - 40), fact.start)
        ):
            return None
    else:
        hi = sentence_start + len(fact.sentence)
        found = subjects.acceptable(subjects.subject_after(text, change.end(), hi, measured=True))
        if found is not None:
            return found
    if earlier is not None:
        return earlier  # "rose 0.6 pct in May, following a 0.4 pct rise in April"
    return subjects.acceptable(subjects.clause_subject(text, sentence_start, fact.start))


_TO_YIELD = re.compile(r"(?i)\b(?:to\s+yield|yielding|a\s+yield\s+of)\s+(?:(?:" + HEDGE + r"|an?)\s+)?$")
"""A percent a security yields ("priced to yield 130 basis points over Treasuries")."""
_PERIOD_MODIFIED = re.compile(r"(?i)(?:\s+[a-z]+){0,2}\s+period\b")
_SPAN_OF_TIME = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our)\s+(?:first|next|last|past|coming|previous|final|remaining|initial)\s+$"
)
"""A span of the calendar, not how long something lasts: "over the next three years", "its first 10 days"."""
_LASTS = re.compile(
    r"(?i)\b(?:last(?:s|ed|ing)?|t(?:ook|akes?|aking)|(?:[a-z]+(?:ed|t)|ran|runs?|went\s+on|stay(?:ed|s)?|"
    r"remain(?:ed|s)?)\s+for|over|in\s+(?:under|less\s+than))\s+$"
)
"""What a duration is the length of sits before these: "lasted nine hours", "burned for nine hours"."""
_FOR_OBJECT = re.compile(
    r"(?i)(?<![a-z])(?P<verb>[a-z]+)\s+(?:the|its|their|his|her)\s+(?P<object>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"\s+(?:for|in(?:\s+(?:under|less\s+than))?)\s+$"
)
"""A definite object just before "for"/"in": "represented the seat for 28 years", "completed the task in"."""
"""A length written as a modifier of "period" ("17-year period", "seven-year grace period")."""


_SPENDS = patterns.led_by(
    "abcdeimopstw",
    r"(?i)\b(?:spend(?:s|ing)?|spent|invest(?:s|ing|ed)?|set(?:s|ting)?\s+aside|allocat\w+|earmark\w*|"
    r"includ(?:es|ed|ing)|provid(?:es|ed|ing)|devot(?:es|ed|ing)|budget(?:s|ed|ing)|"
    r"pledg\w+|add(?:s|ing|ed)?|(?:to|will|would|could|must)\s+pay|pa(?:ys|id|ying)|ow(?:es|ed|ing)|owe)\b"
    r"(?:[^.;:]|\.(?=\d)){0,40}$",
)
_GRANTS = patterns.led_by(
    "acgpu",
    r"(?i)\b(?:approv(?:e|es|ed|ing)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|announc(?:e|es|ed|ing)|"
    r"promis(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|commit(?:s|ted|ting)?)\s+"
    r"(?:(?:" + HEDGE + r"|an?\s+(?:extra|further|additional))\s+)?$",
)
"""A verb that grants the sum right after it: what it is for follows "for" or "towards"."""
_SPENT_AFTER = re.compile(
    r"(?i)\s+(?:is|are|was|were|(?:will|would|could|must|should|has|have|had)\s+been|(?:will|would|could|must|should)\s+be)"
    r"\s+(?:(?:also|now|already|so\s+far|since)\s+)?(?:spent|invested|set\s+aside|allocated|earmarked|budgeted|pledged|"
    r"devoted|committed|raised(?=\s+(?:for|towards)\s))"
    r"(?:\s+(?:this|next|last)\s+(?:year|month|week|decade)|\s+(?:so\s+far|to\s+date|already))?(?=\s)"
)
"""A passive spending verb right after a sum (the participles of :data:`_SPENDS`, which reads the active
verb before the sum): "£2bn was spent on", "$30m has been raised for";
"raised" only before "for"/"towards" ("raised from investors" names who gave, not what for)."""
_PAID_FOR = re.compile(r"(?i)\s+(?:a\s+(?:year|week|month)\s+)?(?P<to>on|for|in|into|towards|to)\s+")
_PAID_WORD = re.compile(r"[a-z][a-z-]*")
_MEASURE_OF = re.compile(r"\d[\d,.]*\s*[A-Za-z%]*(?:\s+[a-z]+)?\s+of\s+")
"""An amount of the thing paid for, before it: "for 60MHz of spectrum", "for 2 million tonnes of wheat"."""
_ING_NOUN_END = re.compile(r"[,.;:)]|\s*$|(?:next|this|last|over|in|by|as|from|at|and|during|until)\b")
"""What may follow an -ing word that is the whole thing paid for, a noun ("spend €1.3bn on housing next
year", "on policing, and"), unlike a gerund that takes an object ("on building new schools")."""
_OBJECT_LEAD = r"(?:the|a|an|its|their|his|her|our|some|about|around|nearly|almost|up\s+to)"
"""What may open a verb's object before its noun or figure: a determiner or a hedge."""
_INFINITIVE_OBJECT = re.compile(r"[a-z]+\s+(?:" + _OBJECT_LEAD + r"\s+)?(?=\d|[a-z])")
"""A purpose verb after "to" and the start of its object: "to repair 120 roads", "to buy the land"."""
_OBJECT_RUNS_ON = re.compile(r"[A-Z]|(?:and|or|&)\s")
"""A verb's object read in part: it runs on into a name or a coordinated noun."""
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}(?=\s+[a-z])")
"""An acronym inside a verb's object: "to build a new PPC plant"."""
_INFINITIVE_LEAD = re.compile(r"[a-z]+\s+(?:" + _OBJECT_LEAD + r"\s|\d)")
"""A word after "to" followed by a determiner or a number: a verb, since a noun after "to" has its own."""
_COUNT_PAID = re.compile(r"\d[\d,]*\s+(?=[a-z])")
"""How many of the things paid for, before them: "on 12 extra jets", "for 40 new trains"."""
_NAMED_WORD = re.compile(r"[A-Z][\w&-]*(?:\.[A-Z]\b)*")
_PAID_ASIDE = re.compile(
    r"\s*\([^()]{1,30}\)|\s+(?:over|during|in)\s+the\s+(?:next|coming|past|last|first)\s+"
    r"(?:[a-z-]+\s+)?(?:years?|months?|weeks?|decades?)|\s+(?:this|next|last)\s+(?:year|month|week|decade)|\s+(?:a|per|each)\s+(?:year|month|week)"
)
"""Said between a sum and what it pays for: a restated sum "(£1.2bn)", a span "over the next three years"."""
_SPENDING_ON = patterns.led_by("abcdefghijklmnopqrstuvwxyz", r"[a-z]+ing\s+(?=[\w\"'‘“])")
_NOT_GERUND_WORDS = """
    during including according following regarding concerning excluding notwithstanding pending
    beginning starting amounting totalling totaling bringing taking making adding raising rising falling
    something nothing everything anything morning evening spring string thing king ring wing sing bring
    ceiling
"""
_NOT_GERUNDS = frozenset(_NOT_GERUND_WORDS.split())
"""-ing words after a sum that are no doing it pays for: "spent $2m including fees"."""
_SPEND_VERB = re.compile(r"(?i)\b(?:spen[dt]|invest)")
_A_NUMBER = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$"
)


def _paid_for(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum is spent on ("will invest $40bn in two plants" -> "two plants"), if anything.

    The labelling guide measures a sum that pays for something by the thing; a spending verb
    before the sum and "on", "for", "in" or "to" after it say which noun phrase that is. A verb
    after the preposition ("£1.5bn extending 5G coverage") is no thing and yields nothing.
    """
    if text.endswith(", or ", max(sentence_start, fact.start - 5), fact.start):
        return _spent_on_or(text, fact, sentence_start)
    spends: re.Match[str] | None = _SPENDS.search(text, max(sentence_start, fact.start - 48), fact.start)
    end = fact.end
    purpose_only = False
    if spends is None:
        # "approved A$45m for new ambulances", "announced £1bn towards flood defences": a verb that
        # grants a sum pays for what follows "for"/"towards" (after "to" stands who receives it)
        spends = _GRANTS.search(text, max(sentence_start, fact.start - 48), fact.start)
        purpose_only = spends is not None
    if spends is None:
        # "$30m was raised for the hospital", "Rs 500 crore has been allocated for the metro": the
        # passive puts the spending verb after the sum, and what it pays for after that verb
        spends = _SPENT_AFTER.match(text, end, sentence_start + len(fact.sentence))
        if spends is None:
            return None
        end = spends.end()
    if text.startswith(")", end) and text.endswith("(", max(sentence_start, fact.start - 2), fact.start):
        end += 1  # "pay ¥310bn ($2.1bn) for": the restated sum pays for the same thing
    for _ in range(2):  # "pay ¥310bn ($2.1bn) for", "invest €90m over the next three years in"
        aside = _PAID_ASIDE.match(text, end)
        if aside is None:
            break
        end = aside.end()
    gap = _PAID_FOR.match(text, end)
    if gap is None:
        return _spent_doing(text, end, spends.group())
    if purpose_only and gap.group("to").lower() not in ("for", "towards"):
        return None
    named = gap.group("to").lower() == "for"  # "pay $800m for the German software maker"
    words: list[str] = []
    position = gap.end()
    measure = _MEASURE_OF.match(text, position)
    if measure is not None:
        position = measure.end()  # "paying C$1.2bn for 60MHz of spectrum": the spectrum, not the amount of it
    infinitive = False
    if gap.group("to").lower() == "to" and measure is None:
        lead = _INFINITIVE_LEAD.match(text, position)
        if lead is not None and lead.group().split()[0] not in subjects.STOP_OR_PREPOSITION:
            # "set aside £3m to repair 120 roads": a sum for a purpose pays for the verb's object
            verb_object = _INFINITIVE_OBJECT.match(text, position)
            if verb_object is None:
                return None
            position = verb_object.end()
            infinitive = True
            measure = _MEASURE_OF.match(text, position)
            if measure is not None:
                return None  # "to resurface 25 miles of roads": a measure of work, no thing
    counted = _COUNT_PAID.match(text, position)
    if counted is not None:
        position = counted.end()  # "spend $1.1bn on 12 extra jets": the jets, however many
    while len(words) < 5:
        word = (
            _PAID_WORD.match(text, position)
            or (_NAMED_WORD.match(text, position) if named else None)
            or (_ACRONYM_WORD.match(text, position) if infinitive else None)
        )
        if word is None or (words and word.group() in subjects.STOP_OR_PREPOSITION):
            break
        words.append(word.group())
        position = word.end()
        if text.startswith(("'s ", "’s "), position):
            words.clear()  # "to a typical commuter's season ticket": the ticket
            position += 3
            continue
        if not text.startswith(" ", position):
            break
        position += 1
    if infinitive and (_OBJECT_RUNS_ON.match(text, position) or any(w.endswith("ing") for w in words)):
        return None  # "to replace the earthquake-damaged U.S. Embassy", "to upgrade its oil refining and"
    while len(words) > 1 and words[0] in subjects.DETERMINERS:
        words.pop(0)  # "a typical bill" -> "typical bill"; a number stays ("two plants")
    words = words[-4:]  # "a new gas turbine plant": four words after the article
    if not words or words[-1] in subjects.STOP_OR_PREPOSITION:
        return None
    if words[0].endswith("ing") and (len(words) > 1 or not _ING_NOUN_END.match(text, position)):
        return (
            None  # "on building new schools", "on extending 5G": a doing; "on housing next year": the housing
        )
    return subjects.acceptable(" ".join(words))  # "spent £2.4bn in the summer transfer window": a time


_SPENT_ON_OR = re.compile(
    r"(?i)\b(?:spen[dt]|spends|spending|invest(?:s|ed|ing)?)\b(?:[^.;:()]|\.(?=\d)){0,60}?\s(?:on|in|into)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+(?:this|next|last)\s+(?:year|month|week|decade))?,\s+or\s+$"
)
"""A share spent on something restated as a sum: "will spend 4.7% of its GDP on defence next year, or"."""


def _spent_on_or(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum restating a spent share pays for ("spend 2.1% of its GDP on housing, or €31bn")."""
    found = _SPENT_ON_OR.search(text, max(sentence_start, fact.start - 110), fact.start)
    words = found.group("np").split() if found is not None else []
    if not words or (len(words) > 1 and words[0].lower().endswith("ing")):
        return None  # "on improving its roads, or": a doing, not a thing
    return subjects.acceptable(" ".join(words))


def _spent_doing(text: str, end: int, verb: str) -> str | None:
    """What a sum spent on doing something pays for: the object of the doing ("will spend £1.5bn
    extending 5G coverage" -> "5G coverage"), or the doing itself when its object is a measure
    ("£4.2m resurfacing 38 miles of roads" -> "resurfacing")."""
    if not text.startswith(" ", end) or _SPEND_VERB.search(verb) is None:
        return None
    doing = _SPENDING_ON.match(text, end + 1)
    if doing is None:
        return None
    gerund = doing.group().split()[0].lower()
    if gerund in _NOT_GERUNDS or gerund in subjects.STOP_OR_PREPOSITION:
        return None
    words: list[str] = []
    position = doing.end()
    while len(words) < 4:
        word = _OBJECT_WORD.match(text, position)
        if word is None:
            break
        lower = word.group().lower()
        if lower in subjects.STOP_OR_PREPOSITION and not (not words and lower in subjects.DETERMINERS):
            break
        if not words and _A_NUMBER.match(lower):
            return gerund  # "resurfacing 38 miles of roads": the work, not the measure
        words.append(word.group())
        position = word.end()
        if not text.startswith(" ", position):
            break
        position += 1
    while words and words[0].lower() in subjects.DETERMINERS:
        words.pop(0)
    if not words or subjects.is_verb(words[-1]) or words[-1].lower().endswith("ly"):
        return None
    return subjects.acceptable(" ".join(words))


_RAISES = re.compile(r"(?i)\brais(?:e|es|ed|ing)\s+(?:" + HEDGE + r"\s+)?$")
_RAISED_BY = re.compile(
    r"(?i)\s+(?:via|through|in|from|with)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?P<np>(?:[\w-]+\s+){0,3}?(?P<head>offerings?|sales?|rounds?|issues?|placements?|placings?|"
    r"listings?|flotations?|IPOs?|auctions?|privati[sz]ations?|disposals?|divestments?))\b"
)
"""What raised a sum, when it is a fundraising: "raised $300m in a funding round", "via offerings"."""


def _raised_by(text: str, fact: Fact, sentence_start: int) -> str | None:
    """The fundraising a sum was raised in ("is raising 500 mln dlrs via offerings of notes" ->
    "offerings"); None for whom it was raised from ("raised $120m from investors")."""
    if "rais" not in text[max(sentence_start, fact.start - 24) : fact.start]:
        return None  # the common case, without a regex search
    if _RAISES.search(text, max(sentence_start, fact.start - 24), fact.start) is None:
        return None
    end = fact.end
    aside = _PAID_ASIDE.match(text, end)
    if aside is not None:
        end = aside.end()
    raised = _RAISED_BY.match(text, end, sentence_start + len(fact.sentence))
    if raised is None or any(
        word.lower() in subjects.STOP_OR_PREPOSITION for word in raised.group("np").split()[:-1]
    ):
        return None
    return subjects.acceptable(raised.group("np"))


_TRADED_FOR = patterns.led_by(
    "abpst",
    r"(?i)\b(?:buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|sell(?:s|ing)?|sold|purchas(?:e|es|ed|ing)|"
    r"take\s+over|took\s+over|tak(?:es|ing)\s+over)\s+(?P<object>[^;:]{1,80}?)\s+for\s+"
    r"(?:" + HEDGE + r"\s+)?"
    r"(?:\S+(?:\s+\S+){0,3},\s+or\s+)?$",
)
"""A sale's object and the sum after "for": "sold a 49% stake in its network for €1.1bn" (and the
same sum restated: "for $3.1bn, or $48 a share")."""
_OBJECT_WORD = re.compile(r"[A-Za-z][\w'’&.-]*[\w]|[A-Za-z]|\S*\d\S*|<[^>]*>")


_PER_PERIOD_IN = re.compile(r"\s+(?:a|an|per|each)\s+(?:year|month|week|day|quarter)(?=\s+in\s)")
"""A rate's period between a sum and what it is in: "will send £3bn a year in military aid"."""
_SOLD_FOR = re.compile(
    r"(?i)\b(?:(?:sold(?:\s+to\s+(?:an?|the|its)\s+[^,;.]{1,40}?)?|went|changed\s+hands|"
    r"(?:bought|acquired|purchased)\s+by\s+(?:an?|the|its)?\s*[^,;.]{1,40}?)\s+for|fetched)\s+"
    r"(?:(?:" + HEDGE + r"|a\s+record|a\s+reported)\s+)?$"
)


_AUXILIARY = r"(?:was|were|has|have|had|been|is|are|being)\b"
_SOLD_THING = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her)\s+(?:[\d.,]+(?:%|(?:st|nd|rd|th)?-[a-z]+)?\s+)?"
    r"(?P<np>(?:(?!" + _AUXILIARY + r")[a-z][\w-]*\s+){0,2}"
    r"(?!" + _AUXILIARY + r")[a-z][\w-]*)"
    r"(?:\s+(?:of|in|at|on)\s+[^,;]{1,30}?)?(?:\s*,\s*|\s+)(?:" + _AUXILIARY + r"\s+)*$"
)
"""The definite or indefinite thing right before "sold for": "the average flat of 500 sq ft sold for",
"A 12% stake in the carmaker was sold for" (a figure after the article sizes the thing, "A 40-acre site")."""


def _sold_for(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What "sold for" or "fetched" a sum: the clause's subject ("The painting fetched $4.5m"); also in
    the passive with its buyer ("The castle was bought by a Swiss investor for €6.5m": the castle)."""
    if (
        "for" not in text[max(sentence_start, fact.start - 30) : fact.start]
        and "fetched" not in text[max(sentence_start, fact.start - 40) : fact.start]
    ):
        return None  # the common case, without a regex search
    sold = _SOLD_FOR.search(text, max(sentence_start, fact.start - 60), fact.start)
    if sold is None:
        return None
    seller = _SOLD_THING.search(text, max(sentence_start, sold.start() - 80), sold.start())
    return subjects.acceptable(seller.group("np")) if seller is not None else None


def _bought_for(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum after "for" buys: the object of the buying or selling verb before it.

    "agreed to buy the US biotech firm for $3.1bn" -> "US biotech firm"; a share of something
    ("a 49% stake in its network") is measured by the share noun, its owner left to ``about``.
    """
    traded = _TRADED_FOR.search(text, max(sentence_start, fact.start - 140), fact.start)
    if traded is None:
        return None
    words: list[str] = []
    for match in _OBJECT_WORD.finditer(traded.group("object")):
        word = match.group()
        lower = word.lower()
        if not words and (lower in subjects.DETERMINERS or any(c.isdigit() for c in word)):
            continue  # "a 49% stake", "its 20 pct interest": the noun after the figure
        upper = word.isupper() and len(word) > 1  # "the US biotech firm": a name, not "us"
        if (
            (lower in subjects.STOP_OR_PREPOSITION and not upper)
            or word.startswith("<")
            or any(c.isdigit() for c in word)
        ):
            break
        words.append(word)
    if not words or words[-1].lower().endswith(("ing", "ly")) or subjects.is_verb(words[0]):
        return None
    return " ".join(words[-4:])


_DIMENSION_AFTER = re.compile(r"\s+(?:long|tall|wide|high|deep|thick)\b(?!-)")
"""A measure an adjective makes a dimension of the noun it describes: "a wall 3 metres high"; a
compound opening on such a word ("the 340-km high-speed line", "long-term") is no dimension."""
_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+$"
)


_BARE_PLURAL_BEFORE = re.compile(r"(?:(?P<mod>[A-Za-z][\w'’-]*)\s+)?(?P<noun>[A-Za-z][\w-]*[a-rt-z]s)\s+$")
"""A bare plural right before a dimension: "Flood barriers 2.4 metres high", "brought waves 8 metres
high"; a plural needs no article, so the noun right before the measure is what it sizes (unless a
determiner stands before it: that phrase is read with its article, and a verb there is no noun)."""


_PLACING_PREPOSITIONS = subjects.PREPOSITIONS - {"of", "with"}
"""Before a bare plural and a dimension these place the measure ("Snow lay in places 2 metres deep"),
so the plural is no thing it sizes; "of" and "with" name one ("warned of waves 8 metres high")."""


_COPULA_BEFORE = re.compile(r"\s(?:is|was|are|were|stands|stood|measures|measured)\s+$")
"""A copula right before the figure ("is 3.2 km long"): the cheap cue before the opening phrase is read."""
_COPULAR_OPENING = re.compile(
    r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:in|on|at|near|off|inside|under|beneath|across|along|between)\s[^,]{0,80}?|\s*,\s+(?:which|that)\s[^,]{1,80},)?"
    r"\s+(?:is|was|are|were|stands|stood|measures|measured)\s+$"
)
"""The definite phrase opening a sentence whose copula states the measure: "The new bridge, which cost
1.2 billion euros, is 3.2 kilometres long" (a relative clause or a place phrase may stand between)."""


def _copular_opening(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a dimension or an age stated by a copula measures: the definite phrase opening the sentence."""
    if _COPULA_BEFORE.search(text, max(sentence_start, fact.start - 12), fact.start) is None:
        return None
    opening = _COPULAR_OPENING.fullmatch(text, sentence_start, fact.start)
    if opening is None or subjects.is_verb(opening.group("np").split()[-1]):
        return None
    return subjects.acceptable(opening.group("np"))


def _described(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a dimension measures: the noun right before it ("a wall 3 metres high"), else the
    definite phrase whose apposition it sits in ("The new bridge, 1,067 metres long,")."""
    noun = _NOUN_BEFORE.search(text, max(sentence_start, fact.start - 40), fact.start)
    if noun is not None and not subjects.is_verb(noun.group("noun")):
        return subjects.acceptable(noun.group("noun"))
    bare = _BARE_PLURAL_BEFORE.search(text[sentence_start : fact.start])
    if (
        bare is not None
        and not subjects.is_verb(bare.group("noun"))
        and bare.group("noun").lower() not in subjects.STOP_OR_PREPOSITION
        and (bare.group("mod") or "").lower() not in subjects.DETERMINERS
        and (bare.group("mod") or "").lower() not in _PLACING_PREPOSITIONS
    ):
        return subjects.acceptable(bare.group("noun"))  # "Flood barriers 2.4 metres high were installed"
    owner = subjects.clause_owner(text, sentence_start, fact.start, apposed=True)
    if owner is not None and owner.text and owner.definite:
        return subjects.acceptable(owner.text)
    return None


def _lasting(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a duration is the length of: "" for a span of the calendar ("over the next three years"),
    the object it is spent on ("completed the task in under five minutes": task), else the subject
    of its clause ("The outage lasted nearly seven hours", "a fire ... burned for nine hours"); None
    when the duration is no such complement.
    """
    before = text[max(sentence_start, fact.start - 120) : fact.start]
    lead = _LEAD_HEDGE.match(fact.surface)
    if lead is not None:
        before += lead.group()  # "over six weeks": the hedge is the preposition too
    if (
        _SPAN_OF_TIME.search(before)
        or _closed_period(text, fact, sentence_start)
        or _superlative_span(text, fact, sentence_start)
    ):
        return ""
    found = _FOR_OBJECT.search(before)
    if found is not None and found.group("verb").lower() not in subjects.STOP_OR_PREPOSITION:
        return subjects.acceptable(found.group("object"))
    modified = _NOUN_LASTING.search(before) if fact.subject is None else None
    if modified is not None:
        noun = modified.group("what")
        if not subjects.is_verb(noun) and noun.lower() not in subjects.STOP_OR_PREPOSITION:
            return subjects.acceptable(noun)  # "an orbit lasting just 33 days", "a truce spanning 60 days"
    if _LASTS.search(before) is None or _PASSIVE_FOR.search(before):
        return None  # "The driver was banned for three years": the ban lasts, not the driver
    if fact.subject is not None:
        return None
    relative = _RELATIVE_LASTS.search(before)
    if relative is not None:
        return subjects.acceptable(relative.group("what"))  # "a £12m repair that took 18 months"
    owner = subjects.clause_owner(text, sentence_start, fact.start, apposed=True)
    if owner is not None and owner.text and (owner.definite or owner.named):
        return subjects.acceptable(owner.text)
    opens = [sentence_start] + [
        sentence_start + m.end() for m in _CLAUSE_OPENER.finditer(text, sentence_start, fact.start)
    ]
    for begin in reversed(opens):
        opening = _OPENING_PHRASE.match(text, begin, fact.start)
        if opening is not None:
            return subjects.acceptable(opening.group("phrase"))  # "while a fire at a depot burned for"
    return None


_PER_UNIT_OF = re.compile(r"\s+(?:per|a|an)\s+(?P<unit>[a-z]+)\s+of\s+(?=[a-z])")
"""A price per unit of a good named after it: "32 pence per litre of milk", "$80 a barrel of crude"."""
_NOUN_LASTING = re.compile(
    r"(?i)(?<![\w-])(?P<what>[a-z][\w-]*[a-z])\s+(?:lasting|spanning)\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
"""The noun a duration follows through a participle of lasting: "an orbit lasting 33 days" (not
"every", whose noun is as often a verb's object or a participle: "reviewed every four years")."""
_PASSIVE_FOR = re.compile(
    r"(?i)\b(?:was|were|be|been|being|is|are|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|t|n)\s+for\s+$"
)
_RELATIVE_LASTS = re.compile(
    r"(?i)\b(?P<what>[a-z][\w-]*),?\s+(?:that|which)\s+(?:has\s+|had\s+)?(?:last(?:s|ed)|t(?:ook|akes))\s+$"
)
_CLAUSE_OPENER = patterns.led_by("abw", r"\b(?:while|whereas|but|and|as|when)\s+")
_LEAD_HEDGE = re.compile(r"(?i)(?:over|under)\s+")
_OPENING_PHRASE = re.compile(
    r"\W*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*,|\s+(?:at|near|in|on|off|from|of|outside|inside|by|with)\s|\s+(?:[a-z]+\s+)?(?:[a-z]+ed|took|ran|went|was|is|has|had|will|would)\b)"
)
"""The common noun phrase a sentence opens with, before its verb or a place: "A fire at a depot burned"."""


_WIPES = patterns.led_by(
    "wksa",  # the first letters of its verbs: the search skips to them
    r"(?i)\b(?:wip(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|add(?:s|ed|ing)?)\s+$",
)
_OFF_ITS = re.compile(
    r"(?i)\s+(?:off|from|to)\s+(?:its|their|the)\s+(?:[\w-]+(?:'s|’s)\s+)?(?P<what>(?:market\s+)?(?:value|valuation|capitali[sz]ation))\b"
)
"""A sum wiped off or added to a value: "wiping £1.1bn off its market value"."""
_SHARE_OF_THE = re.compile(r"(?i)\s+share\s+of(?=\s+(?:the|its|their)\s)")
_OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|whom)\b")
"""A share or count of what the sentence counted before: "and 24,000 of them have waited"."""
_CHANGE_NOUN = r"(?:increase|rise|gain|decline|drop|fall|decrease|jump|advance|reduction|climb)s?"
_APPOSED_ARTICLE = re.compile(r"(?:[^;:.,\d]){0,40},\s+(?:or\s+)?an?\s+(?:[a-z-]+\s+){0,2}")
"""Between a figure and a change apposed to it: "16,775,000 dlrs, a " (before "12.2 pct increase")."""
_CHANGE_NOUN_AFTER = re.compile(r"\s+" + _CHANGE_NOUN + r"\b")
_APPOSED_CHANGE_OF = re.compile(
    r"(?:[^;:.,\d]){0,40},\s+(?:or\s+)?an?\s+(?:[a-z-]+\s+)?"
    + _CHANGE_NOUN
    + r"\s+of\s+(?:(?:"
    + HEDGE
    + r")\s+)?"
)
"""Between a figure and "an increase of" the share after it: "1.55 billion stg ..., an increase of "."""


def _apposed_change(text: str, previous: Fact, fact: Fact) -> bool:
    """True when the share is a change apposed to the figure right before it ("..., a 12 pct rise")."""
    if fact.start - previous.end > 60 or "," not in text[previous.end : fact.start]:
        return False  # the common case, without a regex search
    if _APPOSED_ARTICLE.fullmatch(text, previous.end, fact.start) and _CHANGE_NOUN_AFTER.match(
        text, fact.end
    ):
        return True
    return _APPOSED_CHANGE_OF.fullmatch(text, previous.end, fact.start) is not None


_COMPARED_AFTER = re.compile(
    r"\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|fewer\s+than|short\s+of)\b"
)
"""A share that compares the figure before with a mark after it: "4% above the pre-pandemic peak"."""
_LESS_THAN = re.compile(r"\s+(?:less|more|fewer|higher|lower|cheaper|dearer|faster|slower)\s+than\b")
"""A share compared with another thing after it: "earned 16% less than men"."""
_WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+(?:(?:" + HEDGE + r")\s+)?$")
"""The word right before a figure, past a hedge: the verb of "earned 16% less than"."""
_PRONOUN_SUBJECTS = frozenset(["it", "they", "we", "he", "she", "i", "you", "this", "that", "these", "those"])
_WITH_SHARE = re.compile(r",\s+with\s+$")
_SHARE_PLACED = re.compile(r"\s+(?:in|from|at|on|outside|abroad|overseas)\b")
"""A share set by where it is, after ", with" ("users climbed to 420 million, with 70% in Asia"): a
share of what the count before counted."""
_APPOSED_BEFORE = re.compile(
    r"(?:^|,\s+|\b(?:and|but|while)\s+)(?:[Tt]he|[Aa]n?)\s+(?P<what>(?:[A-Za-z][\w'-]*\s+){0,3}[A-Za-z][\w'-]*)"
    r"\s*,\s*(?:" + HEDGE + r"\s+)?$"
)
_SUPERLATIVE_AFTER = re.compile(
    r"\s+(?:(?:most|least)\s+[a-z]+|best|worst|(?!(?:inter|for|harv|prot|cont|requ|arr|conqu|manif)est)"
    r"[a-z]{2,}est)(?=\s*(?:[,.;:)]|$|(?:in|on|of|by|to|at|for|since|ever|yet)\b))"
)
"""A superlative right after a count that names no noun: "one of the 10 largest in the world"."""
_RANKED_AMONG = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir)\s+(?P<what>(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*,\s*"
    r"(?:now\s+)?(?:one|among)\s+of\s+(?:the|its|their)\s+$"
)
"""A definite phrase ranked among others by a superlative: "The mine, one of the 10 largest"."""
_APPOSITION_ENDS = re.compile(r"[^,.;:()\d]{0,40},")


def _apposed_to(text: str, fact: Fact, sentence_start: int) -> str | None:
    """The definite noun phrase a measure without a noun of its own stands in apposition to:
    "The hurricane, 300 miles east of Nassau, is moving", "The Envoy, 75,453 tonnes dw, was"."""
    if fact.kind in ("money", "price", "percent") and fact.unit is not None:
        return _apposed_sum(text, fact, sentence_start) or _set_off_sum(text, fact, sentence_start)
    if fact.unit is None and _STRONG_APPOSED.match(text, fact.end):
        strong = _APPOSED_BEFORE.search(text[sentence_start : fact.start])
        # "The gang, 14-strong, smuggled": the count is the size of the phrase it is apposed to
        return subjects.acceptable(strong.group("what")) if strong is not None else None
    if fact.unit is None or fact.unit in _PERCENTS or fact.kind in ("money", "price", "age"):
        return None
    if subjects.acceptable(fact.subject) is not None:
        return None
    if not _APPOSITION_ENDS.match(text, fact.end, sentence_start + len(fact.sentence)):
        return None
    found = _APPOSED_BEFORE.search(text[sentence_start : fact.start])
    if found is None or not found.group().lstrip(", ").startswith(("the", "The", "a", "A", "an", "An")):
        return None
    return subjects.acceptable(found.group("what"))


_LABELLED_ITEM_GAP = re.compile(r";\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s*:\s*$")
"""Between two items of a list, the label of the second: "1,204; injured: "."""
_STRONG_APPOSED = re.compile(r"-strong\s*,")
"""A size apposed to the group it counts: "The gang, 14-strong,"."""
_APPOSED_SUM_BEFORE = re.compile(
    r"(?:^|,\s+|\b(?:and|but|while)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
    r"(?P<what>(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*,\s*(?:" + HEDGE + r"\s+)?$"
)
_APPOSED_SUM_ENDS = re.compile(r",\s+(?:" + _AUXILIARY + r"|will|would|could|can|may|might|must|should)\s")
"""A sum or share set off by commas between a definite noun phrase and its verb ("The city's budget,
$1.2bn, is"): the sum restates the phrase, so the phrase is what it measures."""


_SET_OFF_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
    r"(?P<what>(?:(?!(?:the|its|their|his|her|our)\b)[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)"
    r"(?P<open>\s*\(|\s+[-–—]\s+|\s*,\s*(?:[a-z]+ed\s+)?at\s+)(?:(?:" + HEDGE + r")\s+)?$"
)
_SET_OFF_ENDS = {
    "(": re.compile(r"[^()]{0,40}\)\s+(?P<verb>[a-z]+)\b"),
    "-": re.compile(r"[^-–—();,]{0,30}\s[-–—]\s+(?P<verb>[a-z]+)\b"),
    ",": re.compile(r"\s*,\s+(?P<verb>[a-z]+)\b"),
}
"""A sum set off by brackets, dashes or ", at ... ," between a definite noun phrase and its verb:
"The settlement - $725 million - is", "The pension deficit ($3.1bn at the end of June) has", "the
fine, at £14m, was", "the fee, put at €70m, is"."""


_DASHES = (" - ", " – ", " — ")


def _set_off_sum(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum set off between a definite noun phrase and its verb measures (:data:`_SET_OFF_BEFORE`)."""
    lead = text[max(sentence_start, fact.start - 30) : fact.start]
    if "(" not in lead and " at " not in lead and not any(dash in lead for dash in _DASHES):
        return None  # the common case, without a regex search
    if subjects.acceptable(fact.subject) is not None:
        return None
    found = _SET_OFF_BEFORE.search(text, max(sentence_start, fact.start - 60), fact.start)
    if found is None:
        return None
    opener = found.group("open").strip()[:1]
    opener = "-" if opener in "-–—" else opener
    ends = _SET_OFF_ENDS[opener].match(text, fact.end, sentence_start + len(fact.sentence))
    if ends is None or not subjects.is_verb(ends.group("verb")):
        return None
    words = found.group("what").split()
    if any(subjects.is_verb(w) or subjects.is_function_word(w) or any(c.isdigit() for c in w) for w in words):
        return None
    return subjects.acceptable(found.group("what"))


def _apposed_sum(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum or share in apposition measures: "The tournament's prize money, $4 million, will be
    shared", "The government's stake, 12%, was sold". Only a bare figure between the commas, and only
    before an auxiliary, so a list ("sales, 5%, and profit") or an aside ("the bank, 40% owned by")
    is no apposition."""
    if not text.startswith(",", fact.end):  # the apposition's closing comma: most sums have none
        return None
    if subjects.acceptable(fact.subject) is not None:
        return None
    if not _APPOSED_SUM_ENDS.match(text, fact.end, sentence_start + len(fact.sentence)):
        return None
    found = _APPOSED_SUM_BEFORE.search(text, max(sentence_start, fact.start - 60), fact.start)
    if found is None:
        return None
    return subjects.acceptable(found.group("what"))


_TRADE_OF = re.compile(
    r"(?i)\b(?P<trade>sales|shipments|exports|imports|deliveries)\s+of\s+"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?![^,;]*\b(?:sales|shipments|exports|imports|deliveries)\b)"
)
"""A count of traded things named once at the start of the clause: "sales of domestic-built cars"."""


_CUTS = patterns.led_by(
    "cskrtwp",
    r"(?i)\b(?:cut(?:s|ting)?|slic(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
    r"shav(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|knock(?:s|ed|ing)?|remov(?:e|es|ed|ing)|"
    r"pull(?:s|ed|ing)?|withdr(?:ew|aw|aws|awn|awing))\s+"
    r"(?:(?:a\s+further|an?\s+(?:extra|additional)|another|" + HEDGE + r")\s+)?$",
)
_CUT_FROM = re.compile(
    r"\s+(?:from|off)\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?"
    r"(?P<what>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)(?=[\s,.;:]|$)"
)
"""A sum cut from something: "would cut about $880 billion from Medicaid", "slice 30 mln dlrs from
the full year's net", "cut a further £53m from its budget"; up to three words, greedy, so the noun
of "from its operating costs by 2027" is whole ("operating costs"): :func:`_cut_from` ends it at
the first function word."""
_OF_SECURITIES = re.compile(
    r"(?i)\s+of\s+(?:the|its|their)\s+(?:[\w/.-]+\s+){0,4}?"
    r"(?P<what>debentures|notes|bonds|bills|paper|securities|eurobonds)\b"
)
"""A sum of a named issue of securities: "7.5 mln dlrs of the 10-1/4 pct debentures"."""

_BOUNDED_NOUN = re.compile(r"(?<![\w-])(?P<noun>[a-z][a-z-]*(?:[a-rt-z]|ss)[e]?s)\s+$")
"""A plural noun a bounded sum sizes: "deposits up to 50,000 crowns", "deposits between 50,000 and"."""
_SIZING_VERB_WORDS = """
    costs totals amounts earns pays gets takes raises saves brings adds needs spends makes wins seeks
    offers loses owes receives invests gives sets puts rises falls jumps climbs drops grows
"""
_SIZING_VERBS = frozenset(_SIZING_VERB_WORDS.split())
"""Verbs in -s that put a bounded sum after them ("The plan costs up to $5m"): no noun sized."""


_BEATEN_BY = patterns.led_by(
    "bsli",
    r"(?i)\b(?:br(?:eak|eaks|oke|oken|eaking)|beat(?:s|en|ing)?|smash(?:es|ed|ing)?|lower(?:s|ed|ing)?|"
    r"improv(?:e|es|ed|ing))\s+(?:the|his|her|their|its|a)\s+(?P<what>(?:[\w'’-]+\s+){0,2}records?)\s+by\s+"
    r"(?:" + HEDGE + r"\s+)?$",
)
"""A record beaten by a margin: "broke the world record by 34 seconds", "lowered the mark record by"."""
_TAKES_OFF = patterns.led_by(
    "cskrtw",
    r"(?i)\b(?:cut(?:s|ting)?|slic(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
    r"shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|t(?:ake|akes|ook|aking))\s+(?:" + HEDGE + r"\s+)?$",
)
"""A verb that takes a time or share off something ("took 1.2 seconds off the record", "knocked 15%
off the price", "cut 40 minutes from the journey"): what it comes off is what the figure measures."""


_NEAR_KINDS = frozenset(["temperature", "speed", "length"])
"""Weather and sea measures, which a plural noun before the hedge names ("wind chills near minus 40",
"gusts up to 120 km/h", "waves around 8 metres"); for other measures a word in -s before "up to" is
mostly a verb ("the chip draws up to 1,200 watts"). A bare number is read too: a temperature after
another ("minus 18F, with wind chills near minus 40") takes its unit only later."""
_NEAR_HEDGE = re.compile(r"(?i)(?:near|around|up\s+to|close\s+to)\s+")
"""Hedges that can follow the noun they bound, as "up to" does a sum ("deposits up to 50,000 crowns")."""
_NEAR_NOUN = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z][a-z-]*(?:[a-rt-z]|ss)e?s)\s+(?:near|around|up\s+to|close\s+to)\s+$"
)


def _near_noun(text: str, fact: Fact, sentence_start: int) -> str | None:
    """The plural noun right before a measure bounded by "near"/"around"/"up to" ("wind chills near
    minus 40", "Temperatures around 30C", "gusts up to 120 km/h"): the hedge sits inside the noun
    phrase, so the noun before it is what is measured, as for a bounded sum; a verb ("rose up to 5%",
    "costs up to") names no noun."""
    hedge = _NEAR_HEDGE.match(fact.surface)
    lead = text[max(sentence_start, fact.start - 40) : fact.start] + (hedge.group() if hedge else "")
    if not lead.rstrip().endswith(("near", "around", "to")):
        return None  # no hedge ends the lead, so _NEAR_NOUN cannot match: spare the search
    bounded = _NEAR_NOUN.search(lead)
    noun = bounded.group("noun") if bounded is not None else ""
    lower = noun.lower()
    if not noun or subjects.is_verb(lower) or lower in _SIZING_VERBS | subjects.STOP_OR_PREPOSITION:
        return None
    return subjects.acceptable(noun)


_TAKEN_FROM = re.compile(
    r"\s+(?P<off>from|off)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+)?"
    r"(?P<what>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
"""What a time or share is taken off: up to three words, cut below at the first function word."""


def _taken_off(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a time or share is taken off ("took 1.2 seconds off the national record in the heats" ->
    "national record"; "shave 20 minutes off commuting times"), when a taking verb precedes it."""
    takes = _TAKES_OFF.search(text, max(sentence_start, fact.start - 24), fact.start)
    if takes is None:
        return None
    found = _TAKEN_FROM.match(text, fact.end, sentence_start + len(fact.sentence))
    if found is None or (takes.group()[:1].lower() == "t" and found.group("off").lower() != "off"):
        return None  # "the journey took 40 minutes from the station": how long, not what it came off
    words: list[str] = []
    for word in found.group("what").split():
        lower = word.lower()
        if lower in subjects.STOP_OR_PREPOSITION or (words and lower.endswith("ed")):
            break  # "off the record set by", "from the journey between": the noun ends there
        words.append(word)
    if words and words[-1].lower() in ("record", "records"):
        return " ".join(words)  # "off the world record": a record taken from is a noun, not "a record 310p"
    return subjects.acceptable(" ".join(words)) if words else None


def _cut_from(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What a sum is cut from, when a cutting verb takes it and "from"/"off" follows."""
    if _CUTS.search(text, max(sentence_start, fact.start - 36), fact.start) is None:
        return None
    found = _CUT_FROM.match(text, fact.end, sentence_start + len(fact.sentence))
    if found is None:
        return None
    words = found.group("what").split()
    for index, word in enumerate(words):
        if word.lower() in subjects.STOP_OR_PREPOSITION:
            words = words[:index]
            break
    if not words or words[0].lower() in subjects.STOP_OR_PREPOSITION:
        return None
    what = " ".join(words)
    return "net income" if what.lower() == "net" else subjects.acceptable(what)


_EACH_GETS = re.compile(
    r"(?i)\b(?:each|every)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
    r"(?:(?:would|will|could|shall|is\s+to|are\s+to|was\s+to|were\s+to|to)\s+)?"
    r"(?:gets?|got|receives?|received|be\s+(?:paid|given|awarded|offered)|(?:was|is)\s+(?:paid|given|awarded|offered))\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
"""Who a sum goes to, one by one: "each affected family would receive Rs 1 lakh"."""
_TO_EACH = re.compile(r"(?i)\s+to\s+(?:each|every)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
"""The same after the sum: "will give Rs 2 lakh to each injured worker"."""


def _each_receives(text: str, fact: Fact, sentence_start: int) -> str | None:
    """Who each gets a sum, when it is shared out one by one: the guide's subject of "each affected
    family would receive Rs 1 lakh" is the family, however the clause before was measured."""
    gets = _EACH_GETS.search(text, max(sentence_start, fact.start - 80), fact.start)
    if gets is None:
        gets = _TO_EACH.match(text, fact.end, sentence_start + len(fact.sentence))
    if gets is None:
        return None
    words: list[str] = []
    for word in gets.group("np").split():
        if word.lower() in subjects.STOP_OR_PREPOSITION:
            break  # "to each worker in the", "each of the": the noun ends before the function word
        words.append(word)
    return subjects.acceptable(" ".join(words)) if words else None


_COMPRISING = re.compile(
    r"(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:outright\s+)?(?:comprising|comprised\s+of)\s+"
    r"(?P<gap>[^;:]*)$"
)
_LISTED_SUMS = re.compile(
    r"(?:(?:[\d][\d.,/-]*|mln|billion|stg|dlrs?|pct|in|bands?|one|two|three|four|five|at|and|of|"
    r"treasury|bank|local|authority|bills?|,)\s*)*"
)
"""Only sums and where they fall ("in band one at 9-7/8 pct and") between a list's opening and a sum."""


def _comprising(text: str, fact: Fact, sentence_start: int) -> str | None:
    """What the sums a "comprising" list opens count: "bought bank bills outright comprising 345 mln stg
    in band one at 9-7/8 pct and 75 mln stg in band two": both sums are the bank bills."""
    if subjects.acceptable(fact.subject) is not None:
        return None
    found = _COMPRISING.search(text, max(sentence_start, fact.start - 160), fact.start)
    if found is None or not _LISTED_SUMS.fullmatch(found.group("gap")):
        return None
    words = found.group("what").split()
    while words and (subjects.is_verb(words[0]) or subjects.is_function_word(words[0])):
        words = words[1:]
    return subjects.acceptable(" ".join(words)) if words else None


_BARE_AGED = re.compile(r"-old(?P<verb>\s*,|\s+[a-z]+\b)")
"""An age that stands as a noun, right before its verb: "The 19-year-old became"."""
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<det>[Tt]he|[Aa])\s+$")
_PER_BUYER_HEADS = frozenset(
    ["price", "fare", "fee", "ticket", "rent", "toll", "admission", "charge", "tariff"]
)
"""Heads of a clause subject whose sums are paid per buyer: the "for" after each names who pays."""


def _priced_per_buyer(text: str, fact: Fact, sentence_start: int) -> bool:
    """True when the clause the sum sits in measures a price, fare or fee (:data:`_PER_BUYER_HEADS`)."""
    left = subjects.subject_left(text, sentence_start, fact.start)
    return left is not None and heads.head_of(left) in _PER_BUYER_HEADS


def _placed_share(text: str, fact: Fact, sentence_start: int) -> bool:
    """True for a percent after ", with" that a place phrase follows (:data:`_SHARE_PLACED`)."""
    return (
        fact.unit == "percent"
        and _WITH_SHARE.search(text, max(sentence_start, fact.start - 8), fact.start) is not None
        and _SHARE_PLACED.match(text, fact.end) is not None
    )


_AT_RATE_OF = re.compile(
    r"(?:\b(?P<before>[A-Za-z]+)\s+)?\b(?P<prior>[A-Za-z]+)\s+(?P<noun>[a-z][a-z-]+)\s+at\s+(?:a|an)\s+(?:[a-z]+\s+)?rate\s+of\s+(?:(?:"
    + HEDGE
    + r")\s+)?$"
)
"""A thing a verb makes, sells or uses "at a rate of" a quantity: "producing gold at a rate of"."""


_PER_PERIOD_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|week|month|quarter|year|hour)\b")
"""A sum per period: "$30m a month" (a spending rate, not a price)."""


def _rated_thing(text: str, fact: Fact, sentence_start: int) -> str | None:
    """ "producing gold at a rate of 50,000 ounces a year", "burning cash at a rate of $30m a month": the
    rate is of the thing before "at", when that is a noun (not "grew at a rate of 5%")."""
    if fact.kind in ("percent", "rate", "price") or fact.unit in _PERCENTS:
        return None
    if fact.kind == "money" and not _PER_PERIOD_AFTER.match(text, fact.end):
        return None  # "billed at a rate of 8.53 dlrs", "at a rate of 54.55 dlrs per share": a price
    own = subjects.acceptable(fact.subject, text[fact.end : fact.end + 12])
    if own is not None and heads.head_of(own) != "rate":
        return None  # "at a rate of 50,000 ounces of gold": the figure's own noun
    found = _AT_RATE_OF.search(text, max(sentence_start, fact.start - 60), fact.start)
    if found is None:
        return None
    noun = found.group("noun")
    if (
        lookup_unit(noun) is not None  # "the remaining 100,000 tonnes at a rate of": a unit, no thing
        or found.group("prior").lower() in subjects.PREPOSITIONS  # "flowed oil from sands at a rate of"
        or (
            found.group("prior").lower() in subjects.DETERMINERS
            and (found.group("before") or "").lower() in subjects.PREPOSITIONS  # "into the auction at"
        )
        or subjects.is_verb(noun)
        or subjects.is_function_word(noun)
        or noun in subjects.STOP_OR_PREPOSITION
        or noun.endswith(("ing", "ed", "ly"))
    ):
        return None
    return subjects.acceptable(noun)


_BOOKED_ITEM = re.compile(
    r"(?i)(?:^|(?<=[\s,(]))(?:(?P<lead>includes?|included|including|excludes?|excluded|excluding|vs|versus|"
    r"and|or|operations|items?)\s+|(?P<verb>(?:result(?:s|ed|ing)?\s+in|record(?:s|ed|ing)?|post(?:s|ed|ing)?|"
    r"book(?:s|ed|ing)?|reali[sz](?:e|es|ed|ing)|report(?:s|ed|ing)?|incur(?:s|red|ring)?|"
    r"suffer(?:s|ed|ing)?)\s+an?)\s+|(?P<article>an?)\s+)?"
    r"(?P<adj>(?:(?:net|pretax|pre-tax|after-tax|extraordinary|capital|tax|one-time|nonrecurring|"
    r"non-recurring|investment|currency|unusual|special|realized|realised|unrealized|unrealised|"
    r"operating|discontinued|exchange|translation|securities)\s+)*)"
    r"(?P<noun>gains?|loss(?:es)?)\s+(?:of\s+)?(?:(?:about|some|around|approximately|nearly|an\s+estimated)\s+)?$"
)
"""A booked gain or loss right before a sum: "includes gain 743,000 dlrs", "vs loss 4,310,000 dlrs",
"excluded extraordinary losses 27.91 mln dlrs", "resulted in a gain of about six mln dlrs"."""


_HELD_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|(?:for|to|from|at|by|with|in|on|vs|versus|which|that|plus|under|over)\b|"
    r"(?:and|or)\s+(?:\d|an?\b|the\b|another\b|about\b|some\b|nearly\b))"
)
"""What may follow the noun a sum is in when that noun is whole: a stop, a preposition, "and" a new sum."""


def _held_apart(text: str, previous: Fact, fact: Fact, hi: int) -> Fact:
    """ "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits": each sum is in its own noun.

    A sum that took the subject of the sum before it keeps it unless both name what they are in
    and the earlier one's noun is that subject: then the later one's own noun wins.
    """
    if (
        fact.subject is None
        or not text.startswith(" in ", fact.end)
        or not text.startswith(" in ", previous.end)
    ):
        return fact  # the common case: no "in" after either sum
    if subjects.held_in(text, previous.end, hi) != previous.subject:
        return fact
    held = subjects.held_in(text, fact.end, hi)
    if held is None or held == fact.subject:
        return fact
    at = text.find(held, fact.end, hi)
    if at < 0 or _HELD_ENDS.match(text, at + len(held), hi) is None:
        return fact  # "in guaranteed loans a year", "in transportation and storage savings": cut short
    currency = lookup_unit(held)
    if currency is not None and currency.kind == "money":
        return fact  # "$4.5m in bitcoin": the currency paid, not what the sum is in
    return _with(fact, subject=held)


def _booked(text: str, fact: Fact, sentence_start: int) -> Fact:
    """A sum a results note books as a gain or loss is that gain or loss, not a rise.

    Earnings notes write "Net includes gain 743,000 dlrs from cancellation of debt", "excludes
    discontinued operations gain 451,000 dlrs vs loss 4,310,000 dlrs": the gain or loss is what the
    sum measures. "A gain of" alone stays a change ("revenue showed a gain of 5 mln dlrs" is the
    revenue's) unless a booking verb ("resulted in a gain of") or a results adjective ("net gain",
    "extraordinary losses") or a note word ("includes", "vs") marks it as an item.
    """
    before = text[max(sentence_start, fact.start - 70) : fact.start]
    if "gain" not in before and "loss" not in before:
        return fact  # the common case, without a regex search
    if subjects.acceptable(fact.subject) is not None:
        return fact
    match = _BOOKED_ITEM.search(before)
    if match is None:
        return fact
    noun = match.group("noun").lower()
    adjectives = match.group("adj").split()
    booked = match.group("lead") or match.group("verb") or adjectives
    if noun.startswith("gain") and not booked:
        return fact  # "a gain of 5 mln dlrs": a rise of something the clause names
    if noun.startswith("loss") and not (booked or match.group("article")):
        return fact
    kept = [word for word in adjectives if word.lower() in subjects.BOOKED_GAIN]
    subject = " ".join([*kept, match.group("noun")])
    change = None if noun.startswith("gain") else fact.change
    return _with(fact, subject=subject, change=change)


def _subject(text: str, fact: Fact, sentence_start: int, table_row: bool, earlier: str | None = None) -> Fact:
    if table_row:
        return fact
    rated = _rated_thing(text, fact, sentence_start) if " rate of " in fact.sentence else None
    if rated is not None:
        return _with(fact, subject=rated)  # "producing gold at a rate of 50,000 ounces a year": the gold
    person = _BARE_AGED.match(text, fact.end) if fact.unit == "year" else None
    if person is not None and fact.subject is not None:
        # "The 23-year-old scored twice": the words read after the age are its verb, no noun of it
        first = fact.subject.split()[0]
        verb = person.group("verb").strip()
        person = person if first == verb and (subjects.is_verb(first) or first.endswith("ed")) else None
    if person is not None and fact.kind in ("age", "duration"):
        article = _ARTICLE_BEFORE.search(text, max(sentence_start, fact.start - 5), fact.start)
        if article is not None and not person.group("verb").endswith("ing"):
            # "The 19-year-old became the youngest winner": the age's noun is the person it names
            return _with(fact, subject=text[article.start("det") : person.start("verb")].rstrip())
    if fact.kind == "money":
        comprised = _comprising(text, fact, sentence_start) if "compris" in fact.sentence else None
        if comprised is not None:
            # "bought bank bills outright comprising 345 mln stg in band one ... and 75 mln stg in band two"
            return fact if comprised == fact.subject else _with(fact, subject=comprised)
        each = _each_receives(text, fact, sentence_start)
        if each is not None:
            # "each family would receive Rs 1 lakh"
            return fact if each == fact.subject else _with(fact, subject=each)
    if fact.unit == "percent" and fact.subject is not None and fact.subject.lower() == "share":
        share = _SHARE_OF_THE.match(text, fact.end)
        whole = (
            subjects.subject_after(text, share.end(), sentence_start + len(fact.sentence), measured=True)
            if share is not None
            else None
        )
        if whole is not None and subjects.acceptable(whole) is not None:
            return _with(fact, subject=whole)  # "a 20 percent share of the market": a share of the market
    if (
        fact.unit in (None, "percent")
        and earlier is not None
        and (_OF_THEM.match(text, fact.end) or _placed_share(text, fact, sentence_start))
    ):
        return _with(fact, subject=earlier)  # "790,000 patients ..., and 24,000 of them have waited"
    if text.startswith(("Of ", "of "), sentence_start) and fact.unit in (None, "percent"):
        fronted = _FRONTED_OF.match(text, sentence_start, fact.start)
        if fronted is not None and fronted.end() == fact.start:
            whole = subjects.acceptable(fronted.group("np"))
            if whole is not None:  # "Of the 28,000 doctors balloted, 98% voted": a share of the doctors
                return fact if whole == fact.subject else _with(fact, subject=whole)
    gapped = (
        subjects.gapped_subject(text, sentence_start, fact.start)
        if text.endswith(("to ", "to\n"), max(sentence_start, fact.start - 3), fact.start)
        else None
    )
    if gapped is not None:
        return fact if gapped == fact.subject else _with(fact, subject=gapped)  # "..., and exports to $2.6bn"
    bare = (
        subjects.gapped_bare(text, sentence_start, fact.start)
        if text[fact.start - 2 : fact.start - 1].isalpha() and text[fact.start - 2 : fact.start - 1].islower()
        else None
    )
    if bare is not None:
        return fact if bare == fact.subject else _with(fact, subject=bare)  # "Sales rose 5% and profits 8%"
    if fact.unit is None and _SUPERLATIVE_AFTER.match(text, fact.end):
        ranked = _RANKED_AMONG.search(text, max(sentence_start, fact.start - 80), fact.start)
        among = subjects.acceptable(ranked.group("what")) if ranked is not None else None
        # "The mine, one of the 10 largest in the world,": the superlative names no noun, the
        # figure counts the things like the phrase it is apposed to
        return fact if among == fact.subject else _with(fact, subject=among)
    apposed = _apposed_to(text, fact, sentence_start)
    if apposed is not None:
        return _with(fact, subject=apposed)  # "The hurricane, 300 miles east of Nassau, is moving"
    if fact.kind == "length" and text.startswith(" away", fact.end):
        far = _NOUN_BEFORE.search(text, max(sentence_start, fact.start - 40), fact.start)
        if far is not None and not subjects.is_verb(far.group("noun")):
            # "a red dwarf 124 light years away": how far the thing just named is
            return _with(fact, subject=subjects.acceptable(far.group("noun")))
    if fact.kind == "length" and (
        _DIRECTION_OF.match(text, fact.end)
        or (text.endswith("within ", sentence_start, fact.start) and text.startswith(" of ", fact.end))
    ):
        # "30 miles north-east of Crete", "will pass within 30,000km of Earth": a distance that locates
        return fact if fact.subject is None else _with(fact, subject=None)
    if fact.unit in _PERCENTS and _TO_YIELD.search(text, max(sentence_start, fact.start - 24), fact.start):
        return _with(fact, subject="yield")  # "priced to yield 7.62 pct": the yield, not the notes
    if fact.kind in ("length", "area") and _DIMENSION_AFTER.match(text, fact.end):
        described = _described(text, fact, sentence_start) or _copular_opening(text, fact, sentence_start)
        return fact if described == fact.subject else _with(fact, subject=described)
    if fact.kind == "duration" and subjects.acceptable(fact.subject, text[fact.end : fact.end + 12]) is None:
        listed = _DURATIONS_OF.search(text, max(sentence_start, fact.start - 60), fact.start)
        if (
            listed is not None
            and listed.group("noun").lower() not in _NOT_DURATION_OWNERS
            and listed.group("noun").lower() not in subjects.LEVELS  # "an average of 11 weeks": a frame
        ):
            return _with(fact, subject=listed.group("noun"))  # "maturities of six months, one and two years"
    if fact.kind in ("duration", "length", "mass", "speed", "index_points", "percent"):
        beaten = _BEATEN_BY.search(text, max(sentence_start, fact.start - 60), fact.start)
        if beaten is not None:
            # "to break the world record by 34 seconds": the margin is the record's
            return fact if beaten.group("what") == fact.subject else _with(fact, subject=beaten.group("what"))
    if fact.kind in ("duration", "percent"):
        taken = _taken_off(text, fact, sentence_start)
        if taken is not None:
            # "took 1.2 seconds off the record"
            return fact if taken == fact.subject else _with(fact, subject=taken)
    if fact.kind == "duration":
        lasting = _lasting(text, fact, sentence_start)
        if lasting is not None:
            return fact if lasting == (fact.subject or "") else _with(fact, subject=lasting or None)
    per_unit = _PER_UNIT_OF.match(text, fact.end) if fact.kind in ("money", "price") else None
    if (
        per_unit is not None
        and lookup_unit(per_unit.group("unit")) is not None
        and _paid_by_person(text, fact, sentence_start)
    ):
        good = subjects.acceptable(
            subjects.subject_after(text, per_unit.end("unit"), sentence_start + len(fact.sentence), False)
        )
        if good is not None:
            # "Farmers received 32 pence per litre of milk": the price is the milk's, not the buyer's
            # or seller's ("operating costs of 201 dlrs per ounce of gold" keep the costs)
            return fact if good == fact.subject else _with(fact, subject=good)
    changed = _change_subject(text, fact, sentence_start, earlier)
    if changed is not None:
        return fact if changed == fact.subject else _with(fact, subject=changed)
    listed = _LISTED_PURPOSE.match(text, fact.end) if fact.kind == "money" and not table_row else None
    if listed is not None and _priced_per_buyer(text, fact, sentence_start):
        listed = None  # "Ticket prices rose to A$85 for adults and A$40 for children": who pays
    if listed is not None:
        purpose = subjects.subject_after(
            text, listed.start("what"), sentence_start + len(fact.sentence), False
        )
        if subjects.acceptable(purpose) is not None:
            # "The grant covers €2m for cycle lanes, €1.5m for bus shelters": each sum's own purpose
            return fact if purpose == fact.subject else _with(fact, subject=purpose)
    after = text[fact.end : fact.end + 12]
    subject = subjects.acceptable(fact.subject, after)
    if subject is not None and fact.kind in ("money", "price") and _paid_per(subject, after):
        subject = None  # "21 cts a depositary unit": the denominator, not what is paid
    unsettled = subject is None
    if unsettled and _FRONTED_AT.fullmatch(text, sentence_start, fact.start):
        fronted = _FRONTED_SUBJECT.match(text, fact.end)
        if fronted is not None and subjects.acceptable(fronted.group("np")) is not None:
            return _with(fact, subject=fronted.group("np"))  # "At 8,849 metres, Everest is": Everest
    closing = _CLOSING_BRACKET.match(text, fact.end) if unsettled else None
    ends = None if closing is None else _ENDS_A_PHRASE.match(text, closing.end())
    follower = None if ends is None else ends.group("word")
    if ends is not None and (
        follower is None or subjects.is_verb(follower) or subjects.is_function_word(follower)
    ):
        # "debt (about €900m) will be", not "stripper (10 barrels a day or less) wells": a modifier
        bracketed = _BRACKETED_AFTER.search(text, max(sentence_start, fact.start - 40), fact.start)
        noun = None if bracketed is None else bracketed.group("noun")
        if (
            noun is not None
            and not subjects.is_verb(noun)
            and subjects.acceptable(noun) is not None
            and lookup_unit(noun) is None  # "186.6 billion zlotys ($51 billion)": a sum restated
            and noun not in _TABLE_VALUE_WORDS  # "maize nil (312)": last year's figure of the maize
            and bracketed is not None
            # "50 million soles (about $13 million)": a conversion of the figure before, not of a noun
            and _FIGURE_BEFORE.search(text, max(sentence_start, bracketed.start() - 24), bracketed.start())
            is None
        ):
            return _with(fact, subject=noun)  # "The firm's debt (about €900m) will be refinanced": the debt
    if unsettled and (fact.kind in _NEAR_KINDS or fact.unit is None):
        near = _near_noun(text, fact, sentence_start)
        if near is not None:
            return _with(fact, subject=near)  # "wind chills near minus 40", "gusts up to 120 km/h"
    if unsettled and _MEASURING.search(text, max(sentence_start, fact.start - 40), fact.start) is not None:
        measured = subjects.measured_owner(text[max(sentence_start, fact.start - 80) : fact.start])
        if measured is not None:
            return _with(fact, subject=measured)  # "instruments weighing 420kg", "loans totalling $70m"
    cut = _cut_from(text, fact, sentence_start) if fact.kind in ("money", "price") else None
    if cut is not None:
        # "would cut about $880 billion from Medicaid"; "The council will cut a further £28m from its
        # budget": what the sum comes from, also over the clause subject the figure was first given
        return fact if cut == fact.subject else _with(fact, subject=cut)
    if fact.kind in ("money", "price") and unsettled:
        owner = subjects.worth_owner(text[max(sentence_start, fact.start - 80) : fact.start])
        if owner is not None:
            measure, of, what = owner.partition(" of ")
            if of and what and lookup_unit(measure) is not None:
                owner = what  # "3kg of cocaine worth £250,000", "2 tonnes of heroin worth": the drug's worth
            return _with(fact, subject=owner)
        paid = (
            _paid_for(text, fact, sentence_start)
            or _raised_by(text, fact, sentence_start)
            or _bought_for(text, fact, sentence_start)
            or _sold_for(text, fact, sentence_start)
        )
        if paid is not None:
            return _with(fact, subject=paid)
        per_period = _PER_PERIOD_IN.match(text, fact.end) if fact.kind == "money" else None
        held_at = per_period.end() if per_period is not None else fact.end  # "£3bn a year in military aid"
        if fact.kind == "money" and text.startswith(("in ", "in\n"), held_at + 1):
            held = subjects.held_in(text, held_at, sentence_start + len(fact.sentence))
            currency = lookup_unit(held) if held is not None else None
            if currency is not None and currency.kind == "money":
                held = None  # "$4.5m in bitcoin", "£2m in euros": the currency paid, not what is paid for
            if held is not None:
                return _with(fact, subject=held)  # "the 540 mln dlrs in non-accruable loans": the loans
        if _WIPES.search(text, max(sentence_start, fact.start - 30), fact.start):
            off = _OFF_ITS.match(text, fact.end)
            if off is not None:
                return _with(fact, subject=off.group("what"))  # "wiping £1.1bn off its market value"
        if fact.surface.lower().startswith(("up to ", "between ")):
            bounded = _BOUNDED_NOUN.search(text, max(sentence_start, fact.start - 30), fact.start)
            noun = bounded.group("noun") if bounded is not None else ""
            if (
                noun
                and not subjects.is_verb(noun)
                and noun not in _SIZING_VERBS | subjects.STOP_OR_PREPOSITION
            ):
                return _with(fact, subject=noun)  # "private deposits up to 50,000 crowns": the deposits
        if fact.kind == "money":
            security = _OF_SECURITIES.match(text, fact.end, sentence_start + len(fact.sentence))
            if security is not None:
                return _with(
                    fact, subject=security.group("what")
                )  # "7.5 mln dlrs of the 10-1/4 pct debentures"
    if fact.kind == "duration" and fact.subject is not None and _PERIOD_MODIFIED.match(text, fact.end):
        return fact  # "a 17-year period", "the five-week period": what the length describes is the period
    if subject is None and fact.kind in ("money", "duration"):
        security = _SECURITY_CHAIN.match(text, fact.end, sentence_start + len(fact.sentence))
        if security is not None:
            return _with(fact, subject=security.group("what"))  # "a 20 billion yen, 12-year samurai bond"
    if subject is None:
        subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
        if subject is not None and fact.kind == "duration":
            verb_at = subjects.verb_owner(text, sentence_start, fact.start)
            if (
                verb_at is not None
                and verb_at[0]
                and _span_after_object(text, fact, verb_at[1] + len(verb_at[0]))
            ):
                subject = None  # "Patients ... lost 15.2% of their body weight over 68 weeks": how long
        if fact.unit is None and fact.kind == "count" and subject is not None:
            traded = _TRADE_OF.search(text, max(sentence_start, fact.start - 160), fact.start)
            if traded is not None and traded.group("trade").lower() == subject.lower():
                subject = traded.group("what")  # "its sales of domestic-built cars ... declined to 97,487"
    elif fact.unit is None and subject.lower().startswith(("sales", "shipments", "exports", "imports")):
        counted = subjects.counted_in(subject)  # "sales of domestic-built cars": cars are counted
        subject = counted or subject
    return fact if subject == fact.subject else _with(fact, subject=subject)


_QUOTING_CURRENCIES = "dollar|greenback|euro"
"""The currencies others are quoted against (a regex alternation); "greenback" is the wire's dollar."""
_PER_CURRENCY = re.compile(
    r"\s+(?:per|a|to\s+the|against\s+the|versus\s+the)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?i:" + _QUOTING_CURRENCIES + r")\b"
)
"""A bare number quoted against a currency: "20.41 per dollar", "49.5 to the dollar", "34.38 to the
U.S. Dollar" (the wire capitalises a word after "U.S.")."""
_CURRENCY_HEADS = {"real": "real", "pound": "pound sterling"}
"""Currency heads the unit table reads otherwise ("pound" is also a mass) or lacks."""


_POSSESSIVE = re.compile(r"['’]s?\b")


def _currency_named(subject: str | None) -> str | None:
    """The currency a subject names ("the Mexican peso" -> "peso"), or None."""
    head = heads.head_of(subject)
    if head is None or subject is None:
        return None
    words = _POSSESSIVE.sub("", subject).split()
    for size in (3, 2):
        named = lookup_unit(" ".join(words[-size:])) if len(words) >= size else None
        if named is not None and named.kind == "money" and named.name not in ("US dollar", "euro"):
            return named.name  # "the Swiss franc", "the Kenyan shilling": not the head's franc or shilling
    unit = lookup_unit(head)
    if unit is not None and unit.kind == "money" and unit.name not in ("US dollar", "euro"):
        return unit.name
    if head == "pound" and subject.split()[0][:1].isupper() and subject.split()[0] != "pound":
        return f"{subject.split()[0]} pound"  # "Egyptian pound"
    return _CURRENCY_HEADS.get(head)


def _pound_of(sentence: str) -> str:
    """Whose pound a sentence quotes: "Egypt let the pound fall" -> "Egyptian pound"; else sterling."""
    for demonym, country in DEMONYMS.items():
        if country != "Britain" and country in sentence:
            return f"{demonym.title()} pound"
    return "pound sterling"


_AGAINST_AT = re.compile(
    r"(?i)\bagainst\s+the\s+(?:U\.?S\.?\s+)?(?P<currency>" + _QUOTING_CURRENCIES + r"|yen|mark)\s+"
    r"(?:at|to)\s+(?:" + HEDGE + r"\s+)?$"
)
"""A currency's quote given in the currency named before it: "against the dollar at 1.6175"."""


def _quoting_unit(word: str) -> str:
    """The unit a currency named in a quote is ("dollar", "greenback" -> "US dollar"; "yen" -> "yen"):
    the unit table's, which lacks the wire's "greenback"."""
    word = word.lower()
    unit = lookup_unit("dollar" if word == "greenback" else word)
    return unit.name if unit is not None else word


def _quoted_against(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "The pound ended unchanged against the dollar at 1.6175/85": the pound's price in dollars.

    Only a bare figure whose subject is a currency is a quote. Its unit follows market custom:
    the dollar, sterling, the euro and a commodity are quoted in the other currency ("the
    dollar against the yen at 151.20" is yen); any other currency in its own units per dollar
    ("the yen against the dollar at 151.20" is yen too).
    """
    head = heads.head_of(fact.subject)
    if head not in kinds.TRADED:
        return fact
    against = _AGAINST_AT.search(text, max(sentence_start, fact.start - 60), fact.start)
    if against is None:
        return fact
    other = _quoting_unit(against.group("currency"))
    own = _currency_named(fact.subject)  # None for the dollar, the euro and a commodity
    unit = other if own in (None, "pound sterling") else own
    return _with(fact, unit=unit, kind="price")


_SHARE_QUOTE_BEFORE = re.compile(
    r"(?i)\b(?:closed|ended|finished|settled|opened|traded|trading|stood|quoted|rose|fell|gained|lost|jumped|"
    r"slipped|dropped|climbed|eased|firmed|slid|surged|tumbled|advanced|declined|dipped|slumped|plunged|"
    r"soared|rallied|retreated)\b[^\d;]{0,30}?"
    r"(?:\b(?:at|to|from)\s+(?:(?:" + HEDGE + r"|a\s+record|a\s+low\s+of|a\s+high\s+of)\s+)?|\s)$"
)
"""A share's quote or move just before a bare figure: "closed at", "rose 1-1/4 to", "fell"."""
_QUOTE_FORM = re.compile(r"(?:\d\.\d{2}|\d-\d{1,2}/\d{1,2}|\d/\d{1,2})$")
"""How a share price is written: with cents ("41.20") or in fractions ("41-3/8", "1/4")."""
_SHARE_HEADS = frozenset(["share", "stock"])


def _bare_share_price(text: str, fact: Fact, sentence_start: int, story: Story) -> Fact:
    """ "Acme shares closed at 41.20", "the stock rose 1-1/4 to 33-3/8": a share's price or move.

    A bare figure written as a quote (cents or fractions, no scale, nothing counted after it)
    right after a share or stock moves is its price, in the story's money; a London story is
    left alone, as its share prices are in pence or pounds.
    """
    if story.money == "pound sterling":
        return fact
    if _company_move(text, fact, sentence_start):
        return _with(fact, unit=story.money, kind="price")
    if heads.head_of(fact.subject) not in _SHARE_HEADS and not _company_quote(text, fact, sentence_start):
        return fact
    if not _QUOTE_FORM.search(fact.surface) or _scaled(fact.surface):
        return fact
    if _SHARE_QUOTE_BEFORE.search(text, max(sentence_start, fact.start - 50), fact.start) is None:
        return fact
    if _counted_after(text, fact.end):
        return fact  # "shares fell 2.50 points", "traded 1.25 mln shares": not a quote
    return _with(fact, unit=story.money, kind="price")


_SHARE_LEVEL_BEFORE = re.compile(
    r"\b(?:closed|ended|finished|opened|quoted|stood|(?:was|were|closed|ended|finished)\s+(?:up|down|off))\b"
    r"(?P<gap>[^\d;:]{0,25}?|\s+\S{1,8}\s+)\b(?:at|to)\s+$"
)
"""A share's closing or quoted level right before a bare figure: "closed at", "closed Friday at", "was
up three at", "closed up 6-1/4 at"."""
_SHARE_LEVEL_FORM = re.compile(r"(?:\d{1,3}(?:,\d{3})?|\d+\.\d{1,3}|\d{1,4}-\d{1,2}/\d{1,2}|[a-z]+)")
_COMPANY_WORD = re.compile(r"\b[A-Z][A-Za-z&'.-]*[A-Za-z]")
_NOT_SHARE_QUOTE = re.compile(
    r"(?i)\b(?:index|indices|average|dow|bourse|market|futures|delivery|contracts?|bonds?|notes?|treasur(?:y|ies)|"
    r"gilts?|rates?|yields?|pct|percent|measure|warrants?|options?|"
    r"jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|spot|nearby|near|"
    r"it|they|he|she|this|which|that)\b"
)
"""What makes a clause's closing level something other than a company's share price: an index, a
market, a futures month, a bond or rate, or a pronoun naming nothing."""


_MOVE_AFTER_QUOTE = re.compile(
    r",\s+(?:(?P<up>up)|(?P<down>off|down))\s+(?:(?P<from>from\s+(?:a|the|its)\s+previous)\s+)?"
)
"""A share quote's move or prior level after the close: "closed at 34-7/8, off 5/8", "closed at 3,280, up
from a previous 3,250"."""


def _share_move_after(text: str, in_sentence: list[Fact], fact: Fact) -> Fact:
    """ "Purolator closed at 34-7/8, off 5/8": the bare move (or prior level) right after a share's price
    is that price's move, in its money and of its subject; a move is down after "off", up after "up"."""
    if not in_sentence or _scaled(fact.surface):
        return fact
    quote = in_sentence[-1]
    if quote.kind != "price" or quote.unit is None or quote.unit in _PERCENTS:
        return fact
    gap = _MOVE_AFTER_QUOTE.fullmatch(text, quote.end, fact.start)
    if gap is None or (_counted_after(text, fact.end) and _TIME_AFTER.match(text, fact.end) is None):
        return fact
    if fact.value is None or quote.value is None or fact.value >= quote.value:
        return fact  # "closed at 12.35 dlrs, up 55": a move bigger than the level is in another unit
    change = None if gap.group("from") else "up" if gap.group("up") else "down"
    return _with(
        fact, unit=quote.unit, kind="price", subject=quote.subject, change=change, si_value=None, si_unit=None
    )


def _named_inside(text: str, word: str) -> bool:
    """True when a capitalised word is a name: the text writes it so inside a sentence too, not only
    where a sentence opens ("Sales last year stood at 53,254" names nothing)."""
    return re.search(r"[a-z0-9,]\s+" + re.escape(word) + r"\b", text) is not None


def _bare_share_level(text: str, fact: Fact, sentence_start: int, story: Story) -> Fact:
    """ "Hachette closed at 3,280", "UAL stock today was up three at 63", "Gencorp closed at 114-1/4": a
    company's stock closing or quoted at a bare, unscaled level is its share price in the story's money.

    The clause before the verb names the shares ("stock", "shares") or a company (a capitalised
    name, no currency, commodity, index, futures month or bond) in a story that speaks of shares or
    marks a ticker. A London story is left alone: its share prices are in pence or pounds.
    """
    if story.money == "pound sterling" or _scaled(fact.surface):
        return fact
    if not _SHARE_LEVEL_FORM.fullmatch(fact.surface) or not fact.value:
        return fact
    if fact.surface.isalpha() and fact.surface.lower() not in NUMBER_WORDS:
        return fact
    verb = _SHARE_LEVEL_BEFORE.search(text, max(sentence_start, fact.start - 60), fact.start)
    if verb is None:
        return fact
    if _counted_after(text, fact.end) and _TIME_AFTER.match(text, fact.end) is None:
        return fact  # "closed at 420 dlrs", "was up three at 63 shares": counted, not a quote
    if text.startswith("/", fact.end):
        return fact  # a two-way quote ("closed at 150.00/05") is read elsewhere
    clause = re.split(r"[;:]", text[sentence_start : verb.start()])[-1]
    if _NOT_SHARE_QUOTE.search(clause) or any(
        word.lower() in kinds.TRADED or word.lower() in kinds.QUOTED
        for word in re.findall(r"[A-Za-z]+", clause)
    ):
        return fact
    if _SHARE_WORD.search(clause) is None:
        names = [word for word in _COMPANY_WORD.findall(clause) if _named_inside(text, word)]
        if (
            not names
            or _SHARE_CONTEXT.search(text, max(0, fact.start - _SHARE_CONTEXT_SPAN), fact.start) is None
        ):
            return fact
    unit = "Canadian dollar" if _CANADIAN_EXCHANGE.search(fact.sentence) else story.money
    return _with(fact, unit=unit, kind="price", si_value=None, si_unit=None)


_QUOTE_GAP = re.compile(
    r"(?i)[^\d;]{0,60}?\b(?:at|to|from|of)\s+(?:(?:" + HEDGE + r"|a\s+record|a\s+low\s+of|a\s+high\s+of)\s+)?"
)
"""The words between a quote and a bare figure that is the same thing's quote again: "trading off 1-3/4
at 37-1/4", "dipped to 52-3/4 ... but closed at 53-5/8", "an ounce, up from Friday's close of 432.00"."""
_TIME_AFTER = re.compile(
    r"(?i)\s+(?:late|early|earlier|later|yesterday|today|midday|midmorning|midsession)\b"
)
"""A time word after a quote, which counts nothing: "at 37-1/4 late in the day"."""
_LEVEL_FORM = re.compile(r"(?:\d\.\d{2}|\d-\d{1,2}/\d{1,2})(?:/\d{1,3}(?:\.\d{1,2})?)?$")


def _quote_partner(text: str, in_sentence: list[Fact], fact: Fact) -> Fact:
    """A bare figure written as a quote after a share or commodity quote in the same sentence quotes
    the same thing: "Its shares were trading off 1-3/4 at 37-1/4", "Platinum was fixed at 583.50 dlrs
    an ounce, up from Friday's close of 578.50/580.50".

    It takes the quote's subject, and the unit of the sentence's first quote of that subject (a
    sterling conversion in between, "436.50 dlrs, 268.368 stg, an ounce", does not lend its own).
    """
    if not in_sentence or _scaled(fact.surface) or _LEVEL_FORM.search(fact.surface) is None:
        return fact
    quote = in_sentence[-1]
    head = heads.head_of(quote.subject)
    if (
        quote.kind != "price"
        or quote.unit is None
        or quote.unit in _PERCENTS
        or not (
            head in _SHARE_HEADS
            or head in kinds.TRADED
            or any(word.lower() in kinds.COMMODITIES for word in (quote.subject or "").split())
        )
        or _QUOTE_GAP.fullmatch(text, quote.end, fact.start) is None
        or (_counted_after(text, fact.end) and _TIME_AFTER.match(text, fact.end) is None)
    ):
        return fact
    first = next(f for f in in_sentence if f.kind == "price" and f.subject == quote.subject and f.unit)
    return _with(fact, unit=first.unit, kind="price", subject=quote.subject)


_SHARE_CASH = re.compile(r"(?i)share,?\s+(?:in\s+)?cash")
"""The per-share denominator with the payment word right after it, read as one noun: "share cash"."""
_SHARE_THEN_CASH = re.compile(r"(?i)(?:\s*\([A-Za-z]+\))?\s+(?:a|per|each)\s+share,?\s+(?:in\s+)?cash\b")
"""A per-share sum paid in cash: "48 dlrs a share cash", "31 dlrs (Canadian) a share cash", "15 dlrs
per share in cash"."""


def _cash_of_share(text: str, fact: Fact) -> bool:
    """True when a sum's subject is only the denominator and payment form of a per-share price ("48
    dlrs a share cash": "share cash"; "15 dlrs per share in cash": "cash"), which name nothing
    measured; "for 64 dlrs a share in cash for Beta" keeps Beta."""
    subject = fact.subject or ""
    if _SHARE_CASH.fullmatch(subject):
        return True
    return subject.lower() == "cash" and _SHARE_THEN_CASH.match(text, fact.end) is not None


_DEALING_QUOTE = re.compile(r"\d{1,4}\.(?:\d{2,4}/\d{2,4}|\d{4})$")
"""A two-way dealing quote in decimals, bid and offer ("1.8270/80", "332.72/75", "3.7498/7503"), or an
exchange rate to four decimals ("1.6213")."""


_DEALING_TIME = re.compile(r"(?i)\s+(?:close|closing|finish|range|opening|open|fix|fixing|level|start)\b")
"""A dealing session's moment a quote is of: "New York's 1.8270/80 close", "late 332.70/72 range"."""


_DEALT_WHEN = re.compile(r"(?i)\s+(?:yesterday|today|tonight|overnight|here)\b")
"""A deictic day or place a quote was dealt on: "after 3.7507/09 yesterday", "145.15/20 here"."""


def _near_level(quote: float | None, level: float) -> bool:
    """True when a quote's level is within a tenth of ``level``: the same rate quoted again, not a
    cross rate listed beside it ("2.9480/9520 marks and 1.6190/6200 dlrs")."""
    return quote is not None and quote > 0 and abs(quote - level) <= level / 10


_RATE_LEVEL = re.compile(r"\d{1,4}\.\d{2,4}(?:/\d{2,4})?$")
"""An exchange-rate level in decimals, one-way or two-way: "145.60", "1.8270/80"."""


def _cross_rate(previous: Fact, fact: Fact) -> bool:
    """True when a bare exchange-rate level follows a currency's quote at a level far from it: a
    rate against another currency ("1.8270/80 and 145.60/70"), which takes no unit from the first."""
    if previous.kind != "price" or fact.unit is not None or previous.unit in (None, *_PERCENTS):
        return False
    if (
        _DEALING_QUOTE.fullmatch(previous.surface.split(" ", 1)[0]) is None
        or _RATE_LEVEL.fullmatch(fact.surface) is None
    ):
        return False
    head = heads.head_of(previous.subject)
    named = lookup_unit(head) if head else None
    if head != "pound" and (named is None or named.kind != "money"):
        return False  # the quote of a currency ("the dollar", "the pound"), not of a good
    level = fact.low if fact.value is None else fact.value
    quote = previous.low if previous.value is None else previous.value
    return level is not None and level > 0 and not _near_level(quote, level)


def _two_way_partner(text: str, in_sentence: list[Fact], fact: Fact) -> Fact:
    """A bare two-way quote after a quote of a currency in its sentence is a price in that currency:
    "The dollar opened at 1.8247/57 marks against New York's 1.8270/80 close", "fixed at 332.70
    francs per 100, after an early 332.72/75"."""
    if not in_sentence or _DEALING_QUOTE.fullmatch(fact.surface) is None:
        return fact
    level = fact.low if fact.value is None else fact.value
    if level is None or level <= 0:
        return fact
    later = len(in_sentence)
    while later and not (in_sentence[later - 1].kind == "price" and in_sentence[later - 1].unit is not None):
        later -= 1
    if any(f.unit is None and _RATE_LEVEL.fullmatch(f.surface) for f in in_sentence[later:]):
        return fact  # "1.2391 NZ dlrs from 1.2403": a rate whose currency went unread comes between
    quote = _currency_quote_at(text, fact, level, in_sentence)
    if quote is None or ";" in text[quote.end : fact.start]:
        return fact
    return _with(fact, unit=quote.unit, kind="price", subject=quote.subject)


def _pronoun_quote(text: str, out: list[Fact], fact: Fact) -> Fact:
    """A bare dealing quote in a sentence opening on "It" is a price in the currency the sentence
    before quoted at its level: "The dollar opened at 1.8195/8205 marks. It closed at 1.8205/15 in
    Tokyo"."""
    if not fact.sentence.startswith("It ") or _DEALING_QUOTE.fullmatch(fact.surface) is None:
        return fact
    level = fact.low if fact.value is None else fact.value
    if level is None or level <= 0:
        return fact
    before = [f for f in out if f.sentence_index == fact.sentence_index - 1]
    quote = _currency_quote_at(text, fact, level, before)
    if quote is None:
        return fact
    return _with(fact, unit=quote.unit, kind="price")


def _currency_quote_at(text: str, fact: Fact, level: float, quotes: list[Fact]) -> Fact | None:
    """The last of ``quotes`` that prices a currency near ``level``, which a bare dealing quote
    ``fact`` can take its currency from; None when there is none, or when a counted noun follows
    ``fact`` (it counts something, unless the noun is a dealing time: "1.8243 yesterday")."""
    quote = next(
        (
            f
            for f in reversed(quotes)
            if f.kind == "price"
            and f.unit is not None
            and _near_level(f.low if f.value is None else f.value, level)
        ),
        None,
    )
    if quote is None or quote.unit in _PERCENTS:
        return None
    named = BY_NAME.get(quote.unit or "")
    if named is None or named.kind != "money":
        return None
    if (
        _counted_after(text, fact.end)
        and _DEALING_TIME.match(text, fact.end) is None
        and _DEALT_WHEN.match(text, fact.end) is None
    ):
        return None
    return quote


_ROW_LINE = re.compile(
    r"^(?P<label>[A-Z][A-Za-z&/'-]*(?:[ ,]+[A-Za-z&/'-]+){0,6}?)\s+(?:loss\s+|profit\s+)?"
    r"\S+(?:\s+(?:mln|billion))?(?:\s+[a-z]{2,5})?\s+vs\s+(?:loss\s+|profit\s+)?\S+(?:\s+(?:mln|billion))?"
    r"(?:\s*$|\s+[A-Z])"
)
"""A results-table line: a label, this period's figure (its currency perhaps written) "vs" the last
one's, and nothing more ("Rest of world seven mln vs four mln", "Pretax profit 25.1 mln stg vs 19.0
mln"), or the next row run on ("Traded oil purchases 41.2 mln vs 44.5 mln Administration ...")."""
_COUNTED_LABEL = re.compile(
    r"(?i)\b(?:shrs?|shares?|avg|employees?|staff|tonnes?|tons|barrels|ounces|units|number|customers|"
    r"accounts|branches|stores|passengers|subscribers|vehicles|cars|orders|pct|percent|margin|ratio)\b"
)


def _results_row_sum(fact: Fact, out: list[Fact]) -> Fact:
    """A bare scaled figure on a results-table line ("Rest of world seven mln vs four mln",
    "Furniture and timber distribution 8.4 mln vs 3.4 mln") is money in the currency of the story's
    results rows before it, when the row's label counts nothing."""
    if not _scaled(fact.surface) or "vs" not in fact.sentence:
        return fact
    line = _ROW_LINE.match(fact.sentence.strip())
    if line is None or _COUNTED_LABEL.search(line.group("label")):
        return fact
    unit = next(
        (
            f.unit
            for f in reversed(out)
            if f.kind == "money"
            and f.unit is not None
            and f.sentence != fact.sentence
            and _ROW_LINE.match(f.sentence.strip())
        ),
        None,
    )
    if unit is None:
        return fact
    unit = _WHOLE_OF_CENT.get(unit, unit)
    return _with(fact, unit=unit, kind="money", si_value=None, si_unit=None)


_SOWN_AFTER = re.compile(
    r"(?i)\s+(?:(?:were|was|had\s+been|been)\s+)?(?:sown|planted|harvested|seeded)\b(?:\s+(?P<unit>[a-z]+))?"
)
"""An area named by what was done on it: "from 11.72 mln sown in 1986/87", "67.6 mln planted acres"."""


def _sown_area(text: str, in_sentence: list[Fact], fact: Fact) -> Fact:
    """A bare figure sown, planted or harvested measures the area named after it or, failing that,
    the last area before it in its sentence: "fall to 10.40 mln hectares from 11.72 mln sown",
    "67.6 mln planted acres of corn"."""
    match = _SOWN_AFTER.match(text, fact.end)
    if match is None:
        return fact
    word = match.group("unit")
    named = lookup_unit(word) if word else None
    if named is not None and named.kind == "area":
        return _with(fact, unit=named.name, kind="area")
    area = next((f for f in reversed(in_sentence) if f.kind == "area" and f.unit is not None), None)
    if area is None:
        return fact
    return _with(fact, unit=area.unit, kind="area", subject=area.subject)


_EIGHTHS = re.compile(r"(?:^|\d-)\d{1,2}/(?:2|4|8|16)$")
_SHARES_WORD = re.compile(r"(?i)\b(?:shares|stock)\b")
_SHARE_WORD = re.compile(r"(?i)\b(?:shares?|stocks?)\b")


def _company_quote(text: str, fact: Fact, sentence_start: int) -> bool:
    """True for "Penn Central rose 2-1/4 to 55-7/8 on 538,000 shares": a company named as the clause's
    subject moving by wire eighths, in a sentence that speaks of its shares, is its share price."""
    subject = fact.subject or ""
    words = subject.split()
    return (
        bool(words)
        and all(word[:1].isupper() for word in words)
        and heads.head_of(subject) not in kinds.TRADED
        and _EIGHTHS.search(fact.surface) is not None
        and _SHARES_WORD.search(fact.sentence) is not None
    )


_WIRE_QUOTE = r"\d{1,4}(?:-\d{1,2}/\d{1,2}|/\d{1,2}|\.\d{2,3})?"
_COMPANY_MOVE = re.compile(
    r"(?i)\b(?:rose|fell|gained|lost|slipped|dropped|climbed|eased|firmed|slid|jumped|dipped|advanced|declined|"
    r"(?:(?:was|were|is|are)\s+)?(?:off|up|down))\s+"
    r"(?P<move>(?:one|two|three|four|five)|" + _WIRE_QUOTE + r")\s+(?:to|at)\s+"
    r"(?P<level>" + _WIRE_QUOTE + r")(?![\w/-]|\.\d)"
)
"""A company's share moving in wire quotes: "E.F. Hutton <EFH> fell one to 41-1/4", "PaineWebber <PWJ>
fell 1/2 to 36", "the share price was off 5/8 at 37-1/2": a move and the level it ends at, one of
them in eighths, and nothing counted after the level."""


_SHARE_CONTEXT = re.compile(r"<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>|(?i:\b(?:shares?|stocks?|brokerages)\b)")
_SHARE_CONTEXT_SPAN = 1500
_TICKER_LED = re.compile(r"<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>\s*$")
"""What makes a company's move in eighths its share price: a ticker or shares named in the story before
the figure ("Other brokerages were also down. E.F. Hutton <EFH> fell one to 41-1/4"), within a short
story's length (:data:`_SHARE_CONTEXT_SPAN` characters)."""
_FARM_QUOTE_WORDS = "soybean corn wheat oat barley sorghum cattle hog pig belly cotton sugar coffee cocoa"
_FARM_QUOTES = frozenset(_FARM_QUOTE_WORDS.split())
"""Futures quoted in cents and eighths too, whose name opens a sentence capitalised: "Soybeans rose 1/2"."""


_QUOTE_MOVE_BEFORE = re.compile(
    r"(?i)\b(?:(?P<up>rose|gained|climbed|firmed|jumped|advanced|surged|soared|rallied|added|up)|"
    r"(?P<down>fell|lost|losing|slipped|dropped|eased|slid|dipped|declined|slumped|plunged|tumbled|retreated|"
    r"off|down))\s+$"
)
"""A move verb right before a quote's move ("IBM fell 1/4 to 149-1/8"): its direction is the change."""
_QUOTE_MOVE_AFTER = re.compile(r"\s+(?:to|at)\s+(?:" + _WIRE_QUOTE + r"|\d+(?:\.\d+)?p?)(?![\w/-]|\.\d)")
"""A quote's move written verb, move, level: "IBM fell 1/4 to 149-1/8", "BP gained 2-3/8 to 59-3/4",
"the stock was up 1-7/8 at 38"."""


_FRACTION_POINT = re.compile(r"[- ]points?\b")
"""A "point" right after a fraction word ("a half-point", "a quarter point")."""
_FRACTION_WORD = re.compile(r"(?i)\b(?:half|quarter)$")
"""The fraction words a rate moves by in points: "half", "quarter"."""
_RATE_SENTENCE = re.compile(r"(?i)\b(?:rates?|prime|interest|discount|yields?|lending)\b")
"""A sentence that names a rate, so "a half-point" in it is half a percentage point."""


def _fraction_point(text: str, fact: Fact) -> Fact:
    """ "raised prime rates by a half-point", "a quarter point cut in the base rate": a fraction of a
    point of a rate is that many percentage points of the rate."""
    if not _FRACTION_WORD.search(fact.surface) or not _FRACTION_POINT.match(text, fact.end):
        return fact
    if not _RATE_SENTENCE.search(fact.sentence):
        return fact
    return _with(fact, unit="percentage point", kind="rate", si_value=None, si_unit=None)


def _quote_moves(text: str, facts: list[Fact]) -> list[Fact]:
    """Each price with no change read as a quote's move (:func:`_quote_move`)."""
    return [
        _quote_move(text, fact) if fact.kind == "price" and fact.change is None else fact for fact in facts
    ]


def _quote_move(text: str, fact: Fact) -> Fact:
    """The change of a price read as a quote's move ("Polaroid rose 1-1/8 to 74-1/2": up), for the bare
    quotes that other rules make prices after the change was read."""
    if not _QUOTE_MOVE_AFTER.match(text, fact.end):
        return fact
    moved = _QUOTE_MOVE_BEFORE.search(text, max(0, fact.start - 12), fact.start)
    if moved is None:
        return fact
    return _with(fact, change="up" if moved.group("up") else "down")


def _company_move(text: str, fact: Fact, sentence_start: int) -> bool:
    """True for the move or the level of a company's share quote (:data:`_COMPANY_MOVE`): the clause's
    subject is a company (every word capitalised, not a currency or commodity) or a share price."""
    lo, hi = max(sentence_start, fact.start - 60), min(len(text), fact.end + 30)
    if text.find("/", lo, hi) < 0:
        return False  # a quote in eighths has a slash (the loop below skips any match without one)
    company: bool | None = None  # read only for a quote in eighths with no ticker before it
    for match in _COMPANY_MOVE.finditer(text, lo, hi):
        if "/" not in match.group("move") + match.group("level"):
            continue
        ticker = _TICKER_LED.search(text, max(sentence_start, match.start() - 14), match.start())
        if ticker is None:
            if company is None:
                company = _quoted_company(text, fact)
            if not company:
                continue  # "Pfizer Inc <PFE> up two to 72-3/4": a ticker names the company, else the subject
        if _counted_after(text, match.end("level")) and _TIME_AFTER.match(text, match.end("level")) is None:
            continue  # "rose 1/2 to 36 cents", "fell 3/8 to 12 points": counted, or in a unit of its own
        if fact.start == match.start("move") or fact.start == match.start("level"):
            return fact.end in (match.end("move"), match.end("level"))
    return False


def _quoted_company(text: str, fact: Fact) -> bool:
    """True when the fact's subject is a company (every word capitalised, no currency, commodity or
    index) or a share price, in a story that speaks of shares."""
    subject = fact.subject or ""
    words = subject.split()
    head = heads.head_of(subject)
    share_price = head in _SHARE_HEADS or (head == "price" and _SHARE_WORD.search(subject) is not None)
    company = share_price or (
        bool(words)
        and words[-1][:1].isupper()
        and (words[0][:1].isupper() or len(words) > 2)
        and head not in kinds.TRADED
        and head not in _FARM_QUOTES
        and not kinds.names_index(subject)
    )
    return bool(company) and (
        share_price
        or _SHARE_CONTEXT.search(text, max(0, fact.start - _SHARE_CONTEXT_SPAN), fact.start) is not None
    )


_COMMODITY_WORD = re.compile(r"[A-Za-z]+")
_NOT_COMMODITY_QUOTE = re.compile(r"(?i)\b(?:index|indices|shares?|stocks?|miners?|producers?)\b")
"""Words that make a commodity name part of something else, quoted in points or in the share's money:
"the gold miners' index closed at 2,315.40", "Gold Fields shares ended at 12.40"."""


def _bare_commodity_price(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "Brent crude settled at 84.30", "gold closed at 2,315.40": a commodity's price in US dollars.

    A bare figure written as a quote (cents, no scale, nothing counted after it) right after a
    quote or move verb, in a clause whose subject is a commodity or an oil benchmark
    (:data:`kinds.COMMODITIES`), is its price: the world market quotes oil and metals in US
    dollars. An index ("The FTSE closed at 7,400") or a share names no commodity and is left alone.
    """
    if not _QUOTE_FORM.search(fact.surface) or _scaled(fact.surface) or "/" in fact.surface:
        return fact
    verb = _SHARE_QUOTE_BEFORE.search(text, max(sentence_start, fact.start - 50), fact.start)
    if verb is None or _counted_after(text, fact.end):
        return fact
    clause = text[max(sentence_start, verb.start() - 40) : verb.start()]
    clause = re.split(r"[,;:]", clause)[-1]
    words = [word.lower() for word in _COMMODITY_WORD.findall(clause)]
    if not any(word in kinds.COMMODITIES for word in words) or _NOT_COMMODITY_QUOTE.search(clause):
        return fact
    return _with(fact, unit="US dollar", kind="price")


_LIVESTOCK_PRICE = re.compile(r"\d{2,3}\.\d\d(?:-\d{2,3}\.\d\d)?")
_WEIGHED_BEFORE = re.compile(r"\d\s*lbs\b[^;]*?$")
_LIVESTOCK_LINE = re.compile(r"(?P<what>[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?)\s+-\s")
"""A USDA livestock report's line: "steers - choice 2-4 1100-1400 lbs 66.00-67.00", "sows - steady"."""


def _livestock_quote(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "steers - choice 2-4 1100-1400 lbs 66.00-67.00", "us 1-3 500-650 lbs 41.00-45.00, few 46.00": a
    livestock report's price (dollars per hundredweight) after the weight it quotes; the line's animal
    ("steers -") is what the price and the weight measure."""
    line = _LIVESTOCK_LINE.match(text, sentence_start)
    if fact.unit == "pound":
        if line is None or fact.kind != "mass" or not fact.surface.endswith("lbs"):
            return fact
        return fact if fact.subject == line.group("what") else _with(fact, subject=line.group("what"))
    if not _LIVESTOCK_PRICE.fullmatch(fact.surface):
        return fact
    if _WEIGHED_BEFORE.search(text, max(sentence_start, fact.start - 60), fact.start) is None:
        return fact
    return _with(fact, unit="US dollar", kind="price", subject=None if line is None else line.group("what"))


def _exchange_rate(text: str, fact: Fact, sentence_start: int, previous: Fact | None, story: Story) -> Fact:
    """ "The peso weakened to 20.41 per dollar": the peso's price in dollars, in pesos.

    The quoted currency is the fact's subject, also as its possessor ("the peso's official rate"),
    else the subject of the figure before it in the sentence ("devalued the pound by 38%, letting it
    fall to 49.5 to the dollar"), else the last currency the clause names, else the story's own
    currency ("the official rate weakened to 1,475 per dollar" from Buenos Aires). A bare "franc",
    "crown" or "shilling" is the story country's (:func:`_currency`).
    """
    currency = _currency_named(fact.subject)
    subject = fact.subject
    owner = _OWNER.search(fact.subject or "")
    if currency is None and owner is not None:
        currency = _currency_named(owner.group("owner"))
    if currency is None and previous is not None:
        currency = _currency_named(previous.subject)
        subject = previous.subject
    if currency is None:
        # the last currency the clause names: "let the pound slide to 51.2 to the dollar"
        before = text[max(sentence_start, fact.start - 90) : fact.start].split()[-12:]
        words = [_POSSESSIVE.sub("", w.strip(",;:")).lower() for w in before]
        index = next((i for i in reversed(range(len(words))) if _currency_named(words[i]) is not None), None)
        if index is not None:
            pair = _currency_named(" ".join(words[max(0, index - 1) : index + 1]))
            currency, subject = pair or _currency_named(words[index]), before[index].strip(",;:")
        elif story.currency not in (None, "US dollar", "euro") and subject is not None:
            currency = story.currency
        elif _IT_OPENS.match(text, sentence_start):
            # "The Taiwan dollar has risen 15 pct. It opened at 34.38 to the U.S. Dollar": "it" is the
            # currency the sentence before opened on
            window = text[max(0, sentence_start - 200) : sentence_start]
            named = [(_currency_named(m.group("c")), m.group("c")) for m in _THE_CURRENCY.finditer(window)]
            currency, subject = next(((c, p) for c, p in reversed(named) if c is not None), (None, subject))
    if currency is None:
        return fact
    if currency == "pound sterling":
        currency = _pound_of(fact.sentence)
    quoted = _PER_CURRENCY.match(text, fact.end)
    end = fact.end if quoted is None else quoted.end()
    fact = _with(fact, unit=currency, kind="price", subject=subject, end=end, surface=text[fact.start : end])
    return _currency(fact, story)


_MEMBERS_INDEX = re.compile(
    r"(?:\s+|-)(?:stocks?|shares?|issues?)\s+(?:[A-Z][\w&]*\s+){0,4}(?:[a-z]+\s+)?(?i:index|average)\b"
)
"""The members of an index, between the number and the index: "30 stock Dow Jones Industrial average"."""
_NAME_BEFORE = re.compile(r"(?<![\w'’&.])(?!(?:The|A|An|Its|Their)\s)[A-Z][\w'’&.]*\s+$")
"""A name right before an index's number ("Standard and Poor's 500 stock index"): the number is the name's."""
_BARE_DECIMAL = re.compile(r"0?\.\d+")
"""A figure below one written as a bare decimal ("Production 0.83 0.83", "fell 0.6 to 117.3"): a
quantity in the unit of its table or sentence, never a fraction of a whole ("two-thirds", "a quarter")."""
_TO_FROM_GAP = re.compile(r"(?i)\s+(?:(?:a|per)\s+(?:share|shr)\s+)?from\s+" + _OLD_VALUE_HEDGE)
"""From a new level to its old one: " from ", " a share from ", " per share from a revised "."""
_TO_BEFORE = re.compile(r"\bto\s+(?:(?:" + HEDGE + r")\s+)?$")
"""The "to" a new level follows: "cut the dividend to ", "raised it to about "."""
_LEVEL_THEN_MOVE = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?,\s+(?:up|down|off)\s+(?:" + HEDGE + r"\s+)?")
"""A level, then its move in the same unit: "closed at 64.45 cents a pound, up 0.83 cent"."""
_IT_OPENS = re.compile(r"It\s")
_THE_CURRENCY = re.compile(r"\b[Tt]he\s+(?P<c>[A-Z][a-z]+\s+[a-z]+)\b")
"""A currency a sentence names with "the" ("The Taiwan dollar has risen"), for the "It" after it."""
_OWNER = re.compile(r"(?P<owner>\S+)['’]s\s")
"""A possessor in a subject: "the peso's official rate" is the peso's."""


_FINED = re.compile(
    r"\b(?:fined|fines|fine|fining)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+$"
)
"""The one a fine is imposed on, right before the sum: "fined Acme €40m"."""
_FINE_AGAINST = re.compile(
    r"(?:\s+(?:[a-z]+\s+)?(?P<fine>fine|penalty))?\s+(?:against|on|imposed\s+on)\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
"""The one fined, after the sum: "a 2.4 billion euro fine against Google", "a fine of £21m on Monzo"."""
_FINE_OF = re.compile(r"\b(?:fine|penalty)\s+of\s+(?:" + HEDGE + r"\s+)?$")
_AND_NAME = re.compile(r",?\s+and\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+$")
"""A second one fined, in the same verb's list: "fined Acme €40m and Zentra €10m"."""


def _fined(text: str, fact: Fact, sentence_start: int, before: list[Fact]) -> str | None:
    """Who a fine is imposed on: a fine is about the one fined, not the regulator that fined it."""
    lo = max(sentence_start, fact.start - 80)
    fined = _FINED.search(text, lo, fact.start) if fact.kind == "money" else None
    if fined is not None:
        return fined.group("name")
    against = _FINE_AGAINST.match(text, fact.end) if fact.kind == "money" else None
    if against is not None and (
        against.group("fine") or _FINE_OF.search(text, max(sentence_start, fact.start - 24), fact.start)
    ):
        name = against.group("name")  # "a €2.4 billion fine against Google", "a fine of £21m on Monzo"
        return name[:-1] if name.endswith(".") and "." not in name.split()[-1][:-1] else name
    previous = next((one for one in reversed(before) if one.kind == "money"), None)
    if previous is None or previous.end < lo:
        return None
    if fact.kind != "money":
        # "fined Acme €40m, about 2% of its turnover": "its" is the one fined
        first = _FINED.search(text, max(sentence_start, previous.start - 80), previous.start)
        return None if first is None else first.group("name")
    listed = _AND_NAME.search(text, max(previous.end, fact.start - 40), fact.start)
    first = _FINED.search(text, max(sentence_start, previous.start - 80), previous.start)
    return listed.group("name") if listed is not None and first is not None else None


_VOTERS = re.compile(
    r"(?:The\s+)?(?P<who>[A-Z][a-z]+s|MPs)(?:\s+(?:in|of|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"\s+(?:voted|rejected|approved|backed|endorsed|opposed)\b[^,;]{0,60}$"
)
"""The ones who voted, opening a sentence whose vote the figure tallies: "Voters in Ireland rejected"."""
_STANDS_ON = re.compile(
    r"(?:\bwith|\band|,)\s+(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+on\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"
)
"""A party or side listed with the share it stands on, as polls are written: "with Reform UK on 24%"."""
_COMPARED_THE = re.compile(
    r"(?i)\b(?:short\s+of|below|above|than|beat(?:ing|s)?|miss(?:ing|ed|es)?|ahead\s+of|behind|under|"
    r"exceed(?:ing|ed|s)?|topp(?:ing|ed)|matching|matched)\s+the\s+(?:" + HEDGE + r"\s+)?$"
)
"""A figure compared with the one before it: "short of the", "below the", "than the"."""
_FORECASTERS = re.compile(
    r"\s+(?:economists|analysts|forecasters|markets|investors|traders|strategists)\s+(?:polled\s+by\s+\w+\s+)?"
    r"(?:had\s+|have\s+|were\s+)?(?:expected|forecast|predicted|estimated|anticipated|projected|expecting)\b"
    r"|\s+(?P<who>[a-z]{3,}s)\s+(?:had|have|were)\s+(?:hoped\s+for|expected|forecast|predicted|projected|"
    r"targeted|budgeted\s+for|aimed\s+for|counted\s+on|wanted|sought)\b"
)
"""Who forecast a figure, after it: "the 170,000 economists had expected", "3.1% analysts forecast"."""
_FORECAST_OF = re.compile(
    r"(?i)\b(?:forecasts?|expectations?|estimates?|consensus|projections?|predictions?)\s+(?:of|for)\s+"
    r"(?:" + HEDGE + r"\s+)?$"
)
"""A forecast named before its figure: "beating forecasts of 0.2%", "the consensus of 2.5%"."""
_PRICE_HEADS = frozenset(["price", "rent", "fare", "toll", "admission", "entry", "share", "stock"])
"""Heads whose unscaled amount is what one thing costs: a price, a rent, a fare or toll, the
admission to a place ("Entry to the museum is £22"), a share's price."""
_AVERAGE_ONE_SOLD = re.compile(
    r"(?i)\b(?:average|median|typical)\s+(?:[a-z-]+\s+)?(?:home|house|flat|apartment|property|car|"
    r"condo|bungalow|cottage)(?:\s+(?:in|on)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?\s+"
    r"(?:sold|sells|went|fetched|fetches|cost|costs)\s+(?:for\s+)?(?:" + HEDGE + r"\s+)?$"
)
"""One thing's price, averaged, however large: "The average home in Toronto sold for C$1.1 million"."""
_ONE_ITEM_HEADS = frozenset(["ticket", "pass", "subscription", "licence", "license", "membership", "permit"])
"""Things sold one to a buyer: the sum one costs is its price, even a yearly one ("a season ticket
costs £1,200 a year")."""
_ADDED_SUM = re.compile(
    r"(?i)\b(?:add(?:s|ed|ing)?|by|extra|another|further)\s+(?:(?:" + HEDGE + r"|an?)\s+)?$"
)
"""A sum added to a price is a change of it, money ("adding £200 a year to a season ticket")."""
_CHARGE_HEADS = frozenset(["fee", "charge"])
_BARE_FIGURE = re.compile(r"[\d.,/-]+")
"""A figure written without its currency, which its unit was carried to."""
_CHARGED_FOR_ONE = re.compile(
    r"(?i)\s+(?:for|per)\s+(?:a|an|each|every|one)\s+(?!(?:year|month|week|day|period|total|number|variety|range)\b)"
)
_CHARGE_VERB = re.compile(
    r"(?i)\b(?:charg(?:e|es|ed|ing)|cost(?:s|ing)?|pa(?:y|ys|id|ying))\b(?!\s+of\b)(?:\s+[a-z]+){0,2}\s+(?:"
    + HEDGE
    + r"\s+)?$"
)
"""A sum charged or paid for one thing is its price: "charge passengers £70 for a cabin bag"."""
_PER_PERSON = re.compile(
    r"(?i)\s+(?:(?:a|an|per|each)\s+(?:person|head|adult|child|pupil|student|passenger|visitor|guest|"
    r"hour|night|visit|trip|journey|ride|bag|item|vehicle|car|minute)\b|each\b)"
)
"""A charge per person is what one place costs ("a fee of £30 per person"); a bare "fees of £2m" is a sum."""
_TO_THE_CURRENCY = re.compile(
    r"(?i)\s+(?:to|per)\s+(?:the|one|a|each)\s+(?:U\.?S\.?\s+)?(?:dollar|dlr|pound|sterling|mark|yen|franc|"
    r"ECU|euro|guilder|lira)\b"
)
"""After an exchange rate given as so much of one currency to another: "0.38 Egyptian pounds to the
dollar", "about 1.36 pounds to the dollar", "2.40 marks per dollar": the price of that currency."""
_ON_THE_UNIT = re.compile(r"(?i)\s+on\s+the\s+(?:dollar|euro|pound|yen|franc)\b")
"""After a sum quoting a debt per unit of its face value: "87 cents on the dollar"."""
_COST_OF_ONE = re.compile(r"(?i)\bcosts?\s+of\s+(?:a|an|one|each)\s+[^,;\d]{0,60}$")
"""What one thing costs, named before its sum: "the cost of a litre of petrol fell to"."""
_ONE_UNIT_PRICE = patterns.led_by(
    "ahmpst", r"(?i)\b(?:average|median|mean|typical|asking|selling|house|home|property|sale)\s+prices?$"
)
"""A price subject that names what one thing sells for ("median house price", "average asking price"),
unlike a deal's "purchase price" or "price tag", which are the total paid."""


def _number_of(text: str, fact: Fact, sentence_start: int) -> Fact:
    """ "the number of people in work rose by 503,300": what the number counts, not "number"."""
    at = text.rfind("number of ", sentence_start, fact.start)
    if at < 0:
        return fact
    counted = subjects.acceptable(subjects.subject_after(text, at + len("number"), fact.start, False))
    return fact if counted is None else _with(fact, subject=counted)


_SECURITY_CHAIN = re.compile(
    r"(?:\s+(?:denominated|[a-z]+-denominated))?(?:\s*,\s*[\w./-]+(?:\s+(?:pct|percent|per\s+cent))?)*,?\s+"
    r"(?P<what>(?:(?!(?:of|and|or|in|to|for|with|at|on|by|from|the|its)\b)[a-z-]+\s+){0,2}?(?:bonds?|notes?|eurobonds?|debentures?|convertibles?|certificates?))\b"
)
"""A security an amount or tenor is an adjective of: "100 mln New Zealand dollar denominated bonds",
"a 20 billion yen, 12-year, 8.5 pct samurai bond"."""


_DURATIONS_OF = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+of\s+(?:" + HEDGE + r"\s+)?"
    r"(?:[\w-]+(?:\s+(?:days?|weeks?|months?|years?))?(?:\s*,\s*|\s+and\s+|\s+or\s+))*$"
)
"""A noun that a list of durations measures: "maturities of six months, one and two years", "loan
periods of 10 years and five years"."""
_NOT_DURATION_OWNERS = frozenset(
    [
        "excess",
        "total",
        "top",
        "end",
        "course",
        "part",
        "most",
        "each",
        "both",
        "all",
        "some",
        "any",
        "none",
        "one",
        "two",
    ]
)


_EXTREME_OF = re.compile(
    r"(?i)\b(?:lows?|highs?|levels?|peak|trough)\s+(?:of\s+)?(?:(?:" + HEDGE + r")\s+)?$"
)
"""A low, high or level right before a sum ("a post-war low of 149.98 yen"): a quote's level."""
_QUOTED_CURRENCY = re.compile(r"(?i)\b(?:dollar|yen|sterling|currency|mark|franc)\b")
"""A currency named before a sum at a low or high: the sum is its quote."""


_MILLIONS = re.compile(r"\d,\d{3},\d{3}")
"""A sum written out in millions ("4,300,000 dlrs"): a total, never a quote."""


def _kind(text: str, fact: Fact, sentence_start: int, table_row: bool) -> Fact:
    sentence_end = sentence_start + len(fact.sentence)
    clause = text[max(sentence_start, fact.start - 120) : fact.start]
    value = fact.value if fact.value is not None else fact.high  # "aged between five and 11": its top
    age_end = kinds.is_age(text, fact.start, fact.end, sentence_start, sentence_end, value)
    if age_end is not None and fact.kind in ("count", "duration") and fact.unit in _AGE_UNITS:
        person = subjects.aged(text, sentence_start, fact.start) or fact.subject
        if person is not None and person.lower() in kinds.AGE_WORDS:
            # "The firm is 150 years old": the age word is no subject; the clause's subject is aged
            person = subjects.acceptable(subjects.clause_subject(text, sentence_start, fact.start))
        elif person is not None and person.split()[0].lower() in kinds.AGE_WORDS:
            person = person.split(None, 1)[1]  # "The 42 year old woman": the woman, not "old woman"
        if person is not None and person.lower() in ("age", "aged", "oldest", "youngest"):
            person = None  # "Age 42, he was the oldest player": the word "Age" is no person
        if person is None and text.startswith(" old", fact.end):
            # "The hand stencil in a cave on Kabaena is 71,300 years old": the definite phrase the copula ages
            person = _copular_opening(text, fact, sentence_start)
        unit = fact.unit or "year"  # "a 6-month-old" is an age in months
        return _with(fact, unit=unit, kind="age", si_value=None, si_unit=None, change=None, subject=person)
    if table_row:
        return fact
    if (
        fact.unit is None
        and fact.kind == "count"
        and heads.head_of(fact.subject) == "age"
        and fact.value is not None
        and 0 < fact.value < _OLDEST
    ):
        return _with(fact, unit="year", kind="age")  # "raised the retirement age to 64 from 62"
    if fact.kind == "duration" and fact.unit == "year" and heads.head_of(fact.subject) == "age":
        return _with(fact, kind="age", si_value=None, si_unit=None)  # "an average age of 41.3 years"
    scope = clause + " " + (fact.subject or "")
    if fact.kind == "money":
        after = text[fact.end : fact.end + 12]
        tail = clause[-40:]
        if (
            ("cost" in tail or "sell" in tail or "retail" in tail or "priced" in tail)
            and _COSTS.search(tail)
            and not _scaled(fact.surface)
            and not _RECURRING.match(text, fact.end)
        ):
            return _with(fact, kind="price")  # "tickets now cost €22.50": what one thing costs
        if _NOMINAL.match(after) and not _scaled(fact.surface):
            # "shares of 100 francs nominal": what one share is worth; "20 mln marks nominal of shares",
            # "50 mln dlrs face value of receivables" are a total, money
            return _with(fact, kind="price")
        if fact.qualifier == "range" and _BID_OFFER.search(fact.surface) and not _scaled(fact.surface):
            return _with(
                fact, kind="price"
            )  # "The dollar was quoted at a late 6.0640/70 francs": a bid/offer
        if _TO_THE_CURRENCY.match(text, fact.end) and not _scaled(fact.surface):
            return _with(fact, kind="price")  # "a rate of 0.38 Egyptian pounds to the dollar"
        if kinds.valued_each(text[sentence_start : fact.start], text, fact.end):
            return _with(fact, kind="price")  # "valued the engines at five mln dlrs each"
        if _ON_THE_UNIT.match(text, fact.end) and not _scaled(fact.surface):
            # "debt trading at 87 cents on the dollar": a price per unit of face value
            return _with(fact, kind="price")
        if (
            heads.head_of(fact.subject) == "cost"
            and _COST_OF_ONE.search(clause)
            and not _scaled(fact.surface)
            and not _RECURRING.match(text, fact.end)
        ):
            # "the cost of a litre of petrol fell to 142p": what one litre costs
            return _with(fact, kind="price")
        if _AVERAGE_ONE_SOLD.search(clause):
            return _with(fact, kind="price")  # "The average home in Toronto sold for C$1.1 million"
        if heads.head_of(fact.subject) == "price" and _ONE_UNIT_PRICE.search(fact.subject or ""):
            # "Sydney's median house price climbed to $1.52 million": one home's price, however large
            return _with(fact, kind="price")
        if kinds.per_share_item(text, fact.end, text[sentence_start : fact.start]):
            return fact  # "NOTE: 1986 net includes gain of 17 cts shr": earnings per share, money
        if heads.head_of(fact.subject) in _PRICE_HEADS and not _scaled(fact.surface):
            return _with(fact, kind="price")  # "the average price slipped to C$668,000", "rents of €900"
        if (not _scaled(fact.surface) and fact.change is None and _ADDED_SUM.search(tail) is None) and (
            heads.head_of(fact.subject) in _ONE_ITEM_HEADS
            or (heads.head_of(fact.subject) in _CHARGE_HEADS and _PER_PERSON.match(text, fact.end))
        ):
            # "a season ticket costs £1,200 a year", "the fee is £30 per person": what one pass,
            # licence or place costs, even when it is paid every year; a salary is pay, not a price
            return _with(fact, kind="price")
        if (
            not _scaled(fact.surface)
            and not _BARE_FIGURE.fullmatch(fact.surface)
            and _CHARGED_FOR_ONE.match(text, fact.end)
            and _CHARGE_VERB.search(clause[-60:])
            and not kinds.per_share_item(text, fact.end, text[sentence_start : fact.start])
        ):
            return _with(fact, kind="price")  # "will charge passengers £70 for a large cabin bag"
        quoted = (
            _QUOTED_CURRENCY.search(text, sentence_start, fact.start)
            if not _scaled(fact.surface) and _EXTREME_OF.search(clause)
            else None
        )
        if quoted is not None:
            # "The dollar had plumbed a post-war low of 149.98 yen", "to a high of 1.8200 marks": a
            # currency's quote at its low or high, the currency's
            return _with(fact, kind="price", subject=fact.subject or quoted.group(0).lower())
        if _quotes_traded(fact):
            # "The dollar rose as high as 157.85 yen", "oil at 18 dlrs": an unscaled sum a traded
            # currency or commodity stands at is its quote, whatever the verb before it
            return _with(fact, kind="price")
        if (
            not _scaled(fact.surface)
            and not _RECURRING.match(text, fact.end)
            and kinds.one_unit_sum(text[sentence_start : fact.start], text, fact.end)
        ):
            return _with(fact, kind="price")  # "A pint of beer now averages £6.80", "sold for $450 each"
        if kinds.per_unit_price(text, fact.end, sentence_end, scope) or (
            not _scaled(fact.surface)
            and (
                kinds.is_market_price(clause, fact.subject, after, fact.change)
                or (kinds.moved_to_level(clause, after) and not _MILLIONS.search(fact.surface))
            )
        ):
            return _with(fact, kind="price")
        return fact
    if fact.unit in _PERCENTS:
        if fact.unit == "percent" and (fact.kind == "price" or kinds.is_bond_price(clause, fact.value)):
            # "a mortgage bond had risen to 81 from 79-1/4": the old level of a price carried from its partner
            return _with(fact, kind="price")
        if (
            fact.unit == "percent"
            and fact.change is not None
            and fact.subject is not None
            and not _rate_headed(fact.subject)
        ):
            if _ECONOMY.search(fact.subject):
                return _with(fact, kind="rate")  # "China's economy grew 5.2 per cent": its growth rate
            return fact  # "Regular pay grew by 7.8%, outpacing inflation": the change of no rate
        if heads.head_of(fact.subject) in ("margin", "spread") and kinds.loan_margin(
            clause, text[fact.end : fact.end + 40]
        ):
            return _with(fact, kind="rate")  # "drawings will be at a margin of 15 basis points"
        if (
            fact.unit == "basis point"
            and fact.change is not None
            and heads.head_of(fact.subject) not in kinds.TRADED
            and not kinds.is_fee(clause)
        ):
            return _with(fact, kind="rate")  # "Year bills rose four basis points": a move of a yield
        if kinds.is_rate(scope, text[fact.end : fact.end + 40]):
            return _with(fact, kind="rate")
        if (
            fact.unit == "percent"
            and fact.change is None
            and kinds.is_fraction_level(fact.surface, clause, text[fact.end : fact.end + 24])
        ):
            return _with(fact, kind="rate")  # "bills in band two at 10-13/16 pct": a dealing rate
        return fact
    if fact.unit is None and fact.kind == "count":
        return _bare_kind(text, fact, sentence_start, clause)
    return fact


def _rate_headed(subject: str) -> bool:
    """True when what changed is a rate itself ("GDP growth", "Treasury yields", "Headline CPI"), not a
    thing a rate word only modifies ("Mortgage approvals rose 5%", "Tax receipts", "Jobless claims"),
    whose change in percent is a plain percent."""
    words = subject.split()
    return kinds.mentions_rate(heads.head_of(subject) or "") or (
        bool(words) and kinds.mentions_rate(words[-1])
    )


def _quotes_traded(fact: Fact) -> bool:
    """True for an unscaled sum whose subject is a traded currency or commodity other than the sum's
    own currency: "the dollar at 145.10 yen" quotes the dollar; a sum whose subject was misread from
    its own currency ("6,034,000 dlrs" with "dlrs on sales") quotes nothing."""
    if fact.subject is None or heads.head_of(fact.subject) not in kinds.QUOTED or _scaled(fact.surface):
        return False
    if _scaled(fact.subject):
        return False  # "16.3 mln pounds of milled rice for 408,258 dlrs": a quantity, no quote
    owns = (lookup_unit(word) for word in fact.subject.split())
    return all(own is None or own.name != fact.unit for own in owns)


def _bare_kind(text: str, fact: Fact, sentence_start: int, clause: str) -> Fact:
    """A bare number that is points, a magnitude, a fraction, a bond price or an index level, not a count."""
    if (
        _CURRENCY_QUOTE.search(fact.surface)
        and _CURRENCY_NAMED.search(fact.sentence)
        and _PER_CURRENCY.match(text, fact.end) is None
    ):
        low = fact.value if fact.value is not None else fact.low
        level = _LEVEL_AFTER.match(text, fact.end) is not None
        if low is not None and 0 < low < 1 and (level or not _counted_after(text, fact.end)):
            # "June marks closed at 0.5512", "yen futures to advance toward the 0.007200 area": a
            # currency (or its futures) quoted in US dollars, to four or more decimals
            return _with(fact, unit="US dollar", kind="price")
    period = _PERIOD_OR.search(text, max(sentence_start, fact.start - 16), fact.start)
    if period is not None and _SMALL_WHOLE.fullmatch(fact.surface):
        # "in the next year or two", "a week or two": the second figure is that many periods
        counted = lookup_unit(period.group("period"))
        if counted is not None:
            return _with(fact, unit=counted.name, kind="duration", subject=None)
    if _MAGNITUDE_BEFORE.search(clause):
        quake = _QUAKE.search(fact.sentence)
        return _with(fact, unit="magnitude", kind="other", subject=quake.group() if quake else None)
    point = _OF_A_POINT.match(text, fact.end) if fact.value is not None and 0 < fact.value < 1 else None
    if point is not None:
        rate = kinds.is_rate(clause, "")  # "cut its rates by half a point": points of a rate
        pct = point.group("pct") or rate or _of_a_percentage(text, fact, clause, point.end())
        unit = "percentage point" if pct else "point"
        kind = "rate" if rate else ("percent" if pct else "index_points")
        return _with(fact, end=point.end(), surface=text[fact.start : point.end()], unit=unit, kind=kind)
    points = heads.head_of(fact.subject) == "point"
    earlier = _PCT_POINTS_BEFORE.search(text, sentence_start, fact.start) if fact.unit is None else None
    if earlier is not None and not kinds.names_index(clause) and _OTHER_POINTS.search(fact.sentence) is None:
        word = _POINTS_AFTER.match(text, fact.end)
        if word is not None or (
            _POINTS_VERB.search(clause[-40:]) is not None and _CLAUSE_END.match(text, fact.end) is not None
        ):
            # "domestic demand contributed 0.5 percentage point to growth while foreign trade added 0.2
            # (point)": a sentence's later points are of the same percentage as its first
            end = word.end() if word is not None else fact.end
            kind = "rate" if kinds.is_rate(fact.sentence, "") else "percent"
            subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
            surface = text[fact.start : end]
            return _with(fact, end=end, surface=surface, unit="percentage point", kind=kind, subject=subject)
    if (
        fact.value is not None
        and 0 < fact.value < 1
        and fact.qualifier != "vague"
        and not points
        and _BARE_DECIMAL.fullmatch(fact.surface) is None
    ):
        return _with(fact, kind="ratio")  # "two-thirds of the money", "about a quarter of its workforce"
    if points and _PCT_CONTEXT.search(clause.replace("points", "")) and kinds.is_rate(clause, ""):
        subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
        word = _POINTS_AFTER.match(text, fact.end)
        end = word.end() if word is not None else fact.end
        surface = text[fact.start : end]
        return _with(fact, end=end, surface=surface, unit="percentage point", kind="rate", subject=subject)
    word = _POINTS_AFTER.match(text, fact.end)  # "one point ahead": the subject rules read "point ahead"
    if word is not None and _of_a_percentage(text, fact, clause, word.end()):
        # "support slipped two points to 25%", "a lead of five points in the poll": of a percentage
        subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
        kind = "rate" if kinds.is_rate(clause, "") or kinds.names_rate(subject or "") else "percent"
        surface = text[fact.start : word.end()]
        return _with(
            fact, end=word.end(), surface=surface, unit="percentage point", kind=kind, subject=subject
        )
    to_one = _TO_ONE.match(text, fact.end) if fact.unit is None and (fact.value or 0) > 1 else None
    if to_one is not None and _RATIO_CUE.search(clause[-48:]):
        # "by a margin of two-to-one", "outnumber men by three to one": a ratio, new per one
        return _with(fact, end=to_one.end(), surface=text[fact.start : to_one.end()], kind="ratio")
    hyphened = _HYPHEN_POINTS.match(text, fact.end) if fact.unit is None else None
    if hyphened is not None:
        # "a 10-point lead in the latest poll" (of a percentage), "a five-point lead at the top of the
        # table", "a 500-point drop": the points are the unit, the noun after them what they measure
        if kinds.names_index(fact.sentence):
            return _with(fact, unit="point", kind="index_points")
        if _of_a_percentage(text, fact, clause, fact.end) or (
            _POLL_ONLY.search(fact.sentence) is not None and _OTHER_POINTS.search(fact.sentence) is None
        ):
            kind = "rate" if kinds.is_rate(clause, "") else "percent"
            return _with(fact, unit="percentage point", kind=kind)
        if _PERCENT_FIGURE.search(fact.sentence) and kinds.is_rate(fact.sentence, ""):
            return _with(fact, unit="percentage point", kind="rate")  # "a one-point rise ... rates to 19 pct"
        return _with(fact, unit="point", kind="index_points")
    if (points and (fact.change is not None or kinds.is_index_level(clause, 10.0))) or (
        kinds.is_index_level(clause + " " + (fact.subject or ""), fact.value)
        and (
            fact.subject is None
            or (heads.head_of(fact.subject) or "").rsplit(" ", 1)[-1] in _INDEX_HEADS
            or kinds.names_index(fact.subject)
        )
    ):
        subject = subjects.subject_left(text, sentence_start, fact.start) if points else fact.subject
        return _with(fact, unit="point", kind="index_points", subject=subjects.acceptable(subject))
    if fact.subject is None and _FRACTION_QUOTE.search(fact.surface) and _BOND_PRICE.search(clause):
        return _with(fact, unit="percent", kind="price")
    if _bond_price(text, fact, clause):
        # "The bonds were priced at 99.5", "the note fell 5/32 to 98-16/32", "a 100-1/4 issue price":
        # a security's price in percent of par, written without "pct"
        return _with(fact, unit="percent", kind="price")
    if points and (
        fact.change is not None
        or _POINTS_VERB.search(clause[-40:])
        or _POINTS_MOVE.match(text, fact.end) is not None
    ):
        # "deducted 21 points", "trade knocked off 1.5 points": points are a unit, not what is counted
        word = _POINTS_AFTER.match(text, fact.end)
        end = word.end() if word is not None else fact.end
        subject = subjects.acceptable(subjects.subject_left(text, sentence_start, fact.start))
        return _with(
            fact, end=end, surface=text[fact.start : end], unit="point", kind="index_points", subject=subject
        )
    return fact


_CURRENCY_QUOTE = re.compile(r"(?:^|\s)0\.\d{4,6}(?:/\d{1,3})?$")
"""A currency's dollar quote: below one, to four decimals or more ("0.5512", "0.007191", "0.7085/90")."""
_CURRENCY_NAMED = re.compile(
    r"(?i)\b(?:marks?|yen|(?:swiss\s+)?francs?|dollars?|dlrs|sterling|pounds?|guilders?|lire|currency|currencies)\b"
)

_LEVEL_AFTER = re.compile(r"(?i)\s+(?:area|level|mark|barrier|region|zone)\b")
"""A word after a quote that names its level, not a counted thing: "toward the 0.007200 area"."""


_PERIOD_OR = patterns.led_by(
    "aonlpcf",  # the first letters of its opening words: the search skips to them
    r"(?i)\b(?:a|an|one|(?P<span>next|last|past|coming|first|final))\s+(?P<period>hour|day|week|month|year)\s+or\s+$",
)
_SMALL_WHOLE = re.compile(r"(?i)(?:two|three|four|five|six|[2-9])")
"""After "a year or": a number word or digit that is the same period counted again."""


_SECURITY_HEADS = frozenset(
    {
        "bond",
        "note",
        "debenture",
        "eurobond",
        "issue",
        "gilt",
        "bund",
        "treasury",
        "security",
        "paper",
        "loan",
    }
)
"""What a bare price in percent of par quotes: the security, named as the figure's subject."""
_ISSUE_PRICE_AFTER = re.compile(r"(?i)\s+(?:issue|issuing|reoffer|re-offer|offer)\s+price\b")
"""After a bare quote that is a new issue's price: "a 100-1/4 issue price"."""


def _bond_price(text: str, fact: Fact, clause: str) -> bool:
    """True for a bare number that is a security's price in percent of par.

    It is quoted "at"/"to" after the security and bond words ("priced at 99.5", "the note fell
    5/32 to 98-16/32") with nothing counted after it, or it stands before "issue price";
    par quotes sit near 100, so a bare "issued 120 notes" or "the 9-1/8 debentures" is not one.
    """
    if fact.value is None or not 80 <= fact.value <= 130:
        return False
    if _FRACTION_QUOTE.search(fact.surface) and _ISSUE_PRICE_AFTER.match(text, fact.end):
        return True
    if fact.subject is not None and heads.head_of(fact.subject) not in _SECURITY_HEADS:
        return False
    if _counted_after(text, fact.end):
        return False  # "bonds to 100 investors": the number counts what follows
    return kinds.is_bond_price(clause, fact.value)


_POINTS_AFTER = re.compile(r"\s+points?\b", re.IGNORECASE)
_PERCENT_SIGN = r"\s*(?:%|pct\b|per\s*cent\b|percent\b)"
"""What makes a figure a percentage: "25%", "4.1 pct", "3 per cent", "10 percent"."""
_PERCENT_AFTER = re.compile(
    r"(?i)(?:\s+(?:higher|lower|up|down|ahead|behind))?(?:\s+on\s+the\s+\w+)?,?\s+(?:to|from|at)\s+"
    r"(?:" + HEDGE + r"\s+)?[\d.]+" + _PERCENT_SIGN
)
"""A percentage the points move: "slipped two points to 25%", "rose 0.3 points from 4.1 pct"."""
_POLL_WORDS = patterns.led_by(
    "alpsv", r"(?i)\b(?:polls?|polling|survey|approval|lead|leads|support|vote\s+share|ahead\s+of)\b"
)
_TO_ONE = re.compile(
    r"(?i)(?:-to-|\s+to\s+)one(?=\s*(?:[,;.:)]|$)|\s+(?:in|on|against|among|margin|majority|ratio|vote|split|over|"
    r"for|with|and|or|but)\b)"
)
_RATIO_CUE = re.compile(
    r"(?i)\b(?:margin|ratio|outnumber(?:s|ed|ing)?|outnumbered\s+\w+|by)\s+(?:of\s+)?(?:(?:a|about|almost|nearly|"
    r"roughly|more\s+than|some)\s+)*$|\b(?:ratio|margin)\b[^,;]{0,40}\b(?:is|was|of|at)\s+(?:about\s+)?$"
)
"""What makes "two to one" a ratio: a margin, a ratio, outnumbering ("by a margin of two-to-one")."""
_HYPHEN_POINTS = re.compile(
    r"(?i)-points?\s+(?:lead|gap|margin|advantage|cushion|deficit|swing|drop|fall|gain|rise|jump|slide|"
    r"decline|plunge|rally|slump|advance|loss|surge)s?\b"
)
"""Points glued to their figure before what they measure: "a 10-point lead", "a 500-point drop"."""
_POLL_ONLY = patterns.led_by("opsv", r"(?i)\b(?:polls?|polling|pollsters?|opinion\s+surveys?|voters?)\b")
"""Words that make a points lead one of a poll's percentages, with no percentage written."""
_PERCENT_FIGURE = re.compile(r"\d" + _PERCENT_SIGN, re.IGNORECASE)
_OTHER_POINTS = patterns.led_by(
    "bdfgilmnstvw",
    r"(?i)\b(?:bonds?|notes|treasur(?:y|ies)|gilts?|bunds?|futures|scores?|scored|league|match|game|"
    r"deducted|beat|won|victory|ladder|table)\b",
)
"""Points of a bond or futures price or of a score: index-like points, never of a percentage."""


def _of_a_percentage(text: str, fact: Fact, clause: str, end: int) -> bool:
    """True when points (ending at ``end``) are percentage points: of a percent, not of an index.

    They are when a percentage follows that they move to or from ("slipped two points to 25%"),
    or when a poll states its figures in percent ("a lead of five points", "one point ahead");
    never beside a market index, a bond or futures price, or a score.
    """
    if kinds.names_index(clause + " " + (fact.subject or "")) or _OTHER_POINTS.search(fact.sentence):
        return False
    if _PERCENT_AFTER.match(text, end):
        return True
    return _POLL_WORDS.search(fact.sentence) is not None and _PERCENT_FIGURE.search(fact.sentence) is not None


_POINTS_VERB = re.compile(
    r"(?i)\b(?:deducted|docked|scored|scores|gained|gains|lost|loses|knocked\s+off|added|adds|shed|sheds|won|"
    r"wins|trails?|trailed|led|leads|rose|fell|dropped|climbed|jumped|slipped|up|down|by)\s+"
    r"(?:(?:" + HEDGE + r"|a\s+further|another)\s+)?$"
)
_PCT_POINTS_BEFORE = re.compile(r"(?i)\b(?:percentage|pct|per\s*cent)\s+points?\b")
"""Points named as percentage points earlier in the sentence: "contributed 0.5 percentage point"."""
_CLAUSE_END = re.compile(r"\s*(?:[.;]|,\s+(?:while|and|but|with)\b|$)")
"""The figure ends its clause: "while foreign trade added 0.2."."""
_POINTS_MOVE = re.compile(r"(?i)\s+points?\s+(?:higher|lower|up|down|ahead|behind|clear)\b")
"""Points as a unit: a change or score ("deducted 21 points"), not places ("at four points")."""


_PRONOUN_MOVE = re.compile(
    r"(?P<pronoun>It|They)\s+(?:(?:also|then|later|has|have|had|was|were|is|are)\s+)?"
    r"(?:rose|fell|gained|dropped|jumped|slipped|slid|climbed|declined|increased|decreased|surged|"
    r"tumbled|plunged|eased|edged|advanced|grew|shrank|added|lost|ended|closed|finished|stood|"
    r"starts?|costs?|sells?|retails?|weighs?|totall?ed|reached|hit|rising|falling)\b[^,;]*$"
)
"""A sentence that opens on a pronoun and moves, stands or costs, up to the figure ("They fell 2%",
"It starts at $999"): the pronoun is the figure's subject, with no comma or clause in between."""
_NOT_IN_PHRASE = (
    r"(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Tt]his|[Tt]hat|[Bb]ut|[Aa]nd|[Oo]n|[Ii]n|[Aa]t|[Ff]or|[Aa]fter|"
    r"[Tt]he|[Aa]|[Aa]n|to|of|by|with|said|says|told|would|will|could|did|does|do|has|have|had)\b"
    r"|[a-z]+(?:ed|ing)\b"
)
"""Words no opening noun phrase holds: pronouns, conjunctions, prepositions, verbs."""
_OPENING_MOVE = re.compile(
    r"(?:[Tt]he\s+)?(?P<np>(?:(?!" + _NOT_IN_PHRASE + r")(?:[A-Z][\w.&-]*|[a-z][a-z-]+)\s+){0,3}?"
    r"(?!" + _NOT_IN_PHRASE + r")(?:[A-Z][\w.&-]*|[a-z][a-z-]+))"
    r"\s+(?:(?:also|then|has|have|had|was|were)\s+)?(?P<verb>[a-z]+ed|rose|fell|grew|hit|slid|shrank|lost|"
    r"stood|were|was|are|is)\b(?P<object>\s+(?:the|a|an|its|their|his|her|that)\b)?"
)
"""The noun phrase a sentence opens on and the verb it does, with a determiner when an object follows."""


def _pronoun_referent(text: str, fact: Fact, sentence_starts: list[int]) -> str | None:
    """What "It"/"They" opening the figure's sentence stands for: the noun phrase the sentence before
    opened on, when it is the subject of an intransitive move ("German exports fell for a third month.
    They dropped 1.2%"); not a name that acted on an object ("Apple unveiled the iPhone 17. It
    starts at $799": the pronoun is the phone), nor a plural pronoun for a singular phrase."""
    move = _PRONOUN_MOVE.match(fact.sentence, 0, fact.start - sentence_starts[fact.sentence_index])
    if move is None:
        return None
    before = text[sentence_starts[fact.sentence_index - 1] : sentence_starts[fact.sentence_index]]
    opening = _OPENING_MOVE.match(before.strip())
    if opening is None:
        return None
    noun = opening.group("np")
    last = noun.rsplit(None, 1)[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    if (move.group("pronoun") == "They") != plural:
        return None
    if opening.group("object") is not None and noun[:1].isupper() and not plural:
        return None
    return subjects.acceptable(noun)


_SAID_THAT = re.compile(r" said\s+(?:(?:last|on|late|early)\s+[A-Z][a-z]+\s+)?(?:that\s+)?")
"""A speaker's "said (last Friday) (that)" opening a reported clause."""
_REPORTED_VERB = re.compile(
    r"\s+(?:had|has|have|was|is|were|are|will|would|could|may|might|must|expects|plans|[a-z]{3,}ed)\b"
)
"""The verb after a reported clause's name ("that Yugoslavia had repaid"): the name is its subject."""
_SAYER_OWN = re.compile(r"\bthe\s+(?:company|group|firm|bank)['’]s?\b|\bsaid\b", re.IGNORECASE)
"""Words that point a reported figure back at its speaker ("the company's revenues"): no new about."""


def _reported_subject(sentence: str, names: list[entities.Name], position: int, about: str) -> str | None:
    """The proper name a reported clause opens on, when the figure sits in that clause and ``about``
    is the one who reports it ("Milos Milosavljevic ... said last Friday that Yugoslavia had repaid
    640 mln dlrs": Yugoslavia); never when the figure's phrase points back at the sayer ("the
    company's revenues" before or soon after it, "Westar's 10,000 acre prospect")."""
    said = None
    for found in _SAID_THAT.finditer(sentence, 0, position):
        said = found
    if said is None:
        return None
    at = sentence.find(about)
    if at < 0 or at >= said.start():
        return None  # the figure's ``about`` is not the sayer
    name = next((name for name in names if name.start == said.end()), None)
    if (
        name is None
        or name.text == about
        or (entities.person_name(name) and not name.is_corporate)
        or name.is_source
        or not (name.is_place or name.is_corporate or " " not in name.text)
    ):
        return None
    end = name.start + len(name.text)
    if _REPORTED_VERB.match(sentence, end) is None:
        return None
    between = sentence[end : position + 60]
    if about in between or _SAYER_OWN.search(between) is not None:
        return None
    return name.text


_NOTE_VERB = re.compile(r"\s(?:include|exclude|reflect)(?:s|d|ed)?\s")
"""The verb of an earnings note ("Results include extraordinary gains of 952,000")."""
_NOTED_REST = re.compile(
    r"(?:\s+(?!(?:of|for|in|and|or|vs|from|on|at|to|which|that|had|has|have|was|were|is|are|qtr|quarter|"
    r"year|yr)\b)(?![a-z]+(?:ing|ed)\b)[A-Za-z][\w-]*){0,2}"
)
"""Up to two words after a note's verb that stay part of the noted noun, not a verb or a time word."""


def _noted_item(sentence: str, subject: str) -> str:
    """The item an earnings note books, from a subject read across its verb ("Net excludes tax
    loss carryforward" -> "tax loss carryforward", "Results include extraordinary" -> "extraordinary
    gains", the noun the phrase was cut before)."""
    verb = _NOTE_VERB.search(subject)
    assert verb is not None
    item = subject[verb.end() :]
    if not item:
        return subject
    at = sentence.find(subject)
    if at >= 0:
        rest = _NOTED_REST.match(sentence, at + len(subject))
        if rest is not None:
            item += rest.group(0)
    return item
