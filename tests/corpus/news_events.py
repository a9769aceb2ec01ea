"""Ten short news articles written for this project in the style of 2020s wire copy (politics,
diplomacy, earnings, sport, disasters, courts), none taken from a corpus, and the timeline a careful
reader would write by hand for each: every dated event once, on the right date, with a compact
"who does what" summary and its status.  ``tests/test_events.py`` runs them.

    Rec(trigger, value, summary, status, mentions=..., participants=..., locations=..., xfail=...)

A record is matched by a mention's trigger and the date value; ``summary`` is checked exactly.
``xfail`` (a one-line reason) marks what the engine still gets wrong: the test is expected to fail,
strictly, so a fix shows up.  ``COUNT_XFAIL`` does the same for an article whose number of records
is still wrong (a record invented or missing).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Rec:
    trigger: str
    value: str
    summary: str
    status: str = "occurred"
    mentions: tuple = ()
    participants: tuple = ()
    locations: tuple = ()
    xfail: str = ""


ARTICLES = {
    "politics_rail_accord": (date.fromisoformat("2021-03-09"), """\
Germany and Poland sign border rail accord

BERLIN, March 9 (Reuters) - Germany and Poland signed an accord on rail links across their border on Tuesday, ending two years of talks.

The accord, which transport ministers Volker Wissing and Andrzej Adamczyk signed in Frankfurt an der Oder, replaces a treaty that the two countries signed in 1995.

The ministers met on Monday and signed the accord on Tuesday. Work on a new bridge over the Oder river will begin in June, Wissing said.

Polish Prime Minister Mateusz Morawiecki did not attend the ceremony on Tuesday. He would visit Berlin next month if the coalition talks in Warsaw succeed, his spokesman said on Monday.

The European Commission approved funding for the project in January.
"""),
    "earnings_acme": (date.fromisoformat("2022-10-27"), """\
Acme Corp quarterly profit beats forecasts, shares jump

NEW YORK, Oct 27 (Reuters) - Acme Corp said on Thursday that its third-quarter profit rose 12%, beating analysts' estimates, and its shares jumped 8% in early trading.

The company reported net income of $1.2 billion for the quarter that ended on September 30. Chief Executive Jane Porter told analysts on a conference call that demand held up in October.

Acme announced in July that it would cut 2,000 jobs. The cuts were completed in September, the company said.

The board will vote on a dividend increase on November 15. Acme will hold its annual investor day in New York on December 6.

Rival Globex reported its results on Tuesday.
"""),
    "disaster_wildfire": (date.fromisoformat("2021-08-17"), """\
Wildfire forces thousands to flee in northern California

SACRAMENTO, Aug 17 (AP) - A wildfire that broke out on Saturday near Redding forced more than 5,000 people to flee their homes, officials said on Monday.

The Carr fire destroyed 120 homes over the weekend. Firefighters contained about 20% of the blaze by Monday evening, the California Department of Forestry and Fire Protection said.

Governor Gavin Newsom declared a state of emergency in Shasta County on Sunday. He visited an evacuation center in Redding on Monday.

President Joe Biden approved a federal disaster declaration on Tuesday.

Officials said the evacuation orders would be lifted on Friday if the winds calm down. A similar fire in 2018 killed eight people.
"""),
    "court_voting_law": (date.fromisoformat("2022-09-20"), """\
Court blocks state voting law ahead of November election

ATLANTA, Sept 20 (Reuters) - A federal judge on Monday blocked a Georgia law that would have shortened the period for absentee voting, siding with civil rights groups that sued in April.

U.S. District Judge Steven Jones issued a preliminary injunction after a three-day hearing in early September. The law was signed by Governor Brian Kemp on March 25.

The state attorney general's office said on Tuesday that it would appeal the ruling to the 11th Circuit Court of Appeals.

The groups had argued at the hearing that the law would hurt Black voters. The Georgia Supreme Court declined to hear a related case in June.

The general election will be held on November 8. Early voting starts on October 17.
"""),
    "diplomacy_defence_pact": (date.fromisoformat("2022-01-06"), """\
Japan and Australia agree to deepen defence ties

TOKYO, Jan 6 (Reuters) - Japan and Australia agreed on Thursday to deepen defence cooperation, as Prime Minister Fumio Kishida and his Australian counterpart Scott Morrison held a video call.

The two leaders signed a reciprocal access agreement during the video call on Thursday, Kishida told reporters. The call lasted about an hour.

Morrison had planned to travel to Tokyo in December but cancelled the trip because of the Omicron variant.

The pact builds on a joint declaration that the two countries signed in 2007. Kishida and Morrison will meet in person at a summit in early February, a Japanese official said.

China did not comment on the agreement on Thursday. Its foreign ministry will hold a briefing on Friday.
"""),
    "sport_relay": (date.fromisoformat("2022-02-19"), """\
Norway wins relay gold as Beijing Games near close

BEIJING, Feb 19 (AP) - Norway won the men's 4x10 km cross-country relay on Saturday, taking its 15th gold medal of the Winter Olympics.

The Winter Olympics, which opened on February 4, end on Sunday with the closing ceremony at the Bird's Nest stadium.

Johannes Hoesflot Klaebo anchored the team and crossed the line 30 seconds ahead of Russia. Klaebo also won the sprint on February 8.

Russia's team did not win a gold medal in the relay on Saturday. Sweden finished third.

The Paralympics will take place from March 4-13 in Beijing. The next Winter Games will be held in Milan and Cortina d'Ampezzo in 2026.
"""),
    "disaster_earthquake": (date.fromisoformat("2020-01-25"), """\
Earthquake kills at least 40 in eastern Turkey

ANKARA, Jan 25 (Reuters) - A magnitude 6.8 earthquake struck eastern Turkey on Friday evening, killing at least 40 people and injuring more than 1,600, the disaster agency AFAD said on Saturday.

The quake hit the province of Elazig at 8:55 p.m. (1755 GMT). Rescuers pulled 45 people from the rubble overnight.

President Tayyip Erdogan visited the region on Saturday and promised that the government would rebuild the destroyed homes.

Greece offered help on Saturday. The European Union said it was ready to send rescue teams if Turkey asked.

A quake in the same region killed 51 people in 2010.
"""),
    "politics_eu_budget": (date.fromisoformat("2020-02-21"), """\
EU leaders fail to agree on budget at Brussels summit

BRUSSELS, Feb 21 (Reuters) - European Union leaders failed to agree on the bloc's next long-term budget on Friday after two days of talks in Brussels.

The summit, which began on Thursday, broke up without a deal, European Council President Charles Michel said. The leaders will meet again in March.

Dutch Prime Minister Mark Rutte said on Friday that he would not accept a budget above 1% of the bloc's economic output.

French President Emmanuel Macron met Rutte on Thursday evening. Macron and German Chancellor Angela Merkel held a joint news conference on Friday.

Britain left the EU on January 31 and did not take part in the talks.
"""),
    "politics_climate_bill": (date.fromisoformat("2021-07-31"), """\
Lawmakers pass climate bill after marathon session

WASHINGTON (AP) — The House of Representatives passed a $500 billion climate bill on Friday after a 14-hour session, sending it to the Senate, where a vote is expected next week.

The bill, which Democrats introduced in May, would cut emissions by 40% by 2030. Republicans, who voted against it on Friday, said the measure would raise energy prices.

Speaker Nancy Pelosi, who called the vote on Thursday evening, told reporters that the Senate should act quickly. Senate Majority Leader Chuck Schumer said on Saturday that he would not bring the bill to the floor until after the August recess.

The White House welcomed the vote. President Joe Biden, who met with lawmakers on Wednesday, had hoped to sign the bill before the G20 summit in Rome on October 30.
"""),
    "business_recall_caption": (date.fromisoformat("2022-05-12"), """\
Tesla recalls 300,000 cars over software flaw

SAN FRANCISCO, May 12 (Reuters) - Tesla Inc is recalling about 300,000 vehicles in the United States to fix a software flaw, the National Highway Traffic Safety Administration said on Thursday.

The agency opened an investigation into the flaw in January after receiving 120 complaints. Tesla, which reported record deliveries in April, will update the software over the air from next Monday.

Chief Executive Elon Musk, who spoke at the company's annual meeting on Tuesday, did not mention the recall. Tesla shares fell 3% on Thursday.

A federal judge in California dismissed a lawsuit over the company's Autopilot system on Wednesday. The plaintiffs could appeal the decision by June 30.

Elon Musk speaks at the Tesla annual meeting in Austin, Texas, May 10, 2022. REUTERS/Joe Skipper
"""),
}

TEMPORAL = "the temporal stage's value (not the event stage's)"

EXPECTED = {
    "politics_rail_accord": [
        Rec("signed", "1995", "Two countries sign a treaty"),
        Rec("approved", "2021-01", "European Commission approves funding for the project"),
        Rec("met", "2021-03-08", "Ministers meet"),
        Rec("said", "2021-03-08", "His spokesman says he would visit Berlin"),
        Rec("signed", "2021-03-09", "Germany and Poland sign an accord on rail links across their border",
            mentions=("signed", "signed"), participants=("Germany", "Poland")),
        Rec("attend", "2021-03-09", "Mateusz Morawiecki did not attend the ceremony", "negated",
            participants=("Mateusz Morawiecki",)),
        Rec("visit", "2021-04", "He would visit Berlin", "hypothetical", locations=("Berlin",)),
        Rec("begin", "2021-06", "Work on a new bridge over the Oder river will begin", "scheduled"),
    ],
    "earnings_acme": [
        Rec("announced", "2022-07", "Acme announces it would cut 2,000 jobs"),
        Rec("rose", "2022-Q3", "Its profit rises 12%"),
        Rec("completed", "2022-09", "Cuts completed"),
        Rec("ended", "2022-09-30", "Quarter ends"),  # (TBAQ and the annotated news set link it too)
        Rec("held", "2022-10", "Demand holds up"),
        Rec("reported", "2022-10-25", "Rival Globex reports its results"),
        Rec("said", "2022-10-27", "Acme Corp says its profit rose 12%"),
        Rec("vote", "2022-11-15", "Board will vote on a dividend increase", "scheduled"),
        Rec("hold", "2022-12-06", "Acme will hold its annual investor day in New York", "scheduled",
            locations=("New York",)),
    ],
    "disaster_wildfire": [
        Rec("fire", "2018", "Similar fire kills eight people"),
        Rec("broke", "2021-08-14", "Wildfire breaks out near Redding", locations=("Redding",)),
        Rec("destroyed", "2021-W32-WE", "Carr fire destroys 120 homes"),
        Rec("declared", "2021-08-15", "Gavin Newsom declares a state of emergency",
            participants=("Gavin Newsom",), locations=("Shasta County",)),
        Rec("said", "2021-08-16", "Officials say a wildfire forced more than 5,000 people to flee their homes"),
        Rec("contained", "2021-08-16TEV", "Firefighters contain about 20% of the blaze"),
        Rec("visited", "2021-08-16", "He visits an evacuation center in Redding", locations=("Redding",)),
        Rec("approved", "2021-08-17", "Joe Biden approves a federal disaster declaration",
            participants=("Joe Biden",)),
        Rec("lifted", "2021-08-20", "Evacuation orders would be lifted", "hypothetical"),
    ],
    "court_voting_law": [
        Rec("signed", "2022-03-25", "Brian Kemp signs law", participants=("Brian Kemp",)),
        Rec("sued", "2022-04", "Civil rights groups sue"),
        Rec("hear", "2022-06", "Georgia Supreme Court declines to hear a related case", "negated"),
        Rec("hearing", "2022-09", "Three-day hearing"),
        Rec("blocked", "2022-09-19", "Federal judge blocks a Georgia law"),
        Rec("said", "2022-09-20", "State attorney general's office says it would appeal the ruling"),
        Rec("voting", "2022-10-17", "Early voting starts", "scheduled", mentions=("starts",)),
        Rec("election", "2022-11-08", "General election will be held", "scheduled"),
    ],
    "diplomacy_defence_pact": [
        Rec("signed", "2007", "Two countries sign a joint declaration"),
        Rec("travel", "2021-12", "Morrison had planned to travel to Tokyo", "hypothetical"),
        Rec("agreed", "2022-01-06", "Japan and Australia agree to deepen defence cooperation",
            mentions=("held", "signed", "call"), participants=("Japan", "Australia")),
        Rec("comment", "2022-01-06", "China did not comment", "negated", participants=("China",)),
        Rec("hold", "2022-01-07", "Its foreign ministry will hold a briefing", "scheduled"),
        Rec("meet", "2022-02", "Kishida and Morrison will meet in person", "scheduled", mentions=("summit",)),
    ],
    "sport_relay": [
        Rec("Olympics", "2022-02-04", "Winter Olympics open", mentions=("opened",)),
        Rec("won", "2022-02-08", "Klaebo wins the sprint", participants=("Klaebo",)),
        Rec("won", "2022-02-19", "Norway wins the men's 4x10 km cross-country relay", mentions=("taking",)),
        Rec("win", "2022-02-19", "Russia's team did not win a gold medal in the relay", "negated"),
        Rec("Olympics", "2022-02-20", "Winter Olympics end with the closing ceremony at the Bird's Nest stadium",
            "scheduled"),
        Rec("take", "2022-03-04/2022-03-13", "Paralympics will take place", "scheduled", locations=("Beijing",)),
        Rec("Games", "2026", "Games will be held in Milan and Cortina d'Ampezzo", "scheduled",
            locations=("Milan",)),
    ],
    "disaster_earthquake": [
        Rec("killed", "2010", "Quake in the same region kills 51 people"),
        Rec("struck", "2020-01-24TEV", "6.8 earthquake strikes eastern Turkey", mentions=("killing", "injuring")),
        Rec("said", "2020-01-25", "Disaster agency AFAD says 6.8 earthquake struck eastern Turkey",
            participants=("AFAD",)),
        Rec("hit", "2020-01-24T20:55", "Quake hits the province of Elazig",
            xfail=TEMPORAL + ": '8:55 p.m.' of Friday's quake is resolved to the publication day"),
        Rec("visited", "2020-01-25", "Tayyip Erdogan visits the region", participants=("Tayyip Erdogan",)),
        Rec("promised", "2020-01-25", "Tayyip Erdogan promises the government would rebuild the destroyed homes"),
        Rec("offered", "2020-01-25", "Greece offers help", participants=("Greece",)),
    ],
    "politics_eu_budget": [
        Rec("left", "2020-01-31", "Britain leaves the EU", participants=("Britain",)),
        Rec("summit", "2020-02-20", "Summit begins", mentions=("began",)),
        Rec("met", "2020-02-20TEV", "Emmanuel Macron meets Rutte", participants=("Emmanuel Macron", "Rutte")),
        Rec("agree", "2020-02-21", "European Union leaders fail to agree on the bloc's next long-term budget",
            "negated", mentions=("failed",)),
        Rec("said", "2020-02-21", "Mark Rutte says he would not accept a budget", participants=("Mark Rutte",)),
        Rec("held", "2020-02-21", "Macron and Angela Merkel hold a joint news conference",
            participants=("Macron", "Angela Merkel")),
        Rec("meet", "2020-03", "Leaders will meet", "scheduled"),
    ],
    "politics_climate_bill": [
        Rec("introduced", "2021-05", "Democrats introduce the bill", participants=("Democrats",)),
        Rec("met", "2021-07-28", "Joe Biden meets with lawmakers", participants=("Joe Biden",)),
        Rec("called", "2021-07-29TEV", "Nancy Pelosi calls the vote", participants=("Nancy Pelosi",)),
        Rec("passed", "2021-07-30", "House of Representatives passes a $500 billion climate bill"),
        Rec("voted", "2021-07-30", "Republicans vote against it"),
        Rec("said", "2021-07-31", "Chuck Schumer says he would not bring the bill"),
        Rec("expected", "2021-W31", "Vote expected", "scheduled"),
        Rec("summit", "2021-10-30", "G20 summit in Rome", "scheduled", locations=("Rome",)),
        Rec("cut", "2030", "Bill would cut emissions", "hypothetical"),
    ],
    "business_recall_caption": [
        Rec("opened", "2022-01", "Agency opens an investigation", mentions=("investigation",)),
        Rec("reported", "2022-04", "Tesla reports record deliveries"),
        Rec("spoke", "2022-05-10", "Elon Musk speaks at the Tesla annual meeting in Austin",
            mentions=("speaks", "meeting"), participants=("Elon Musk",), locations=("Austin",)),
        Rec("dismissed", "2022-05-11",
            "Federal judge in California dismisses a lawsuit over the company's Autopilot system"),
        Rec("said", "2022-05-12", "National Highway Traffic Safety Administration says Tesla Inc is recalling about "
            "300,000 vehicles in the United States"),
        Rec("fell", "2022-05-12", "Tesla shares fall 3%"),
        Rec("update", "2022-05-16", "Tesla will update the software", "scheduled"),
        Rec("appeal", "2022-06-30", "Plaintiffs could appeal the decision", "hypothetical"),
    ],
}

# Articles whose number of records is still not the number of dated events.
COUNT_XFAIL = {
    "sport_relay": TEMPORAL + ": 'next Winter' of 'the next Winter Games' is read as a season",
}
