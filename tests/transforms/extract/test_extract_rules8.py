"""Systematic classes fixed in extractor 1.9, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import extract

_FLATS = "Flat prices eased in March, with the median now at £312,000, down from £330,000."


# Class 1: an adverb between a noun and "at" ("with the median now at $435,000") is no part of the noun.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Shares of Acme slid, with the stock currently at 41 dlrs.", "41 dlrs", "stock"),
        (_FLATS, "£312,000", "median"),
        (_FLATS, "£330,000", "median"),
        ("Inflation cooled, with the core rate still at 3.4 percent.", "3.4 percent", "rate"),
    ],
)
def test_an_adverb_before_at_is_no_part_of_the_noun(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 2: a sum restated after ", or" (often in another currency) measures what the first sum does,
# and a change after it ("..., up 9%") keeps that subject.
_RESTATED = (
    "Tata Steel posted a net profit of Rs 4,100 crore, or about $490 million, up 9 per cent on the year."
)


@pytest.mark.parametrize(("surface", "head"), [("$490 million", "profit"), ("9 per cent", "profit")])
def test_a_sum_restated_after_or_keeps_the_subject(surface: str, head: str) -> None:
    assert one(_RESTATED, surface).subject_head == head


def test_a_sum_in_another_currency_after_or() -> None:
    fact = one("The club agreed a fee of £40m, or about €47m, with the Italian side.", "€47m")
    assert (fact.unit, fact.subject_head) == ("euro", "fee")


# Class 3: ", up 40,000" after a count is a change of that count: same noun, and a direction.
@pytest.mark.parametrize(
    ("text", "surface", "head", "change"),
    [
        (
            "The agency said 8.2 million people visited the parks last year, up 600,000 on 2022.",
            "600,000",
            "people",
            "up",
        ),
        ("Payrolls grew to 158 million jobs in May, down 40,000 from April.", "40,000", "job", "down"),
    ],
)
def test_a_count_change_after_its_comma(text: str, surface: str, head: str, change: str) -> None:
    fact = one(text, surface)
    assert (fact.subject_head, fact.change) == (head, change)


# Class 4: a sentence-case headline that opens on a common noun names no company, also when the
# body writes the noun in the plural ("Glacier losses accelerate" over "Alpine glaciers shrank").
@pytest.mark.parametrize(
    ("headline", "text", "surface"),
    [
        ("Glacier losses accelerate", "Alpine glaciers shrank by 3% in volume over the summer.", "3%"),
        ("Refinery output slumps", "Two refineries in the north cut output by 12% after the fire.", "12%"),
    ],
)
def test_a_headline_common_noun_in_the_plural_is_no_company(headline: str, text: str, surface: str) -> None:
    found = [fact for fact in extract(text, headline=headline, dateline="Leeds") if fact.surface == surface]
    assert found and found[0].about is None


def test_a_headline_company_is_still_read() -> None:
    found = extract("Kinross said gold output rose 8% to 520,000 ounces.", headline="Kinross output rises")
    assert {fact.about for fact in found} == {"Kinross"}


# Class 5: a hyphened figure is an adjective, and a participle after it is one too
# ("a five-year fixed rate"): the tenor measures the noun phrase it opens.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The average 15-year fixed mortgage rate rose to 5.4 percent, Zillow said.", "15-year", "rate"),
        ("The bank offers a five-year fixed rate of 4.1%.", "five-year", "rate"),
        ("The striker signed a three-year guaranteed contract with the club.", "three-year", "contract"),
    ],
)
def test_a_participle_after_a_hyphened_figure_is_an_adjective(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_participle_after_a_plain_figure_is_still_a_verb() -> None:
    assert one("Shares rose 5% owned by the state.", "5%").subject_head == "share"


# Class 6: a headline that names a country leaves the figure to the city or locality of the
# sentence inside it ("Italy swelters" over "44.1C in Palermo"); another country stays a partner.
@pytest.mark.parametrize(
    ("headline", "dateline", "text", "surface", "about"),
    [
        (
            "Italy swelters in heatwave",
            "Rome",
            "Temperatures reached 44.1C in Palermo on Monday.",
            "44.1C",
            "Palermo",
        ),
        (
            "Storm batters Germany",
            "Berlin",
            "The storm left 12,000 homes without power in Hamburg.",
            "12,000",
            "Hamburg",
        ),
        ("Japan exports rise", "Tokyo", "Exports to France rose 4% in May.", "4%", "Japan"),
    ],
)
def test_a_place_inside_the_headline_country(
    headline: str, dateline: str, text: str, surface: str, about: str
) -> None:
    found = [fact for fact in extract(text, headline=headline, dateline=dateline) if surface in fact.surface]
    assert found and found[0].about == about


# Class 7: "closed up 42 points, or 0.5%, at 8,285": the closing level after the restated change
# is of what closed (as "..., to 19,250" already was).
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The Nikkei 225 ended down 310 points, or 1.2 per cent, at 38,400.5.", "38,400.5", "nikkei 225"),
        ("The Kospi index closed up 21.3 points, or 0.8%, at 2,705.1 on Friday.", "2,705.1", "index"),
    ],
)
def test_a_closing_level_after_a_restated_change(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 8: a place right after what a count counts ("9,000 homes in Ohio") is what the count is
# about, before the clause's own subject; a story about a company keeps its company.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The storm knocked out power to more than 400,000 homes in Ohio on Friday.", "400,000", "Ohio"),
        ("The United Nations said it would send 1,200 peacekeepers in Mali by March.", "1,200", "Mali"),
        ("The outbreak was linked to 310 deaths in Brazil last month.", "310", "Brazil"),
    ],
)
def test_a_place_after_the_counted_noun(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_company_story_keeps_its_company() -> None:
    found = extract("Acme Corp said it will cut 1,300 jobs in France.", headline="Acme Corp to cut jobs")
    assert found and found[0].about == "Acme Corp"


# Class 9: the percent change of an economy or its product is a growth rate.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brazil's economy grew 2.9 per cent last year.", "2.9 per cent"),
        ("The Dutch economy contracted 0.4% in the second quarter.", "0.4%"),
        ("Gross domestic product rose 0.6 percent in the quarter, the agency said.", "0.6 percent"),
    ],
)
def test_an_economy_changing_in_percent_is_a_rate(text: str, surface: str) -> None:
    assert one(text, surface).kind == "rate"


def test_a_share_of_jobs_is_no_rate() -> None:
    assert one("The digital economy accounts for 10% of jobs.", "10%").kind == "percent"


# Class 10: "the city" or "the capital" of a datelined story is the dateline city: "70% of the
# city", "Rents in the capital rose 3.1%", "The city has 9.7 million residents".
@pytest.mark.parametrize(
    ("dateline", "text", "surface"),
    [
        ("Kyiv", "Officials said 40% of the city was without heating on Monday.", "40%"),
        ("Lisbon", "House prices in the capital rose 6.2% last year.", "6.2%"),
        ("Lima", "The city has 9.7 million residents, the census office said.", "9.7 million"),
    ],
)
def test_the_city_is_the_dateline_city(dateline: str, text: str, surface: str) -> None:
    found = [fact for fact in extract(text, dateline=dateline) if surface in fact.surface]
    assert found and found[0].about == dateline


def test_north_of_the_capital_is_no_about() -> None:
    text = "The fire has burned through 12,000 hectares north of the capital."
    found = extract(text, dateline="Athens")
    assert found and found[0].about != "Athens"


# Class 11: units of general news the table lacked: container traffic in TEUs, chip sizes in nanometres.
@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        (
            "The port handled 3.2 million TEUs in the first half.",
            "3.2 million TEUs",
            "twenty-foot equivalent unit",
            "other",
        ),
        ("Demand for 2-nanometre chips will double, the company said.", "2-nanometre", "nanometre", "length"),
    ],
)
def test_teu_and_nanometre_units(text: str, surface: str, unit: str, kind: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, kind)


def test_a_volume_in_teus_measures_its_clause_subject() -> None:
    fact = one("Container volumes at the port rose to 38.2 million TEUs last year.", "38.2 million")
    assert fact.subject_head == "volume"


# Class 12: what an amount is "worth": the noun right before "worth", past a verb and its article
# ("will receive a bonus worth £500"), or after a comma the thing the figure before measures.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Staff will receive a bonus worth £500 each.", "£500", "bonus"),
        ("Nurses will get a 5% pay rise, worth about £1,800 a year for a typical nurse.", "£1,800", "pay"),
        ("Acme holds a 10% stake, worth about $2bn at current prices.", "$2bn", "stake"),
    ],
)
def test_what_an_amount_is_worth(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 13: a clause that opens on a bare plural and an irregular past verb is no label
# ("Hackers stole $40m" is no row "Hackers stole"): the verb never heads a subject.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Hackers stole $40m from the exchange.", "$40m"),
        ("Shoppers spent £1.2bn over the weekend.", "£1.2bn"),
        ("Visitors paid €22 a head.", "€22"),
    ],
)
def test_an_irregular_past_verb_never_heads_a_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject_head not in ("stole", "spent", "paid")


def test_a_label_row_still_reads() -> None:
    assert one("Aluminium production 96,000 tonnes", "96,000").subject_head == "production"


# Class 14: after a count, ", up 12%" changes that count, and a bare "target of 800" or
# "forecasts of 445,000" counts the same things.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The museum attracted 1.4 million visitors last year, up 12% on 2022.", "12%", "visitor"),
        ("The firm sold 2.1 million phones, down 4% from a year earlier.", "4%", "phone"),
        (
            "Tesla delivered 466,000 vehicles in the quarter, beating forecasts of 445,000.",
            "445,000",
            "vehicle",
        ),
        ("The builder completed 9,200 homes, short of its target of about 10,000.", "10,000", "home"),
    ],
)
def test_a_change_or_target_after_a_count(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 15: a definite common noun in the possessive that opens the figure's subject owns it
# ("The council's budget will rise by £12m": about the council).
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The council's budget will rise by £12m next year.", "£12m", "council"),
        ("The group's operating profit rose 8% to £1.1bn.", "£1.1bn", "group"),
    ],
)
def test_a_definite_possessive_owns_the_figure(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_an_indefinite_possessive_owns_nothing() -> None:
    assert one("A man's body was found 3 miles from the road.", "3 miles").about is None


# Class 16: "pre-tax" and "after-tax" name no tax: a change of pre-tax profit is a percent, not a rate.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The group's pre-tax profit rose 8% to £1.1bn.", "8%", "percent"),
        ("After-tax earnings fell 4 pct in the quarter.", "4 pct", "percent"),
        ("Corporation tax will rise to 25% in April.", "25%", "rate"),
    ],
)
def test_pre_tax_is_no_tax(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind


def test_its_stands_for_the_possessive_owner() -> None:
    fact = one("The carmaker's sales rose 9% in March, while its exports fell 2%.", "2%")
    assert (fact.subject_head, fact.about) == ("export", "carmaker")


def test_a_percent_more_than_after_a_count() -> None:
    text = "The airline carried 8.4 million passengers in July, 6% more than a year earlier."
    assert one(text, "6%").subject_head == "passenger"


# Class 17: a fraction word before a sum ("fell by a third to £12m") is a ratio, no sum of money.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Donations to the charity fell by a third to £12m.", "a third"),
        ("Profits rose by a quarter to $40m.", "a quarter"),
    ],
)
def test_a_fraction_before_a_sum_takes_no_unit(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (None, "ratio")


# Class 18: the object of a verb that moves it ("pushed temperatures to 41C", "sent shares to a
# record 310p", "pushed the index to a new high of 8,400") is what the figure measures.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The heatwave pushed temperatures to 41C in Madrid.", "41C", "temperature"),
        ("The results sent shares to a record 310p.", "310p", "share"),
        ("The rally pushed the index to a new high of 8,400.", "8,400", "index"),
        ("Strong demand lifted output to a record 4.2 mln tonnes.", "4.2 mln tonnes", "output"),
    ],
)
def test_the_moved_object_is_measured(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 19: a present verb before "at" is no part of the noun ("Ticket prices start at £45"), and
# "overnight" is no subject ("The river rose 2 metres overnight").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Ticket prices start at £45 for adults.", "£45", "price"),
        ("Mortgage rates hover at 6.2%, the lender said.", "6.2%", "rate"),
        ("The river rose 2 metres overnight.", "2 metres", "river"),
    ],
)
def test_present_verbs_and_overnight(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 20: a company whose name opens on "General" is a name, not a title ("General Motors").
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "General Motors said it sold 2.6 million vehicles in the U.S. last year.",
            "2.6 million",
            "General Motors",
        ),
        ("General Mills Inc said quarterly profit rose 6 pct.", "6 pct", "General Mills Inc"),
    ],
)
def test_a_general_company_is_a_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_a_general_is_still_a_title() -> None:
    assert one("General Petraeus said 3,000 troops would leave.", "3,000").about != "General Petraeus"


# Class 21: "expect X to reach N": X is what N measures; "doubled", "halved" are change verbs.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Analysts at Goldman Sachs expect oil to reach $100 a barrel.", "$100", "oil"),
        ("Economists expect inflation to fall to 2.5% by June.", "2.5%", "inflation"),
        ("Meta's quarterly profit doubled to $14bn.", "$14bn", "profit"),
        ("The carrier's losses halved to £120m last year.", "£120m", "loss"),
    ],
)
def test_control_verbs_and_doubling(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 22: a verb right before the next figure ends the noun phrase of a hyphened measure
# ("The 2.3-mile tunnel cost £1.1bn": the tunnel, not "tunnel cost").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The 2.3-mile tunnel cost £1.1bn to build.", "2.3-mile", "tunnel"),
        ("The 400-metre tower topped 1,000 visitors a day in its first week.", "400-metre", "tower"),
    ],
)
def test_a_verb_before_a_figure_ends_the_phrase(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_cost_increase_keeps_its_noun() -> None:
    assert one("A 5% cost increase hit margins.", "5%").subject_head == "cost"


# Class 23: a plural inside a compound subject is no verb ("The consumer goods giant will cut").
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("The consumer goods giant will cut 7,500 jobs this year.", "7,500", "consumer goods giant"),
        ("The sports car maker will build 20,000 vehicles next year.", "20,000", "sports car maker"),
    ],
)
def test_a_plural_inside_a_compound_is_no_verb(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Class 24 (narrowed): a lone capitalised word that opens a sentence is not taken for the company a
# later "it" or "the airline" stands for: in wire copy it is as often a market word.
def test_a_market_word_opening_a_sentence_is_no_company_for_later_figures() -> None:
    text = (
        "Overnight was little changed at 6-5/16 pct. Dealers said it would stay near 6-1/4 pct, "
        "and one month slipped to 6.40 pct."
    )
    later = [fact for fact in extract(text) if fact.sentence_index > 0]
    assert later and all(fact.about != "Overnight" for fact in later)


def test_its_at_a_sentence_start_refers_back_to_a_company() -> None:
    text = "Barclays Plc said profit rose 5 pct. Its shares fell 4% to 132p."
    found = [fact for fact in extract(text, headline="Britain bank shares slide") if fact.surface == "4%"]
    assert found and found[0].about == "Barclays Plc"


# Class 25: a place that frames the sentence ("In Greece, ...") is what its figures are about,
# before a headline's wider region; a market quote stays about what it quotes.
def test_a_fronted_place_frames_the_sentence() -> None:
    text = (
        "The heatwave has killed 1,200 people across Europe. In Greece, temperatures reached 44C on Saturday."
    )
    found = [
        fact for fact in extract(text, headline="Europe heatwave", dateline="Athens") if fact.surface == "44C"
    ]
    assert found and found[0].about == "Greece"


def test_a_fronted_place_leaves_a_quote_alone() -> None:
    assert one("In Tokyo, the dollar rose to 151.20 yen.", "151.20").about == "dollar"


# Class 26: the rupee written "Rs" or "Rs." before its number: no name, no sentence end.
def test_rs_is_a_currency_not_a_name() -> None:
    fact = one("Infosys reported a net profit of Rs 6,106 crore for the quarter.", "6,106")
    assert (fact.unit, fact.subject_head, fact.about) == ("rupee", "profit", "Infosys")


def test_rs_with_a_full_stop_ends_no_sentence() -> None:
    fact = one("Tata Motors said it posted a profit of Rs. 5,400 crore.", "5,400")
    assert (fact.surface, fact.unit, fact.value) == ("Rs. 5,400 crore", "rupee", 54_000_000_000.0)


# Class 27: the Australian and New Zealand press write the currency before the dollar sign's
# number: "$US13.7 billion" (US dollar), "$A2.6 billion", "$NZ400 million".
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("BHP posted a profit of $US13.7 billion.", "$US13.7 billion", "US dollar"),
        ("Qantas will buy 24 new aircraft worth $A2.6 billion.", "$A2.6 billion", "Australian dollar"),
        ("Fonterra said the deal is worth $NZ400 million.", "$NZ400 million", "New Zealand dollar"),
    ],
)
def test_currency_letters_after_the_dollar_sign(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.unit, fact.kind) == (surface, unit, "money")
    assert fact.about is None or "400" not in fact.about


def test_a_glued_name_still_is_no_number() -> None:
    assert [fact.surface for fact in extract("The B52 flew for 3 hours.")] == ["3 hours"]


# Class 28: currency signs of general news beyond $, £, €, ¥: ₹ (rupee), ₩ (won), ₽ (rouble), ₦ (naira).
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Reliance will invest ₹75,000 crore in the project.", "₹75,000 crore", "rupee"),
        ("Samsung posted an operating profit of ₩10.4 trillion.", "₩10.4 trillion", "won"),
        ("Sberbank earned ₽1.5 trillion last year.", "₽1.5 trillion", "rouble"),
        ("The lender raised ₦50 billion from investors.", "₦50 billion", "naira"),
    ],
)
def test_more_currency_signs(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.unit, fact.kind) == (surface, unit, "money")


# Class 29: "within 5 miles of the capital" locates; the place after "of" is not what is measured.
# Since 1.11 the clause's own subject is (the guide's "lava came within 200 metres of the town").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The asteroid will pass within 30,000km of Earth on Friday.", "30,000km", "asteroid"),
        ("Rebel troops came within 5 miles of the capital.", "5 miles", "troop"),
    ],
)
def test_within_a_distance_of_a_place_measures_nothing_named(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_stretch_of_coastline_is_measured() -> None:
    assert one("The road runs for 30km of coastline.", "30km").subject_head == "coastline"


# Class 30: a plural and its present verb before the figure are a clause, not a label
# ("Rents average €1,800 a month": rents).
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Rents average €1,800 a month in the city centre.", "€1,800", "rent"),
        ("Fares cost £4.50 for a single journey.", "£4.50", "fare"),
    ],
)
def test_a_plural_and_its_verb_are_no_label(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 31: change verbs that take an adverb ("edged lower", "crept up") or name a pace ("slowed").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Factory output edged lower by 0.2% in April.", "0.2%", "output"),
        ("Wages inched up 0.1% in May.", "0.1%", "wage"),
        ("Core inflation slowed to 2.1% in June.", "2.1%", "inflation"),
    ],
)
def test_more_change_verbs(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 32: a sentence-case headline that opens on a company or central bank named as such, then its
# verb, names the story's company ("Deutsche Bank to cut 3,500 jobs", "Bank of Japan raises rates").
@pytest.mark.parametrize(
    ("headline", "text", "surface", "about"),
    [
        (
            "Deutsche Bank to cut 3,500 jobs",
            "Germany's biggest lender will cut 3,500 jobs, mostly in back-office roles.",
            "3,500",
            "Deutsche Bank",
        ),
        (
            "Bank of Japan raises rates",
            "The central bank raised its short-term rate to 0.25% from 0.1%.",
            "0.25%",
            "Bank of Japan",
        ),
    ],
)
def test_a_headline_company_named_as_such(headline: str, text: str, surface: str, about: str) -> None:
    found = [fact for fact in extract(text, headline=headline, dateline="Tokyo") if fact.surface == surface]
    assert found and found[0].about == about


def test_a_group_of_seven_headline_names_no_company() -> None:
    found = extract("Leaders pledged $50bn for Ukraine.", headline="Group of Seven meets in Italy")
    assert found and found[0].about != "Group"


# Class 33: irregular past verbs end a noun phrase ("The 10-day festival drew 200,000 visitors"),
# a verb-like noun after "The" or a hyphened figure stands as a noun ("The five-year plan will cost"),
# and "-year-old" gives a thing's age above a person's ("the 150-year-old firm").
@pytest.mark.parametrize(
    ("text", "surface", "head", "about"),
    [
        ("The 10-day festival drew 200,000 visitors.", "10-day", "festival", "festival"),
        ("The plan will cost £3bn over a decade.", "£3bn", "plan", "plan"),
        ("The five-year plan will cost $12bn.", "$12bn", "plan", "five-year plan"),
    ],
)
def test_nouns_and_past_verbs(text: str, surface: str, head: str, about: str) -> None:
    fact = one(text, surface)
    assert (fact.subject_head, fact.about) == (head, about)


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Shares of the 150-year-old firm fell 3%.", "150-year", "firm"),
        ("The 400-year-old oak was felled.", "400", "oak"),
    ],
)
def test_a_things_age_above_a_persons(text: str, surface: str, head: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit, fact.subject_head) == ("age", "year", head)


def test_a_large_bare_figure_after_a_name_is_no_age() -> None:
    assert one("Acme, 150, was the last.", "150").kind != "age"


# Class 34: a count after ", up from" is the old level of the same count; a sum spent "in the summer
# transfer window" is spent in a time, on no thing.
def test_up_from_a_bare_count_keeps_the_noun() -> None:
    text = "Health officials reported 481 measles cases, up from 422 a week earlier."
    assert one(text, "422").subject_head == "case"


def test_a_sum_spent_in_a_season_measures_no_window() -> None:
    fact = one("Premier League clubs spent a record £2.4bn in the summer transfer window.", "£2.4bn")
    assert fact.subject_head != "window"


def test_a_sum_invested_in_plants_is_still_theirs() -> None:
    assert one("The firm will invest $40bn in two plants.", "$40bn").subject_head == "plant"


def test_a_measure_opening_the_clause_is_no_entity_the_company_named_before_is() -> None:
    """ "The increase brings prices to ...": an increase is about nothing; the company that made it is."""
    text = (
        "Harbourline Oil Corp said it raised its posted prices by 40 cts a barrel.\n\n"
        "The increase brings its light crude price to 21.50 dlrs, it said."
    )
    assert one(text, "21.50 dlrs").about == "Harbourline Oil Corp"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Refinery copper use nearly doubled to 3,100 tonnes in May.", "3,100 tonnes", "use"),
        ("Exports almost tripled to 4.2 mln tonnes last year.", "4.2 mln tonnes", "export"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head
