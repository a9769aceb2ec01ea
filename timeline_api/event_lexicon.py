"""Words the event stage reads: which nouns name events, which verbs carry them,
which report them, and which cues change what became of them."""
from __future__ import annotations

from .lexicon import EVENT_NOUNS

# Nominalisations name events ("the signing", "the expansion") often enough to be read as events.
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "sal", "ing", "al")
# Nouns with those endings that name things, people or states, not events.
_NOT_EVENTS = frozenset("""
nation station region government department ministry committee commission organization organisation
institution foundation administration population generation position condition situation relation
relations minister president official building thing evening morning spring string king ring
material capital hospital terminal journal animal individual international national total
person percent income revenue share stake document element instrument equipment
environment parliament apartment tournament measure culture future nature structure literature
temperature figure picture signature legislature feature creature expenditure
audience evidence presence science experience violence independence influence defence defense
balance distance province provinces dominance significance importance assistance
ambulance insurance alliance residence licence license sentence
editorial edition trading profit profits deadline addition
""".split())

# Event nouns TimeML news annotation marks that the temporal lexicon has no use for.
_MORE_EVENT_NOUNS = frozenset("""
bombings slaying killing killings murder murders assassination blast blasts explosion explosions
massacre fighting battle battles clash clashes shelling bombardment airstrike airstrikes invasion
occupation siege ceasefire truce hostilities
earnings results loss losses gain gains rise rises decline increase jump
plunge slump surge rebound recovery growth offer bid bids buyout dividend payment payments charge
charges settlement lawsuit suit indictment conviction appeal testimony investigation inquiry probe
scandal resignation appointment nomination retirement departure arrival return withdrawal pullout
reform reforms cut cuts ban embargo sanctions blockade crackdown campaign mission trip journey
visit visits tour talks summit conference meeting meetings session ceremony celebration anniversary
elections election poll polls ballot vote votes primary runoff referendum inauguration
accession enlargement expansion integration membership entry admission cooperation
call calls conversation videoconference telecast broadcast address remarks
announcement declaration statement comments warning threat threats demand demands request
strike strikes walkout protest protests demonstration demonstrations riot riots unrest revolt
fire blaze flood floods storm hurricane earthquake quake tsunami disaster crash collision accident
outbreak epidemic pandemic
games olympics cup final finals championship match race season
debate debates search hunt manhunt capture rescue discovery creation completion voyage
crime crimes lunch dinner breakfast banquet lecture redemption repatriation reconciliation revision
breakthrough triumph victory defeat incident incidents coup
process drop slide cutback turnaround offering transaction close change
""".split())

# Modifiers that make a listed noun the name of a topic or a state rather than of a happening.
_TOPIC_MODIFIERS = {
    "change": {"climate", "sea"},
    "process": {"due", "peace", "political"},
}

# Nouns that count or take part of the noun after their "of": "a number of [celebrations]", "a
# series of [raids]", "part of an [investigation]"; the phrase tells of that noun's events.
PARTITIVE_NOUNS = frozenset("""
number series string wave spate round host couple dozen handful rash flurry succession
""".split())

# Proper nouns that name an event when they head a name: "the Summer Olympics", "the 2024 World Economic Forum".
_EVENT_NAMES = frozenset("""
olympics games forum summit conference congress convention festival expo exhibition fair cup
championship championships election elections war revolution uprising crisis talks meeting
assembly session olympiad marathon tournament
""".split())

# Verbs whose meaning lies in a noun: "the meeting took place", "held talks", "the ceremony began".
LIGHT_VERBS = frozenset("""
take hold occur happen begin start end conclude open close resume continue follow come unfold
""".split())

# Verbs that state rather than report an event; a date on them dates nothing a timeline lists.
NON_EVENT_VERBS = frozenset({"be", "seem", "appear", "remain", "belong", "mean", "cost", "contain", "consist"})

# Verbs that report speech or thought; their complement is the content, not the event dated.
REPORTING_VERBS = frozenset("""
say tell add note state announce report claim confirm deny disclose reveal insist explain argue
warn predict estimate write declare assert acknowledge admit suggest comment quote remark reply
respond answer recall stress emphasize emphasise highlight
""".split())

# Events that count as the same kind of event when mentions are merged.
EVENT_CLASSES = (
    frozenset("meeting meet talks talk summit discussion discuss call conversation videoconference "
              "conference consultation consultations negotiation negotiations dialogue session "
              "encounter".split()),
    frozenset("sign signing agreement agree deal treaty pact accord roadmap plan".split()),
    frozenset("visit trip tour journey travel".split()),
    frozenset("attack attacks strike strikes bombing bombings blast blasts explosion explode explosions "
              "bomb".split()),
    frozenset("election elections vote poll polls ballot referendum".split()),
    frozenset("kill killing killings murder slaying assassination shooting shoot".split()),
    frozenset("announce announcement statement declaration declare say".split()),
    frozenset("arrest arrests detain detention capture".split()),
)

# Modal and conditional cues.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "ca"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs that make their complement a plan or an expectation: "expected to meet", "plans to visit".
EXPECTATION_VERBS = frozenset("""
expect plan schedule intend aim hope prepare propose set slate due want seek agree promise vow
threaten pledge decide
""".split())
# Adjectives and nouns before an event noun that place it ahead: "the upcoming Olympics".
FUTURE_CUES = frozenset({"upcoming", "coming", "forthcoming", "planned", "scheduled", "proposed", "expected",
                         "next", "future", "prospective", "slated", "impending"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Verbs whose infinitive complement did not happen: "failed to agree", "declined to hear".
NEGATIVE_IMPLICATIVES = frozenset({"fail", "decline", "refuse"})


def is_event_noun(token, listed_only: bool = False) -> bool:
    """Whether the noun `token` names an event ("meeting", "the 2001 treaty", "the Olympics").
    With `listed_only`, only nouns listed as events count, not nominalisations guessed by their ending."""
    lemma = token.lemma_.lower()
    text = token.lower_
    if token.pos_ == "PROPN":
        return lemma in _EVENT_NAMES or text in _EVENT_NAMES
    if token.pos_ != "NOUN":
        return False
    if lemma in _NOT_EVENTS or text in _NOT_EVENTS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _TOPIC_MODIFIERS.get(lemma, ()) for c in token.children):
        return False  # "climate change", "due process": a topic, not a happening
    if lemma in EVENT_NOUNS or text in EVENT_NOUNS or lemma in _MORE_EVENT_NOUNS or text in _MORE_EVENT_NOUNS:
        return True
    if listed_only:
        return False
    return lemma.endswith(_NOMINAL_SUFFIXES) and len(lemma) > 5


def event_class(lemma: str) -> int | None:
    """The index of the class of events `lemma` belongs to, for merging; None if none."""
    lemma = lemma.lower()
    for n, members in enumerate(EVENT_CLASSES):
        if lemma in members:
            return n
    return None

# Verbs whose object is an event happening as they happen: "held talks", "issued a statement".
OBJECT_EVENT_VERBS = frozenset("""
hold host conduct stage launch issue make give deliver send resume begin start complete attend open
convene schedule call end finish win lose sign
""".split())
# Prepositions whose event noun frames another event in time: "at the summit", "during the search".
FRAME_PREPOSITIONS = frozenset({"at", "during", "in", "amid", "over", "throughout", "on"})

# Adjectives that date a state the way a verb dates an event: "payable Jan. 2", "effective Feb. 1".
DATED_STATES = frozenset("payable effective due valid available eligible open closed ready complete "
                         "scheduled expected set slated".split())
