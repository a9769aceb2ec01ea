"""Negative temporal corpus: strings that must NOT be read as times.

No TIMEX3 may overlap the marked span.  A marker around the whole sentence
means the sentence must yield no TIMEX3 at all.  Other expressions elsewhere
in a sentence are allowed.

Left out on purpose, because TimeML would tag them:
* "within a day of" -- TBAQ tags "within [a year]" as DURATION P1Y
  (EQUAL_OR_LESS), so "a day" there is a DURATION, not a false positive.
* race times such as "finished in 2:03:45" -- a measured length of time is a
  DURATION in TimeML, however it is written.
* "24/7" (arguably a SET), "9/11" (names a date), "decades-long" (TBAQ: PXY),
  "current" (TBAQ: PRESENT_REF), and titles such as "Independence Day".
"""
from __future__ import annotations

from . import Reject

NEGATIVE: list[Reject] = [
    Reject("'each morning', 'every night' naming a kind of session", examples=[
        "[[Each morning]] session starts at nine.",
        "He works [[every night]] shift this month.",
    ]),
    Reject("'Q4', 'H2' that are no reporting period", examples=[
        "Investment in [[H2]] production rose sharply last year.",
        "The team scored twice in [[Q4]] of the game.",
        "He answered the questions in [[Q2]] of the exam.",
        "The lab stores the gas in [[H2]] tanks.",
    ]),
    Reject("a frequency adjective naming a kind of thing", examples=[
        "The board declared a [[quarterly]] dividend of 12 cents.",
        "The party [[daily]] newspaper printed the letter in full.",
        "Analysts track the [[weekly]] jobless claims report.",
    ]),
    Reject("'may' as a modal verb", examples=[
        "Prices [[may]] rise further if the drought continues.",
        "Officials warned that the talks [[may]] collapse.",
        "The central bank [[may]] cut rates again, analysts said.",
        "[[May]] the best team win, the coach told reporters.",
    ]),
    Reject("'march' as a verb or a noun", examples=[
        "Thousands [[march]] on the capital to demand new elections.",
        "Veterans will [[march]] through the city centre.",
        "Organisers expect the [[march]] to draw 50,000 people.",
    ]),
    Reject("'May' as a surname", examples=[
        "Theresa [[May]] said the party would unite behind the plan.",
        "Former prime minister [[May]] told the committee she had no regrets.",
    ]),
    Reject("month and day abbreviations as words or names", examples=[
        "Violence continued to [[mar]] the campaign.",
        "The minister [[sat]] on the board of the bank.",
        "Coach [[Jan]] Olsen praised his players.",
    ]),
    Reject("counts that look like years or days", examples=[
        "The army moved [[2000]] soldiers to the border.",
        "Moscow said [[10]] strategic bombers had flown over the Black Sea.",
        "Police estimated that [[1,500]] people attended the vigil.",
        "The convoy stopped [[20 kilometers]] from the border.",
        "A [[2000]]-strong peacekeeping force will be deployed.",
        "Customs officers seized [[2021]] kilograms of cocaine at the port.",
        "The runners lined up for a [[1500]] metre race.",
    ]),
    Reject("scores", examples=[
        "Chelsea won [[3-2]] after a late penalty.",
        "The Packers sealed a [[21-14]] victory over the Bears.",
        "The champions were held to a [[1-1]] draw.",
    ]),
    Reject("prices and measurements", examples=[
        "The tablet costs [[$2,021]] in the United States.",
        "Brent crude rose to [[$85.20]] a barrel.",
        "A magnitude [[6.2]] earthquake struck the island.",
        "Warming must be held to [[1.5]] degrees Celsius.",
        "Bolt's [[9.58]] in Berlin still stands as the world record.",
    ]),
    Reject("ordinals", examples=[
        "The [[second]] round of talks ended without agreement.",
        "It was the party's [[second]] defeat in a row.",
        "The destroyer belongs to the US [[Seventh]] Fleet.",
    ]),
    Reject("'former' is not a temporal expression (TBAQ: 0 of 31 tagged)", examples=[
        "The [[former]] president criticised the ruling.",
        "The [[former]] Soviet republic applied to join the bloc.",
    ]),
    Reject("phone numbers", examples=[
        "Readers can call the hotline on [[555-2021]].",
        "The embassy can be reached at [[+1 202 555 0143]].",
    ]),
    Reject("version numbers", examples=[
        "The bug was fixed in version [[2.10]] of the software.",
        "Apple released iOS [[15.2]] with new privacy features.",
        "The phones run Android [[12]].",
    ]),
    Reject("addresses", examples=[
        "Protesters gathered outside [[1600]] Pennsylvania Avenue.",
        "The firm leased offices at [[350 Fifth Avenue]].",
    ]),
    Reject("model, standard, route and mission names", examples=[
        "Regulators grounded the [[Boeing 737]] Max after two crashes.",
        "Two [[F-16]] jets escorted the airliner.",
        "The airline ordered 30 [[A320]] jets.",
        "The plant is certified under [[ISO 9001]].",
        "The crash closed [[Route 66]] near the state line.",
        "The [[Apollo 11]] crew landed on the Moon.",
        "[[Highway 401]] was closed after the crash.",
        "Flight [[370]] disappeared over the Indian Ocean.",
        "[[Covid-19]] cases rose across the region.",
        "The UN adopted Resolution [[2231]] unanimously.",
        "NATO has never invoked Article [[5]] over a cyberattack.",
    ]),
    Reject("names containing day or season words", examples=[
        "The [[Sun]] reported that the minister had resigned.",
        "The [[Sunday Times]] obtained a copy of the report.",
        "The singer Donna [[Summer]] sold millions of records.",
        "[[Fall]] Out Boy will headline the festival.",
        "Athletes arrived for the Beijing [[Winter]] Olympics.",
        "Athletes arrived for [[the Winter]] Olympics.",
        "Tourists crowd [[the Summer]] Palace in August.",
        "The uprisings of the Arab [[Spring]] toppled four leaders.",
    ]),
    Reject("model and visa names that look like quarters or halves", examples=[
        "Drivers can choose between the Audi [[Q3]] and the larger Q5.",
        "She applied for an [[H1]]-B visa last year.",
        "The Audi [[Q3]] sales in Europe doubled.",
    ]),
    Reject("hours of a kind, not a stretch before an event", examples=[
        "Visitors may only come during opening [[hours]] before the holiday.",
    ]),
    Reject("quantities that are not periods", examples=[
        "The central bank raised rates by [[a quarter]] point on Wednesday.",
        "Nearly [[a quarter]] of the vote went to independents.",
    ]),
    Reject("ages (TBAQ: 38 of 39 'N years old' untagged)", examples=[
        "The driver, [[45 years]] old, was taken to hospital.",
        "Workers [[60 years]] old or older may retire with full benefits.",
    ]),
    Reject("rates: so many of a plural thing a unit of time", examples=[
        "The airline now runs six flights [[a week]] to the capital.",
        "Guards watch the building 24 hours [[a day]].",
        "The new line will add 900 seats [[a week]] on the route.",
        "The chip runs at 20 million instructions [[per second]].",
        "Average temperatures have risen by about 0.2C [[per decade]].",
        "The smelter emits 5 tonnes of carbon [[per day]].",
        "Sea levels rose 3.7 millimetres [[per year]] over the period.",
        "Adults need 150 minutes of moderate exercise [[a week]], the guidance says.",
        "The mill ground 40 tonnes of imported wheat [[a day]] at its peak.",
    ]),
    Reject("'the month' with no month named before it, or naming a kind", examples=[
        "Retail sales fell 3 percent in [[the month]], the statistics agency said.",
        "The striker was named player of [[the month]] for the second time.",
        "[[The month]] of Ramadan begins next week.",
    ]),
    Reject("'minutes' as a record of a meeting", examples=[
        "The council voted to publish the [[minutes]] of the meeting.",
        "Lawyers asked for [[minutes]] of the board's discussions.",
    ]),
    Reject("'as recently as': the date is what follows", examples=[
        "The company had 900 job openings as [[recently]] as last quarter.",
        "Prices were still rising as [[recently]] as 2019, the survey found.",
    ]),
    Reject("quoted titles of shows and films", examples=[
        "The actor appeared on NBC's \"The [[Tonight]] Show,\" the network said.",
        "The senator said on ABC's \"[[This Week]],\" that the bill would pass.",
        "The station showed \u201cHigh [[Noon]]\u201d on Sunday.",
    ]),
    Reject("words in a compound of manner, not of time", examples=[
        "[[The quarter]]-to-quarter comparison flattered the results.",
        "She runs the [[day]]-to-day business of the firm.",
    ]),
    Reject("an index level with decimals is not a year", examples=[
        "The DAX fell 12.4 points to [[1375]].62.",
    ]),
    Reject("the present or future age in general, not a day", examples=[
        "Pupils in [[today]]'s world learn to code before they can write.",
        "The academy wants to train the leaders of [[tomorrow]].",
        "For [[today]]'s youth the war is history.",
    ]),
    Reject("a number before 'in the morning' with no time preposition is a score", examples=[
        "The Dow was down [[8]] in the afternoon.",
        "The Nasdaq was up [[3]] in the morning and down 5 in the evening.",
    ]),
    Reject("a count after 'and' is no second day", examples=[
        "On April 24 and [[25]] people were hurt in the clashes.",
        "Police held 40 people on May 1 and [[2]] percent of them were minors.",
    ]),
    Reject("'early' without a time", examples=[
        "[[Early]] voting began in three states.",
    ]),
    Reject("whole sentences with no temporal expression", examples=[
        "[[The ministry said 1,200 troops and 40 tanks had been moved to the border region.]]",
        "[[Investigators recovered both flight recorders of the Boeing 737 from the sea.]]",
        "[[Prices may rise as thousands march on parliament.]]",
        "[[Shares of the carmaker fell 4.5 percent to $1,021 in heavy trading.]]",
        "[[The striker scored twice as the visitors won 3-1 in front of 40,000 fans.]]",
    ]),
]
