"""English structure read off the real `en_core_web_sm` parse: reported pronouns, adjective
predicates after `be`, intentions typed by what they commit to, demands in reported speech, and
acts that undo or withhold another (lifted a blockade, halted aid)."""

from __future__ import annotations

import pytest

from newsgraph.events.clauses_en import english_clauses
from newsgraph.model import Document, Event
from newsgraph.nlp import english
from newsgraph.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, set[str], set[str]]]:
    events: list[Event] = pipeline.run(Document(id="t", text=text, language="en")).events
    return [
        (e.type, {r.country for r in e.source if r.country}, {r.country for r in e.target if r.country})
        for e in events
    ]


def test_an_adjective_after_be_heads_its_clause() -> None:
    text = "Ghana is not ready to host talks."
    clauses = english_clauses(english.load()(text))
    ready = next(c for c in clauses if c.lemma == "ready")
    host = next(c for c in clauses if c.lemma == "host")
    assert [text[a.span.start : a.span.end] for a in ready.args("subject")] == ["Ghana"]
    assert ready.negated
    assert any(x.kind == "complement" and clauses[x.other] is ready for x in host.links)
    assert [text[a.span.start : a.span.end] for a in host.args("subject")] == ["Ghana"]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a call coordinated with a reported clause is the reporter's own next act
        ("Misri said Pakistan had violated the truce and called on Islamabad to act.", "call", "Misri"),
        # what the reported subject did next stays its own
        ("Misri said Pakistan had violated the truce and attacked Indian posts.", "attack", "Pakistan"),
        # a reported pronoun is the reporter
        ("Chile said on Monday that it would not meet the demands.", "meet", "Chile"),
        # a first person in a quotation is its speaker
        (
            '"We strongly condemn the launch," Japanese Prime Minister Shigeru Ishiba told reporters.',
            "condemn",
            "Japanese Prime Minister Shigeru Ishiba",
        ),
    ],
)
def test_the_subject_of_a_reported_clause(text: str, verb: str, subject: str) -> None:
    clauses = english_clauses(english.load()(text))
    c = next(c for c in clauses if c.lemma == verb)
    assert [text[a.span.start : a.span.end] for a in c.args("subject")] == [subject]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporter acts through its pronoun, and is no mere attribution there
        ("Chile said it would not meet Bolivia's demands.", [("REJECT", {"CHL"}, {"BOL"})]),
        # an intention to cooperate is an AGREE, to use force or restrict a THREATEN
        ("Norway is willing to send doctors to Sudan.", [("AGREE", {"NOR"}, {"SDN"})]),
        ("The Serbian army vowed to shell the rebel villages.", [("THREATEN", {"SRB"}, {"SRB"})]),
        # on its own country, as martial law imposed would be
        ("Iraq said it is prepared to impose martial law in Basra.", [("THREATEN", {"IRQ"}, {"IRQ"})]),
        # a condition is content, but not what is intended
        ("Norway is willing to send doctors to Kuwait if Kuwait is attacked.", [("AGREE", {"NOR"}, {"KWT"})]),
        # a demand in reported speech: the subject of what must be done is the one asked
        ("Russia said Sudan must return the seized helicopter.", [("REQUEST", {"RUS"}, {"SDN"})]),
        ("Egypt insisted that Israel should withdraw from the Gaza Strip.", [("REQUEST", {"EGY"}, {"ISR"})]),
        # undoing or withholding an act is one event, not the act too
        ("Japan halted economic aid to Serbia on Tuesday.", [("SANCTION", {"JPN"}, {"SRB"})]),
        ("The Israeli army lifted a blockade on Palestinian villages.", [("RETREAT", {"ISR"}, {"PSE"})]),
        # an act its reporter says it will do is an intention: a threat for force, restriction or
        # protest, an agreement for cooperation; an ultimatum (unless) is a threat whatever the act
        (
            "Cuban leaders said they would boycott all contact with the United States.",
            [("THREATEN", {"CUB"}, {"USA"})],
        ),
        ("Kenya said it would release the Ugandan fishermen.", [("AGREE", {"KEN"}, {"UGA"})]),
        # a noun's act is the verb's it is the object of
        ("Thailand said it will extend the curfew in Bangkok.", [("THREATEN", {"THA"}, {"THA"})]),
        (
            "Ghana announced that it will withdraw its troops from Togo unless the fighting stops.",
            [("THREATEN", {"GHA"}, {"TGO"})],
        ),
        # an ultimatum is aimed at the one its condition names
        (
            "Syrian villagers threatened to hold a general strike unless Israel rescinded the annexation.",
            [("THREATEN", {"SYR"}, {"ISR"})],
        ),
        # what is reported of others, or done already, is no intention
        ("Kenya said Uganda would release the fishermen.", [("RETREAT", {"UGA"}, set())]),
        # a nominal event: `by` names who acts
        ("The shelling of Kabul by Afghan rebels resumed on Monday.", [("ASSAULT", {"AFG"}, {"AFG"})]),
        # giving back what was taken, moving forces, ordering
        ("Sudan returned the seized helicopter to Russia.", [("RETREAT", {"SDN"}, {"RUS"})]),
        ("India moved tanks to the Pakistani border.", [("MOBILIZE", {"IND"}, {"PAK"})]),
        ("Kenya pressed Uganda to return the cattle.", [("REQUEST", {"KEN"}, {"UGA"})]),
        # a protest's purpose is what it is against; its place, named in a place noun, is whose it is
        (
            "Thousands of students marched in Nairobi to protest against Uganda's decision.",
            [("PROTEST", {"KEN"}, {"UGA"})],
        ),
        (
            "Farmers blocked roads in the capital city of Lima demanding lower taxes.",
            [("PROTEST", {"PER"}, {"PER"})],
        ),
        # `be opposed to`: a state its subject holds, no passive
        ("Chile is opposed to Bolivian mediation in the dispute.", [("REJECT", {"CHL"}, {"BOL"})]),
        # what is inside the object of a rejection, a demand or a condemnation is its content
        ("Iran rejected Iraq's proposal for a ceasefire during Ramadan.", [("REJECT", {"IRN"}, {"IRQ"})]),
        # a purpose clause is what force is used against
        ("Kenyan police opened fire to disperse the demonstrators.", [("ASSAULT", {"KEN"}, {"KEN"})]),
        # refugees seeking refuge ask the country they flee to
        ("Some 5,000 Iraqi Kurds sought refuge in Turkey last week.", [("REQUEST", {"IRQ"}, {"TUR"})]),
        # relations are mutual: each party is the other's counterpart
        (
            "Chile and Bolivia restored diplomatic relations on Monday.",
            [("SUPPORT", {"BOL", "CHL"}, {"BOL", "CHL"})],
        ),
        # a number before the object
        ("Afghan rebels kidnapped up to 16 Russian advisers.", [("COERCE", {"AFG"}, {"RUS"})]),
        # a coordinate of what is called for is called for too
        (
            "Syria called on Jordan to close its border and mobilize its army.",
            [("REQUEST", {"SYR"}, {"JOR"})],
        ),
        # opening a hearing or an inquiry: the noun names the act
        (
            "Peru's supreme court opened a landmark hearing on Monday into the killings.",
            [("ACCUSE", {"PER"}, set())],
        ),
        # preparing an attack is a mobilisation against its target; so is mobilising for a war
        ("The Serbian army prepared to resume shelling Croatian towns.", [("MOBILIZE", {"SRB"}, {"HRV"})]),
        (
            "Britain mobilized army reservists for a possible war against Iraq.",
            [("MOBILIZE", {"GBR"}, {"IRQ"})],
        ),
        # an investigation is an ACCUSE
        ("Croatia is investigating alleged war crimes by Croatian soldiers.", [("ACCUSE", {"HRV"}, {"HRV"})]),
        # the attack a light verb carries, though the parse coordinates it with the weapon before it
        (
            "Russia launched a massive missile and drone attack on Ukraine's power grid overnight.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
        ),
        # a seat of power that protests makes a statement, at the envoy it summoned
        (
            "Beijing summoned the Japanese ambassador to lodge a stern protest over the visit.",
            [("ACCUSE", {"CHN"}, {"JPN"}), ("ACCUSE", {"CHN"}, {"JPN"})],
        ),
        # tear gas fired at a crowd coerces it; no one is attacked
        ("Police in Chile fired tear gas at protesters in Santiago.", [("COERCE", {"CHL"}, {"CHL"})]),
        # a participle the parse hangs on its noun but that has an object of its own is that noun's
        # past verb: the strikes killed, they were not killed
        (
            "Turkish air strikes killed at least 12 people in northern Iraq, Kurdish officials said.",
            [("ASSAULT", {"TUR"}, {"IRQ"})],
        ),
        # the noun the misread verb hangs on acts as written before it; a phrase after the verb
        # (according to officials) is no part of the striker
        (
            "Israeli air strikes killed at least 25 people across the Gaza Strip, according to officials.",
            [("ASSAULT", {"ISR"}, {"PSE"})],
        ),
        # an attack on people no name covers hits the place they were in
        (
            "Israeli air strikes killed 25 people across the Gaza Strip, according to health officials.",
            [("ASSAULT", {"ISR"}, {"PSE"})],
        ),
        # force used on a crowd no one names is used on the police's own people, in whichever of
        # the coordinated verbs the crowd stands
        (
            "Police in the capital of Kenya fired tear gas and used batons against protesters on Tuesday.",
            [("COERCE", {"KEN"}, {"KEN"})],
        ),
        # two parties of one country that sign together are each other's counterparts
        (
            "The Sudanese army and the Rapid Support Forces signed a ceasefire in Jeddah.",
            [("AGREE", {"SDN"}, {"SDN"})],
        ),
        # the object of a meeting is the other party, not a body named in a phrase before it
        (
            "On the sidelines of the G20 summit, Modi met Australian Prime Minister Anthony Albanese"
            " on Saturday.",
            [("CONSULT", {"IND", "AUS"}, {"IND", "AUS"})],
        ),
        # a count of people is owned by where it comes from
        (
            "A Turkish drone strike killed nine people from a Syrian village, residents said.",
            [("ASSAULT", {"TUR"}, {"SYR"})],
        ),
        # a measure falls on those its on-phrase names by their place or nationality; what it is
        # taken for is done by them, no act of the one taking it
        (
            "Britain said on Monday it was imposing sanctions on 12 companies and individuals in Belarus"
            " and other countries for supplying Russia's army.",
            [("SANCTION", {"GBR"}, {"BLR"})],
        ),
        (
            "The State Department said the action placed new sanctions on three Chinese firms.",
            [("SANCTION", {"USA"}, {"CHN"})],
        ),
        # "at least" is no target of fire; he is the person the sentence before named, not the
        # country it began with
        (
            "Iran fired at least two missiles on Friday, Israel's defence minister Israel Katz said."
            " He condemned the Iranian attack.",
            [("MOBILIZE", {"IRN"}, set()), ("ACCUSE", {"ISR"}, {"IRN"})],
        ),
        # what a measure is taken for (for its support of…) is no event of its own
        (
            "Canada has imposed sanctions on the Houthi movement that controls Yemen for its support of"
            " Iran's Revolutionary Guard.",
            [("SANCTION", {"CAN"}, {"YEM"})],
        ),
        # a sanction announced is taken; one only said to come is a threat of it
        ("Japan announced it would prohibit all aid to Myanmar.", [("SANCTION", {"JPN"}, {"MMR"})]),
        ("Japan said it would prohibit all aid to Myanmar.", [("THREATEN", {"JPN"}, {"MMR"})]),
        # in defiance of X is the manner of the act before it, aimed at X, no refusal of its own
        (
            "Thousands of people rallied in Tbilisi in defiance of Russian pressure.",
            [("PROTEST", {"GEO"}, {"RUS"})],
        ),
        (
            "Crowds blocked roads in Yerevan in defiance of Azerbaijani authorities.",
            [("PROTEST", {"ARM"}, {"AZE"})],
        ),
        # in protest against X after a protest is that protest's reason, no statement of its own
        (
            "Ahmed Salem, Algeria's leading opposition activist, staged a hunger strike in prison in"
            " protest against abuses by Algerian security forces.",
            [("PROTEST", {"DZA"}, {"DZA"})],
        ),
        # a participle beside a request is an act of its own, not what is asked
        (
            "President Ilham Aliyev is demanding an emergency meeting of the council, accusing Armenia of"
            ' "open aggression."',
            [("ACCUSE", {"AZE"}, {"ARM"})],
        ),
        # both sides who tell of an act are no parties of it
        (
            "NEW DELHI/ISLAMABAD — An Indian drone struck a target in Pakistan on Thursday, both sides said,"
            " as weeks of tension over the border escalated into clashes that have killed two civilians.",
            [("ASSAULT", {"IND"}, {"PAK"})],
        ),
        # all parties, or all sides, are the two sides of the act told before
        (
            "Russia shelled Kharkiv on Monday. France urged all parties to refrain from further escalation."
            " Germany called for restraint on all sides.",
            [
                ("ASSAULT", {"RUS"}, {"UKR"}),
                ("REQUEST", {"FRA"}, {"RUS", "UKR"}),
                ("REQUEST", {"DEU"}, {"RUS", "UKR"}),
            ],
        ),
        # a reaction to an act told before is aimed at its actor, not at whose integrity it violates
        (
            "Russia struck a hospital in Kyiv on Monday. Poland condemned the strike as a gross violation"
            " of international law and Ukraine's territorial integrity.",
            [("ASSAULT", {"RUS"}, {"UKR"}), ("ACCUSE", {"POL"}, {"RUS"})],
        ),
        # a participle that aims an attack at someone names its target, and makes the noun an act
        (
            '"Russia conducted a massive strike targeting Ukraine\'s energy infrastructure," the Russian'
            " defence ministry said.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
        ),
        (
            "US President Joe Biden said he ordered strikes targeting Houthi commanders in Yemen.",
            [("ASSAULT", {"USA"}, {"YEM"})],
        ),
        # a coup or civil war with no side named is fought inside the country it happens in
        ("Soldiers in Gabon staged a coup on Wednesday.", [("ASSAULT", {"GAB"}, {"GAB"})]),
        ("A military coup took place in Burkina Faso in 2022.", [("ASSAULT", {"BFA"}, {"BFA"})]),
        ("Civil war broke out in Yemen in 2014.", [("ASSAULT", {"YEM"}, {"YEM"})]),
        # an objection raised is a complaint
        ("Pakistan raised objections to India's plan.", [("ACCUSE", {"PAK"}, {"IND"})]),
        # whom an attack named as the subject of a verb of harm kills is hit
        (
            "Airstrikes by Burma's military on two villages killed nearly a dozen civilians.",
            [("ASSAULT", {"MMR"}, {"MMR"})],
        ),
        # water cannon on another state's vessels is an attack, on one's own people coercion
        (
            "The China Coast Guard fired water cannons at three Philippine vessels.",
            [("ASSAULT", {"CHN"}, {"PHL"})],
        ),
        ("Police used water cannon against protesters in Nairobi.", [("COERCE", {"KEN"}, {"KEN"})]),
        # an attack named as what killed or wounded, in a passive, is the act told, with its parties
        (
            "At least 25 people were killed in Russian missile attacks on Ukraine on Friday.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
        ),
        ("Two civilians were killed by Russian shelling of Kharkiv.", [("ASSAULT", {"RUS"}, {"UKR"})]),
        (
            "Dozens were killed in a massive wave of Russian missile attacks across Ukraine.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
        ),
        # …and those it harmed are hit, where the act names no one
        ("Five Palestinians killed in Israeli airstrikes were buried.", [("ASSAULT", {"ISR"}, {"PSE"})]),
        (
            "Three soldiers were wounded by Israeli shelling in southern Lebanon.",
            [("ASSAULT", {"ISR"}, {"LBN"})],
        ),
        # a measure on those named by what they did for a state falls on the state
        (
            "The United States imposed sanctions on groups that have facilitated Russia's war.",
            [("SANCTION", {"USA"}, {"RUS"})],
        ),
        # "they" after a meeting are its two parties
        (
            "President Yoon Suk Yeol met with Japan's prime minister on Monday. They agreed to enhance ties.",
            [("CONSULT", {"KOR", "JPN"}, {"KOR", "JPN"}), ("AGREE", {"KOR", "JPN"}, {"KOR", "JPN"})],
        ),
        # a noun the tagger takes for a verb, with a name over its modifier and a place it is around
        ("Chinese military drills around Taiwan continued on Monday.", [("MOBILIZE", {"CHN"}, {"TWN"})]),
        # an entry's context is a word of the sentence, not part of one (aid in said)
        (
            "Taiwan said it had sent aircraft and ships to the area.",
            [("MOBILIZE", {"TWN"}, set())],
        ),
        # a person who serves an international body acts for no state, whatever the nationality
        ("Guterres condemned the Russian strike on Kyiv.", [("ACCUSE", set(), {"RUS"})]),
        # a missile fired within the firer's own country is aimed at no one named
        (
            "North Korea fired a ballistic missile on Wednesday, the latest launch from Pyongyang.",
            [("MOBILIZE", {"PRK"}, set())],
        ),
        # an attack across a country is on it
        ("Russian missile attacks across Ukraine killed 25 people.", [("ASSAULT", {"RUS"}, {"UKR"})]),
        (
            "Japan imposed sanctions on a network of traders spanning across Iran and Syria.",
            [("SANCTION", {"JPN"}, {"IRN", "SYR"})],
        ),
        # a participle on a text the subject issues says what the issuer says
        ("Japan issued a statement condemning North Korea's missile launch.", [("ACCUSE", {"JPN"}, {"PRK"})]),
        (
            "Putin signed a decree recognizing the independence of Ukraine's Crimea.",
            [("SUPPORT", {"RUS"}, {"UKR"})],
        ),
        ("China released a statement criticizing the United States.", [("ACCUSE", {"CHN"}, {"USA"})]),
        # an act counted in money or goods is a clause of the verb that carries it
        ("Blinken announced $1.85 billion in military aid to Ukraine.", [("AID", {"USA"}, {"UKR"})]),
        ("Germany sent 500 tonnes of humanitarian aid to Syria.", [("AID", {"DEU"}, {"SYR"})]),
        # one act, told by the verb and by the noun it carries
        ("Japan will provide $500 million in aid to Ukraine.", [("AID", {"JPN"}, {"UKR"})]),
        # `to` before a verb marks its infinitive (weapons to help…): whom the aid is for is whom
        # the purpose clause helps, not a name before it
        (
            "Blinken visited Kyiv, where he announced $3 billion worth of financial aid and weapons to help"
            " Ukraine and its neighbors.",
            [("CONSULT", {"USA"}, {"UKR"}), ("AID", {"USA"}, {"UKR"})],
        ),
        # where a condemned attack happened is no target (whoever did it is unknown), and a relative
        # clause after that place is the attack's, not the place's
        (
            "The Chinese Foreign Ministry condemned the terrorist attack in the Syrian capital Damascus,"
            " which killed and wounded several Syrian soldiers.",
            [("ACCUSE", {"CHN"}, set())],
        ),
        ("France condemned the Israeli airstrikes in Gaza.", [("ACCUSE", {"FRA"}, {"ISR"})]),
        # an act opposed in a relative clause on it is aimed at who does the act
        (
            "The United States and South Korea began joint military exercises that have been opposed by"
            " China.",
            [("COOPERATE", {"USA", "KOR"}, {"USA", "KOR"}), ("REJECT", {"CHN"}, {"USA", "KOR"})],
        ),
        # a subject naming a kind of actor acts through those listed after including
        (
            "Several countries have condemned the Israeli airstrikes, including Egypt, Jordan and Qatar.",
            [("ACCUSE", {"EGY", "JOR", "QAT"}, {"ISR"})],
        ),
        # the ministry named again is the last ministry named
        (
            "The Russian Foreign Ministry summoned the Canadian ambassador. The ministry also demanded from"
            " Canada to take measures to ensure the security of Russian diplomats.",
            [("ACCUSE", {"RUS"}, {"CAN"}), ("REQUEST", {"RUS"}, {"CAN"})],
        ),
    ],
)
def test_events_from_structure(
    pipeline: Pipeline, text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Early on Monday, an Indian Rafale fighter jet bombed targets in Pakistan, "
            "according to India's army.",
            [("ASSAULT", {"IND"}, {"PAK"})],
            id="a verb the parse makes a modifier, with a subject of its own, is a predicate",
        ),
        pytest.param(
            "Armenia's defence ministry said Azerbaijani jets had dropped bombs on a village, "
            "saying it strongly condemns the brutal aggression of Azerbaijan.",
            [("ACCUSE", {"ARM"}, {"AZE"})],
            id="it in a clause the sentence's subject leads up to names that subject",
        ),
        pytest.param(
            "Russian planes dropped bombs on Kharkiv overnight.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
            id="bombs dropped on a place attack it",
        ),
        pytest.param(
            "YEREVAN (Reuters) - Fighting on the Armenian-Azerbaijani border entered a second day on Friday.",
            [("ASSAULT", {"ARM", "AZE"}, {"ARM", "AZE"})],
            id="fighting between two countries is each side's, the outlet of the dateline none's",
        ),
        pytest.param(
            "Lithuanian airspace was violated by two Belarusian helicopters on Tuesday.",
            [("ASSAULT", {"BLR"}, {"LTU"})],
            id="airspace violated in the passive is an incursion",
        ),
        pytest.param(
            "Russian attacks on western Ukraine killed two people.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
            id="an attack named as the subject of a killing is the act told, with its parties",
        ),
        pytest.param(
            "Germany's chancellor left Paris without a deal to end the dispute after a long meeting"
            " with France's president.",
            [("CONSULT", {"DEU", "FRA"}, {"DEU", "FRA"})],
            id="an act in a to-infinitive on a noun that names no one is done by the subject above",
        ),
        pytest.param(
            "Turkey's foreign minister held a call with Iran's president,"
            " who announced plans to visit Ankara.",
            [("CONSULT", {"TUR", "IRN"}, {"TUR", "IRN"}), ("CONSULT", {"IRN"}, {"TUR"})],
            id="a visit in the plans someone announced is theirs, and a call with someone is a consultation",
        ),
        pytest.param(
            "Armenia and Azerbaijan launched a new wave of drone strikes against each other on Sunday.",
            [("ASSAULT", {"ARM", "AZE"}, {"ARM", "AZE"})],
            id="strikes against each other are each side's on the other; drone strikes are no drone launch",
        ),
        pytest.param(
            "Turkey condemned the Russian strikes on Ukraine, describing them as a grave violation.",
            [("ACCUSE", {"TUR"}, {"RUS"})],
            id="a participle that tells the same act again is no act of its own",
        ),
        pytest.param(
            "Jordan condemned the raid as a violation of its sovereignty, summoning the Syrian ambassador.",
            [("ACCUSE", {"JOR"}, {"SYR"})],
            id="a participle with an object of its own is an act of its own",
        ),
        pytest.param(
            "Romania shot down drones during Russian attacks on southern Ukraine.",
            [("ASSAULT", {"RUS"}, {"UKR"})],
            id="attacks that set the time of another act are their own, and keep their target",
        ),
        pytest.param(
            "Ethiopia has conducted air strikes early on Monday across several areas of"
            " Eritrean-held territory, killing at least five people, according to Eritrean officials.",
            [("ASSAULT", {"ETH"}, {"ERI"})],
            id="where a verb that carries a noun act does it hits the people of the place",
        ),
        pytest.param(
            "Ethiopia carried out air strikes on Eritrea on Monday."
            " Eritrea's army retaliated with heavy shelling along the border.",
            [("ASSAULT", {"ETH"}, {"ERI"}), ("ASSAULT", {"ERI"}, {"ETH"})],
            id="force that retaliates is aimed at the other side of the last act",
        ),
        pytest.param(
            "Eritrea's president condemned the Ethiopian air strikes and vowed his country would retaliate.",
            [("ACCUSE", {"ERI"}, {"ETH"}), ("THREATEN", {"ERI"}, {"ETH"})],
            id="a vow that one's country will retaliate is a threat, aimed at whom it answers",
        ),
        pytest.param(
            "Armenia shelled Azerbaijani positions on Monday. Azerbaijan's army retaliated with artillery"
            " fire. Turkey urged both nations to exercise maximum military restraint.",
            [
                ("ASSAULT", {"ARM"}, {"AZE"}),
                ("ASSAULT", {"AZE"}, {"ARM"}),
                ("REQUEST", {"TUR"}, {"AZE", "ARM"}),
            ],
            id="both nations urged are the two addressed, whatever the words of what they are asked name",
        ),
        pytest.param(
            "Iran is prepared to take all necessary measures if Israel continues its strikes.",
            [("THREATEN", {"IRN"}, {"ISR"})],
            id="a readiness for measures if another acts is a threat to whoever the condition names",
        ),
        pytest.param(
            "Ethiopia carried out air strikes on Eritrea on Monday. Two people are reported to be missing."
            " The Ethiopian government said the strikes were aimed at militants. Eritrea's president"
            " condemned the strikes. He vowed his country would retaliate. One of the missiles hit a"
            " school, killing two children.",
            [
                ("ASSAULT", {"ETH"}, {"ERI"}),
                ("ACCUSE", {"ERI"}, {"ETH"}),
                ("THREATEN", {"ERI"}, {"ETH"}),
                ("ASSAULT", {"ETH"}, {"ERI"}),
            ],
            id="a deed with no actor continues the last deed of its type, not the statement just before",
        ),
        pytest.param(
            "The Russian ambassador threatened to break every bone, apparently referring to the"
            " Polish foreign minister.",
            [("THREATEN", {"RUS"}, {"POL"})],
            id="words said to refer to someone are aimed at them",
        ),
        pytest.param(
            "Poland lodged a protest with Russia after a Russian military drone violated its airspace.",
            [("ACCUSE", {"POL"}, {"RUS"}), ("ASSAULT", {"RUS"}, {"POL"})],
            id="its in a clause subordinated to another is the main subject's",
        ),
        pytest.param(
            "Lithuania asked NATO to open consultations after Lithuania shot down drones in its airspace.",
            [("REQUEST", {"LTU"}, set())],
            id="its after a subject that names an actor is that subject's own",
        ),
        pytest.param(
            "Japan sent aid to Turkey at the request of the Turkish government.",
            [("AID", {"JPN"}, {"TUR"}), ("REQUEST", {"TUR"}, {"JPN"})],
            id="a request of someone comes from them and asks who acts on it",
        ),
        pytest.param(
            "Armenia and Azerbaijan signed a peace deal. The two foreign ministers signed the deal brokered"
            " by Qatar in the presence of the French president.",
            [
                ("AGREE", {"ARM", "AZE"}, {"ARM", "AZE"}),
                ("AGREE", {"ARM", "AZE"}, {"ARM", "AZE"}),
                ("CONSULT", {"QAT"}, {"ARM", "AZE"}),
            ],
            id="a deal brokered by someone brought together the deal's parties",
        ),
        pytest.param(
            "China blamed Japan for raising tensions by sending warships to the strait.",
            [("ACCUSE", {"CHN"}, {"JPN"}), ("MOBILIZE", {"JPN"}, set())],
            id="who is blamed for an act does it",
        ),
        pytest.param(
            "Indian officials will hold talks in Dubai on Monday with their Pakistani counterparts.",
            [("CONSULT", {"IND", "PAK"}, {"IND", "PAK"})],
            id="the with of the verb that holds talks names the other side",
        ),
    ],
)
def test_border_war_copy(
    pipeline: Pipeline, text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own duty is no demand
        "Russia said it must defend its borders.",
        # a modal without a report
        "Sudan must return the helicopter, the paper wrote in an editorial.",
    ],
)
def test_no_demand_without_another_subject(pipeline: Pipeline, text: str) -> None:
    assert "REQUEST" not in [t for t, _, _ in _events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya returned to the talks in order to press ahead with the reforms.",
        "The Peruvian minister moved to Lima in May.",
        # an order to one's own forces is the act it orders, no demand
        "The Kenyan president said he would order the lifting of the curfew.",
        # a threat someone poses is what they are, no threat they make
        "Pakistan's foreign minister said the rebel group posed a threat to Afghanistan.",
        'Japanese Prime Minister Shinzo Abe called the missile launch a "grave threat" to Japan\'s security.',
        # the cease-fire line is a place, no truce made
        "Indian and Pakistani villages along the cease-fire line were quiet on Sunday.",
    ],
)
def test_no_event_in_everyday_senses(pipeline: Pipeline, text: str) -> None:
    assert [
        t for t, _, _ in _events(pipeline, text) if t in ("REQUEST", "RETREAT", "MOBILIZE", "THREATEN")
    ] == []


def test_a_protest_over_remarks_is_aimed_at_who_made_them_not_what_they_are_about(
    pipeline: Pipeline,
) -> None:
    text = (
        "China lodged a protest with Japan over Prime Minister Fumio Kishida's remarks about Japan "
        "defending Taiwan."
    )
    assert [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "ACCUSE"] == [({"CHN"}, {"JPN"})]


def test_a_participle_before_a_noun_is_no_act(pipeline: Pipeline) -> None:
    """The Israeli-occupied West Bank, the seized ship: a state of the noun."""
    text = "Palestinians of the Israeli-occupied West Bank held a strike over the seized ship."
    assert "COERCE" not in [t for t, _, _ in _events(pipeline, text)]


def test_an_intention_is_the_saying(pipeline: Pipeline) -> None:
    """Cuban leaders said they would boycott…: the threat is made (asserted), the boycott its mode."""
    text = "Cuban leaders said they would boycott all contact with the United States."
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert [(e.type, e.mode, e.status, e.trigger) for e in events] == [
        ("THREATEN", "protest", "asserted", "said")
    ]


def test_a_phrase_over_a_light_verb_and_its_noun_is_the_trigger(pipeline: Pipeline) -> None:
    # lodged a protest: a diplomatic protest (ACCUSE), not a demonstration; `official` modifies the
    # protest and is no one who acts
    greece = "Greece lodged a protest with Turkey on Tuesday."
    assert _events(pipeline, greece) == [("ACCUSE", {"GRC"}, {"TUR"})]
    serbia = "Serbia lodged an official protest with Albania."
    assert _events(pipeline, serbia) == [("ACCUSE", {"SRB"}, {"ALB"})]


def test_renewed_talks_are_talks(pipeline: Pipeline) -> None:
    text = "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon."
    assert [t for t, _, _ in _events(pipeline, text)] == ["CONSULT"]


def test_weighing_an_act_is_no_pledge(pipeline: Pipeline) -> None:
    # ready to consider further measures: no commitment; ready to send troops is one
    assert _events(pipeline, "The European Union said it was ready to consider further measures.") == []
    assert [t for t, _, _ in _events(pipeline, "Norway is willing to send doctors to Sudan.")] == ["AGREE"]


def test_a_noun_act_keeps_its_own_day_and_the_month_may_is_no_modal(pipeline: Pipeline) -> None:
    # the strike's own date, not the day the report was made; May the month says nothing of what may be
    text = (
        "Iran's foreign minister said on Friday that an Israeli strike in Syria on May 17"
        " had killed civilians."
    )
    (event,) = pipeline.run(Document(id="t", text=text, language="en", published="2024-05-24")).events
    assert (event.type, event.date, event.status) == ("ASSAULT", "2024-05-17", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Poland's foreign ministry summoned Belarus's ambassador to Warsaw over the border incident.",
        "Poland's consul in Minsk complained to Belarusian authorities on Monday.",
    ],
)
def test_the_place_an_envoy_serves_in_is_no_party(pipeline: Pipeline, text: str) -> None:
    assert [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "ACCUSE"] == [({"POL"}, {"BLR"})]


def test_acts_counted_by_a_noun_a_light_verb_carries_are_its_acts(pipeline: Pipeline) -> None:
    text = "The Turkish army launched a series of strikes in northern Iraq."
    assert [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "ASSAULT"] == [({"TUR"}, {"IRQ"})]


def test_an_act_a_verb_of_judging_names_is_not_the_judges(pipeline: Pipeline) -> None:
    text = (
        "Germany expelled two Russian diplomats. Russia's Foreign Ministry called the move to expel the"
        " diplomats an unfriendly and groundless step."
    )
    assert [(t, s, g) for t, s, g in _events(pipeline, text) if t == "SANCTION"] == [
        ("SANCTION", {"DEU"}, {"RUS"})
    ]
    # whoever announces plans has them
    assert _events(pipeline, "China announced plans to impose sanctions on Lithuania.") == [
        ("SANCTION", {"CHN"}, {"LTU"})
    ]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # "called for" is the request's own words, not a cue that the request is only wished for
        ("The European Union called for an immediate end to Russia's attacks on Ukraine.", "REQUEST"),
        # nor a cue of the verb coordinated before it
        ("Germany condemned Russia's offensive and called for an immediate end to the fighting.", "ACCUSE"),
    ],
)
def test_a_call_for_an_act_is_made(pipeline: Pipeline, text: str, type_: str) -> None:
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert [e.status for e in events if e.type == type_] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        pytest.param(
            "Backed by Iran, Hezbollah has fired rockets at northern Israel since October.",
            "SUPPORT",
            [({"IRN"}, {"LBN"})],
            id="a participle set before the clause is said of its subject, done by its agent",
        ),
        pytest.param(
            "Backed by Iran, the Houthis have attacked dozens of ships since November. "
            "They have vowed to keep up the attacks on Israel.",
            "THREATEN",
            [({"YEM"}, {"ISR"})],
            id="a pronoun names the subject of the sentence before, not its first name",
        ),
        pytest.param(
            "The Israeli military said its forces struck Hezbollah sites in southern Lebanon.",
            "ASSAULT",
            [({"ISR"}, {"LBN"})],
            id="its forces are the speaker's",
        ),
    ],
)
def test_who_the_words_of_a_wire_sentence_point_to(
    pipeline: Pipeline, text: str, type_: str, expected: list[tuple[set[str | None], set[str | None]]]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-17", published_how="metadata")
    events = [e for e in pipeline.run(doc).events if e.type == type_]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan on Monday summoned Chinese Ambassador Wu Jianghao over the detention.",
            [({"JPN"}, {"CHN"})],
            id="an envoy named after the title is the one summoned",
        ),
        pytest.param(
            "Foreign Minister Antonio Tajani summoned French Ambassador Christian Masset to lodge a protest "
            "over the remarks.",
            [({"ITA"}, {"FRA"})],
            id="the envoy is summoned for the summoner to protest to, not to protest",
        ),
    ],
)
def test_an_envoy_summoned_is_protested_to(
    pipeline: Pipeline, text: str, expected: list[tuple[set[str | None], set[str | None]]]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-17", published_how="metadata")
    events = [e for e in pipeline.run(doc).events if e.type in ("ACCUSE", "PROTEST")]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in events] == expected


def test_a_protest_about_measures_on_ones_own_people_is_aimed_abroad(pipeline: Pipeline) -> None:
    # sanctions on Russian vessels and citizens: the citizens are what the measure fell on, no crowd
    # in the street, and Russia protests to Seoul, not to itself
    text = (
        "The Russian Foreign Ministry said it had summoned the South Korean ambassador to protest "
        "South Korean sanctions on two Russian vessels and two Russian citizens."
    )
    doc = Document(id="t", text=text, published="2024-06-17", published_how="metadata")
    events = pipeline.run(doc).events
    sides = {
        (e.type, frozenset(r.country for r in e.source), frozenset(r.country for r in e.target))
        for e in events
    }
    assert sides == {("ACCUSE", frozenset({"RUS"}), frozenset({"KOR"}))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam attacked China for what it called an illegal survey in its waters.",
            ("ACCUSE", {"VNM"}, {"CHN"}),
            id="attacked for a reason told in a clause is words",
        ),
        pytest.param(
            "Beijing slammed Tokyo over its decision to release the water.",
            ("ACCUSE", {"CHN"}, {"JPN"}),
            id="slammed over a decision is words",
        ),
        pytest.param(
            "Russian forces attacked Ukraine for the third night.",
            ("ASSAULT", {"RUS"}, {"UKR"}),
            id="attacked for a time is force",
        ),
    ],
)
def test_an_attack_in_words_is_criticism(
    pipeline: Pipeline, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-17", published_how="metadata")
    events = pipeline.run(doc).events
    assert [(e.type, {r.country for r in e.source}, {r.country for r in e.target}) for e in events] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Mao warned that if Japan refuses to withdraw the remarks, China will have no choice but to act.",
            {"CHN"},
            {"JPN"},
        ),
        (
            '"If Seoul sends leaflets again, we will respond with force," North Korea warned.',
            {"PRK"},
            {"KOR"},
        ),
        (
            "Iran warned that it would close the Strait of Hormuz if the United States attacked its sites.",
            {"IRN"},
            {"USA"},
        ),
    ],
)
def test_a_warning_of_a_consequence_threatens_whom_the_condition_names(
    pipeline: Pipeline, text: str, source: set[str], target: set[str]
) -> None:
    # who will act unless the other does threatens; the subject of the condition is threatened
    assert [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "THREATEN"] == [(source, target)]


def test_a_visit_to_avoid_is_not_made(pipeline: Pipeline) -> None:
    text = "Seoul has advised South Korean citizens to avoid travelling to Russia."
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert [e.status for e in events if e.type == "CONSULT"] in ([], ["negated"])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an act under if or unless may come; it has not happened
        ("If Iran attacks Israel, the United States will respond.", "ASSAULT"),
        ("Putin said that if Ukraine refuses an agreement, Russian forces will advance further.", "REJECT"),
        # saying nothing on a matter rejects no one
        ("The spokesman refused to be drawn on Russia's red lines.", "REJECT"),
        ("A Chinese foreign ministry spokesman declined to comment on the Japanese report.", "REJECT"),
        # a consequence foretold threatens no one
        ("Poland's president warned that doing so would embolden Russia to attack NATO.", "THREATEN"),
    ],
)
def test_no_event_is_coded_for_what_is_not_done(pipeline: Pipeline, text: str, absent: str) -> None:
    assert absent not in {type_ for type_, _, _ in _events(pipeline, text)}


def test_a_war_between_two_sides_is_theirs_whoever_talks_of_it(pipeline: Pipeline) -> None:
    text = "French and German officials held a meeting on a resolution to the war between Russia and Ukraine."
    wars = [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "ASSAULT"]
    assert wars in ([], [({"RUS", "UKR"}, {"RUS", "UKR"})])
    assert _events(pipeline, "The war between Russia and Ukraine has killed thousands.") == [
        ("ASSAULT", {"RUS", "UKR"}, {"RUS", "UKR"})
    ]


def test_its_people_are_the_subjects_own(pipeline: Pipeline) -> None:
    text = "Pakistan, a key U.S. ally, has urged its citizens to avoid coming to Iraq."
    assert [(s, t) for type_, s, t in _events(pipeline, text) if type_ == "REQUEST"] == [({"PAK"}, {"PAK"})]


def test_the_place_of_a_dateline_is_no_party(pipeline: Pipeline) -> None:
    text = (
        "CAIRO – Paramilitary forces stormed through the Sudanese army's final bastion in Darfur on Tuesday."
    )
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert not [e for e in events if "wiki:Cairo" in {r.id for r in (*e.source, *e.target)}]


def test_the_country_of_a_dateline_place_is_no_party(pipeline: Pipeline) -> None:
    text = "ABUJA, Nigeria — ECOWAS on Sunday agreed to impose sanctions on Niger's military junta."
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert not [e for e in events if "NGA" in {r.country for r in (*e.source, *e.target)}]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian authorities arrested a former general who staged a failed coup attempt.",
        "Two men have been arrested by police officers from Hong Kong's National Security Department.",
        # the head of a counted phrase names the kind
        "The Turkish government has arrested thousands of soldiers after the failed coup.",
        # officials removed from their posts
        "The Turkish government fired thousands of judges after the failed coup.",
    ],
)
def test_persons_a_state_arrests_by_their_kind_are_its_own(pipeline: Pipeline, text: str) -> None:
    (country,) = {s for t, src, _ in _events(pipeline, text) if t == "COERCE" for s in src}
    assert ("COERCE", {country}, {country}) in _events(pipeline, text)


def test_a_call_held_on_a_day_is_no_call_on_anyone(pipeline: Pipeline) -> None:
    text = "Russian President Vladimir Putin and Chinese President Xi Jinping held a phone call on Monday."
    assert [t for t, _, _ in _events(pipeline, text)] == ["CONSULT"]


def test_aid_sent_by_a_verb_of_sending_forces_is_aid(pipeline: Pipeline) -> None:
    assert _events(pipeline, "India dispatched humanitarian aid to Indonesia.") == [("AID", {"IND"}, {"IDN"})]


def test_an_act_measured_against_its_plan_is_no_plan(pipeline: Pipeline) -> None:
    # a day later than planned: the talks were held; the plan is only what they are compared with
    text = "Russia and Ukraine met for talks in Istanbul on Friday, a day later than planned."
    events = pipeline.run(Document(id="t", text=text, language="en", published="2025-05-16")).events
    assert [e.status for e in events if e.type == "CONSULT"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's boycott reduces relations; people who boycott protest
        ("The United States will boycott the Beijing Olympics.", "SANCTION"),
        ("Students boycotted classes in Hong Kong.", "PROTEST"),
        ("The UK has cut off all high-level contacts with Russia.", "SANCTION"),
    ],
)
def test_a_state_that_boycotts_or_cuts_contacts_sanctions(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [t for t, _, _ in _events(pipeline, text)] == [expected]


def test_a_junta_is_the_government_of_the_country_the_story_is_about(pipeline: Pipeline) -> None:
    text = (
        "A Myanmar insurgent army said it had captured a junta regional military headquarters on Thursday. "
        "A spokesman for the junta denied the claim."
    )
    events = _events(pipeline, text)
    # a headquarters taken by force is ground taken, not people arrested
    assert ("ASSAULT", {"MMR"}, {"MMR"}) in events
    assert [t for t, _, _ in events if t == "COERCE"] == []


def test_what_an_attack_by_someone_is_on_is_its_target(pipeline: Pipeline) -> None:
    # the parse hangs "on the city" under the agent: it is still what the attack is on
    text = (
        'The Sudanese army said it suppressed a "major" attack by the Rapid Support Forces (RSF) '
        "paramilitary on the city of El Fasher."
    )
    assert ("ASSAULT", {"SDN"}, {"SDN"}) in _events(pipeline, text)
