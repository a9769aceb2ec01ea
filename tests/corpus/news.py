"""Nineteen short news articles written for this project in the style of 2020s wire copy
(politics, earnings, sport, weather, courts, science, technology, economy, transport,
energy; a second round: a fraud verdict, election night, an earthquake across time zones,
a product launch, a centenary feature, a football transfer, a health study, a European
profit warning), none taken from a corpus, each with its publication date and the TIMEX3 a
careful annotator would write by hand, in the project's conventions (see the header of
``temporal.py``: a clock time joined to its day by "on" is one TIME, "coming days" without
"the", "the first three months" apart from "of the year", "current" is PRESENT_REF).
Numbers that are not dates (scores, prices, counts, ages, percentages, versions, phone
numbers, "Route 25", "4x400m", "Category 5") are deliberately plentiful.

    Timex(text, type, value, xfail="")

Expressions are listed in document order; each is matched at the next occurrence of its
text (as a whole word) after the previous one.  ``tests/test_temporal_corpus.py`` checks
the span, type and value of each, and that nothing is found outside them.  ``xfail`` (a
one-line reason) marks what the engine still gets wrong: the test is expected to fail,
strictly, so a fix shows up.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Timex:
    text: str
    type: str
    value: str
    xfail: str = ""


@dataclass(frozen=True)
class Article:
    name: str
    ref: date
    text: str
    timexes: tuple


ARTICLES: list[Article] = [
    Article("politics_spending_bill", date(2022, 11, 14), (
        'WASHINGTON, Nov 14 (Reuters) - U.S. Senate leaders said on Monday they would bring a $1.7 trillion spending bill to the floor next week, after talks between the two parties stalled last Thursday.\n'
        'The current stopgap measure expires at midnight on Dec. 16. Congress has extended it twice since September.\n'
        '"We are not going to shut the government down this year," Senate Majority Leader Chuck Schumer told reporters. "I expect a deal by the end of the month."\n'
        "Republicans, who won a narrow House majority in last Tuesday's midterm elections, want a short extension that runs until early next year, when they take control of the chamber on Jan. 3, 2023.\n"
        'The bill funds 12 federal agencies for fiscal 2023, which began on Oct. 1, and includes $37.7 billion for Ukraine and 10 new Coast Guard cutters. The House passed its version in July by a vote of 220-207.\n'
        'Negotiators will meet every Monday until a deal is done, aides said. Over the past decade, Congress has passed its spending bills on time only once.'
    ), (
        Timex('Nov 14', 'DATE', '2022-11-14'),
        Timex('Monday', 'DATE', '2022-11-14'),
        Timex('next week', 'DATE', '2022-W47'),
        Timex('last Thursday', 'DATE', '2022-11-10'),
        Timex('current', 'DATE', 'PRESENT_REF'),
        Timex('midnight on Dec. 16', 'TIME', '2022-12-16T24:00'),
        Timex('September', 'DATE', '2022-09'),
        Timex('this year', 'DATE', '2022'),
        Timex('the end of the month', 'DATE', '2022-11'),
        Timex('last Tuesday', 'DATE', '2022-11-08'),
        Timex('early next year', 'DATE', '2023'),
        Timex('Jan. 3, 2023', 'DATE', '2023-01-03'),
        Timex('fiscal 2023', 'DATE', '2023'),
        Timex('Oct. 1', 'DATE', '2022-10-01'),
        Timex('July', 'DATE', '2022-07'),
        Timex('every Monday', 'SET', 'XXXX-WXX-1'),
        Timex('the past decade', 'DURATION', 'P1DE'),
    )),
    Article("earnings_chipmaker", date(2023, 10, 26), (
        'Oct 26 (Reuters) - Harbor Semiconductor Inc on Thursday reported third-quarter revenue above Wall Street estimates and raised its forecast for fiscal 2024, sending its shares up 9% in extended trading.\n'
        'Revenue for the quarter ended Sept. 30 rose 14% to $4.12 billion from a year earlier. Net income was $612 million, or 98 cents per share, compared with $540 million, or 87 cents, in the year-ago quarter.\n'
        'The company expects fourth-quarter revenue of between $4.3 billion and $4.5 billion. Chief Executive Maria Chen said demand for its 5G modem chips had picked up since mid-2023 and should stay strong "through the first half of next year."\n'
        '"The past three months were the best in our 27-year history," Chen told analysts on a call. "We are shipping more today than at any time since 2019."\n'
        'Harbor will pay a dividend of 22 cents on Dec. 8 to shareholders of record Nov. 17. It has bought back 3.5 million shares in the past 12 months and plans to open a plant in Arizona in 2025.\n'
        'The shares, which closed at $131.40 on Wednesday, have gained 38% so far this year. Analysts had recently cut their price targets to as low as $120.'
    ), (
        Timex('Oct 26', 'DATE', '2023-10-26'),
        Timex('Thursday', 'DATE', '2023-10-26'),
        Timex('third-quarter', 'DATE', '2023-Q3'),
        Timex('fiscal 2024', 'DATE', '2024'),
        Timex('the quarter', 'DATE', '2023-Q3'),
        Timex('Sept. 30', 'DATE', '2023-09-30'),
        Timex('a year earlier', 'DATE', '2022-Q3'),
        Timex('the year-ago quarter', 'DATE', '2022-Q3'),
        Timex('fourth-quarter', 'DATE', '2023-Q4'),
        Timex('mid-2023', 'DATE', '2023'),
        Timex('the first half of next year', 'DATE', '2024-H1'),
        Timex('The past three months', 'DURATION', 'P3M'),
        Timex('27-year', 'DURATION', 'P27Y'),
        Timex('today', 'DATE', '2023-10-26'),
        Timex('2019', 'DATE', '2019'),
        Timex('Dec. 8', 'DATE', '2023-12-08'),
        Timex('Nov. 17', 'DATE', '2023-11-17'),
        Timex('the past 12 months', 'DURATION', 'P12M'),
        Timex('2025', 'DATE', '2025'),
        Timex('Wednesday', 'DATE', '2023-10-25'),
        Timex('this year', 'DATE', '2023'),
        Timex('recently', 'DATE', 'PAST_REF'),
    )),
    Article("sport_lakers", date(2024, 2, 19), (
        'LOS ANGELES (AP) — LeBron James scored 31 points and the Los Angeles Lakers beat the Boston Celtics 114-105 on Sunday night, snapping a four-game losing streak.\n'
        "James, 39, played 38 minutes three days after sitting out Thursday's game with a sore ankle. He has scored at least 25 points in 11 of his last 14 games.\n"
        '"It\'s been a tough couple of weeks," James said. "Tonight we finally looked like ourselves."\n'
        'The Lakers (30-27) have won seven straight at home since Jan. 15 and host Golden State on Wednesday, the first of four games in six days. Boston had won nine in a row. Jayson Tatum had 28 points and 12 rebounds for the Celtics, who fell to 43-12 and will visit Milwaukee on Tuesday.\n'
        'The two teams meet again March 8 in Boston. The Celtics had not lost consecutive games since early December.\n'
        'The regular season ends April 14, and the play-in tournament runs April 16-19.'
    ), (
        Timex('Sunday night', 'TIME', '2024-02-18TNI'),
        Timex('38 minutes', 'DURATION', 'PT38M'),
        Timex('three days', 'DURATION', 'P3D'),
        Timex('Thursday', 'DATE', '2024-02-15'),
        Timex('couple of weeks', 'DURATION', 'P2W'),
        Timex('Tonight', 'TIME', '2024-02-18TNI',
              xfail="quoted deixis: a quote about last night's game is of the game day; the rule only moves quotes 8-31 days back"),
        Timex('Jan. 15', 'DATE', '2024-01-15'),
        Timex('Wednesday', 'DATE', '2024-02-21'),
        Timex('six days', 'DURATION', 'P6D'),
        Timex('Tuesday', 'DATE', '2024-02-20'),
        Timex('March 8', 'DATE', '2024-03-08'),
        Timex('early December', 'DATE', '2023-12'),
        Timex('April 14', 'DATE', '2024-04-14'),
        Timex('April 16-19', 'DATE', '2024-04-16/2024-04-19'),
    )),
    Article("weather_hurricane", date(2023, 9, 8), (
        'MIAMI (AP) — Hurricane Lee strengthened into a Category 5 storm late Thursday and could bring dangerous surf to the U.S. East Coast by the middle of next week, forecasters said Friday.\n'
        'At 5 a.m. EDT, the storm was about 630 miles (1,015 kilometers) east of the northern Leeward Islands, with maximum sustained winds of 160 mph (260 kph), the National Hurricane Center said. It was moving west-northwest at 13 mph.\n'
        'Lee is the fifth hurricane of the 2023 Atlantic season, which runs from June 1 to Nov. 30. Forecasters in May predicted 12 to 17 named storms this year.\n'
        '"Over the next 48 hours, we expect Lee to stay at or near its current strength," hurricane specialist Daniel Brown said. Advisories are issued every six hours.\n'
        "The storm comes less than two weeks after Hurricane Idalia hit Florida's Big Bend on Aug. 30, killing at least three people and knocking out power to 250,000 customers. Crews worked for days to restore it.\n"
        "Residents of Puerto Rico, still rebuilding from Hurricane Fiona last September, were urged to stock up on water this weekend. The island's emergency hotline is 787-724-0124. Schools will stay closed until Monday."
    ), (
        Timex('late Thursday', 'DATE', '2023-09-07'),
        Timex('the middle of next week', 'DATE', '2023-W37'),
        Timex('Friday', 'DATE', '2023-09-08'),
        Timex('5 a.m. EDT', 'TIME', '2023-09-08T05:00'),
        Timex('2023', 'DATE', '2023'),
        Timex('June 1 to Nov. 30', 'DATE', '2023-06-01/2023-11-30'),
        Timex('May', 'DATE', '2023-05'),
        Timex('this year', 'DATE', '2023'),
        Timex('the next 48 hours', 'DURATION', 'PT48H'),
        Timex('current', 'DATE', 'PRESENT_REF'),
        Timex('every six hours', 'SET', 'PT6H'),
        Timex('less than two weeks', 'DURATION', 'P2W'),
        Timex('Aug. 30', 'DATE', '2023-08-30'),
        Timex('days', 'DURATION', 'PXD'),
        Timex('last September', 'DATE', '2022-09'),
        Timex('this weekend', 'DATE', '2023-W36-WE'),
        Timex('Monday', 'DATE', '2023-09-11'),
    )),
    Article("courts_pilot_sentenced", date(2022, 6, 2), (
        'June 2 (Reuters) - A federal judge in Manhattan on Thursday sentenced a former Boeing Co test pilot to 18 months in prison for misleading regulators about the 737 MAX, the first criminal conviction tied to two crashes that killed 346 people in 2018 and 2019.\n'
        'U.S. District Judge Laura Keane said the pilot, 49, must report to prison by Aug. 15 and serve three years of supervised release. Prosecutors had sought five years.\n'
        'A jury convicted him on March 23 after a two-week trial. His lawyers said they would appeal within 14 days.\n'
        'The case followed a 2021 settlement in which Boeing agreed to pay $2.5 billion. "For nearly four years, these families have waited for someone to be held accountable," Assistant U.S. Attorney David Ruiz wrote in a filing on Wednesday.\n'
        'The judge also scheduled a hearing for 10 a.m. on July 12 on restitution. Boeing, whose 777X jet has been delayed until 2025, declined to comment. Its shares fell 1.2% to $132.50.\n'
        'Separately, a state appeals court will hear arguments next month on a 2020 law that took effect on 1 January 2021.'
    ), (
        Timex('June 2', 'DATE', '2022-06-02'),
        Timex('Thursday', 'DATE', '2022-06-02'),
        Timex('18 months', 'DURATION', 'P18M'),
        Timex('2018', 'DATE', '2018'),
        Timex('2019', 'DATE', '2019'),
        Timex('Aug. 15', 'DATE', '2022-08-15'),
        Timex('three years', 'DURATION', 'P3Y'),
        Timex('five years', 'DURATION', 'P5Y'),
        Timex('March 23', 'DATE', '2022-03-23'),
        Timex('two-week', 'DURATION', 'P2W'),
        Timex('14 days', 'DURATION', 'P14D'),
        Timex('2021', 'DATE', '2021'),
        Timex('nearly four years', 'DURATION', 'P4Y'),
        Timex('Wednesday', 'DATE', '2022-06-01'),
        Timex('10 a.m. on July 12', 'TIME', '2022-07-12T10:00'),
        Timex('2025', 'DATE', '2025'),
        Timex('next month', 'DATE', '2022-07'),
        Timex('2020', 'DATE', '2020'),
        Timex('1 January 2021', 'DATE', '2021-01-01'),
    )),
    Article("science_climate", date(2025, 1, 15), (
        'Scientists say 2024 was the hottest year on record and the first in which global temperatures were more than 1.5C above pre-industrial levels.\n'
        "The EU's Copernicus Climate Change Service said on Friday that each of the past 10 years had been among the 10 warmest since records began in 1850. Last year's average was 1.6C above the 1850-1900 average.\n"
        '"We are now living in a different climate," deputy director Samantha Burgess said. "The past decade has been exceptional, and the next few years will be hotter still."\n'
        'The findings, published in the journal Nature on 10 January 2025, draw on 3.2 million measurements. Countries must submit new climate plans by February 10, ahead of the COP30 summit in Belem in November.\n'
        'The World Meteorological Organization will publish its own assessment in March. Data for December showed the month was 0.7C warmer than the 1991-2020 average.\n'
        'Temperatures have risen by about 0.2C per decade since the 1970s. The researchers used readings from 2015-01-01 to 2024-12-31. Emissions must fall 43% by 2030, and glaciers will keep shrinking in the future.'
    ), (
        Timex('2024', 'DATE', '2024'),
        Timex('Friday', 'DATE', '2025-01-10'),
        Timex('the past 10 years', 'DURATION', 'P10Y'),
        Timex('1850', 'DATE', '1850'),
        Timex('Last year', 'DATE', '2024'),
        Timex('1850-1900', 'DATE', '1850/1900'),
        Timex('now', 'DATE', 'PRESENT_REF'),
        Timex('The past decade', 'DURATION', 'P1DE'),
        Timex('the next few years', 'DURATION', 'PXY'),
        Timex('10 January 2025', 'DATE', '2025-01-10'),
        Timex('February 10', 'DATE', '2025-02-10'),
        Timex('November', 'DATE', '2025-11'),
        Timex('March', 'DATE', '2025-03'),
        Timex('December', 'DATE', '2024-12'),
        Timex('the month', 'DATE', '2024-12'),
        Timex('1991-2020', 'DATE', '1991/2020'),
        Timex('the 1970s', 'DATE', '197'),
        Timex('2015-01-01 to 2024-12-31', 'DATE', '2015-01-01/2024-12-31'),
        Timex('2030', 'DATE', '2030'),
        Timex('the future', 'DATE', 'FUTURE_REF'),
    )),
    Article("tech_outage", date(2024, 7, 30), (
        'SAN FRANCISCO, July 30 (Reuters) - Software maker Nimbus Labs said on Tuesday it would release version 3.11 of its database in the fourth quarter, after a bug in version 2.4.1 caused outages for thousands of customers earlier this month.\n'
        'The outage began at 3 p.m. EDT on July 19 and lasted nearly 11 hours, the company said. A patch dated 2024-07-22 fixed the fault. Customers can reach support at 1-800-555-0199, it said.\n'
        'Nimbus, which went public in 2021, employs 4,200 people and had 1,500 job openings as recently as last quarter. It plans to hire 300 engineers by the end of the year and will report second-quarter results on Aug. 6.\n'
        '"Over the last 72 hours we have rolled out fixes to every region," Chief Executive Omar Haddad said in a blog post on Monday. "By this time next week, everyone will be on the new release."\n'
        'Shares of Nimbus fell 4.6% to $87.15 in midday trading. They have lost about 30% since the start of 2024 and are down from a peak of $140 in November 2021.\n'
        "The company holds its developer conference every September in San Francisco; this year's event runs Sept. 10-12."
    ), (
        Timex('July 30', 'DATE', '2024-07-30'),
        Timex('Tuesday', 'DATE', '2024-07-30'),
        Timex('the fourth quarter', 'DATE', '2024-Q4'),
        Timex('earlier this month', 'DATE', '2024-07'),
        Timex('3 p.m. EDT on July 19', 'TIME', '2024-07-19T15:00'),
        Timex('nearly 11 hours', 'DURATION', 'PT11H'),
        Timex('2024-07-22', 'DATE', '2024-07-22'),
        Timex('2021', 'DATE', '2021'),
        Timex('last quarter', 'DATE', '2024-Q2'),
        Timex('the end of the year', 'DATE', '2024'),
        Timex('second-quarter', 'DATE', '2024-Q2'),
        Timex('Aug. 6', 'DATE', '2024-08-06'),
        Timex('the last 72 hours', 'DURATION', 'PT72H'),
        Timex('Monday', 'DATE', '2024-07-29'),
        Timex('this time next week', 'DATE', '2024-08-06'),
        Timex('midday', 'TIME', '2024-07-30T12:00'),
        Timex('the start of 2024', 'DATE', '2024'),
        Timex('November 2021', 'DATE', '2021-11'),
        Timex('every September', 'SET', 'XXXX-09'),
        Timex('this year', 'DATE', '2024'),
        Timex('Sept. 10-12', 'DATE', '2024-09-10/2024-09-12'),
    )),
    Article("economy_bank_of_england", date(2023, 5, 4), (
        'The Bank of England is expected to raise interest rates for the 12th time in a row next Thursday, as inflation remains stuck above 10%.\n'
        'Rates have risen from 0.1% in December 2021 to 4.25% today, the highest level since 2008.\n'
        'Official figures published on 19 April showed prices rose by 10.1% in the 12 months to March, down only slightly from 10.4% in February.\n'
        'Governor Andrew Bailey said last month that inflation should fall "quite sharply" from April, as last year\'s big energy price rises drop out of the comparison. "We expect it to be around 8% by the summer and to reach our 2% target by late 2024," he said.\n'
        'The Bank began raising rates on 16 December 2021. Mortgage rates doubled between 2021 and 2023, and about 1.4 million households will see their fixed-rate deals end this year. The energy price guarantee, which ran from October to March, has been extended.\n'
        'The economy grew by 0.1% in the first three months of the year, avoiding a recession. The next GDP figures are due on 12 May.'
    ), (
        Timex('next Thursday', 'DATE', '2023-05-11'),
        Timex('December 2021', 'DATE', '2021-12'),
        Timex('today', 'DATE', '2023-05-04'),
        Timex('2008', 'DATE', '2008'),
        Timex('19 April', 'DATE', '2023-04-19'),
        Timex('the 12 months', 'DURATION', 'P12M'),
        Timex('March', 'DATE', '2023-03'),
        Timex('February', 'DATE', '2023-02'),
        Timex('last month', 'DATE', '2023-04'),
        Timex('April', 'DATE', '2023-04',
              xfail="reported speech: 'said last month that inflation should fall from April' is read from the publication date (2024-04)"),
        Timex('last year', 'DATE', '2022'),
        Timex('the summer', 'DATE', '2023-SU'),
        Timex('late 2024', 'DATE', '2024'),
        Timex('16 December 2021', 'DATE', '2021-12-16'),
        Timex('2021 and 2023', 'DATE', '2021/2023'),
        Timex('this year', 'DATE', '2023'),
        Timex('October to March', 'DATE', '2022-10/2023-03'),
        Timex('the first three months', 'DURATION', 'P3M'),
        Timex('the year', 'DATE', '2023'),
        Timex('12 May', 'DATE', '2023-05-12'),
    )),
    Article("transport_tube_strike", date(2022, 3, 11), (
        "LONDON, March 11 (Reuters) - Commuters faced a third day of disruption on Friday as a strike by 10,000 Underground workers shut most of London's Tube network from 4:30 a.m. until midnight.\n"
        'The RMT union said further walkouts would take place on March 15 and again on March 17, and that its members would refuse overtime every weekend until the dispute over pensions was settled.\n'
        'Services on the Jubilee line are expected to resume at 7 a.m. on Saturday, Transport for London said. Around 1.2 million passengers use the network on a typical day.\n'
        '"This is the worst disruption we\'ve seen since the pandemic began two years ago," said one commuter, 34-year-old nurse Aisha Patel, who waited 90 minutes for a bus on Route 25. "I\'ve been late every day this week."\n'
        'Talks broke down on Tuesday after 14 hours of negotiations. The union has held 12 strikes since 2015. A spokesman for the mayor said the two sides would meet again in the coming days and that the Tube would run normally by the weekend.\n'
        'Fares rose 4.8% on 1 March, the biggest increase in a decade.'
    ), (
        Timex('March 11', 'DATE', '2022-03-11'),
        Timex('Friday', 'DATE', '2022-03-11'),
        Timex('4:30 a.m.', 'TIME', '2022-03-11T04:30'),
        Timex('midnight', 'TIME', '2022-03-11T24:00'),
        Timex('March 15', 'DATE', '2022-03-15'),
        Timex('March 17', 'DATE', '2022-03-17'),
        Timex('every weekend', 'SET', 'XXXX-WXX-WE'),
        Timex('7 a.m. on Saturday', 'TIME', '2022-03-12T07:00'),
        Timex('two years ago', 'DATE', '2020'),
        Timex('90 minutes', 'DURATION', 'PT90M'),
        Timex('every day', 'SET', 'P1D'),
        Timex('this week', 'DATE', '2022-W10'),
        Timex('Tuesday', 'DATE', '2022-03-08'),
        Timex('14 hours', 'DURATION', 'PT14H'),
        Timex('2015', 'DATE', '2015'),
        Timex('coming days', 'DURATION', 'PXD'),
        Timex('the weekend', 'DATE', '2022-W10-WE'),
        Timex('1 March', 'DATE', '2022-03-01'),
        Timex('a decade', 'DURATION', 'P1DE'),
    )),
    Article("sport_olympics", date(2024, 8, 5), (
        "Great Britain's Keely Hodgkinson won 800m gold at the Paris Olympics on Monday evening, ending a wait of 20 years for a British woman in the event.\n"
        'The 22-year-old, who took silver in Tokyo three years ago, said: "I\'ve dreamed of this since I was 12." Kelly Holmes was the last British woman to win the title, in Athens in 2004.\n'
        "The athletics programme runs until 11 August, with the women's 4x400m relay final on Saturday night. The Games close on Sunday, and the Paralympics begin on 28 August.\n"
        'Hodgkinson missed most of last year with a hamstring injury and did not race between January and May. She will compete in the Diamond League final in Brussels on 13-14 September.\n'
        'British Athletics said 12 of its 68 athletes had reached finals, compared with nine at the same stage in Tokyo. The squad trains in South Africa every winter.\n'
        'The final started at 20:40 local time (19:40 BST). Tickets sold out within minutes in February. Team GB won 65 medals in 2021 and is targeting at least 60 this summer. The Hungarian Grand Prix, on 21 July, drew 300,000 fans over three days.'
    ), (
        Timex('Monday evening', 'TIME', '2024-08-05TEV'),
        Timex('20 years', 'DURATION', 'P20Y'),
        Timex('three years ago', 'DATE', '2021'),
        Timex('2004', 'DATE', '2004'),
        Timex('11 August', 'DATE', '2024-08-11'),
        Timex('Saturday night', 'TIME', '2024-08-10TNI',
              xfail="a weekday on an event noun in a present-tense schedule ('with the final on Saturday night') is read as past"),
        Timex('Sunday', 'DATE', '2024-08-11',
              xfail="misparse: 'The Games close on Sunday' tags 'close' as an adverb, so no present-tense schedule is seen"),
        Timex('28 August', 'DATE', '2024-08-28'),
        Timex('last year', 'DATE', '2023'),
        Timex('January and May', 'DATE', '2024-01/2024-05'),
        Timex('13-14 September', 'DATE', '2024-09-13/2024-09-14'),
        Timex('every winter', 'SET', 'XXXX-WI'),
        Timex('20:40', 'TIME', '2024-08-05T20:40'),
        Timex('19:40 BST', 'TIME', '2024-08-05T19:40'),
        Timex('minutes', 'DURATION', 'PTXM'),
        Timex('February', 'DATE', '2024-02'),
        Timex('2021', 'DATE', '2021'),
        Timex('this summer', 'DATE', '2024-SU'),
        Timex('21 July', 'DATE', '2024-07-21'),
        Timex('three days', 'DURATION', 'P3D',
              xfail="'over three days' (during) is read as 'more than three days' (MORE_THAN, 'over' inside the span)"),
    )),
    Article("energy_bp_results", date(2023, 2, 7), (
        "LONDON, Feb 7 (Reuters) - BP Plc posted record annual profit of $27.7 billion for 2022 on Tuesday, more than double the previous year's, and said it would slow its shift away from oil and gas over the rest of the decade.\n"
        "Fourth-quarter underlying replacement cost profit, the company's definition of net income, came in at $4.8 billion, below the $5.1 billion forecast by analysts and down from $8.2 billion in Q3 2022.\n"
        'BP will buy back a further $2.75 billion of shares before it reports first-quarter results on May 2, and raised its dividend by 10% to 6.61 cents per share.\n'
        'The company now aims to cut oil and gas output by 25% by 2030 from 2019 levels, compared with a previous target of 40%. "Our strategy hasn\'t changed," Chief Executive Bernard Looney told reporters.\n'
        'Shares rose 5.8% to 518 pence by 1100 GMT, their biggest daily gain since November 2020. The stock has underperformed rivals Shell and Exxon Mobil over the past two years.\n'
        'BP plans to spend between $14 billion and $18 billion a year through 2030, and holds its annual meeting in late April.'
    ), (
        Timex('Feb 7', 'DATE', '2023-02-07'),
        Timex('2022', 'DATE', '2022'),
        Timex('Tuesday', 'DATE', '2023-02-07'),
        Timex('the previous year', 'DATE', '2021'),
        Timex('the rest of the decade', 'DATE', '202',
              xfail="'the rest of the decade' is not recognised"),
        Timex('Fourth-quarter', 'DATE', '2022-Q4'),
        Timex('Q3 2022', 'DATE', '2022-Q3'),
        Timex('first-quarter', 'DATE', '2023-Q1'),
        Timex('May 2', 'DATE', '2023-05-02'),
        Timex('now', 'DATE', 'PRESENT_REF'),
        Timex('2030', 'DATE', '2030'),
        Timex('2019', 'DATE', '2019'),
        Timex('1100 GMT', 'TIME', '2023-02-07T11:00'),
        Timex('November 2020', 'DATE', '2020-11'),
        Timex('the past two years', 'DURATION', 'P2Y'),
        Timex('2030', 'DATE', '2030'),
        Timex('late April', 'DATE', '2023-04'),
    )),
    Article("courts_fraud_verdict", date(2024, 3, 22), (
        'LONDON, 22 March (Reuters) - A jury at Southwark Crown Court on Friday found a former hedge fund manager guilty of defrauding investors of £48 million in a scheme that ran for six years, after deliberating for nearly 20 hours.\n'
        'Daniel Whitcombe, 57, showed no emotion as the verdicts on all 11 counts were read out shortly after 2 p.m. Judge Helen Marsh remanded him in custody and said she would pass sentence on 26 April, once pre-sentence reports had been prepared. He faces up to 10 years in prison on each count.\n'
        "The trial, which began on 8 January, heard that Whitcombe's Aldgate Capital fund promised returns of 12% a year but had lost money in every quarter since mid-2016. Investors, including 340 pensioners, were sent fake statements each month until the fund collapsed in October 2022.\n"
        '"For almost a decade he lied to people who trusted him," prosecutor James Okafor told the court in his closing speech last week.\n'
        "Whitcombe's lawyers have 28 days to lodge an appeal. A separate confiscation hearing is listed for the autumn, and the Serious Fraud Office said it expected to recover about £9 million by the end of next year.\n"
        'The SFO, which opened its investigation in 2019 after a tip from a former employee, has secured 7 convictions in the past 12 months. Its director is due to step down in September.'
    ), (
        Timex('22 March', 'DATE', '2024-03-22'),
        Timex('Friday', 'DATE', '2024-03-22'),
        Timex('six years', 'DURATION', 'P6Y'),
        Timex('nearly 20 hours', 'DURATION', 'PT20H'),
        Timex('2 p.m.', 'TIME', '2024-03-22T14:00'),
        Timex('26 April', 'DATE', '2024-04-26'),
        Timex('up to 10 years', 'DURATION', 'P10Y'),
        Timex('8 January', 'DATE', '2024-01-08'),
        Timex('every quarter', 'SET', 'P1Q'),
        Timex('mid-2016', 'DATE', '2016'),
        Timex('each month', 'SET', 'P1M'),
        Timex('October 2022', 'DATE', '2022-10'),
        Timex('almost a decade', 'DURATION', 'P1DE'),
        Timex('last week', 'DATE', '2024-W11'),
        Timex('28 days', 'DURATION', 'P28D'),
        Timex('the autumn', 'DATE', '2024-FA'),
        Timex('the end of next year', 'DATE', '2025'),
        Timex('2019', 'DATE', '2019'),
        Timex('the past 12 months', 'DURATION', 'P12M'),
        Timex('September', 'DATE', '2024-09'),
    )),
    Article("election_mayor", date(2025, 6, 4), (
        'DENVER (AP) — Democrat Rosa Delgado was elected mayor of Denver early Wednesday, beating two-term city councilman Mark Feld by about 9,400 votes after a count that stretched past 1 a.m.\n'
        "With 96% of ballots counted, Delgado had 52.3% to Feld's 46.1%. Turnout reached 61%, the highest for a city election since 1983, officials said.\n"
        '"Four years ago, nobody gave us a chance," Delgado, 44, told supporters at a downtown hotel shortly before midnight. "Denver chose to look forward."\n'
        'Feld conceded at 12:40 a.m. in a brief phone call and said he would not seek a recount. Polls closed at 7 p.m. MDT on Tuesday, but long lines at 14 voting centers kept some of them open until 9 p.m.\n'
        'Delgado will be sworn in on July 21 and serve a four-year term. She has promised to build 5,000 affordable homes by 2028 and to open a 300-bed shelter on Colfax Avenue within 100 days of taking office.\n'
        "The city's canvass board meets on Monday to certify the results, and the final tally is due by June 20. A runoff, required when no candidate clears 50%, was last held in 2019.\n"
        'Earlier this year, the city council approved a $1.6 billion budget for 2025 that pays for 167 new police officers.'
    ), (
        Timex('early Wednesday', 'DATE', '2025-06-04'),
        Timex('1 a.m.', 'TIME', '2025-06-04T01:00'),
        Timex('1983', 'DATE', '1983'),
        Timex('Four years ago', 'DATE', '2021'),
        Timex('midnight', 'TIME', '2025-06-03T24:00'),
        Timex('12:40 a.m.', 'TIME', '2025-06-04T00:40'),
        Timex('7 p.m. MDT on Tuesday', 'TIME', '2025-06-03T19:00'),
        Timex('9 p.m.', 'TIME', '2025-06-03T21:00'),
        Timex('July 21', 'DATE', '2025-07-21'),
        Timex('four-year', 'DURATION', 'P4Y'),
        Timex('2028', 'DATE', '2028'),
        Timex('100 days', 'DURATION', 'P100D'),
        Timex('Monday', 'DATE', '2025-06-09'),
        Timex('June 20', 'DATE', '2025-06-20'),
        Timex('2019', 'DATE', '2019'),
        Timex('Earlier this year', 'DATE', '2025'),
        Timex('2025', 'DATE', '2025'),
    )),
    Article("disaster_earthquake", date(2025, 2, 18), (
        "TOKYO, Feb 18 (Reuters) - A magnitude 7.1 earthquake struck off Japan's northeast coast at 11:52 p.m. local time (1452 GMT) on Monday, shaking buildings in Tokyo and prompting a tsunami advisory for a 300-km stretch of coastline.\n"
        'The quake was centred 46 km (29 miles) below the seabed off Miyagi prefecture, the Japan Meteorological Agency said. Waves of up to 40 cm reached the port of Ishinomaki about 30 minutes later, and the advisory was lifted at 3:15 a.m. on Tuesday.\n'
        'Three people were slightly injured and about 18,000 homes lost power overnight, utility Tohoku Electric said. Bullet trains on the Tohoku line were halted for more than six hours and resumed at 6 a.m.\n'
        'The agency warned that aftershocks of similar strength were possible over the next week, especially in the next three days. More than 60 aftershocks of magnitude 3 or greater had been recorded by midday.\n'
        'The region was devastated by a magnitude 9.0 quake and tsunami on March 11, 2011, which killed more than 18,000 people. Japan, which sits on the Pacific "Ring of Fire", records about 1,500 earthquakes every year.\n'
        'Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Tuesday morning that the government would decide by Friday whether to send troops to help. Nuclear regulator NRA said no abnormalities were found at the Onagawa plant, whose No. 2 reactor restarted in October 2024 after 13 years offline.'
    ), (
        Timex('Feb 18', 'DATE', '2025-02-18'),
        Timex('11:52 p.m.', 'TIME', '2025-02-17T23:52'),
        Timex('1452 GMT', 'TIME', '2025-02-17T14:52'),
        Timex('Monday', 'DATE', '2025-02-17'),
        Timex('about 30 minutes', 'DURATION', 'PT30M'),
        Timex('3:15 a.m. on Tuesday', 'TIME', '2025-02-18T03:15'),
        Timex('overnight', 'TIME', '2025-02-17TNI',
              xfail="'overnight' is not recognised: TBAQ tags 1 of its 2 uses; a plain rule took value F1 from 82.09 to 81.99"),
        Timex('more than six hours', 'DURATION', 'PT6H'),
        Timex('6 a.m.', 'TIME', '2025-02-18T06:00'),
        Timex('the next week', 'DURATION', 'P1W',
              xfail="'over the next week' is read as the calendar week after; TBAQ's one such case ('over the next year or so') is a DATE, so left"),
        Timex('the next three days', 'DURATION', 'P3D'),
        Timex('midday', 'TIME', '2025-02-18T12:00'),
        Timex('March 11, 2011', 'DATE', '2011-03-11'),
        Timex('every year', 'SET', 'P1Y'),
        Timex('Tuesday morning', 'TIME', '2025-02-18TMO'),
        Timex('Friday', 'DATE', '2025-02-21'),
        Timex('October 2024', 'DATE', '2024-10'),
        Timex('13 years', 'DURATION', 'P13Y'),
    )),
    Article("tech_product_launch", date(2026, 3, 5), (
        'SEOUL, March 5 (Reuters) - Lumen Devices unveiled its first foldable laptop on Thursday, betting that the $2,499 machine can revive sales, which have fallen for three quarters in a row.\n'
        'The 13.3-inch Fold X1 goes on sale in the United States and South Korea on April 2, with Europe to follow in May and India in the second half of the year. Pre-orders open at 9 a.m. ET on March 12.\n'
        'The company, whose fiscal year ends in June, expects the device to add about 4% to revenue in fiscal 2027. Sales fell 11% to $6.8 billion in the three months to December as demand for its older Zen 5 tablets slumped.\n'
        '"This is the most important launch in our 31-year history," Chief Executive Han Ji-woo told 2,000 guests at the event. He said the company had spent five years and more than $900 million developing the hinge.\n'
        'Lumen shipped 14.2 million laptops in calendar 2025, down from a peak of 19 million in 2021, according to research firm IDC. Rivals launched foldables in late 2024, but together sold fewer than 500,000 units last year.\n'
        'Lumen will report quarterly results on April 28 and has promised a software update every month for the first two years. Its shares rose 3.4% to 88,600 won, their highest close since Jan. 9.'
    ), (
        Timex('March 5', 'DATE', '2026-03-05'),
        Timex('Thursday', 'DATE', '2026-03-05'),
        Timex('three quarters', 'DURATION', 'P3Q'),
        Timex('April 2', 'DATE', '2026-04-02'),
        Timex('May', 'DATE', '2026-05'),
        Timex('the second half of the year', 'DATE', '2026-H2'),
        Timex('9 a.m. ET on March 12', 'TIME', '2026-03-12T09:00'),
        Timex('June', 'DATE', 'XXXX-06',
              xfail="a month in a habitual present ('whose fiscal year ends in June') is read as this year's, not XXXX-06"),
        Timex('fiscal 2027', 'DATE', '2027'),
        Timex('the three months', 'DURATION', 'P3M'),
        Timex('December', 'DATE', '2025-12'),
        Timex('31-year', 'DURATION', 'P31Y'),
        Timex('five years', 'DURATION', 'P5Y'),
        Timex('calendar 2025', 'DATE', '2025'),
        Timex('2021', 'DATE', '2021'),
        Timex('late 2024', 'DATE', '2024'),
        Timex('last year', 'DATE', '2025'),
        Timex('April 28', 'DATE', '2026-04-28'),
        Timex('every month', 'SET', 'P1M'),
        Timex('the first two years', 'DURATION', 'P2Y'),
        Timex('Jan. 9', 'DATE', '2026-01-09'),
    )),
    Article("history_lighthouse_centenary", date(2025, 11, 9), (
        'KESTREL BAY, England, 9 November 2025 - A century after its lamp was first lit, the Kestrel Bay lighthouse welcomed 1,200 visitors on Sunday for celebrations that organisers hope will become an annual event.\n'
        'The 38-metre tower was completed in 1925, after ten years in which 23 ships were wrecked on the reef below. Its first keeper, Thomas Pell, lived there for 31 years with his wife and six children.\n'
        'During the Second World War the light was switched off for nearly five years, and in the winter of 1947 a storm smashed 40 of its 96 glass panels. The last keepers left in the 1980s, when the lamp was automated, and by 2000 the tower was falling into disrepair.\n'
        '"Fifty years ago you could hear the foghorn every night," said local historian Mary Cole, 81. "These days most children here have never heard it at all."\n'
        'A £3.5 million restoration began in 2019 and took four years. The lamp, now an LED unit that uses 90% less power, flashes twice every 15 seconds and can be seen 22 nautical miles away.\n'
        'The trust that runs the site plans to open a museum next spring and to repaint the tower every decade. Over the past 100 years, only two ships have run aground on the reef, the last in March 1961.\n'
        'Celebrations continue until 16 November, and a lantern parade will close them on Saturday evening.'
    ), (
        Timex('9 November 2025', 'DATE', '2025-11-09'),
        Timex('A century', 'DURATION', 'P1CE'),
        Timex('Sunday', 'DATE', '2025-11-09'),
        Timex('1925', 'DATE', '1925'),
        Timex('ten years', 'DURATION', 'P10Y'),
        Timex('31 years', 'DURATION', 'P31Y'),
        Timex('nearly five years', 'DURATION', 'P5Y'),
        Timex('the winter of 1947', 'DATE', '1947-WI'),
        Timex('the 1980s', 'DATE', '198'),
        Timex('2000', 'DATE', '2000'),
        Timex('Fifty years ago', 'DATE', '1975'),
        Timex('every night', 'SET', 'XXXX-XX-XXTNI'),
        Timex('These days', 'DATE', 'PRESENT_REF'),
        Timex('2019', 'DATE', '2019'),
        Timex('four years', 'DURATION', 'P4Y'),
        Timex('now', 'DATE', 'PRESENT_REF'),
        Timex('twice every 15 seconds', 'SET', 'PT15S'),
        Timex('next spring', 'DATE', '2026-SP'),
        Timex('every decade', 'SET', 'P1DE'),
        Timex('the past 100 years', 'DURATION', 'P100Y'),
        Timex('March 1961', 'DATE', '1961-03'),
        Timex('16 November', 'DATE', '2025-11-16'),
        Timex('Saturday evening', 'TIME', '2025-11-15TEV'),
    )),
    Article("sport_transfer", date(2024, 8, 30), (
        'MANCHESTER, England (AP) — Manchester City signed Spanish midfielder Pablo Ruiz from Real Betis on Friday for 55 million euros ($61 million), hours before the transfer window closed at 11 p.m. BST.\n'
        'The 21-year-old agreed a five-year contract that runs until June 2029 and will wear the No. 8 shirt. He could make his debut against Brentford on Sept. 14, after the international break.\n'
        'City, who have won the last four league titles, began the 2024-25 campaign with a 2-0 win at Chelsea on Aug. 18. Manager Pep Guardiola, whose own contract expires next summer, said last month that the squad needed "one more player in the middle."\n'
        'Ruiz scored 9 goals in 34 appearances for Betis and made his Spain debut in March. Betis bought him from Villarreal for 4 million euros in January 2022.\n'
        '"Two years ago I was playing in the third division," Ruiz said. "Now I\'m at the best club in the world."\n'
        'The next window opens on Jan. 1 and runs for a month. City play Inter Milan in the Champions League on Sept. 18, the first of eight league-phase games before the end of January, and host Arsenal four days later.'
    ), (
        Timex('Friday', 'DATE', '2024-08-30'),
        Timex('hours', 'DURATION', 'PTXH'),
        Timex('11 p.m. BST', 'TIME', '2024-08-30T23:00'),
        Timex('five-year', 'DURATION', 'P5Y'),
        Timex('June 2029', 'DATE', '2029-06'),
        Timex('Sept. 14', 'DATE', '2024-09-14'),
        Timex('2024-25', 'DATE', '2024/2025'),
        Timex('Aug. 18', 'DATE', '2024-08-18'),
        Timex('next summer', 'DATE', '2025-SU'),
        Timex('last month', 'DATE', '2024-07'),
        Timex('March', 'DATE', '2024-03'),
        Timex('January 2022', 'DATE', '2022-01'),
        Timex('Two years ago', 'DATE', '2022'),
        Timex('Now', 'DATE', 'PRESENT_REF'),
        Timex('Jan. 1', 'DATE', '2025-01-01'),
        Timex('a month', 'DURATION', 'P1M'),
        Timex('Sept. 18', 'DATE', '2024-09-18'),
        Timex('the end of January', 'DATE', '2025-01'),
        Timex('four days', 'DURATION', 'P4D'),
    )),
    Article("health_walking_study", date(2026, 1, 21), (
        'People who walk at least 7,000 steps a day have a 47% lower risk of dying early than those who manage fewer than 2,000, according to a study published on Wednesday in The Lancet Public Health.\n'
        'Researchers at the University of Sydney pooled data from 57 studies of 160,000 adults in 14 countries, following some of them for 12 years. The benefits levelled off above 10,000 steps.\n'
        '"Over the past two decades the message has been that 10,000 steps is the magic number," said lead author Priya Nair. "It turns out 7,000 gets you most of the way there."\n'
        'Physical inactivity causes about 5 million deaths every year, the World Health Organization estimates, and nearly a third of adults worldwide do not get the recommended 150 minutes of moderate exercise a week. The WHO wants to cut that share by 15% by 2030.\n'
        'Participants who walked briskly for 30 minutes five days a week cut their risk of heart disease by 25%, the study found. The effect appeared within two years.\n'
        "The study, funded by Australia's National Health and Medical Research Council, covered the period from 2005 to 2023. The team plans a follow-up trial next year with 3,000 volunteers aged 60 and over, who will wear fitness trackers for six months.\n"
        'Health officials in Britain recently added step targets to their guidance for the first time since 2011.'
    ), (
        Timex('Wednesday', 'DATE', '2026-01-21'),
        Timex('12 years', 'DURATION', 'P12Y'),
        Timex('the past two decades', 'DURATION', 'P2DE'),
        Timex('every year', 'SET', 'P1Y'),
        Timex('150 minutes', 'DURATION', 'PT150M'),
        Timex('2030', 'DATE', '2030'),
        Timex('30 minutes', 'DURATION', 'PT30M'),
        Timex('five days a week', 'SET', 'P1W'),
        Timex('two years', 'DURATION', 'P2Y'),
        Timex('2005 to 2023', 'DATE', '2005/2023'),
        Timex('next year', 'DATE', '2027'),
        Timex('six months', 'DURATION', 'P6M'),
        Timex('recently', 'DATE', 'PAST_REF'),
        Timex('2011', 'DATE', '2011'),
    )),
    Article("business_logistics_profit_warning", date(2025, 10, 23), (
        'FRANKFURT, 23 October 2025 - Deutsche Logistik AG cut its 2025 profit forecast on Thursday after operating profit fell 18% in Q3, blaming weak demand in Germany and higher wage costs agreed in the spring.\n'
        'The Bonn-based group, which employs 94,000 people in 52 countries, now expects EBIT of €4.1-4.4 billion for the year, down from €5 billion forecast in July. Revenue in the July-September period slipped 3.2% to €20.6 billion.\n'
        'Chief Financial Officer Katrin Vogel said parcel volumes had been flat for six quarters and that she did not expect a recovery before H2 2026. In H1, the parcel business lost 2.1 percentage points of market share to rivals.\n'
        "The company confirmed it would close 14 sorting centres by the end of 2026 and invest €1.2 billion in automation over the next three years. Germany's parcel market has tripled in size since the late 1990s, when the group was privatised.\n"
        'Shares fell 6.7% to €36.15 by 11:20 CET, their lowest since 16 March 2020. They had gained 9% since January.\n'
        'Full results for the quarter are due on 6 November, and the group will hold a capital markets day on 3 December. Its next annual general meeting is scheduled for 7 May 2026. Unions have called a 24-hour warning strike at four hubs for next Tuesday.'
    ), (
        Timex('23 October 2025', 'DATE', '2025-10-23'),
        Timex('2025', 'DATE', '2025'),
        Timex('Thursday', 'DATE', '2025-10-23'),
        Timex('Q3', 'DATE', '2025-Q3'),
        Timex('the spring', 'DATE', '2025-SP'),
        Timex('now', 'DATE', 'PRESENT_REF'),
        Timex('the year', 'DATE', '2025'),
        Timex('July', 'DATE', '2025-07'),
        Timex('July-September', 'DATE', '2025-07/2025-09'),
        Timex('six quarters', 'DURATION', 'P6Q'),
        Timex('H2 2026', 'DATE', '2026-H2'),
        Timex('H1', 'DATE', '2025-H1'),
        Timex('the end of 2026', 'DATE', '2026'),
        Timex('the next three years', 'DURATION', 'P3Y'),
        Timex('the late 1990s', 'DATE', '199'),
        Timex('11:20 CET', 'TIME', '2025-10-23T11:20'),
        Timex('16 March 2020', 'DATE', '2020-03-16'),
        Timex('January', 'DATE', '2025-01'),
        Timex('the quarter', 'DATE', '2025-Q3'),
        Timex('6 November', 'DATE', '2025-11-06'),
        Timex('3 December', 'DATE', '2025-12-03'),
        Timex('7 May 2026', 'DATE', '2026-05-07'),
        Timex('24-hour', 'DURATION', 'PT24H'),
        Timex('next Tuesday', 'DATE', '2025-10-28'),
    )),
]
