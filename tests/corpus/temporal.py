"""Positive temporal corpus: sentences and the TIMEX3 each must yield.

    Expect(type, value, mod, ref=..., examples=[... "[[marked span]]" ...])

All sentences are written for this project in the style of wire copy; none is
taken from TimeBank, AQUAINT or another system's test data (a test in
``test_temporal_corpus.py`` checks that against the corpus where it is present).

Conventions, checked against TimeBank + AQUAINT (TBAQ-cleaned, 1,822 TIMEX3s;
counts are from grepping /work/shared/corpora/tbaq):

* Extent.  Prepositions are outside ("on [[Wednesday]]", "in [[June]]"), a
  leading "the" is inside ("[[the third quarter]]", "[[the past five years]]",
  "[[the late 1970s]]").  A weekday with its date is one expression
  ("[[Tuesday, Nov. 23]]"), so is a clock time with its zone and date
  ("[[9 a.m. EST Dec. 20]]"); the zone is not in the value.
* Quantity modifiers are inside the span: "[[about two weeks]]" (APPROX),
  "[[more than four hours]]" (MORE_THAN), "[[at least 72 hours]]"
  (EQUAL_OR_MORE), "[[less than an hour]]" (LESS_THAN), "[[up to 90 days]]"
  (EQUAL_OR_LESS).  TBAQ: about/around/nearly/almost inside 15 times, outside 7;
  more than/over/at least/less than/up to/no more than always inside (12).
* "early/earlier/beginning of" -> START (31 vs 4 without mod), "mid/middle of"
  -> MID (7 vs 2), "late/end of" -> END (17 vs 3).
* before/after/until/since are SIGNALs outside the span and add no mod: of the
  11 TIMEX3s right after "before"/"after" none includes the word and none has a
  BEFORE/AFTER mod.  Only a bound prefix is inside: "[[post-1959]]" AFTER.
* "N units ago" is a DATE at the unit's granularity ("two years ago" -> year,
  "six weeks ago" -> ISO week; 47 DATE vs 4 DURATION); vague "several years
  ago" is PAST_REF.
* Durations: "two decades" -> P2DE, as the product's spec asks (TIMEX3 decade
  unit "DE", century "CE").  TBAQ writes its one "two decades" as P20Y and its
  other decade/century durations inconsistently (P10Y, P1E, PXE, PXC), so the
  corpus does not settle it; the scorer counts P2DE against P20Y as a miss.
  "the past five years" is a
  DURATION P5Y; "the past few weeks" PXW; bare "years" PXY.  The time between
  two events is a DURATION with the signal outside: "[[three days]] after the
  vote", "[[three days]] later" (TBAQ 13 DURATION vs 3 DATE); so is "[[the
  year]] ended March 31" (P1Y, 7 of 8), a year that need not be a calendar year.
* Decades are three digits ("[[the 1990s]]" -> 199; 5 of 9 TBAQ decades, the
  others 19XX-style), centuries two ("[[the 20th century]]" -> 19).
* "fiscal 1989" -> 1989 (3 of 4; the fourth is an annotation slip): a fiscal
  year is the plain year value.
* Quarters/halves/seasons: 2021-Q3, 2021-H1, 2020-SU, 2022-SP, 2021-FA; a
  winter YYYY-WI is the one that begins in December of YYYY (our decision:
  TBAQ has no case that settles it).
* Parts of day: TIME with TMO/TAF/TEV/TNI (15 TIME vs 9 DATE in TBAQ);
  "midnight" is T24:00 of that day (TBAQ: "midnight Friday" -> ...T24).
* SETs: "each" -> quant EACH, "every" -> quant EVERY (TBAQ: every month /
  every quarter EVERY, each year / each month / each Thursday EACH);
  "daily" P1D, "weekly" P1W, "annually" P1Y, "hourly" PT1H; "twice a month" is
  P1M with freq 2X (TimeML guidelines; not in TBAQ).
* PRESENT_REF: now (59), currently (10), right now, these days; PAST_REF:
  recently (12 of 20), the past (4 of 4 standalone), recent years (5 of 6);
  FUTURE_REF: the future (6 of 9), the near future.  "former" is never a
  TIMEX3 (0 of 31).  Not pinned either way, because TBAQ's annotators
  disagree with themselves: "previously" (tagged 3 times of 23) and "soon"
  (4 of about 10 adverbial uses).
* Ranges: the API convention overrides TimeML (which would tag two points):
  a range is ONE expression with an ISO interval value.  "from [[March to
  May]]", "between [[1999 and 2001]]", "[[February 4-20]]", "[[2021-2025]]".
* Tense decides the direction of an underspecified date: past tense -> the
  latest one before the reference date, future ("will", "is scheduled",
  "is expected", "next") -> the next one.
"""
from __future__ import annotations

from datetime import date

from . import REF, REF_1998, REF_2013, REF_2023, REF_2024, REF_MON, REF_NEW_YEAR, Expect

D = date

POSITIVE: list[Expect] = [
    # ------------------------------------------------------------------
    # Calendar dates, every common format.  REF = Thursday 2021-12-16.
    # ------------------------------------------------------------------
    Expect("DATE", "2021-11-23", granularity="day", start=D(2021, 11, 23), end=D(2021, 11, 23), examples=[
        "The two governments signed the accord on [[November 23]] in Geneva.",
        "The accord, signed [[Nov. 23]], gives the rebels four seats in the cabinet.",
        "Negotiators reached a deal late on [[November 23rd]], two officials said.",
        "The statistics office published the revised figures on [[23 November 2021]].",
        "A court filing dated [[11/23/2021]] shows the company had already missed two payments.",
        "The regulator's notice, dated [[2021-11-23]], was made public by the company.",
        "The ceasefire collapsed on [[Nov 23, 2021]], when shelling resumed near the airport.",
        "Parliament approved the budget on [[Tuesday, Nov. 23]], by a narrow margin.",
        "The minister said the treaty, which was signed on [[November 23]], would be ratified quickly.",
        "Trading in the shares was suspended on [[23 Nov 2021]] pending an announcement.",
        "The letter was sent on [[the 23rd of November]], according to the ombudsman.",
    ]),
    Expect("DATE", "2021-12-23", examples=[
        "The final vote is set for [[the 23rd]], the speaker's office said.",
        "Leaders will reconvene on [[December 23]] to sign the text.",
        "The embargo will be lifted on [[Dec. 23]], the trade ministry said.",
    ]),
    Expect("DATE", "2022-01-05", note="future month-day after the reference date rolls into next year", examples=[
        "The trial is due to open on [[January 5]] in The Hague.",
        "The new tariffs will take effect [[Jan. 5]].",
        "Schools are expected to reopen on [[5 January]].",
    ]),
    Expect("DATE", "2021-12-16", granularity="day", examples=[
        "The prime minister said on [[Thursday]] that the lockdown would end.",
        "[[Today]], the central bank left interest rates unchanged.",
        "Shares in the airline rose 8 percent [[today]] after the merger was approved.",
        "The inflation figures were published on [[Dec. 16]].",
        "Lawmakers debated the bill on [[Thursday, December 16]].",
    ]),
    Expect("DATE", "1997-12-30", ref=REF_1998, note="past-tense month-day before a January/February reference", examples=[
        "The embassy was closed on [[Dec. 30]] after a bomb threat.",
        "The last shipment left the port on [[December 30]], customs officials said.",
    ]),
    Expect("DATE", "1998-03-03", ref=REF_1998, examples=[
        "The inspectors will return to Baghdad on [[March 3]].",
        "A verdict is expected [[March 3]], lawyers said.",
    ]),
    Expect("DATE", "2021-12-28", ref=REF_NEW_YEAR, examples=[
        "The fire broke out on [[Dec. 28]] in a warehouse outside the city.",
        "Rescuers found the last survivor on [[December 28]].",
    ]),

    # ------------------------------------------------------------------
    # Weekdays: the tense of the governing verb picks the direction.
    # ------------------------------------------------------------------
    Expect("DATE", "2021-12-15", note="Wednesday, past tense", examples=[
        "The virtual summit, which took place on [[Wednesday]], lasted two hours.",
        "Police said on [[Wednesday]] that three suspects had been detained.",
        "The finance minister resigned [[Wednesday]] after weeks of pressure.",
    ]),
    Expect("DATE", "2021-12-22", note="Wednesday, future", examples=[
        "The two leaders will meet again on [[Wednesday]].",
        "The bill is scheduled for a final vote [[next Wednesday]].",
        "Union leaders are expected to announce their decision on [[Wednesday]].",
    ]),
    Expect("DATE", "2021-12-13", note="Monday, past tense", examples=[
        "Talks resumed on [[Monday]] after a two-week break.",
        "The company announced [[Monday]] that it would cut 2,000 jobs.",
    ]),
    Expect("DATE", "2021-12-20", note="Monday, future", examples=[
        "The court is scheduled to hear the case on [[Monday]].",
        "Shops will reopen [[next Monday]], the mayor said.",
        "The new curfew will take effect [[Monday]].",
    ]),
    Expect("DATE", "2021-12-10", note="last Friday / past Friday", examples=[
        "The strike began [[last Friday]] and has shut down three ports.",
        "On [[Friday]], the central bank raised its key rate by half a point.",
        "Oil prices jumped [[last Friday]] after the pipeline was damaged.",
    ]),
    Expect("DATE", "2021-12-17", note="Friday, future; tomorrow", examples=[
        "Official results are expected on [[Friday]].",
        "The summit will open [[tomorrow]] in Brussels.",
        "Ministers will meet again [[Friday]] to finalise the deal.",
    ]),
    Expect("DATE", "2021-12-15", ref=REF_MON, note="'this Wednesday' said on a Monday", examples=[
        "The board meets [[this Wednesday]] to consider the offer.",
        "Lawmakers will vote on [[Wednesday]], the whip said.",
    ]),
    Expect("DATE", "2021-12-12", note="Sunday, past tense", examples=[
        "Voters went to the polls on [[Sunday]] in the first election since the coup.",
        "Thousands rallied in the capital [[Sunday]].",
    ]),
    Expect("DATE", "2021-12-18", note="Saturday, future", examples=[
        "Protesters plan to gather outside parliament on [[Saturday]].",
        "The match will be played [[this Saturday]] behind closed doors.",
    ]),
    Expect("DATE", "1998-03-02", ref=REF_1998, note="future weekday across a month boundary", examples=[
        "The Security Council will take up the resolution on [[Monday]].",
        "The envoy is scheduled to brief the council [[next Monday]].",
    ]),
    Expect("DATE", "1998-02-24", ref=REF_1998, examples=[
        "The envoy returned from Baghdad on [[Tuesday]].",
    ]),
    Expect("DATE", "2021-12-31", ref=REF_NEW_YEAR, note="past weekday across a year boundary", examples=[
        "The decree was signed on [[Friday]], the ministry said.",
        "Fireworks injured dozens of people [[last Friday]].",
    ]),

    # ------------------------------------------------------------------
    # Relative days.
    # ------------------------------------------------------------------
    Expect("DATE", "2021-12-15", note="yesterday", examples=[
        "[[Yesterday]], the index closed at a record high.",
        "The ministry confirmed [[yesterday]] that vaccine deliveries had been delayed.",
    ]),
    Expect("DATE", "2021-12-14", examples=[
        "The tanker ran aground [[two days ago]] off the coast.",
        "The fighting escalated [[the day before yesterday]], residents said.",
    ]),
    Expect("DATE", "2021-12-13", note="N days ago", examples=[
        "The general was dismissed [[three days ago]].",
        "Exports fell sharply, according to data released [[3 days ago]].",
    ]),
    Expect("DATE", "2021-12-18", note="the day after tomorrow", examples=[
        "The ferry service will resume [[the day after tomorrow]].",
    ]),

    # ------------------------------------------------------------------
    # Weeks (ISO weeks; 2021-12-16 is in 2021-W50).
    # ------------------------------------------------------------------
    Expect("DATE", "2021-W49", granularity="week", start=D(2021, 12, 6), end=D(2021, 12, 12), examples=[
        "[[Last week]], the health ministry reported 4,000 new cases.",
        "The plan was unveiled [[last week]] by the transport secretary.",
        "Inflation data released [[last week]] showed prices rising at the fastest pace in 30 years.",
    ]),
    Expect("DATE", "2021-W50", examples=[
        "The government has come under fire [[this week]] over its handling of the crisis.",
        "Ministers met twice [[this week]] to discuss the budget.",
    ]),
    Expect("DATE", "2021-W51", examples=[
        "The committee will publish its report [[next week]].",
        "A decision is expected [[next week]], a spokeswoman said.",
    ]),
    Expect("DATE", "2021-W48", note="'N weeks ago' is a week", examples=[
        "The mine collapsed [[two weeks ago]], trapping 52 workers.",
        "Rebels seized the town [[two weeks ago]].",
    ]),
    Expect("DATE", "2021-W50", "START", examples=[
        "[[Earlier this week]], the president named a new defence minister.",
        "The company warned [[earlier this week]] that profits would fall.",
    ]),
    Expect("DATE", "2021-W51", "START", examples=[
        "Officials hope to finalise the agreement [[early next week]].",
    ]),
    Expect("DATE", "2021-W52", ref=REF_NEW_YEAR, note="last week across a year boundary", examples=[
        "Shops reported record sales [[last week]].",
        "[[Last week]], floods forced thousands from their homes.",
    ]),
    Expect("DATE", "1998-W10", ref=REF_1998, examples=[
        "The inspection team will travel to Baghdad [[next week]].",
    ]),

    # ------------------------------------------------------------------
    # Months; past tense takes the latest past month, future the next one.
    # ------------------------------------------------------------------
    Expect("DATE", "2021-12", granularity="month", start=D(2021, 12, 1), end=D(2021, 12, 31), examples=[
        "Prices have risen twice [[this month]].",
        "Heating bills in [[December]] are expected to double.",
    ]),
    Expect("DATE", "2021-12", "START", examples=[
        "[[Earlier this month]], the company agreed to sell its cement unit.",
        "The ruling party lost a by-election [[earlier this month]].",
    ]),
    Expect("DATE", "2021-11", examples=[
        "The unemployment rate fell to 4.2 percent [[last month]].",
        "The company went public in [[November]].",
    ]),
    Expect("DATE", "2022-01", examples=[
        "The new rules will take effect in [[January]].",
        "The central bank is expected to raise rates [[next month]].",
        "Elections are scheduled for [[January 2022]].",
    ]),
    Expect("DATE", "2021-06", note="'in June' in a past-tense story is the past June", examples=[
        "The law was passed in [[June]] after months of debate.",
        "Tourism recovered strongly in [[June]], figures showed.",
        "Construction started [[last June]].",
        "[[Last June]], the bank raised its key rate.",
        "The company was founded in [[June 2021]].",
    ]),
    Expect("DATE", "2022-06", examples=[
        "The embassy will reopen in [[June next year]].",
        "The stadium is expected to open in [[June]].",
        "The treaty will expire in [[June]].",
    ]),
    Expect("DATE", "2020-06", examples=[
        "The ruling party split in [[June last year]], weeks before the election.",
        "The pipeline leaked in [[June 2020]], regulators said.",
        "The border was closed in [[June of 2020]].",
    ]),
    Expect("DATE", "2021-12", ref=REF_NEW_YEAR, note="'in December' told in January", examples=[
        "The factory was shut down in [[December]], workers said.",
        "Retail sales fell [[last month]], the statistics office said.",
    ]),
    Expect("DATE", "2012-12", ref=REF_2013, examples=[
        "The company cut 1,200 jobs in [[December]].",
        "Snowstorms paralysed the capital [[last December]].",
    ]),
    Expect("DATE", "2013-01", ref=REF_2013, examples=[
        "The airline ordered 40 new aircraft in [[January]].",
    ]),
    Expect("DATE", "1997-12", ref=REF_1998, examples=[
        "Oil exports were halted in [[December]].",
    ]),
    Expect("DATE", "1998-03", ref=REF_1998, examples=[
        "The foreign minister will visit Moscow [[next month]].",
    ]),

    # early / mid / late
    Expect("DATE", "2022-02", "START", examples=[
        "The two presidents will meet in Beijing in [[early February]].",
        "A ruling is expected by [[the beginning of February]].",
    ]),
    Expect("DATE", "2021-03", "MID", examples=[
        "The first cases were detected in [[mid-March]].",
        "The refinery was closed in [[the middle of March]] for repairs.",
    ]),
    Expect("DATE", "2021-10", "END", examples=[
        "The ship was seized in [[late October]] in the Gulf of Guinea.",
        "Talks broke down at [[the end of October]].",
    ]),
    Expect("DATE", "2021", "END", examples=[
        "The government wants to vaccinate 70 percent of adults by [[the end of the year]].",
        "The merger is expected to close by [[year-end]].",
    ]),
    Expect("DATE", "2021", "START", examples=[
        "[[Earlier this year]], the group bought a stake in a Spanish bank.",
        "The minister was appointed [[earlier this year]].",
    ]),
    Expect("DATE", "2022", "START", examples=[
        "The first trains will run [[early next year]].",
        "The company plans to list its shares in [[early 2022]].",
    ]),
    Expect("DATE", "2020", "MID", examples=[
        "The factory opened in [[mid-2020]].",
    ]),

    # ------------------------------------------------------------------
    # Years.
    # ------------------------------------------------------------------
    Expect("DATE", "2021", granularity="year", start=D(2021, 1, 1), end=D(2021, 12, 31), examples=[
        "The economy is forecast to grow 5 percent [[this year]].",
        "Exports have fallen sharply in [[2021]].",
        "The retailer expects higher earnings for [[the full year]].",
        "After a loss in 2019, the group forecast a profit for [[the full year]].",
    ]),
    Expect("DATE", "2020", examples=[
        "The company lost $2 billion [[last year]].",
        "[[Last year]], the city recorded 312 murders.",
        "Sales fell 8 percent compared with [[a year ago]].",
        "The port handled 3 million containers in [[2020]].",
    ]),
    Expect("DATE", "2021", ref=D(2022, 6, 2), note="after 'a', a number before a singular noun dates it", examples=[
        "The lawsuit followed a [[2021]] settlement in which the bank paid a fine.",
        "The case followed a [[2021]] settlement.",
    ]),
    Expect("DATE", "2022", ref=D(2022, 6, 2), examples=[
        "Lawmakers repealed a [[2022]] law that banned the sale.",
    ]),
    Expect("DATE", "2022", examples=[
        "The government will hold a referendum [[next year]].",
        "The plant is due to start production in [[2022]].",
    ]),
    Expect("DATE", "2019", examples=[
        "The president took office [[two years ago]].",
        "The bridge collapsed in [[2019]], killing 43 people.",
    ]),
    Expect("DATE", "1997", ref=REF_1998, examples=[
        "The country's exports rose 12 percent [[last year]].",
    ]),
    Expect("DATE", "2021", ref=REF_NEW_YEAR, examples=[
        "Car sales rose 9 percent [[last year]], the industry group said.",
    ]),
    Expect("DATE", "1991", examples=[
        "The country declared independence in [[1991]].",
    ]),

    # ------------------------------------------------------------------
    # Seasons.
    # ------------------------------------------------------------------
    Expect("DATE", "2020-SU", granularity="season", examples=[
        "Sales collapsed in [[summer 2020]] when the shops were shut.",
        "The deal was first discussed in [[the summer of 2020]].",
    ]),
    Expect("DATE", "2022-SP", examples=[
        "The new terminal will open [[next spring]].",
        "Construction is expected to begin in [[the spring]].",
        "The bill is expected to pass by [[spring 2022]].",
    ]),
    Expect("DATE", "2021-SU", examples=[
        "Wildfires destroyed 300 homes [[this summer]].",
        "The company hired 500 seasonal workers [[last summer]].",
    ]),
    Expect("DATE", "2021-FA", examples=[
        "Gas prices soared in [[the autumn]], hitting households hard.",
        "The talks stalled [[this fall]].",
    ]),
    Expect("DATE", "2012-WI", ref=REF_2013, note="YYYY-WI is the winter beginning in December YYYY", examples=[
        "Heating costs doubled [[last winter]].",
        "[[Last winter]], the river flooded two villages.",
        "[[Last winter]] was the coldest in a decade.",
    ]),
    Expect("DATE", "2012-FA", ref=REF_2013, examples=[
        "The party changed its leader [[last autumn]].",
    ]),

    # ------------------------------------------------------------------
    # Quarters, halves, fiscal years.
    # ------------------------------------------------------------------
    Expect("DATE", "2021-Q3", granularity="quarter", start=D(2021, 7, 1), end=D(2021, 9, 30), examples=[
        "The bank's profit rose 12 percent in [[the third quarter]].",
        "The carmaker reported a [[third-quarter]] loss of $400 million.",
        "Revenue rose to $8.1 billion in [[Q3 2021]].",
        "Growth slowed in [[the third quarter of 2021]].",
    ]),
    Expect("DATE", "2022-Q1", examples=[
        "The deal is expected to close in [[the first quarter of 2022]].",
        "The company will start deliveries in [[Q1 2022]].",
        "The merger is expected to be completed in [[the first quarter]].",
    ]),
    Expect("DATE", "2021-Q4", examples=[
        "Sales are running ahead of forecasts in [[the current quarter]].",
        "The company expects margins to improve [[this quarter]].",
    ]),
    Expect("DATE", "2012-Q4", ref=REF_2013, note="past-tense quarter across a year boundary", examples=[
        "The company lost money in [[the fourth quarter]], it said in a filing.",
        "Home sales fell in [[the last quarter of 2012]].",
    ]),
    Expect("DATE", "2021-H1", granularity="half", start=D(2021, 1, 1), end=D(2021, 6, 30), examples=[
        "The airline carried 12 million passengers in [[the first half of 2021]].",
        "Prices climbed steadily during [[the first half of the year]].",
        "Exports grew 30 percent in [[H1 2021]].",
        "Losses are expected to continue through [[the first two quarters of 2021]].",
    ]),
    Expect("DATE", "2022-H2", examples=[
        "The new model will go on sale in [[the second half of 2022]].",
        "Production is scheduled to begin in [[the second half of next year]].",
    ]),
    Expect("DATE", "2021-Q3", note="a bare 'Q3' after a preposition or before a word of reporting", examples=[
        "Operating profit fell 18 percent in [[Q3]], hit by higher wage costs.",
        "[[Q3]] revenue came in below analysts' forecasts.",
    ]),
    Expect("DATE", "2022-Q1", examples=[
        "The group will publish [[Q1]] results on April 28.",
    ]),
    Expect("DATE", "2021-H1", note="a bare 'H1' is the half of its tense, not of a year named before", examples=[
        "A recovery is not expected before H2 2023. In [[H1]], the parcel unit lost market share.",
    ]),
    Expect("DATE", "2022-H1", examples=[
        "Management said margins would widen in [[H1]] as energy costs ease.",
    ]),
    Expect("DATE", "2021", note="fiscal year = plain year (TBAQ 'fiscal 1989' -> 1989)", examples=[
        "The retailer returned to profit in [[fiscal 2021]].",
        "The agency's budget for [[fiscal year 2021]] was cut by 4 percent.",
        "Profit for [[the 2021 fiscal year]] was the highest in its history.",
    ]),

    # ------------------------------------------------------------------
    # Decades and centuries.
    # ------------------------------------------------------------------
    Expect("DATE", "199", granularity="decade", start=D(1990, 1, 1), end=D(1999, 12, 31), examples=[
        "The region has not seen such fighting since [[the 1990s]].",
        "Unemployment had not been this low since [[the '90s]].",
        "The tower was built in [[the nineties]].",
    ]),
    Expect("DATE", "197", "END", examples=[
        "The border dispute dates back to [[the late 1970s]].",
    ]),
    Expect("DATE", "198", "START", examples=[
        "Inflation last reached these levels in [[the early 1980s]].",
    ]),
    Expect("DATE", "200", "MID", examples=[
        "Property prices peaked in [[the mid-2000s]].",
    ]),
    Expect("DATE", "201", examples=[
        "Growth was sluggish throughout [[the 2010s]].",
    ]),
    Expect("DATE", "19", granularity="century", start=D(1900, 1, 1), end=D(1999, 12, 31), examples=[
        "The cathedral was rebuilt in [[the 20th century]].",
        "It was one of the deadliest epidemics of [[the twentieth century]].",
    ]),
    Expect("DATE", "18", examples=[
        "The railway bridge was built in [[the 19th century]].",
    ]),

    # ------------------------------------------------------------------
    # Ranges: ONE expression, ISO 8601 interval value (API convention; TimeML
    # would tag the two ends separately).
    # ------------------------------------------------------------------
    Expect("DATE", "2022-02-04/2022-02-20", start=D(2022, 2, 4), end=D(2022, 2, 20), examples=[
        "Beijing will host the Winter Olympics from [[February 4-20]].",
        "The Games will run [[Feb. 4-20]] under strict health rules.",
        "The exhibition will be open from [[Feb. 4 to Feb. 20]].",
        "Athletes will compete [[February 4\u201320]] inside a closed loop.",
    ]),
    Expect("DATE", "2022-04-24/2022-04-25", start=D(2022, 4, 24), end=D(2022, 4, 25),
           note="two days running joined by 'and' are one stretch (TBAQ tags the two ends)", examples=[
        "A ceremony will be held at the NATO summit on [[April 24 and 25]].",
        "The leaders will meet in Brussels on [[April 24 & 25]].",
    ]),
    Expect("DATE", "2024-05-05/2024-05-06", start=D(2024, 5, 5), end=D(2024, 5, 6), examples=[
        "The vote is on [[May 5 and 6, 2024]].",
    ]),
    Expect("DATE", "2021/2025", start=D(2021, 1, 1), end=D(2025, 12, 31), examples=[
        "The government approved the [[2021-2025]] development plan.",
        "The fund will invest $40 billion between [[2021 and 2025]].",
        "Emissions are to be cut by a third from [[2021 to 2025]].",
    ]),
    Expect("DATE", "2021-03/2021-05", start=D(2021, 3, 1), end=D(2021, 5, 31), examples=[
        "Sales rose from [[March to May]], the company said.",
        "The plant was closed from [[March through May]] because of the outbreak.",
    ]),
    Expect("DATE", "2021-07/2021-09", note="a month range written with a dash is one expression", examples=[
        "Revenue in the [[July-September]] period slipped 3.2 percent.",
        "Exports rose in [[July–September]], customs data showed.",
    ]),
    Expect("DATE", "2020-01/2020-03", examples=[
        "Output in [[Jan.-March 2020]] fell by a fifth.",
    ]),
    Expect("DATE", "1999/2001", ref=REF_2013, examples=[
        "The minister served as ambassador to France between [[1999 and 2001]].",
        "He lived in exile from [[1999 to 2001]].",
    ]),
    Expect("DATE", "2015-01-01/2020-12-31", note="a range of two complete dates", examples=[
        "The study used hospital records from [[2015-01-01 to 2020-12-31]].",
        "The agreement was in force from [[Jan. 1, 2015, to Dec. 31, 2020]].",
        "Prices were regulated between [[1 January 2015 and 31 December 2020]].",
    ]),
    Expect("DATE", "2021-11-29/2021-12-03", examples=[
        "The conference was held from [[Nov. 29 to Dec. 3]] in Vienna.",
        "Inspectors visited the site from [[29 November to 3 December]].",
    ]),

    # ------------------------------------------------------------------
    # Modifiers inside the span.
    # ------------------------------------------------------------------
    Expect("DURATION", "P2W", "APPROX", examples=[
        "The talks lasted [[about two weeks]].",
        "The tanker was held in port for [[around two weeks]].",
    ]),
    Expect("TIME", "2021-12-16T15:00", "APPROX", examples=[
        "The explosion happened at [[around 3 p.m.]], witnesses said.",
        "The plane landed at [[about 3 p.m.]] in heavy fog.",
    ]),
    Expect("DATE", "2019", "APPROX", note="TBAQ is split (DATE 1994 APPROX vs DURATION P2Y APPROX); ago is a DATE here", examples=[
        "The mine was abandoned [[about two years ago]].",
    ]),
    Expect("DURATION", "PT4H", "MORE_THAN", examples=[
        "The hearing lasted [[more than four hours]].",
        "Rescuers worked for [[more than 4 hours]] to free the driver.",
    ]),
    Expect("DURATION", "P1W", "MORE_THAN", examples=[
        "The strike has lasted [[more than a week]].",
        "The roads have been blocked for [[over a week]].",
    ]),
    Expect("DURATION", "P3Y", "MORE_THAN", examples=[
        "The case has dragged on for [[more than three years]].",
    ]),
    Expect("DURATION", "PT72H", "EQUAL_OR_MORE", examples=[
        "Travellers must quarantine for [[at least 72 hours]].",
    ]),
    Expect("DURATION", "P6M", "EQUAL_OR_MORE", examples=[
        "The mission will last [[at least six months]].",
    ]),
    Expect("DURATION", "PT1H", "LESS_THAN", examples=[
        "The vote took [[less than an hour]].",
    ]),
    Expect("DURATION", "P90D", "EQUAL_OR_LESS", examples=[
        "Visitors may stay for [[up to 90 days]] without a visa.",
        "The law allows detention for [[no more than 90 days]].",
    ]),
    Expect("DATE", "2008", "AFTER", note="bound prefix, as TBAQ 'post-1959'", examples=[
        "The [[post-2008]] rules forced banks to hold more capital.",
    ]),
    Expect("DATE", "2020", "BEFORE", note="mirror of post-; no pre- case in TBAQ", examples=[
        "Air traffic is still below [[pre-2020]] levels.",
    ]),

    # before/after/until/since are signals: outside the span, no mod.
    Expect("DATE", "2021-12-17", note="'before' is a signal outside the span", examples=[
        "Negotiators must reach a deal before [[Friday]].",
    ]),
    Expect("DATE", "2022-01-01", examples=[
        "Prices will be frozen until [[Jan. 1]].",
        "The tax will not be collected until after [[January 1]].",
    ]),
    Expect("DATE", "2021-03", note="'since' is a signal outside the span", examples=[
        "The border has been closed since [[March]].",
        "Shares have lost a third of their value since [[March]].",
    ]),

    # ------------------------------------------------------------------
    # Durations.
    # ------------------------------------------------------------------
    Expect("DURATION", "P3Y", examples=[
        "The project took [[three years]] to complete.",
        "He was sentenced to [[3 years]] in prison.",
        "The union signed a [[three-year]] contract with the airline.",
    ]),
    Expect("DURATION", "P2DE", note="decade unit, as the spec asks", examples=[
        "The two countries have been at odds for [[two decades]].",
    ]),
    Expect("DURATION", "P20Y", examples=[
        "The company has operated the mine for [[20 years]].",
    ]),
    Expect("DURATION", "P5Y", examples=[
        "House prices have doubled over [[the past five years]].",
        "The firm has cut 3,000 jobs in [[the last five years]].",
    ]),
    Expect("DURATION", "P6M", examples=[
        "The ban will remain in place for [[six months]].",
        "The trial is expected to last [[6 months]].",
    ]),
    Expect("DURATION", "PT24H", examples=[
        "The rebels were given [[24 hours]] to leave the city.",
        "The ceasefire held for [[twenty-four hours]].",
    ]),
    Expect("DURATION", "P1W", examples=[
        "The summit was postponed by [[a week]].",
        "The airport was closed for [[one week]].",
    ]),
    Expect("DURATION", "P9M", note="'N units of the ...' is a stretch of time (TBAQ 5 of 5); only 'a quarter of the vote' is a fraction", examples=[
        "Revenue fell 4% in [[the first nine months]] of the year.",
        "Exports rose in [[nine months]] of the drought, officials said.",
    ]),
    Expect("DURATION", "P40Y", examples=[
        "[[40 years]] of the embargo have not changed the regime.",
    ]),
    Expect("DURATION", "PXY", examples=[
        "The talks have been stalled for [[several years]].",
        "The two sides have been negotiating for [[years]].",
        "Rents have risen steadily over [[the past few years]].",
        "The village has changed little over [[the years]].",
        "Growth was slow in [[the early years]], officials said.",
    ]),
    Expect("DURATION", "PXW", examples=[
        "Prices have risen sharply over [[the past few weeks]].",
        "The protests have gone on for [[weeks]].",
    ]),
    Expect("DURATION", "P2D", examples=[
        "Rescue teams searched the area for [[two days]].",
        "The strike lasted [[2 days]].",
    ]),
    Expect("DURATION", "PT30M", examples=[
        "The meeting lasted [[30 minutes]].",
        "Power was cut for [[half an hour]].",
    ]),
    Expect("DURATION", "PT5H30M", note="the half in the next smaller unit (TBAQ: PT5H30M, P2Y6M, PT1M30S)", examples=[
        "The minister will spend [[5 1/2 hours]] in the capital.",
        "The hearing lasted [[five and a half hours]].",
    ]),
    Expect("DURATION", "P2Y6M", examples=[
        "The refugees lived in the camps for [[2 1/2 years]].",
    ]),
    Expect("DURATION", "PT1M30S", examples=[
        "The engine stalled [[a minute and a half]] after take-off.",
    ]),
    Expect("DURATION", "P10D", examples=[
        "Flights were grounded for [[10 days]].",
        "The festival lasts [[ten days]].",
    ]),
    Expect("DURATION", "P1Y", examples=[
        "The export ban will last [[a year]].",
        "He spent [[one year]] in prison.",
        "Net income for [[the year]] ended March 31 rose 12 percent.",
        "The utility expects a loss in [[the fiscal year]] ending June 30.",
    ]),
    # Time between two events: "N units before/after <event>", "N units later" are
    # DURATIONs with the signal word outside (TimeML: "2 days before the attack" -> P2D;
    # TBAQ 13 DURATION vs 3 DATE).  "ago" and "earlier" stay dates (below, and "a year earlier").
    Expect("DURATION", "P3D", examples=[
        "Rebels attacked the town [[three days]] after the ceasefire was signed.",
        "The minister resigned [[3 days]] before the vote.",
        "The bridge closed for repairs on Jan. 3 and reopened [[three days]] later.",
    ]),
    Expect("DURATION", "P2M", "LESS_THAN", examples=[
        "Inspectors returned [[nearly two months]] after they were expelled.",
    ]),
    Expect("DURATION", "P30D", "EQUAL_OR_MORE", examples=[
        "Lenders have to wait [[at least 30 days]] before they can foreclose.",
    ]),
    Expect("DURATION", "PT1H", "MORE_THAN", examples=[
        "The driver was freed [[more than an hour]] later.",
    ]),
    Expect("DURATION", "PXD", examples=[
        "[[A few days]] later, the company announced a recall.",
    ]),
    Expect("DURATION", "PTXM", examples=[
        "Tickets for the final sold out within [[minutes]].",
        "The fire was brought under control within [[minutes]], firefighters said.",
    ]),
    Expect("DURATION", "PTXH", examples=[
        "Passengers were stuck on the train for [[hours]] without water.",
        "The club signed the striker, [[hours]] before the transfer window closed.",
        "[[Hours]] after the vote, the prime minister resigned.",
    ]),

    # ------------------------------------------------------------------
    # "ago".
    # ------------------------------------------------------------------
    Expect("DATE", "2021-06", note="'N months ago' is a month", examples=[
        "The outbreak began [[six months ago]] at a meat plant.",
    ]),
    Expect("DATE", "PAST_REF", note="vague 'ago' (TBAQ 'several years ago' -> PAST_REF)", examples=[
        "The plan was first floated [[a few weeks ago]].",
        "The mine closed [[several years ago]].",
    ]),

    # ------------------------------------------------------------------
    # Sets.
    # ------------------------------------------------------------------
    Expect("SET", "XXXX-WXX-1", quant="EVERY", examples=[
        "The council meets [[every Monday]] at the town hall.",
        "Protesters have gathered outside the court [[every Monday]] since March.",
    ]),
    Expect("SET", "XXXX-07", quant="EACH", examples=[
        "Pilgrims crowd into the old town [[each July]] for the festival.",
    ]),
    Expect("SET", "XXXX-WXX-1", quant="EACH", examples=[
        "Ministers meet [[each Monday]] to review the figures.",
    ]),
    Expect("SET", "P1W", examples=[
        "The ministry publishes the figures [[weekly]].",
        "The magazine is now published [[weekly]].",
    ]),
    Expect("SET", "P1Y", quant="EACH", examples=[
        "The festival draws 200,000 visitors [[each year]].",
        "About 3,000 people die on the country's roads [[each year]].",
    ]),
    Expect("SET", "P1Y", quant="EVERY", examples=[
        "The report is updated [[every year]].",
    ]),
    Expect("SET", "P1Y", examples=[
        "The company reports its results [[annually]].",
        "The survey is carried out [[yearly]].",
    ]),
    Expect("SET", "P1M", freq="2X", examples=[
        "The committee meets [[twice a month]].",
        "Inspectors visit the plant [[twice a month]].",
    ]),
    Expect("SET", "P1Y", freq="3X", examples=[
        "The board meets [[three times a year]].",
    ]),
    Expect("SET", "P1D", examples=[
        "The airline operates three flights [[daily]].",
        "Investigators receive dozens of tips on a [[daily]] basis.",
        "The ministry updates the figures [[every day]].",
    ]),
    Expect("SET", "P1D", freq="2X", examples=[
        "The ferry sails [[twice a night]] in summer.",
    ]),
    Expect("SET", "PT1H", examples=[
        "Trains run [[hourly]] between the two cities.",
    ]),
    Expect("SET", "XXXX-WXX-WE", quant="EVERY", note="the weekend of every week, as 'every Monday'", examples=[
        "Dock workers will refuse overtime [[every weekend]] until the dispute is settled.",
    ]),
    Expect("SET", "XXXX-WXX-WE", quant="EACH", examples=[
        "The farmers' market opens [[each weekend]] in the square.",
    ]),
    Expect("SET", "XXXX-SU", quant="EVERY", examples=[
        "The festival is held [[every summer]] in the old town.",
    ]),
    Expect("SET", "XXXX-XX-XXTNI", quant="EVERY", note="a part of every day, as 'every Monday' is a day of every week", examples=[
        "Residents could hear the foghorn [[every night]], a historian said.",
    ]),
    Expect("SET", "XXXX-XX-XXTMO", quant="EACH", examples=[
        "The bakery opens its doors [[each morning]] at six.",
    ]),
    Expect("SET", "PT15S", quant="EVERY", freq="2X", note="'twice every N units' is one SET", examples=[
        "The lamp flashes [[twice every 15 seconds]] and can be seen 22 miles away.",
    ]),
    Expect("SET", "P1W", freq="5X", note="on so many days of every week, as 'five times a week'", examples=[
        "Participants walked briskly for 30 minutes [[five days a week]].",
    ]),
    Expect("SET", "P1M", freq="3X", examples=[
        "The mobile clinic visits the village [[three days a month]].",
    ]),

    # ------------------------------------------------------------------
    # Times of day.
    # ------------------------------------------------------------------
    Expect("TIME", "2021-12-16T11:00", note="a 24-hour time with a zone needs no preposition", examples=[
        "The pound was 0.4 percent higher by [[1100 GMT]].",
        "European shares were flat at [[1100 GMT]] after the data.",
        "The kick-off is at 12:00 local time ([[11:00 GMT]]).",
    ]),
    Expect("TIME", "2021-12-16T20:40", note="a time told in the past is not on a day ahead, nor on the end of a range", examples=[
        "The team will race in Oslo on Dec. 20. The final started at [[20:40]] local time.",
        "The team races in Oslo on Dec. 19-20. The final started at [[20:40]].",
    ]),
    Expect("TIME", "2021-12-16T12:00", note="the narration's time is not on a day a quotation named", examples=[
        '"We will sign the deal on Dec. 20," the chief executive said. The shares rose 3 percent in [[midday]] trading.',
    ]),
    Expect("TIME", "2021-12-16T19:40", examples=[
        "The final started at 20:40 local time ([[19:40 BST]]).",
    ]),
    Expect("TIME", "2021-12-16T10:00", note="the meridiem says the half of the day, not a 'P' of the zone", examples=[
        "Voting ended at [[10 a.m. PDT]] in the mountain counties, officials said.",
        "The launch window opened at [[10 a.m. PST]] and closed two hours later.",
    ]),
    Expect("TIME", "2021-12-16T00:40", note="12 a.m. is the first hour of the day, with or without a space", examples=[
        "The last precinct reported its count at [[12:40 a.m.]], the commission said.",
        "The suspect was arrested at [[12:40 am]] outside a nightclub.",
    ]),
    Expect("TIME", "2021-12-14T21:00", note="a sentence ends at 'p.m.' before a capital that does not go on with the time", examples=[
        "Polls closed at 7 p.m. on Tuesday, but long lines kept some centers open until [[9 p.m.]] The governor will speak on Friday.",
        "Polls closed at 7 p.m. on Tuesday, but long lines kept some centers open until [[9 p.m.]]\nThe new mayor will be sworn in next month.",
    ]),
    Expect("TIME", "2021-12-13T23:52", note="a clock time is on the day named after its zone or bracket", examples=[
        "The quake struck at [[11:52 p.m.]] local time (1452 GMT) on Monday, shaking buildings in the capital.",
        "The ferry capsized at [[11:52 p.m.]] Pacific time on Monday, the coast guard said.",
    ]),
    Expect("TIME", "2021-12-13T14:52", examples=[
        "A second quake hit at 11:52 p.m. local time ([[1452 GMT]]) on Monday, the agency said.",
    ]),
    Expect("TIME", "2021-12-15T24:00", note="a past midnight with no day named is the one that began the publication day", examples=[
        "The mayor-elect told supporters at a downtown hotel shortly before [[midnight]].",
        "The last train left the station at [[midnight]], a spokesman said.",
    ]),
    Expect("TIME", "2021-12-16T00:40", note="a clock time after a midnight whose day no text named keeps the publication day", examples=[
        "The candidate spoke shortly before midnight. His rival conceded at [[12:40 a.m.]] by telephone.",
    ]),
    Expect("TIME", "2021-12-16T15:00", granularity="time", examples=[
        "The minister will address the nation at [[3 p.m. EST]].",
        "The market closed at [[3 p.m.]], an hour early.",
        "Voting ends at [[15:00]], the electoral commission said.",
        "Trading was halted at [[3pm]] after the announcement.",
    ]),
    Expect("TIME", "2021-12-14TMO", examples=[
        "The attack took place on [[Tuesday morning]].",
        "Fire crews were called [[Tuesday morning]] to the warehouse.",
    ]),
    Expect("TIME", "2021-12-16TMO", examples=[
        "The minister resigned [[this morning]].",
        "The president said [[this morning]] that the army would stay.",
    ]),
    Expect("TIME", "2021-12-16TNI", examples=[
        "The prime minister will address the nation [[tonight]].",
        "Fans will gather [[tonight]] outside the stadium.",
    ]),
    Expect("TIME", "2021-12-15TNI", examples=[
        "Gunfire was heard [[last night]] near the border.",
        "Protesters clashed with police on [[Wednesday night]].",
    ]),
    Expect("TIME", "2021-12-15TAF", examples=[
        "The bill passed [[yesterday afternoon]].",
        "In Frankfurt at [[mid-afternoon yesterday]], the shares were up 2 percent.",
        "The rebels attacked on Wednesday. By [[mid-afternoon]], the army had retaken the town.",
    ]),
    Expect("TIME", "2021-12-17T04:00", examples=[
        "The delegation will leave on Friday at [[4 in the morning]].",
    ]),
    Expect("TIME", "2021-12-17TEV", examples=[
        "The two leaders will dine together on [[Friday evening]].",
    ]),
    Expect("TIME", "2021-12-12T24:00", note="midnight is T24:00 of its day", examples=[
        "The ceasefire took effect at [[midnight Sunday]].",
    ]),
    Expect("TIME", "2021-12-16T24:00", examples=[
        "The curfew will begin at [[midnight]].",
    ]),
    Expect("TIME", "2021-12-17T12:00", examples=[
        "The deadline expires at [[noon Friday]].",
        "The results will be announced at [[midday Friday]].",
    ]),
    Expect("TIME", "2021-12-16T10:30", examples=[
        "The blast occurred at [[10:30 a.m.]] near the central market.",
        "The verdict was read out at [[10.30am]].",
    ]),
    Expect("TIME", "2021-12-20T09:00", examples=[
        "Bids must be submitted by [[9 a.m. EST Dec. 20]].",
    ]),
    Expect("TIME", "1998-02-26TEV", ref=REF_1998, examples=[
        "The talks ended [[Thursday evening]] without a statement.",
    ]),

    # ------------------------------------------------------------------
    # PRESENT_REF / PAST_REF / FUTURE_REF.
    # ------------------------------------------------------------------
    Expect("DATE", "PRESENT_REF", examples=[
        "The company [[now]] employs 12,000 people.",
        "About 400 people are [[currently]] held at the camp.",
        "The hospital is full [[right now]], a nurse said.",
        "Few people take the night train [[these days]].",
    ]),
    Expect("DATE", "PAST_REF", examples=[
        "The government has [[recently]] tightened border controls.",
        "Such attacks were rare in [[the past]].",
        "Food prices have risen sharply in [[recent years]].",
    ]),
    Expect("DATE", "PAST_REF", examples=[
        "Holders may buy shares at half the [[then current]] market price.",
    ]),
    Expect("DATE", "1997-01", ref=REF_1998, note="transcripts spell years out", examples=[
        "The ceasefire collapsed in [[January nineteen ninety-seven]].",
    ]),
    Expect("DATE", "1994-WI", ref=REF_1998, examples=[
        "Oil last traded that low in [[the winter of nineteen ninety-four]].",
    ]),
    Expect("DATE", "FUTURE_REF", examples=[
        "The company said it would expand into Asia in [[the future]].",
        "No change in policy is expected in [[the near future]].",
    ]),

    # ------------------------------------------------------------------
    # Context the resolver has to read: a year named earlier in the
    # sentence, what the date hangs on, and which way the verb points.
    # Reference dates: Monday 2023-10-09 and Thursday 2024-03-14.
    # ------------------------------------------------------------------
    Expect("DATE", "2024-07-26", ref=REF_2024, examples=[
        "The 2024 Paris Olympics open on [[July 26]].",
    ]),
    Expect("DATE", "2020-04", ref=REF_2023, examples=[
        "The rate was cut twice in 2020, in March and again in [[April]].",
    ]),
    Expect("DATE", "2023-10-12", ref=REF_2023, examples=[
        "The heatwave is expected to last until [[Thursday]].",
    ]),
    Expect("DATE", "2023-10-04", ref=REF_2023, examples=[
        "The talks broke down in the early hours of [[Wednesday]].",
    ]),
    Expect("DATE", "2024-03-18", ref=REF_2024, examples=[
        "Temperatures will keep dropping, to 5 degrees by [[Monday]].",
    ]),
    Expect("DATE", "2023-12-12/2023-12-13", ref=REF_2023, examples=[
        "The Fed meets again on [[Dec. 12-13]] and is expected to hold rates steady.",
    ]),
    Expect("DATE", "2024-W11", ref=REF_2024, examples=[
        "The appeal may be heard [[the week of March 11]], lawyers said.",
    ]),
    Expect("DATE", "1982", ref=REF_2023, note="'N years ago' is a year even after a month named in the sentence", examples=[
        "Crowds gathered in January to mark the coup that brought the general to power [[41 years ago]].",
    ]),
    Expect("DATE", "2024-W14", ref=REF_2024, examples=[
        "The summit, scheduled for [[the first week of April]], will be held in Geneva.",
    ]),
    Expect("DATE", "2023-07-01/2023-07-10", ref=date(2023, 3, 1), examples=[
        "The festival runs from [[July 1 to July 10]].",
    ]),
    Expect("DATE", "2023-06-01/2023-11-30", ref=date(2023, 9, 8), note="a range without a year ends on or after its start; a range around the reference date", examples=[
        "The hurricane season runs from [[June 1 to Nov. 30]].",
        "Restrictions on water use apply [[June 1 through Nov. 30]], the utility said.",
        "The exhibition, open from [[1 June to 30 November]], is drawing large crowds.",
    ]),
    Expect("DATE", "2020-10/2021-03", ref=REF, note="a month range across New Year ends after its start", examples=[
        "The shelter was open every night from [[October to March]] last winter.",
    ]),
    Expect("DATE", "2022-10-23", ref=REF_2023, note="'last Oct. 23' is the day, not 'last October' and a number", examples=[
        "The doctor was shot dead last [[Oct. 23]] at his home.",
    ]),
    Expect("DATE", "2022-Q3", ref=REF_2023, examples=[
        "The bank earned $4 million in [[the year-ago third quarter]].",
        "In [[the year-earlier third quarter]], the thrift lost $1 million.",
    ]),
    Expect("DATE", "2021-10-12", note="'the day' in apposition to a date is that date; 'before' takes the event", examples=[
        "The index had fallen 4 percent by Oct. 12, [[the day]] before the crash.",
    ]),
    Expect("DATE", "2019-03-02", examples=[
        "The plant closed on March 3, 2019. [[The day before]], workers had protested outside.",
    ]),
    Expect("DATE", "2021-12-13", note="'the day before' a named day is one expression, a day from it", examples=[
        "[[The day before last Tuesday]]'s hearing, the lawyer met the family.",
        "Negotiators met again [[the day before Tuesday]]'s vote.",
    ]),
    Expect("DATE", "2020-12-26", examples=[
        "Shoppers crowded the stores [[the day after Christmas]], the chain said.",
    ]),
    Expect("DATE", "2021-10-XX", granularity="month", note="a day of a month named before: which day is not said", examples=[
        "The doctor was killed last October. His name was crossed off the list [[that same day]].",
        "Rebels seized the town in October. [[The next day]], the army withdrew.",
    ]),
    Expect("DATE", "2021-12-12", note="'the next day' counts from the day the story stands at, not a background month after it", examples=[
        "Police arrested the suspect on Saturday. The man, released from prison in May, appeared in court [[the next day]].",
    ]),
    Expect("DATE", "2019-XX-XX", granularity="year", examples=[
        "The plant closed in 2019. [[The following day]], its workers marched on the capital.",
    ]),
    Expect("DATE", "2022", ref=REF_2023, note="'last year' after a month of the sentence names a year unless it is compared with", examples=[
        "The governor said last month that prices would ease as [[last year]]'s energy shock fades.",
        "Exports in August were hurt by [[last year]]'s drought, the ministry said.",
    ]),
    Expect("DATE", "2022-08", ref=REF_2023, examples=[
        "Exports in August fell 4 percent from [[last year]].",
    ]),
    Expect("DATE", "2021", "END", note="a deadline ahead is not in a period under discussion that is over", examples=[
        "The company, which went public in 2019, plans to hire 500 people by [[the end of the year]].",
    ]),
    Expect("DATE", "2021-12", "END", examples=[
        'Prices peaked in September. "We expect a deal by [[the end of the month]]," the minister said.',
    ]),
    Expect("DATE", "2019", "END", examples=[
        "Sales fell in 2019, and by [[the end of the year]] the chain had closed 40 stores.",
    ]),
    Expect("DATE", "2022-Q3", ref=REF_2023, note="the day that closes the quarter under discussion stands for it", examples=[
        "Sales for the quarter ended Sept. 30 climbed 9 percent from [[a year earlier]].",
        "Profit in the third quarter ended Sept. 30 slipped to $3 million from $4 million [[a year earlier]].",
    ]),
    Expect("DATE", "2021-11", note="'the month' alone is the month just named", examples=[
        "Figures for November showed [[the month]] was the wettest on record.",
        "Car sales jumped 12 percent in November, and [[the month]] was the industry's best since 2019.",
    ]),
    Expect("DATE", "2021", ref=REF_2023, note="'the previous year' is before the year the sentence named, not before a day named after it", examples=[
        "The miner reported a record profit for 2022 on Tuesday, almost double [[the previous year]]'s.",
        "Exports reached $80 billion in 2022, the ministry said on Friday, up from $61 billion [[the previous year]].",
    ]),
    Expect("DATE", "2021-12-23", note="'this time next week' is the same day a week on", examples=[
        'The minister said: "By [[this time next week]], every school will be open."',
    ]),
    Expect("DATE", "2020-12-16", examples=[
        "Hotel bookings are 40 percent higher than at [[this time last year]].",
        "Fuel stocks are lower than at [[the same time last year]], the agency said.",
    ]),
    Expect("DATE", "2016", ref=REF_2023, note="'the following year' is a whole year, whatever the grain of the date before it", examples=[
        "He was promoted on May 22, 2015, and [[the following year]] he became ambassador.",
    ]),
    Expect("DATE", "1999-03-12", ref=D(1999, 2, 27), note="a year named for another verb of the sentence does not date this one", examples=[
        "The three countries, invited to join the alliance in Madrid in July 1997, will join it on [[March 12]].",
    ]),
    Expect("DATE", "2023-09-29", ref=REF_2023, examples=[
        "Under a plan approved in 2019, the company had bought back 2 million shares through [[Sept. 29]].",
    ]),
    # Tense read from the parse: agreement ("Weakness hurt", a singular subject, is past),
    # the past perfect of a plan ("had been due to"), "is to" and "were planning to"
    # (arranged, ahead), and a planning verb that dates what follows it but not a date
    # put before it.  REF is Thursday 2021-12-16.
    Expect("DATE", "2021-12-13", examples=[
        "Weakness in bank shares hurt the index on [[Monday]].",
        "The tender offer had been due to expire on [[Monday]].",
        "On [[Monday]], the ministry planned to pay the first compensation claims.",
    ]),
    Expect("DATE", "2022-Q1", note="what a present 'expects'/'plans' has as its object lies ahead", examples=[
        "Management expects margins to widen in [[the first quarter]] as energy costs ease.",
        "The retailer expects sales to recover in [[Q1]], its finance chief said.",
    ]),
    Expect("DATE", "2021-W50-WE", note="'ahead of' looks forward whatever the tense", examples=[
        "Traders squared their positions ahead of [[the weekend]].",
    ]),
    Expect("DATE", "2021-12-10", note="'ahead of' says nothing of a date before it", examples=[
        "Stocks fell on [[Friday]] ahead of the weekend.",
    ]),
    Expect("DATE", "2021-12-13", note="nor of the tense of 'go ahead'", examples=[
        "The vote went ahead on [[Monday]].",
        "Shares rose on [[Monday]] ahead of the central bank meeting.",
        "On [[Monday]] old friends gathered in the square.",
        "The government is to blame for the riots on [[Monday]].",
    ]),
    Expect("DATE", "2021-12-10", note="an aspectual verb gives its complement its own tense", examples=[
        "The company began to lay off workers on [[Friday]].",
        "Rebels tried to seize the airport on [[Friday]].",
    ]),
    Expect("DATE", "2022-04", note="a participle of planning looks ahead whatever the tense", examples=[
        "NATO leaders discussed a summit set for [[April]].",
        "The opposition criticised a referendum scheduled for [[April]].",
    ]),
    Expect("DATE", "2021-12-17", note="a plural present with compound subjects is no past", examples=[
        "Microsoft and Sony release new consoles on [[Friday]].",
    ]),
    Expect("DATE", "2021-W49-WE", examples=[
        "Traders squared their positions over [[the weekend]].",
    ]),
    Expect("DATE", "2021-12-20", examples=[
        "The exchange is to resume trading on [[Monday]].",
        "Farmers were planning to block the motorway on [[Monday]].",
        "Unions planned a general strike on [[Monday]].",
    ]),
    # Quoted deixis: a relative expression inside a quotation is of the time of speaking,
    # the last day the narration named, when the story has gone back more than a week.
    Expect("DATE", "2021-11", examples=[
        "The two ministers signed the plan on November 23. While signing it, Shoigu said: "
        "\u201c[[This month]], ten bombers flew close to our borders.\u201d",
        'Talks opened in Vienna on Nov. 20. "We have seen progress [[this month]]," the envoy told reporters there.',
    ]),
    Expect("DATE", "2021-11-23", examples=[
        "The accord was signed on November 23. The minister said at the ceremony: "
        "\u201c[[Today]] our cooperation enters a new stage.\u201d",
    ]),
    Expect("DATE", "2021-12-16", note="the day that closes a reporting period is no time of speaking", examples=[
        'Revenue for the quarter ended Nov. 30 rose 8 percent. "We are selling more [[today]] than ever," the chief executive told analysts.',
    ]),
    Expect("DATE", "2021-12", note="a quotation of the days around publication keeps the reference date", examples=[
        "The minister spoke on Tuesday. \u201c[[This month]] has been hard for farmers,\u201d he said.",
        "Exports fell on Nov. 20, the ministry said. Officials expect a rebound [[this month]].",
        # ... and so does one whose saying is dated, or whose last narrated day is history.
        'Talks ended on Nov. 20. "We made progress [[this month]]," the envoy said at a news conference today.',
        'The firm was founded on March 3, 2015. "[[This month]] we will launch a new phone," its chief said.',
    ]),
    # A day of the reference month is of the reference year, whatever the tense (a writer
    # names the year of a date a year away); a record date is set ahead of its announcement.
    Expect("DATE", "2023-10-20", ref=REF_2023, examples=[
        "The company has set [[Oct. 20]] as the deadline for competing bids.",
        "The board gave no reason for the [[Oct. 20]] deadline.",
    ]),
    Expect("DATE", "2023-11-22", ref=REF_2023, examples=[
        "Directors declared a 2-for-1 split, to be distributed Dec. 12 to stock of record [[Nov. 22]].",
        "The board approved a dividend of 5 cents, payable Dec. 1 to holders of record [[Nov. 22]].",
    ]),
    # ... but a simple past tells of last year's, and a record date is the nearest one.
    Expect("DATE", "2020-12-30", examples=[
        "The tanker sank on [[Dec. 30]], killing 20 sailors.",
    ]),
    # A record set on a day was set then; a summit set for a day is planned.
    Expect("DATE", "1997-08-06", ref=REF_1998, examples=[
        "Stocks rose, leaving the index 70 points below its record high set on [[Aug. 6]].",
    ]),
    Expect("DATE", "1998-08-06", ref=REF_1998, examples=[
        "Officials prepared for a summit set for [[Aug. 6]] in Geneva.",
    ]),
    # A bare participle clause happens when its main clause does.
    Expect("DATE", "2024-08-06", ref=REF_2023, examples=[
        "The airline said two new flights would leave on Mondays, with a third departing from [[August 6]].",
    ]),
    Expect("DATE", "2023-08-06", ref=REF_2023, examples=[
        "Shares fell sharply, wiping out the gains made since [[August 6]].",
    ]),
    Expect("DATE", "2021-11-15", examples=[
        "The dividend was paid Dec. 1 to shareholders of record [[Nov. 15]].",
    ]),
]
