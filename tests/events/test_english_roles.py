"""English roles from the real `en_core_web_sm` parse: subject or passive agent acts, the object or
the frame's preposition undergoes; complements, appositions, nominal events and reported speech."""

from __future__ import annotations

import pytest

from newsgraph.model import Document, Event
from newsgraph.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, set[str], set[str]]]:
    events: list[Event] = pipeline.run(Document(id="t", text=text, language="en")).events
    return [
        (e.type, {r.country for r in e.source if r.country}, {r.country for r in e.target if r.country})
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a launch at another country's ground is an attack on it, whatever counts what is launched;
        # one toward a country is a show of force
        (
            "Iran launched dozens of ballistic missiles and drones at Israel on Saturday.",
            ("ASSAULT", {"IRN"}, {"ISR"}),
        ),
        ("Peru fired a barrage of rockets at northern Ecuador.", ("ASSAULT", {"PER"}, {"ECU"})),
        ("North Korea launched two ballistic missiles toward Japan.", ("MOBILIZE", {"PRK"}, {"JPN"})),
        ("Iran launched missiles toward several Israeli cities.", ("ASSAULT", {"IRN"}, {"ISR"})),
        # a clause of time or manner after a preposition is done by the verb's subject
        (
            "Ecuador voiced concern after alleging Peruvian fire on one of its patrol boats.",
            ("ACCUSE", {"ECU"}, {"PER"}),
        ),
        # the agent of the act reacted to, hung by the parse on the verb of the reaction
        (
            "Egypt condemned mass killings by the paramilitary Rapid Support Forces in Darfur.",
            ("ACCUSE", {"EGY"}, {"SDN"}),
        ),
        # the noun's own phrase hung on the verb that carries it
        (
            "Peru carried out airstrikes on at least three Ecuadorian border posts.",
            ("ASSAULT", {"PER"}, {"ECU"}),
        ),
        # a wrong named by its noun in a report: who commits it is the target, who speaks of it the source
        ("Chile said Bolivian forces had launched an aggression.", ("ACCUSE", {"CHL"}, {"BOL"})),
        # calling an act by a name that condemns it
        ("Peru characterized the Ecuadorian offensive as unjustified.", ("ACCUSE", {"PER"}, {"ECU"})),
        # fire exchanged: two forces named together fire on each other
        ("Peru and Ecuador traded artillery fire on Monday.", ("ASSAULT", {"PER", "ECU"}, {"PER", "ECU"})),
        # `its` in what a verb carrying the act aims at, in a reported clause or one joined to it
        ("Bolivia said Chilean troops launched raids on its territory.", ("ASSAULT", {"CHL"}, {"BOL"})),
        (
            "Peru said Ecuadorian forces had shelled and launched air strikes on its villages.",
            ("ASSAULT", {"ECU"}, {"PER"}),
        ),
        # a protest against an act named as a noun: at its actor, though the noun is an event of its own
        (
            "Seoul has protested against Russia's new ballistic missile launch, South Korea's foreign "
            "ministry said on Monday.",
            ("ACCUSE", {"KOR"}, {"RUS"}),
        ),
        # a missile fired at a country is an attack on it
        (
            "Pakistan fired a ballistic missile at India on Tuesday, the Indian army said.",
            ("ASSAULT", {"PAK"}, {"IND"}),
        ),
        # a warning that one's own side would act: aimed at whom the act would be against
        (
            "The Indian prime minister has warned his government would take decisive action against attacks "
            "by agents of the Pakistani army.",
            ("THREATEN", {"IND"}, {"PAK"}),
        ),
        # a device used on someone (used water cannon on): the user acts, as with a light verb; on
        # another state's boats it is an attack, as 放水 is
        (
            "Seoul has summoned Beijing's ambassador a day after Chinese coastguards blocked and used water "
            "cannon on South Korean fishing boats.",
            ("ASSAULT", {"CHN"}, {"KOR"}),
        ),
        # a capital news uses for its government protests as the state does (a statement, not a march)
        ("Bangkok lodged its strongest protest yet against Phnom Penh.", ("ACCUSE", {"THA"}, {"KHM"})),
        # an envoy recalled from the country he serves in: the recall is aimed at that country
        ("Chile recalled its ambassador to Bolivia on Tuesday.", ("SANCTION", {"CHL"}, {"BOL"})),
        # the target is named in the complement: threatened to cut ties with X
        ("The Azerbaijani parliament threatened to cut ties with Armenia.", ("THREATEN", {"AZE"}, {"ARM"})),
        # the subject of what is demanded is the one asked
        (
            "Kenyan officials demanded that Uganda release the detained journalists.",
            ("REQUEST", {"KEN"}, {"UGA"}),
        ),
        # an apposition names the actor its head does not
        ("Ahmed Salem, Egypt's foreign minister, condemned Israel on Monday.", ("ACCUSE", {"EGY"}, {"ISR"})),
        # a nominal event: its possessor acts, the object of `of` undergoes
        ("Peru's invasion of Ecuador began on Monday.", ("ASSAULT", {"PER"}, {"ECU"})),
        # a passive's `by` agent acts
        ("A Bolivian convoy was attacked by Chilean troops near the border.", ("ASSAULT", {"CHL"}, {"BOL"})),
        # reported speech: the reported clause's own subject and object
        ("Officials said Iraqi troops attacked Kurdish villages in Iran.", ("ASSAULT", {"IRQ"}, {"IRN"})),
        # an exchange of prisoners: each side releases the other's
        (
            "Sudan and South Sudan each returned 40 prisoners of war on Monday.",
            ("RETREAT", {"SDN", "SSD"}, {"SDN", "SSD"}),
        ),
        # a title and the name it heads are one party, not two that act on each other
        (
            "US President Joe Biden's team agreed to hold talks with Mexico.",
            ("AGREE", {"USA", "MEX"}, {"USA", "MEX"}),
        ),
        # forces sent, told in the passive: the sender's forces go where `to` says
        ("Iranian troops were deployed to Syria's north.", ("MOBILIZE", {"IRN"}, {"SYR"})),
        # a show of force near a country is aimed at it; a country and its navy are one party
        ("Russia's navy held military drills near Japan on Monday.", ("MOBILIZE", {"RUS"}, {"JPN"})),
        # a country's body that speaks (Qatar's foreign ministry said, revealed) is no party to what it tells
        ("Qatar's foreign ministry said 150 captives had been freed by Israel.", ("RETREAT", {"ISR"}, set())),
        ("Qatar's foreign ministry revealed 150 captives were freed by Israel.", ("RETREAT", {"ISR"}, set())),
        # the act an answer is made with is the answerer's
        ("Peru later responded with airstrikes in Ecuador.", ("ASSAULT", {"PER"}, {"ECU"})),
        # the outlet of a dateline is no party, even where the parse makes it a subject
        (
            "LIMA/QUITO (Reuters) - Peru launched strikes against Ecuador, saying it hit army bases.",
            ("ASSAULT", {"PER"}, {"ECU"}),
        ),
    ],
)
def test_roles_come_from_the_parse(
    pipeline: Pipeline, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("France did not sign the treaty with Germany.", "AGREE", "negated"),
        # what is agreed to goes on; the agreement is made
        ("Peru and Chile agreed to continue talks on the border.", "AGREE", "asserted"),
        ("Cuba never invaded Haiti.", "ASSAULT", "negated"),
        ("Iran denied that its forces attacked Iraq.", "ASSAULT", "negated"),
        ("France will sign a treaty with Germany next week.", "AGREE", "planned"),
        ("Russia plans to deploy troops to Belarus.", "MOBILIZE", "planned"),
        # what a deal requires of a side is still to be done
        ("The ceasefire agreement requires Israeli troops to withdraw from Lebanon.", "RETREAT", "planned"),
        ("Russia is expected to deploy troops to Belarus.", "MOBILIZE", "expected"),
        ("Iraqi troops reportedly attacked Kurdish villages in Iran.", "ASSAULT", "suspected"),
    ],
)
def test_status_comes_from_the_clause(pipeline: Pipeline, text: str, type_: str, status: str) -> None:
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert [e.status for e in events if e.type == type_] == [status]


def test_the_two_are_both_parties_of_the_act_just_told(pipeline: Pipeline) -> None:
    text = "Putin spoke by phone with Chinese President Xi Jinping, and the two agreed to deepen cooperation."
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    agreed = [e for e in pipeline.run(doc).events if e.type == "AGREE"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in agreed] == [
        ({"RUS", "CHN"}, {"RUS", "CHN"})
    ]


def test_both_sides_addressed_are_the_parties_of_the_act_just_told(pipeline: Pipeline) -> None:
    text = "Peru launched strikes on Ecuador. Brazil called on both countries to exercise restraint."
    asked = [(e.type, countries) for e, countries in _sides(pipeline, text) if e.type == "REQUEST"]
    assert asked == [("REQUEST", ({"BRA"}, {"PER", "ECU"}))]


def test_a_threat_made_with_a_condemnation_is_aimed_at_the_one_condemned(pipeline: Pipeline) -> None:
    text = "Peru's army characterized the Ecuadorian offensive as unjustified and warned of consequences."
    threats = [countries for e, countries in _sides(pipeline, text) if e.type == "THREATEN"]
    assert threats == [({"PER"}, {"ECU"})]


def _sides(pipeline: Pipeline, text: str) -> list[tuple[Event, tuple[set[str], set[str]]]]:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    return [
        (e, ({r.country for r in e.source if r.country}, {r.country for r in e.target if r.country}))
        for e in pipeline.run(doc).events
    ]


def test_the_forces_an_act_sends_are_the_senders_not_its_target(pipeline: Pipeline) -> None:
    text = (
        "In Georgia, protesters clashed with police. "
        "Turkey deployed additional troops to its border with Syria."
    )
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    moved = [e for e in pipeline.run(doc).events if e.type == "MOBILIZE"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in moved] == [
        ({"TUR"}, {"SYR"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a visitor arrives is whom it visits
        ("U.S. Secretary of State Antony Blinken arrived in Cairo on Monday.", [({"USA"}, {"EGY"})]),
        # troops that arrive are deployed, not visiting
        ("A first patch of Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.", []),
    ],
)
def test_arriving_in_a_place_visits_it(
    pipeline: Pipeline, text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    visits = [e for e in pipeline.run(doc).events if e.type == "CONSULT"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new contingent of 230 Kenyan police arrived in Haiti on Monday.", [({"KEN"}, {"HTI"})]),
        ("Hundreds of US troops arrived in Poland on Friday.", [({"USA"}, {"POL"})]),
    ],
)
def test_forces_that_arrive_are_deployed(
    pipeline: Pipeline, text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    doc = Document(id="t", text=text, published="2024-06-18", published_how="metadata")
    events = pipeline.run(doc).events
    assert [
        ({r.country for r in e.source}, {r.country for r in e.target}) for e in events if e.type == "MOBILIZE"
    ] == (expected)
    assert not [e for e in events if e.type == "CONSULT"]


def test_the_houthi_adjective_names_the_houthis_and_open_sea_is_no_target(pipeline: Pipeline) -> None:
    doc = Document(
        id="t",
        text="Houthi fighters attacked a Greek tanker. A Houthi missile struck a ship in the Gulf of Aden.",
        published="2024-06-18",
        published_how="metadata",
    )
    hits = [e for e in pipeline.run(doc).events if e.type == "ASSAULT"]
    # the Gulf of Aden is no target; a ship of no named country is taken as the side of the last
    # act of conflict, as an attack with no target named is
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in hits] == [
        ({"YEM"}, {"GRC"}),
        ({"YEM"}, {"GRC"}),
    ]
    assert all(r.id != "wiki:Gulf_of_Aden" for e in hits for r in e.target)


def test_an_act_named_as_the_cause_of_another_is_not_what_that_act_is_about(pipeline: Pipeline) -> None:
    text = "Sudan and South Sudan exchanged prisoners as a result of mediation by Egypt."
    events = pipeline.run(Document(id="t", text=text, language="en")).events
    assert [(e.type, e.mode) for e in events if e.type == "RETREAT"] == [("RETREAT", "release")]


def test_an_attack_a_drill_plays_out_is_not_done(pipeline: Pipeline) -> None:
    text = "Russian warships held drills in the Baltic Sea, simulating attacks on Polish ports."
    assert [e for e in _events(pipeline, text) if e[0] == "ASSAULT"] == []


def test_the_rules_an_act_breaks_name_no_target(pipeline: Pipeline) -> None:
    # condemned the attack as a violation of UN Security Council resolutions: the UN is acted on by no one
    text = "Seoul condemned the attack as a violation of U.N. Security Council resolutions."
    events: list[Event] = pipeline.run(Document(id="t", text=text, language="en")).events
    assert not [r.id for e in events for r in e.target if "United_Nations" in r.id]


def test_an_act_as_subject_leaves_the_speaker_out_of_it(pipeline: Pipeline) -> None:
    # the fighting killed civilians: the speaker named before is no one who killed
    text = "Lima said the fighting killed 26 civilians and wounded 46."
    assert not [e for e, (src, _) in _sides(pipeline, text) if e.type == "ASSAULT" and "PER" in src]


def test_a_speaker_in_the_first_person_is_no_actor_of_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        'Peru launched strikes on Ecuador. "We will take all steps necessary to defend the sovereignty of '
        'Ecuador," said an army spokesman.'
    )
    assert not [e for e, (src, _) in _sides(pipeline, text) if e.type == "SUPPORT" and "PER" in src]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only an attack takes the phrase hung on the verb that carries it; forces sent keep theirs
        (
            "Beijing sent its aircraft carrier through Taiwan's waters on its way to the Pacific.",
            ("MOBILIZE", {"CHN"}, {"TWN"}),
        ),
        # a weapon as the subject: what it was launched from may name its side
        (
            "The army said a drone launched from areas controlled by the Houthis in Yemen had struck a "
            "U.S.-owned ship.",
            ("ASSAULT", {"YEM"}, {"USA"}),
        ),
    ],
)
def test_what_the_parse_leaves_to_word_position(pipeline: Pipeline, text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in [(e.type, *countries) for e, countries in _sides(pipeline, text)]


def test_what_the_two_agree_on_names_no_third_party(pipeline: Pipeline) -> None:
    text = (
        "Peru's president met his Chilean counterpart on Monday. The two leaders agreed to work together "
        "for the summit with Bolivia."
    )
    agreed = [countries for e, countries in _sides(pipeline, text) if e.type == "AGREE"]
    assert agreed == [({"PER", "CHL"}, {"PER", "CHL"})]


def test_a_denial_answers_a_side_not_a_third_party_calling_on_both(pipeline: Pipeline) -> None:
    text = (
        "Peru said its air force shot down two Ecuadorian jets. Brazil called on both countries to show "
        "restraint. Peru has denied any involvement in the attack."
    )
    denials = [countries for e, countries in _sides(pipeline, text) if e.type == "REJECT"]
    assert denials == [({"PER"}, {"ECU"})]


def test_an_intention_named_by_its_object_noun_takes_that_act_s_intent(pipeline: Pipeline) -> None:
    # vowed sanctions: a threat, as vowed to impose sanctions is
    types = [e.type for e, _ in _sides(pipeline, "Peru vowed necessary sanctions.")]
    assert "THREATEN" in types and "AGREE" not in types


def test_what_a_request_asks_for_is_not_done(pipeline: Pipeline) -> None:
    # the act asked for in the clause a request governs is its content, not an event
    text = "The African Union called on its members to send food aid to Somalia."
    assert [e[0] for e in _events(pipeline, text)] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia fired 30 missiles at Kyiv on Monday.", {"UKR"}),
        ("Iran fired 300 drones and missiles at Israel.", {"ISR"}),
    ],
)
def test_a_counted_launch_at_another_countrys_ground_is_an_attack_on_it(
    pipeline: Pipeline, text: str, target: set[str]
) -> None:
    doc = Document(id="t", text=text, language="en", published="2024-06-03", published_how="metadata")
    attacks = [e for e in pipeline.run(doc).events if e.type == "ASSAULT"]
    assert [{r.country for r in e.target} for e in attacks] == [target]


def test_those_a_passive_says_were_hurt_in_an_attack_do_not_do_it(pipeline: Pipeline) -> None:
    # the soldiers killed are the attack's victims; no one here is named as its doer
    text = "Three American soldiers were killed in a drone attack on a base in Jordan."
    doc = Document(id="t", text=text, language="en", published="2024-06-03", published_how="metadata")
    assert not any("USA" in {r.country for r in e.source} for e in pipeline.run(doc).events)


def test_who_is_somewhere_to_do_something_does_it(pipeline: Pipeline) -> None:
    # `is` in a place heads no clause of its own; its subject does what it is there to do
    text = "The sanctions come as Vice President Pence is in Bogota to meet with Venezuela's opposition."
    doc = Document(id="t", text=text, language="en", published="2019-02-25", published_how="metadata")
    meetings = [e for e in pipeline.run(doc).events if e.type == "CONSULT"]
    assert meetings and all("USA" in {r.country for r in e.source} for e in meetings)
    assert all("COL" not in {r.country for r in (*e.source, *e.target)} for e in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan was torn apart by the war that erupted in April 2023 between the Sudanese army and the RSF.",
        "Fighting broke out between Thai and Cambodian troops on Thursday.",
    ],
)
def test_the_sides_the_verb_telling_an_act_happens_names_are_its_parties(
    pipeline: Pipeline, text: str
) -> None:
    doc = Document(id="t", text=text, language="en", published="2024-06-03", published_how="metadata")
    attacks = [e for e in pipeline.run(doc).events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    source, target = {r.country for r in attacks[0].source}, {r.country for r in attacks[0].target}
    assert source == target and source in ({"SDN"}, {"THA", "KHM"})


def test_what_an_act_is_done_with_is_no_act_of_its_own(pipeline: Pipeline) -> None:
    text = "Georgian police dispersed protesters in Tbilisi with water cannon."
    doc = Document(id="t", text=text, language="en", published="2024-06-03", published_how="metadata")
    events = pipeline.run(doc).events
    assert [e.type for e in events] == ["COERCE"]
    assert "local:GEO:protester" not in {r.id for r in events[0].source}
