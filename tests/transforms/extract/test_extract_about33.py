from extract_helpers import one


def test_two_word_source_reporting_in_its_survey_is_a_body() -> None:
    text = "The 15-year mortgage rate rose to 6.1% this week, Freddie Mac said in its weekly survey."
    assert one(text, "6.1%").about == "Freddie Mac"


def test_two_word_source_in_his_note_stays_a_person() -> None:
    text = "Sales of existing homes fell 4.9% in May, Andy Wrobleski said in his note."
    assert one(text, "4.9%").about != "Andy Wrobleski"


def test_bare_two_word_source_stays_a_person() -> None:
    text = "Rainfall in July was 40% above average, John Hammond said."
    assert one(text, "40%").about is None


def test_asset_class_noun_refers_back_to_the_asset() -> None:
    text = "Bitcoin rose as high as $103,800 on Thursday. The cryptocurrency has gained 140% this year."
    assert one(text, "140%", headline="Bitcoin hits record").about == "Bitcoin"


def test_precious_metal_refers_back_to_gold() -> None:
    text = "Gold climbed to a record $3,200 an ounce. The precious metal has gained 22% this year."
    assert one(text, "22%").about == "Gold"


def test_deal_price_is_the_buyers() -> None:
    assert one("Pfizer agreed to acquire Seagen for $43 billion in cash.", "$43 billion").about == "Pfizer"


def test_deal_price_is_the_buyers_after_said_it_would() -> None:
    text = "Broadcom said it would purchase VMware for $61 billion."
    assert one(text, "$61 billion").about == "Broadcom"


def test_bare_plural_class_opener_is_no_name() -> None:
    assert one("Airlines carried 4.1 million passengers in May.", "4.1 million").about is None


def test_money_market_funds_keep_their_name() -> None:
    assert one("Funds averaged six pct on Friday.", "six pct").about == "Funds"


def test_named_unit_before_its_measure_beats_the_story_company() -> None:
    text = (
        "Alphabet said net income rose 28% to $26.3 billion in the second quarter. "
        "Google Cloud revenue rose 32% to $13.6 billion."
    )
    assert one(text, "32%", headline="Alphabet profit jumps").about == "Google Cloud"


def test_listed_company_shares_beat_the_exchange() -> None:
    text = "Dome Mines shares traded earlier at 15-1/4 dlrs, off 1/4 on the Toronto Stock Exchange."
    assert one(text, "15-1/4 dlrs").about == "Dome Mines"


def test_demonym_before_a_measure_is_no_owner_name() -> None:
    text = "West German net currency reserves rose by 300 mln marks, the Bundesbank said."
    assert one(text, "300 mln marks").about != "West German"


def test_euro_zone_measure_is_about_the_euro_zone_as_written() -> None:
    text = "Euro zone GDP grew 0.4% in the first quarter, Eurostat said."
    assert one(text, "0.4%", headline="ECB cuts rates").about == "Euro zone"


def test_a_later_clause_place_beats_the_euro_zone() -> None:
    text = "Eurozone unemployment held at 6.2% in June, while wages in Germany grew 4.1%, Eurostat said."
    assert one(text, "4.1%").about == "Germany"
