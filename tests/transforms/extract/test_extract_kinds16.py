"""Kind fixes among rate, percent, price, money and age added in extractor kinds16.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on; the lookalikes are sentences the rules must leave alone.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A named rate stays a rate: an APR/AER is a rate; a forecast of a rate is a level of that rate.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The card carries an APR of 24.9%, well above the market average.", "24.9%"),
        ("Its AER of 4.5% is the best on the market.", "4.5%"),
        ("The economy grew 0.4% in the third quarter, beating forecasts of 0.2%.", "0.2%"),
        ("The economy shrank 0.3%, worse than expectations of 0.1%.", "0.1%"),
        ("Inflation rose to 3.2%, above the consensus of 3.0%.", "3.0%"),
        ("Average 30-year mortgage rates fell to 6.1 percent this week from 6.3 percent.", "6.3 percent"),
        ("The government will cut corporation tax to 22% from 25% next April.", "25%"),
        ("Core inflation, which strips out food and energy, slowed to 2.9%.", "2.9%"),
    ],
)
def test_named_rates(text: str, surface: str) -> None:
    assert one(text, surface).kind == "rate"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Sales rose 4%, beating forecasts of 3%.", "3%"),  # a forecast of no rate
        ("Sales in Apr rose 5%.", "5%"),  # the month, not an APR
        ("Wages grew 5.6 per cent in the year, outpacing inflation of 3.8 per cent.", "5.6 per cent"),
        ("About 62% of voters backed the plan, a poll showed.", "62%"),
    ],
)
def test_percents_that_are_no_rate(text: str, surface: str) -> None:
    assert one(text, surface).kind == "percent"


# What one unit of a good sells for is a price: a sentence opening on one measure of a good, a sum
# each thing sells for, a ticket's level, and the old level of a price per unit past a comma.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A pint of beer in London now averages £6.80.", "£6.80"),
        ("A kilo of tomatoes now sells for Rs 40 in Mumbai.", "Rs 40"),
        ("A barrel of Brent fetched $81.50 on Monday.", "$81.50"),
        ("Tickets for the final sold for $450 each on resale sites.", "$450"),
        ("The handbags went for £900 apiece at auction.", "£900"),
        ("Season tickets at the club will rise to £1,100 next year.", "£1,100"),
        ("Unleaded petrol averaged 139.5p per litre last week, down from 141p.", "141p"),
        ("Diesel sold at €1.79 per litre in May, up from €1.65.", "€1.65"),
    ],
)
def test_unit_prices(text: str, surface: str) -> None:
    assert one(text, surface).kind == "price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A head of department earns £80,000.", "£80,000"),
        ("A bag of cash containing £20,000 was stolen.", "£20,000"),
        ("A night of celebrations cost the council £20,000.", "£20,000"),
        ("The players were fined £500 each.", "£500"),
        ("The directors received bonuses of £5,000 each.", "£5,000"),
        ("Rail fares will rise by 4.6% in March, adding £200 to some season tickets.", "£200"),
        ("The company earned 45 cents a share last year, up from 38 cents.", "45 cents"),
        ("The company earned 45 cents a share last year, up from 38 cents.", "38 cents"),
        ("The council approved a budget of £1.2bn for the coming year.", "£1.2bn"),
        ("The state allocated Rs 2,500 crore for rural roads.", "Rs 2,500 crore"),
    ],
)
def test_sums_that_are_money(text: str, surface: str) -> None:
    assert one(text, surface).kind == "money"


# A person named by a role, then an age in commas.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The mayor, 58, unveiled a £40m plan to build 2,000 homes.", "58"),
        ("The judge, 61, retired on Friday.", "61"),
        ("The striker, 24, joined from Lyon.", "24"),
        ("The goalkeeper, 38, has made 600 appearances for the club.", "38"),
        ("Garcia, 23, has signed a four-year contract with the club.", "23"),
    ],
)
def test_role_ages(text: str, surface: str) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit) == ("age", "year")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The goalkeeper, 38, has made 600 appearances for the club.", "600"),
        ("The budget, 12 pages long, was published.", "12"),
    ],
)
def test_counts_beside_role_ages(text: str, surface: str) -> None:
    assert one(text, surface).kind == "count"


# The probe written for this change (rate/percent, price/money/count, age/count pairs), labelled
# by GUIDE.md before the extractor was run on it: every figure keeps its kind and unit.
_PROBE = [
    (
        "The central bank raised its benchmark rate by a quarter point to 4.75%, the highest since 2008.",
        "4.75%",
        "rate",
        "percent",
    ),
    (
        "Average 30-year mortgage rates fell to 6.1 percent this week from 6.3 percent, Freddie Mac said.",
        "6.1 percent",
        "rate",
        "percent",
    ),
    (
        "Average 30-year mortgage rates fell to 6.1 percent this week from 6.3 percent, Freddie Mac said.",
        "6.3 percent",
        "rate",
        "percent",
    ),
    ("The yield on the 10-year Treasury note climbed to 4.42%.", "4.42%", "rate", "percent"),
    ("Inflation eased to 2.3% in October, down from 2.7% a month earlier.", "2.3%", "rate", "percent"),
    ("Inflation eased to 2.3% in October, down from 2.7% a month earlier.", "2.7%", "rate", "percent"),
    (
        "Unemployment held at 4.1 per cent in the three months to September.",
        "4.1 per cent",
        "rate",
        "percent",
    ),
    ("The jobless rate rose to 5.2% while payrolls grew by 140,000.", "5.2%", "rate", "percent"),
    ("The jobless rate rose to 5.2% while payrolls grew by 140,000.", "140,000", "count", None),
    ("The economy grew 0.4% in the third quarter, beating forecasts of 0.2%.", "0.4%", "rate", "percent"),
    ("The economy grew 0.4% in the third quarter, beating forecasts of 0.2%.", "0.2%", "rate", "percent"),
    (
        "GDP growth slowed to 1.8 percent last year, the statistics office said.",
        "1.8 percent",
        "rate",
        "percent",
    ),
    ("The government will cut corporation tax to 22% from 25% next April.", "22%", "rate", "percent"),
    ("The government will cut corporation tax to 22% from 25% next April.", "25%", "rate", "percent"),
    (
        "House prices rose 3.1 per cent in the year to November, the ONS said.",
        "3.1 per cent",
        "percent",
        "percent",
    ),
    ("The card carries an APR of 24.9%, well above the market average.", "24.9%", "rate", "percent"),
    ("The bonds pay a coupon of 5.25% and mature in 2036.", "5.25%", "rate", "percent"),
    ("Shares in the lender fell 4% after it warned on profits.", "4%", "percent", "percent"),
    (
        "Wages grew 5.6 per cent in the year, outpacing inflation of 3.8 per cent.",
        "5.6 per cent",
        "percent",
        "percent",
    ),
    (
        "Wages grew 5.6 per cent in the year, outpacing inflation of 3.8 per cent.",
        "3.8 per cent",
        "rate",
        "percent",
    ),
    (
        "Borrowing costs have risen sharply: the ECB's deposit rate now stands at 3%, "
        "and it was 4% a year ago.",
        "3%",
        "rate",
        "percent",
    ),
    (
        "Borrowing costs have risen sharply: the ECB's deposit rate now stands at 3%, "
        "and it was 4% a year ago.",
        "4%",
        "rate",
        "percent",
    ),
    ("Youth unemployment reached 14.5 percent, the highest in a decade.", "14.5 percent", "rate", "percent"),
    ("About 62% of voters backed the plan, a poll showed.", "62%", "percent", "percent"),
    ("The Bank of England held interest rates at 4.5 percent on Thursday.", "4.5 percent", "rate", "percent"),
    ("Core inflation, which strips out food and energy, slowed to 2.9%.", "2.9%", "rate", "percent"),
    ("The top rate of income tax will stay at 45 per cent.", "45 per cent", "rate", "percent"),
    ("Savings accounts now offer interest of up to 5.1%.", "up to 5.1%", "rate", "percent"),
    ("Retail sales dropped 1.2 percent in March from February.", "1.2 percent", "percent", "percent"),
    ("Petrol now costs 142.9p a litre on average, the RAC said.", "142.9p", "price", "pence"),
    ("Diesel rose to €1.79 per litre in Germany.", "€1.79", "price", "euro"),
    ("Average rents in the capital hit £2,250 a month in August.", "£2,250", "price", "pound sterling"),
    ("Tickets for the final sold for $450 each on resale sites.", "$450", "price", "US dollar"),
    (
        "The average house price reached £298,000 in November, Nationwide said.",
        "£298,000",
        "price",
        "pound sterling",
    ),
    ("Shares of the chipmaker closed at $132.40, up 3.2%.", "$132.40", "price", "US dollar"),
    ("Shares of the chipmaker closed at $132.40, up 3.2%.", "3.2%", "percent", "percent"),
    (
        "Brent crude settled at $78.20 a barrel, while gold traded at $2,650 an ounce.",
        "$78.20",
        "price",
        "US dollar",
    ),
    (
        "Brent crude settled at $78.20 a barrel, while gold traded at $2,650 an ounce.",
        "$2,650",
        "price",
        "US dollar",
    ),
    ("A dozen eggs now costs $4.95 in many US supermarkets.", "$4.95", "price", "US dollar"),
    ("The company agreed to buy the rival for $32 a share in cash.", "$32", "price", "US dollar"),
    ("Onions were selling at Rs 60 a kilo in Delhi markets.", "Rs 60", "price", "rupee"),
    ("Season tickets at the club will rise to £1,100 next year.", "£1,100", "price", "pound sterling"),
    ("The euro fell to $1.04, its weakest in two years.", "$1.04", "price", "US dollar"),
    ("Copper for three-month delivery rose 1.5% to $9,410 a tonne.", "1.5%", "percent", "percent"),
    ("Copper for three-month delivery rose 1.5% to $9,410 a tonne.", "$9,410", "price", "US dollar"),
    ("A pint of beer in London now averages £6.80.", "£6.80", "price", "pound sterling"),
    ("The council approved a budget of £1.2bn for the coming year.", "£1.2bn", "money", "pound sterling"),
    ("The regulator fined the bank €45m for money-laundering failures.", "€45m", "money", "euro"),
    ("The deal values the company at $4.7 billion including debt.", "$4.7 billion", "money", "US dollar"),
    ("Pre-tax profit rose to £312m from £280m, the retailer said.", "£312m", "money", "pound sterling"),
    ("Pre-tax profit rose to £312m from £280m, the retailer said.", "£280m", "money", "pound sterling"),
    ("The state allocated Rs 2,500 crore for rural roads.", "Rs 2,500 crore", "money", "rupee"),
    ("The fund raised 800 million euros from 120 investors.", "800 million euros", "money", "euro"),
    ("The fund raised 800 million euros from 120 investors.", "120", "count", None),
    ("Net income was $1.3bn, or $2.10 a share, on revenue of $9.8bn.", "$1.3bn", "money", "US dollar"),
    ("Net income was $1.3bn, or $2.10 a share, on revenue of $9.8bn.", "$2.10", "money", "US dollar"),
    ("Net income was $1.3bn, or $2.10 a share, on revenue of $9.8bn.", "$9.8bn", "money", "US dollar"),
    ("The club paid a fee of €60m for the striker and 15,000 fans greeted him.", "€60m", "money", "euro"),
    ("The club paid a fee of €60m for the striker and 15,000 fans greeted him.", "15,000", "count", None),
    ("The charity received donations worth £3.4m from 42,000 people.", "£3.4m", "money", "pound sterling"),
    ("The charity received donations worth £3.4m from 42,000 people.", "42,000", "count", None),
    ("The firm will cut 1,200 jobs to save $300m a year.", "1,200", "count", None),
    ("The firm will cut 1,200 jobs to save $300m a year.", "$300m", "money", "US dollar"),
    ("Smith, 44, was charged with burglary and will appear in court on Monday.", "44", "age", "year"),
    ("The 19-year-old scored twice on his debut.", "19-year", "age", "year"),
    ("A boy aged 7 was taken to hospital after the crash.", "7", "age", "year"),
    ("Jane Doe, 82, of Leeds, died peacefully at home.", "82", "age", "year"),
    ("The victim, a 36-year-old father of two, was stabbed outside a bar.", "36-year", "age", "year"),
    ("Police arrested a man, 27, and a woman, 31, on suspicion of fraud.", "27", "age", "year"),
    ("Police arrested a man, 27, and a woman, 31, on suspicion of fraud.", "31", "age", "year"),
    ("Garcia, 23, has signed a four-year contract with the club.", "23", "age", "year"),
    ("The former minister died on Sunday aged 91.", "91", "age", "year"),
    ("Three men, aged 18, 20 and 22, were jailed for a total of 15 years.", "Three", "count", None),
    ("Three men, aged 18, 20 and 22, were jailed for a total of 15 years.", "18", "age", "year"),
    ("Three men, aged 18, 20 and 22, were jailed for a total of 15 years.", "20", "age", "year"),
    ("Three men, aged 18, 20 and 22, were jailed for a total of 15 years.", "22", "age", "year"),
    (
        "Sales of the phone rose 12% to 4.1 million units, while the average price fell to $799.",
        "12%",
        "percent",
        "percent",
    ),
    (
        "Sales of the phone rose 12% to 4.1 million units, while the average price fell to $799.",
        "4.1 million",
        "count",
        None,
    ),
    (
        "Sales of the phone rose 12% to 4.1 million units, while the average price fell to $799.",
        "$799",
        "price",
        "US dollar",
    ),
    ("The mayor, 58, unveiled a £40m plan to build 2,000 homes.", "58", "age", "year"),
    ("The mayor, 58, unveiled a £40m plan to build 2,000 homes.", "£40m", "money", "pound sterling"),
    ("The mayor, 58, unveiled a £40m plan to build 2,000 homes.", "2,000", "count", None),
    (
        "Mortgage lenders pulled deals this week, and the average two-year fix now costs borrowers 5.4%.",
        "5.4%",
        "rate",
        "percent",
    ),
    (
        "The Reserve Bank left the cash rate unchanged, at 3.85 per cent, for a third meeting.",
        "3.85 per cent",
        "rate",
        "percent",
    ),
    (
        "Turkey's annual inflation slowed for a fifth month to 33.9%, official data showed.",
        "33.9%",
        "rate",
        "percent",
    ),
    (
        "Gilt yields jumped 15 basis points to 4.9% after the budget.",
        "15 basis points",
        "rate",
        "basis point",
    ),
    ("Gilt yields jumped 15 basis points to 4.9% after the budget.", "4.9%", "rate", "percent"),
    ("The VAT rate on energy bills will fall to 0% from 5%.", "0%", "rate", "percent"),
    ("The VAT rate on energy bills will fall to 0% from 5%.", "5%", "rate", "percent"),
    (
        "Real wages fell 1.1 per cent, while the claimant count rose by 20,000.",
        "1.1 per cent",
        "percent",
        "percent",
    ),
    ("Real wages fell 1.1 per cent, while the claimant count rose by 20,000.", "20,000", "count", None),
    (
        "The unemployment rate among graduates is 6%, compared with 9% for non-graduates.",
        "6%",
        "rate",
        "percent",
    ),
    (
        "The unemployment rate among graduates is 6%, compared with 9% for non-graduates.",
        "9%",
        "rate",
        "percent",
    ),
    ("Unleaded petrol averaged 139.5p per litre last week, down from 141p.", "139.5p", "price", "pence"),
    ("Unleaded petrol averaged 139.5p per litre last week, down from 141p.", "141p", "price", "pence"),
    ("Nvidia shares rose 4% to $141.20 in early trade.", "4%", "percent", "percent"),
    ("Nvidia shares rose 4% to $141.20 in early trade.", "$141.20", "price", "US dollar"),
    ("Cocoa futures hit a record $12,000 a tonne in London.", "$12,000", "price", "US dollar"),
    ("Bitcoin traded at $98,400 on Friday, up 2% on the day.", "$98,400", "price", "US dollar"),
    ("Bitcoin traded at $98,400 on Friday, up 2% on the day.", "2%", "percent", "percent"),
    (
        "The average rent for a one-bed flat in Manchester is now £1,050 a month.",
        "£1,050",
        "price",
        "pound sterling",
    ),
    ("Train fares from London to Edinburgh start at £45.", "£45", "price", "pound sterling"),
    ("A cinema ticket costs about €12 in Paris.", "about €12", "price", "euro"),
    ("The startup raised €25m in a funding round led by two US investors.", "€25m", "money", "euro"),
    ("The startup raised €25m in a funding round led by two US investors.", "two", "count", None),
    (
        "Shell reported a quarterly profit of $6.3 billion and will buy back $3.5 billion of shares.",
        "$6.3 billion",
        "money",
        "US dollar",
    ),
    (
        "Shell reported a quarterly profit of $6.3 billion and will buy back $3.5 billion of shares.",
        "$3.5 billion",
        "money",
        "US dollar",
    ),
    ("The court ordered him to pay Rs 50,000 in compensation.", "Rs 50,000", "money", "rupee"),
    (
        "The ministry set aside 1,200 crore rupees for flood relief in 14 districts.",
        "1,200 crore rupees",
        "money",
        "rupee",
    ),
    ("The ministry set aside 1,200 crore rupees for flood relief in 14 districts.", "14", "count", None),
    ("Brown, 52, of Cardiff, was jailed for six years.", "52", "age", "year"),
    ("The teenager, 17, cannot be named for legal reasons.", "17", "age", "year"),
    ("Kovacs, who is 29, will captain the side.", "29", "age", "year"),
    ("The victims, aged 4 and 9, were treated at the scene.", "4", "age", "year"),
    ("The victims, aged 4 and 9, were treated at the scene.", "9", "age", "year"),
    ("The actor has died aged 88, his family said.", "88", "age", "year"),
    ("Lee, 33, and Park, 35, won gold in the mixed doubles.", "33", "age", "year"),
    ("Lee, 33, and Park, 35, won gold in the mixed doubles.", "35", "age", "year"),
    ("The goalkeeper, 38, has made 600 appearances for the club.", "38", "age", "year"),
    ("The goalkeeper, 38, has made 600 appearances for the club.", "600", "count", None),
    ("Lenders charged an average of 5.2% on new mortgages in May.", "5.2%", "rate", "percent"),
    ("Ten-year Bund yields, the euro zone benchmark, edged up to 2.6%.", "2.6%", "rate", "percent"),
    (
        "Price growth slowed to 2.1% in the year to June, the lowest in three years.",
        "2.1%",
        "rate",
        "percent",
    ),
    ("Britain's economy contracted by 0.1% in October.", "0.1%", "rate", "percent"),
    ("The 10-year yield has risen 40 basis points this month.", "40 basis points", "rate", "basis point"),
    ("Headline CPI stood at 2.4 per cent in September.", "2.4 per cent", "rate", "percent"),
    ("Stamp duty of 5% applies above £250,000.", "5%", "rate", "percent"),
    ("Stamp duty of 5% applies above £250,000.", "£250,000", "money", "pound sterling"),
    ("The loan carries interest at 7.5% a year.", "7.5%", "rate", "percent"),
    ("Salaries at the firm rose 6% this year.", "6%", "percent", "percent"),
    ("The party's share of the vote fell to 23%.", "23%", "percent", "percent"),
    ("Turnout was 67 per cent, up from 60 per cent in 2019.", "67 per cent", "percent", "percent"),
    ("Turnout was 67 per cent, up from 60 per cent in 2019.", "60 per cent", "percent", "percent"),
    ("Arabica coffee climbed to $3.40 per pound, its highest since 1977.", "$3.40", "price", "US dollar"),
    ("Apple stock ended the day at $229.87.", "$229.87", "price", "US dollar"),
    ("Gold hit a record $2,790 an ounce on Wednesday.", "$2,790", "price", "US dollar"),
    ("A first-class stamp will cost £1.70 from April.", "£1.70", "price", "pound sterling"),
    ("Heating oil prices rose to 75p a litre.", "75p", "price", "pence"),
    ("Entry to the museum is £22 for adults.", "£22", "price", "pound sterling"),
    (
        "The average home in Toronto sold for C$1.1 million in October.",
        "C$1.1 million",
        "price",
        "Canadian dollar",
    ),
    ("Uber was fined €290m by the Dutch data regulator.", "€290m", "money", "euro"),
    ("The hospital trust faces a deficit of £85m this year.", "£85m", "money", "pound sterling"),
    ("The group posted revenue of Rs 12,400 crore in the quarter.", "Rs 12,400 crore", "money", "rupee"),
    ("Her estate was valued at $12.5m.", "$12.5m", "money", "US dollar"),
    ("The ransom demanded was 2 million dollars.", "2 million dollars", "money", "US dollar"),
    ("A 34-year-old woman has been arrested.", "34-year", "age", "year"),
    ("Mrs Okafor, 71, said she had lived on the street for 40 years.", "71", "age", "year"),
    ("The singer, now 80, still tours every year.", "80", "age", "year"),
    ("The driver, who was 19, was killed instantly.", "19", "age", "year"),
    ("Defending champion Ruud, 26, beat a 20-year-old qualifier.", "26", "age", "year"),
    ("Defending champion Ruud, 26, beat a 20-year-old qualifier.", "20-year", "age", "year"),
    ("Their son, aged 14 months, was unhurt.", "14 months", "age", "month"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), _PROBE)
def test_probe(text: str, surface: str, kind: str, unit: str | None) -> None:
    fact = one(text, surface)
    assert (fact.kind, fact.unit) == (kind, unit)


# A change in percent of a thing a rate word only modifies is a plain percent; of a rate itself
# (its head, or an index of inflation named in capitals) it is a rate.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Mortgage approvals rose 5% in May.", "5%", "percent"),
        ("Tax receipts rose 7% in the year.", "7%", "percent"),
        ("Jobless claims fell 3% last week.", "3%", "percent"),
        ("Interest payments on the debt rose 9%.", "9%", "percent"),
        ("Treasury yields rose 0.2% on Friday.", "0.2%", "rate"),
        ("CPI rose 0.3% in March.", "0.3%", "rate"),
        ("Headline CPI stood at 2.4 per cent in September.", "2.4 per cent", "rate"),
        ("Lenders charged an average of 5.2% on new mortgages in May.", "5.2%", "rate"),
        ("About 30% of mortgages are on fixed deals.", "30%", "percent"),
    ],
)
def test_rate_headed_changes(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind


# Admission is a price; so is one home's (or car's) price averaged, however large; what an average
# person earns or spends is not.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Entry to the museum is £22 for adults.", "£22", "price"),
        ("The average home in Toronto sold for C$1.1 million in October.", "C$1.1 million", "price"),
        ("The average car sold for $48,000 last year.", "$48,000", "price"),
        ("The average worker earns £35,000.", "£35,000", "money"),
        ("The average household spent £500 on energy.", "£500", "money"),
    ],
)
def test_admission_and_average_one(text: str, surface: str, kind: str) -> None:
    assert one(text, surface).kind == kind
