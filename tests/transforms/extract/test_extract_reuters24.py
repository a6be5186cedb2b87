"""Fields from the reuters24 audit: names that run over a legal suffix's full stop, a headline company
that runs on into the headline's words, and a company or a place taken for what a figure measures."""

from extract_helpers import one

from transforms.extract import entities


def test_name_stops_after_a_legal_suffix() -> None:
    text = (
        "Analysts at Smith Barnes Asia Ltd. Jade Matheson's shares have lost 1.50 H.K. Dlrs since "
        "Monday to stand at 18.20 dlrs today."
    )
    names = [name.text for name in entities.names_in(text)]
    assert "Smith Barnes Asia Ltd" in names and "Jade Matheson" in names
    assert "Lehman Bros. Inc" in [name.text for name in entities.names_in("Lehman Bros. Inc said so.")]


def test_headline_company_stops_where_the_body_name_does() -> None:
    text = (
        "Northern Bank Holdings Ltd said it could not give a forecast.\n\n"
        "Northern Bank previously reported that 1986 net income rose by 11.2 pct to 88.0 mln rand."
    )
    fact = one(
        text, "88.0 mln rand", headline="NORTHERN BANK UNABLE TO GIVE FORECAST", dateline="JOHANNESBURG"
    )
    assert fact.about == "Northern Bank"


def test_headline_company_whole_when_the_body_writes_it() -> None:
    text = "Westfield Bancorp said quarterly net rose to 4.1 mln dlrs."
    assert (
        one(text, "4.1 mln dlrs", headline="WESTFIELD BANCORP SEES HIGHER NET").about == "Westfield Bancorp"
    )


def test_ticker_name_after_a_sentence_end() -> None:
    text = (
        "Service will begin on the route between Paris and Osaka. Nippon Cargo Lines Co <NCLX.T> already "
        "operates two flights a week on that route."
    )
    assert one(text, "two", dateline="TOKYO").about == "Nippon Cargo Lines Co"


def test_company_moving_is_no_subject() -> None:
    text = "Tai Fung was down two dlrs at 41.25 dlrs and Tai Cheung fell 3.25 dlrs to 49.75 dlrs."
    fact = one(text, "3.25 dlrs", dateline="HONG KONG")
    assert fact.subject_head is None
    assert fact.about == "Tai Cheung"


def test_capitalised_table_words_keep_their_subject() -> None:
    text = "The department put Gross National Product at 4,200 billion dlrs."
    assert one(text, "4,200 billion dlrs").subject_head == "product"


def test_livestock_report_prices_after_weights() -> None:
    text = (
        "Feeder cattle were steady, the usda said.\n\n"
        "heifers - choice 2-3 900-1050 lbs 62.00-63.50, few 64.00."
    )
    price = one(text, "62.00-63.50", dateline="omaha")
    assert (price.kind, price.unit, price.subject_head) == ("price", "US dollar", "heifer")
    assert one(text, "64.00", dateline="omaha").unit == "US dollar"
    assert one(text, "900-1050 lbs", dateline="omaha").subject_head == "heifer"


def test_bare_decimals_without_a_weight_stay_counts() -> None:
    assert one("Imports 10.69 10.61 12.82 12.82", "10.61").unit is None


def test_two_modifiers_share_the_counted_noun() -> None:
    text = "The two locals represent about 1,900 production and maintenance workers."
    assert one(text, "about 1,900").subject_head == "worker"


def test_a_plural_before_and_keeps_its_count() -> None:
    assert one("The dealer sold 300 cars and trucks last month.", "300").subject_head == "car"
    text = "It carries a margin over Libor, with a seven year maturity and four years grace."
    assert one(text, "seven year").subject_head == "maturity"


def test_gas_sold_by_the_million_btu_is_a_price() -> None:
    text = "Contract gas reached as high as 4.30 to 4.40 dlrs per mln btu, an official said."
    fact = one(text, "4.30 to 4.40 dlrs")
    assert (fact.kind, fact.subject_head) == ("price", "gas")
    assert one("Gas sold for 1.85 dlrs per mcf last year.", "1.85 dlrs").kind == "price"


def test_denominations_an_issue_is_available_in() -> None:
    text = "The issue is available in denominations of 1,000 and 10,000 dlrs and will be listed in Paris."
    assert one(text, "1,000", dateline="LONDON").subject_head == "denomination"


def test_a_number_word_opening_a_sentence_is_no_name() -> None:
    text = "Twelve Korean banks have offices here and Korean institutions operate 28 finance companies."
    assert one(text, "28", dateline="HONG KONG").about != "Twelve Korean"


def test_a_count_then_a_clause_after_and_shares_no_noun() -> None:
    fact = one("A quake struck early Sunday, killing at least 12 people and injuring dozens.", "at least 12")
    assert fact.subject == "people"
