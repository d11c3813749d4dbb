"""English clauses read off a spaCy dependency parse into the shared clause layer (`model.Clause`).

Every verb (and every copula's predicate) is a clause. Its arguments come from the dependency
relations: nsubj/nsubjpass/csubj are subjects, dobj the object, dative and `to` the dative, `by`
under a passive the agent, and the other prepositions (with, against, on, into, from…) obliques
marked by the preposition. A subject is carried over to a coordinated verb that has none (X met Y
and signed Z), and an open complement (agreed to X, urged Y to X) shares its governor's subject, or
its object when the governor has one (urged Y to X: Y acts). A ccomp under a verb of saying is a
report of that verb, and a pronoun subject there (Iraq said it would…) is the reporter. An adjective
after `be` (France is ready to…, is willing to) heads its clause as the copula's stand-in: it takes
the copula's subject, negation, auxiliaries and place in the sentence. Negation (not, never, n't) and
the modals and control verbs above the predicate (will, may, plan to, expected to) go into `chain`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsgraph.events.lexicon_en import light_verbs
from newsgraph.model import Argument, Clause, ClauseLink, LinkKind, Relation, Span, Voice
from newsgraph.nlp.english import lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# `in` names a place, and the country a refugee seeks refuge in (frames.yaml, refuge)
OBLIQUE_PREPS = {
    "with",
    "against",
    "on",
    "into",
    "from",
    "over",
    "at",
    "for",
    "about",
    "toward",
    "towards",
    "in",
    "across",
    "throughout",
    "between",
}
NEGATIONS = {"not", "n't", "never", "no"}
# Verbs whose clausal complement is what they report.
REPORT_VERBS = {
    "say", "tell", "announce", "report", "state", "claim", "add", "confirm", "declare", "deny",
    "allege", "insist", "note", "explain", "quote", "write", "acknowledge", "admit", "warn", "reveal",
    "disclose",
}  # fmt: skip
# Verbs of saying and asking: coordinated with a reported clause, the reporter's own next act.
SECOND_ACTS = REPORT_VERBS | {"call", "urge", "demand", "ask", "appeal"}
# Prepositions whose clausal object is what the verb is about (accused X of shelling Y, warned
# against attacking): a complement; not time (after pledging) or manner (by shelling).
CONTENT_PREPS = {"of", "against", "from", "for", "about", "on", "to", "into"}
# Verbs whose clausal complement takes their stance as its status (denied / alleged that X did Y).
STANCE_VERBS = {"deny", "allege", "claim", "suspect", "believe", "fear", "expect", "plan", "hope", "want"}
LINK_KINDS: dict[str, LinkKind] = {
    "conj": "coordination",
    "advcl": "subordination",
    "relcl": "relative",
    "acl": "relative",
    "xcomp": "complement",
}
RELATIVIZERS = {"who", "which", "that", "whom"}
# Pronouns that, as the subject of a reported clause, stand for the reporter (Iraq said it would…;
# "We condemn the launch," the minister said).
REPORTER_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# The marker of an argument that is an apposition of another (`Salaheddine Sidhoum, Algeria's leading
# activist`): the event coder reads it only when the head phrase names no actor.
APPOSITION = "appos"


def apposed(a: Argument) -> bool:
    """Whether `a` is an apposition of another argument (`APPOSITION`, or `appos:by` for an
    oblique's, which keeps the preposition of the phrase it stands beside)."""
    return a.marker.split(":")[0] == APPOSITION


def role_marker(a: Argument) -> str:
    """The marker `a` takes its role by: an oblique apposition's is its head phrase's preposition."""
    return a.marker.split(":")[-1]


# Prepositions after a noun that make it an event of its own (talks with X, an invasion of X, a
# protest against X, sanctions on X): the noun heads a nominal clause whose possessor, adjective
# and compound modifiers (`Israel's invasion`, `Israeli raids`) are `adnominal` arguments.
# A word of a time expression: a year, a day of the month, a month or weekday (short or long), a
# relative day or period.
_TIME_WORD = re.compile(
    r"^(?:1[89]\d\d|20\d\d|[12]?\d|3[01]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|weekend|ago)\.?$",
    re.IGNORECASE,
)
NOMINAL_PREPS = {
    "with",
    "against",
    "on",
    "of",
    "into",
    "to",
    "between",
    "over",
    "by",
    "from",
    "across",
    "around",
    "near",
}


def _span(tok: Token, base: int) -> Span:
    return Span(base + tok.idx, base + tok.idx + len(tok.text))


def _phrase(tok: Token, base: int, without: Sequence[Token] = ()) -> Span:
    """The span of a token's whole subtree without its relative clauses, its appositions, the
    subtrees of `without` and trailing punctuation (`Pakistan, a key U.S. ally`: the ally is an
    argument of its own, see `APPOSITION`)."""
    cut = {
        t.i
        for c in tok.subtree
        if c is not tok
        and (c.dep_ in ("relcl", "acl") or (c.dep_ == "appos" and c.head.i == tok.i) or c in without)
        for t in c.subtree
    }
    words = [t for t in tok.subtree if t.i not in cut]
    words = [t for t in words if not t.is_punct] or [tok]
    first, last = words[0], words[-1]
    return Span(base + first.idx, base + last.idx + len(last.text))


def _copula(tok: Token) -> Token | None:
    """The `be` an adjective predicate hangs from in spaCy's parse (France is ready to…: `is` heads
    the clause, `ready` is its acomp), else None."""
    head = tok.head
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and head is not tok and lemma(head) == "be":
        return head
    return None


def _anchor(tok: Token) -> Token:
    """The token that stands for the predicate's clause in the tree: its copula, else itself."""
    return _copula(tok) or tok


def _attachment(at: Token) -> tuple[str, Token]:
    """(relation, governor) of a clause's anchor token. A verb of saying or asking coordinated with
    a reported clause is the reporter's second act, not the reported subject's (Misri said Pakistan
    had violated the truce and called on Islamabad to act): it hangs on the verb of saying."""
    dep, gov = at.dep_, at.head
    report = gov.head
    if (
        dep == "conj"
        and lemma(at) in SECOND_ACTS
        and gov.dep_ == "ccomp"
        and report is not gov
        and lemma(report) in REPORT_VERBS
    ):
        return dep, report
    if dep == "advcl" and (noun := _act_noun_before(at)) is not None:
        return "acl", noun
    return dep, gov


# Nouns that name an act, whose infinitive after them says which (the move to expel the diplomats).
_ACT_NOUNS = frozenset({"move", "decision", "plan", "step", "attempt", "bid", "effort", "proposal", "order"})


def _act_noun_before(verb: Token) -> Token | None:
    """The object of the verb above an infinitive, right before its `to`, when the object names an
    act (called the move to expel the diplomats a step): the infinitive says which act it is, though
    the parse hangs it on the verb as a purpose."""
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None or marker.i == 0:
        return None
    noun = verb.doc[marker.i - 1]
    if noun.head.i == verb.head.i and noun.dep_ == "dobj" and lemma(noun).lower() in _ACT_NOUNS:
        return noun
    return None


def _children(tok: Token) -> list[Token]:
    """A predicate's dependents, with its copula's (subject, negation, auxiliaries) for an adjective."""
    cop = _copula(tok)
    own = list(tok.children)
    # Egypt and Qatar are mediating: the parse hangs the subject on the auxiliary
    lost = [s for c in own if c.dep_ == "aux" for s in c.children if s.dep_ in SUBJECT_DEPS]
    if lost and not any(c.dep_ in SUBJECT_DEPS for c in own):
        own = sorted([*own, *lost], key=lambda t: t.i)
    if cop is None:
        return own
    return sorted([*own, *(c for c in cop.children if c is not tok)], key=lambda t: t.i)


def _noun_tagged_verb(tok: Token) -> bool:
    """Whether `tok`, tagged a verb, stands where a noun does, with a noun's modifiers and no
    subject or auxiliary of its own (Chinese military drills around Taiwan continued: drills)."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ in ("amod", "det", "poss", "compound") and c.i < tok.i for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children)
    )


def _is_predicate(tok: Token) -> bool:
    if _noun_tagged_verb(tok):
        return False
    if tok.pos_ == "VERB" and tok.dep_ == "amod":
        # the Israeli-occupied West Bank, the seized ship: a state of the noun, no act; unless the
        # verb has a subject of its own (…, a Thai jet bombed targets in…, parsed as a modifier)
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.pos_ == "VERB" or _copula(tok) is not None:
        return True
    # a copula's predicate noun or adjective (X is ready to…) heads its clause
    return (
        tok.pos_ in ("NOUN", "ADJ", "PROPN")
        and tok.dep_ in ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl")
        and any(c.dep_ == "cop" or (c.dep_ == "aux" and lemma(c) == "be") for c in tok.children)
    )


# Nouns that count the acts of their of-phrase (a series of attacks, a wave of strikes).
_COUNTED = frozenset(
    {"series", "wave", "string", "spate", "barrage", "round", "flurry", "volley", "salvo", "number"}
)


def _is_nominal(tok: Token) -> bool:
    """A noun with a possessor or an argument-like preposition, or the object a light verb carries
    (launched an attack, held talks, staged a protest): it may name an event of its own."""
    if tok.pos_ != "NOUN" and not _noun_tagged_verb(tok):
        return False
    if tok.dep_ == "dobj" and _lemma(tok.head) in light_verbs():
        return True
    if tok.dep_ == "conj" and tok.head.dep_ == "dobj" and _lemma(tok.head.head) in light_verbs():
        return True  # launched a missile and drone attack: the parse coordinates the attack
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and _lemma(tok.head.head) in _ANSWERING:
        return True  # responded with fighter jet strikes, retaliated with a missile attack
    if any(c.dep_ == "acl" and lemma(c).lower() in AIMING for c in tok.children):
        return True  # ordered strikes targeting Hamas leaders: an act aimed at someone
    if _doer_of_harm(tok):
        return True  # were wounded by Israeli shelling, killed in Russian strikes
    if _sides_where_it_happens(tok):
        return True  # war erupted between the army and the RSF
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and _amount(tok.head.head):
        return True  # announced $1.85 billion in military aid, 500 tonnes of humanitarian aid
    counted = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if counted is not None and lemma(counted).lower() in _COUNTED and counted.dep_ == "dobj":
        return _lemma(counted.head) in light_verbs()  # launched a series of attacks, a wave of strikes
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in NOMINAL_PREPS) for c in tok.children)


# Words that count money or goods (a billion, 500 tonnes, $2 million): what follows them after `in`
# or `of` is what is counted.
_AMOUNTS = frozenset(
    {"million", "billion", "trillion", "dollar", "euro", "yen", "pound", "ton", "tonne", "worth"}
)


def _amount(tok: Token) -> bool:
    """Whether `tok` is an amount of money or goods: a number word, a currency or a unit with a
    number on it ($1.85 billion, 500 tonnes)."""
    return (lemma(tok).lower() in _AMOUNTS or tok.tag_ == "$") and (
        tok.like_num
        or any(c.dep_ in ("nummod", "quantmod", "compound") and c.like_num for c in tok.children)
        or any(c.tag_ == "$" for c in tok.children)
        or lemma(tok).lower() == "worth"
    )


# Verbs of harm done to people, told in the passive with what did it after `by` or `in` (killed in
# Russian strikes).
HARMING_PEOPLE = frozenset({"kill", "wound", "injure", "hurt"})


def _doer_of_harm(tok: Token) -> bool:
    """Whether noun `tok`, with a modifier that names whose act it is (Israeli shelling, Russia's
    strikes; not ethnic riots), tells what did the harm a passive verb tells (were wounded by…,
    killed in…)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("by", "in") or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"
    return (
        passive
        and lemma(verb).lower() in HARMING_PEOPLE
        and any(
            c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and c.text[:1].isupper()
            for c in tok.children
        )
    )


# Participles that aim the act a noun names at someone (strikes targeting Hamas leaders).
AIMING = frozenset({"target", "aim"})
# Verbs that answer an act with another, named after `with` (responded with airstrikes).
_ANSWERING = frozenset({"respond", "retaliate", "react", "answer", "hit back", "strike back"})


def _lemma(p: Token) -> str:
    """The predicate's lemma, with its particle for a phrasal verb (called off → call off)."""
    prt = [c.lower_ for c in p.children if c.dep_ == "prt"]
    return " ".join([lemma(p).lower(), *prt[:1]])


# Verbs that tell an act happens, whose `between` names the act's sides (war erupted between X and Y,
# the fighting that broke out between…).
_OCCURRING = frozenset({"erupt", "break", "rage", "continue", "escalate", "intensify", "resume", "flare"})


def _sides_where_it_happens(n: Token) -> list[Token]:
    """The `between` phrases of the verb telling that noun `n` happens, as its subject or through a
    relative clause on it (war erupted between X and Y, the war that erupted between X and Y)."""
    verbs = [n.head] if n.dep_ == "nsubj" else []
    verbs += [c for c in n.children if c.dep_ == "relcl"]
    return [
        c
        for v in verbs
        if lemma(v).lower() in _OCCURRING
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "between"
    ]


def _nominal_arguments(n: Token, base: int) -> list[Argument]:
    """`Israel's invasion of Lebanon`: the possessor and modifiers, the preposition's objects; the
    sides the verb telling it happens names (war erupted between X and Y)."""
    args: list[Argument] = [
        Argument("oblique", _phrase(o, base), _span(o, base), marker="between", text=o.text)
        for p in _sides_where_it_happens(n)
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for c in n.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < n.i:
            args.append(_argument("adnominal", c, base, c.dep_))
            # Chinese military drills: the name that modifies the modifier is whose act it is too
            args.extend(
                _argument("adnominal", g, base, g.dep_)
                for g in c.children
                if g.dep_ in ("amod", "compound", "poss") and g.i < c.i and g.text[:1].isupper()
            )
        elif c.dep_ == "prep" and c.lower_ in NOMINAL_PREPS:
            rel: Relation = "agent" if c.lower_ == "by" else "oblique"
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                # an attack by the RSF paramilitary on the city: the parse may hang what the act is
                # on under its agent; it is the act's own, and no part of who does it
                aimed = [
                    p
                    for p in o.children
                    if rel == "agent" and p.dep_ == "prep" and p.lower_ in ("on", "against")
                ]
                args.append(
                    Argument(rel, _phrase(o, base, aimed), _span(o, base), marker=c.lower_, text=o.text)
                )
                args.extend(
                    _argument("oblique", g, base, p.lower_)
                    for p in aimed
                    for g in p.children
                    if g.dep_ == "pobj"
                )
    return args


# Nouns of texts that say something on behalf of who issues them (a statement condemning X).
_TEXTS = frozenset(
    {"statement", "resolution", "decree", "communique", "declaration", "letter", "order", "bill", "motion",
     "note", "message", "post", "tweet", "report", "proclamation", "executive order", "memorandum"}
)  # fmt: skip


def _issuer(noun: Token, own: dict[int, list[Argument]]) -> list[Argument]:
    """The subject of the verb that issues text `noun` (issued a statement, in a statement), as
    the subject of a participle on the noun; empty when `noun` is no such text."""
    if lemma(noun).lower() not in _TEXTS:
        return []
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # said in a statement condemning X
    elif noun.dep_ != "dobj":
        return []
    return [a for a in own.get(verb.i, []) if a.relation == "subject"]


# Quantifiers that float after the noun phrase they are said of (the two sides both agreed).
_FLOATING = frozenset({"both", "all", "each"})


def _floated_over(tok: Token) -> Token | None:
    """The first conjunct of the noun phrase right before a bare floating quantifier (China and the
    European Union both …), else None."""
    if tok.lower_ not in _FLOATING or list(tok.children) or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head
    return before


def _argument(rel: Relation, tok: Token, base: int, marker: str = "") -> Argument:
    return Argument(
        relation=rel, span=_phrase(tok, base), head=_span(tok, base), marker=marker, text=tok.text
    )


def _time_words(doc: Doc, verbal: list[Token], base: int, nominal: set[int]) -> dict[int, list[Span]]:
    """The words of time expressions (on Aug 8, a 1951 treaty, last month) by the verbal predicate
    they depend on, the nearest above them: what dates that clause and no other. A noun predicate
    on the way up holds them too (a strike in Syria on May 17 had hit civilians: the strike's day)."""
    verbs = {t.i for t in verbal}
    out: dict[int, list[Span]] = {}
    through_noun: list[tuple[int, Span]] = []
    for t in doc:
        if not _TIME_WORD.match(t.text):
            continue
        up = t
        noun: int | None = None
        while up.i not in verbs and up.head.i != up.i:
            up = up.head
            if noun is None and up.i in nominal:
                noun = up.i
        if noun is not None:
            out.setdefault(noun, []).append(_span(t, base))
            if up.i in verbs:
                through_noun.append((up.i, _span(t, base)))
        elif up.i in verbs:
            out.setdefault(up.i, []).append(_span(t, base))
    own = set(out)
    for verb, span in through_noun:
        # spoke Tuesday, the first such talks since 1961: a time the verb holds only through a noun
        # predicate dates the verb only where it has no time of its own
        if verb not in own:
            out.setdefault(verb, []).append(span)
    return out


# Verbs whose object is brought in for what their subject then does (summoned the ambassador to
# protest): a complement after them is their subject's purpose, not the object's act.
SUBJECT_CONTROL = frozenset({"summon"})


def _fronted_participle(p: Token) -> bool:
    """Whether `p` is a past participle set before the clause it modifies, with its agent (Backed by
    Iran, the Houthis…): a passive said of that clause's subject."""
    return (
        p.tag_ == "VBN"
        and p.dep_ == "advcl"
        and p.i < p.head.i
        and any(c.dep_ == "agent" for c in p.children)
    )


# Acts named as nouns, which a relative clause after the place they happened in is about.
_PLACED_ACTS = frozenset(
    {
        *("attack", "attacks", "bombing", "bombings", "strike", "strikes", "airstrike", "airstrikes"),
        *("explosion", "explosions", "blast", "blasts", "shelling", "raid", "raids", "clashes", "fighting"),
    }
)


def _act_before_place(noun: Token) -> Token:
    """The act a relative clause is about when the parse hangs it on the place of the act (the attack
    in the Syrian capital Damascus, which killed…: the attack killed, not Damascus); else `noun`."""
    place = noun.head if noun.dep_ == "appos" else noun
    prep = place.head
    if (
        place.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "near")
        and prep.head.pos_ == "NOUN"
        and prep.head.lower_ in _PLACED_ACTS
    ):
        return prep.head
    return noun


def english_clauses(doc: Doc, base: int = 0) -> list[Clause]:
    """The clauses of one parsed sentence or text, in text order; `base` shifts the spans."""
    at_start = {base + t.idx: t for t in doc}  # an argument's head token by its offset
    verbal = [t for t in doc if _is_predicate(t)]
    nominal = {t.i for t in doc if _is_nominal(t) and not _is_predicate(t)}
    timed = _time_words(doc, verbal, base, nominal)
    preds = sorted([*verbal, *(doc[i] for i in nominal)], key=lambda t: t.i)
    index = {t.i: k for k, t in enumerate(preds)}
    own: dict[int, list[Argument]] = {}
    for p in preds:
        if p.i in nominal:
            own[p.i] = _nominal_arguments(p, base)
            continue
        args: list[Argument] = []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in p.children)
        for c in _children(p):
            if c.dep_ in SUBJECT_DEPS and (floated := _floated_over(c)) is not None:
                # with China and the European Union both calling for restraint: both, all or each
                # after a noun phrase says it of that phrase, which the parse left on `with`
                args.append(_argument("subject", floated, base))
            elif c.dep_ in SUBJECT_DEPS and c.dep_ != "expl":
                args.append(_argument("subject", c, base))
            elif c.dep_ in ("dobj", "attr") and p.pos_ == "VERB":
                args.append(_argument("object", c, base))
            elif c.dep_ == "dative":
                args.append(_argument("dative", c, base, "to"))
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and passive):
                for o in c.children:
                    if o.dep_ == "pobj":
                        args.append(_argument("agent", o, base, "by"))
            elif (
                c.dep_ == "prep"
                and c.lower_ == "by"
                and any(x.dep_ == "dobj" and x.i < c.i for x in p.children)
            ):
                # condemned mass killings by the RSF: the parse hangs the object's agent on the verb
                for o in c.children:
                    if o.dep_ == "pobj":
                        args.append(_argument("oblique", o, base, "by"))
            elif c.dep_ == "prep":
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    # `sent to X` under a passive: X receives, it is no agent (the agent is `by`)
                    rel: Relation = "dative" if c.lower_ == "to" and not passive else "oblique"
                    if c.lower_ in OBLIQUE_PREPS or c.lower_ == "to":
                        args.append(_argument(rel, o, base, c.lower_))
            elif c.dep_ == "prt":
                pass
        if _fronted_participle(p) and not any(a.relation == "subject" for a in args):
            # Backed by Iran, the Houthis control…: the participle is said of the main verb's subject
            args += [_argument("subject", c, base) for c in p.head.children if c.dep_ in SUBJECT_DEPS]
        # coordinated objects: talks with Japan and Korea
        for a in list(args):
            head = at_start[a.head.start]
            for conj in head.conjuncts:
                if conj.i > head.i:
                    args.append(
                        Argument(a.relation, _phrase(conj, base), _span(conj, base), a.marker, conj.text)
                    )
        for a in list(args):
            head = at_start[a.head.start]
            for ap in head.children:
                if ap.dep_ == "appos":
                    # an oblique's apposition keeps its preposition (by the paramilitary, the RSF)
                    marker = f"{APPOSITION}:{a.marker}" if a.relation == "oblique" else APPOSITION
                    args.append(_argument(a.relation, ap, base, marker))
        own[p.i] = args
    # carried subjects: coordination and open complements
    heads = {_anchor(p).i: p.i for p in preds}  # a copula's index → its adjective's
    for p in preds:
        if p.i in nominal:
            continue
        at = _anchor(p)
        dep, gov = _attachment(at)
        gov = gov if gov.i in own or gov.i not in heads else p.doc[heads[gov.i]]
        if dep in ("relcl", "acl") and any(
            a.relation == "subject" and a.text.lower() in RELATIVIZERS for a in own[p.i]
        ):
            own[p.i] = [a for a in own[p.i] if a.text.lower() not in RELATIVIZERS]
        if dep == "ccomp" and gov.i in own and lemma(gov) in REPORT_VERBS:
            # Iraq said it would impose martial law: the reporter is `it`
            reporter = [a for a in own[gov.i] if a.relation == "subject"]
            pronoun = [a for a in own[p.i] if a.relation == "subject" and a.text.lower() in REPORTER_PRONOUNS]
            if pronoun and reporter:
                own[p.i] = [a for a in own[p.i] if a not in pronoun] + reporter
        if any(a.relation in ("subject", "agent") for a in own[p.i]) and not (
            dep == "xcomp" and gov.i in own and any(a.relation == "object" for a in own[gov.i])
        ):
            continue
        if dep == "conj" and gov.i in own:
            own[p.i] = [a for a in own[gov.i] if a.relation == "subject"] + own[p.i]
        elif dep == "xcomp" and gov.i in own:
            # urged Iran to stop: Iran stops; summoned the envoy to protest: the summoner protests
            objs = [a for a in own[gov.i] if a.relation == "object" and lemma(gov) not in SUBJECT_CONTROL]
            carried = objs or [a for a in own[gov.i] if a.relation == "subject"]
            own[p.i] = [Argument("subject", a.span, a.head, a.marker, a.text) for a in carried] + own[p.i]
        elif (
            dep in ("advcl", "xcomp")
            and gov.i not in own
            and lemma(gov) == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in p.children)
        ):
            # Pence is in Bogota to meet with Guaidó: the subject of a `be` that is no clause of its
            # own (is in a place) does what it is there to do
            own[p.i] = [_argument("subject", c, base) for c in gov.children if c.dep_ == "nsubj"] + own[p.i]
        elif dep == "acl" and p.tag_ == "VBG" and (issuer := _issuer(gov, own)):
            # issued a statement condemning X, signed a decree recognizing Y: who issues the text
            # says what it says
            own[p.i] = issuer + own[p.i]
        elif dep in ("relcl", "acl"):
            # the noun a relative clause modifies is its subject (officials who met…), as written
            # before the clause: what follows it hangs on the noun only by a misparse (strikes
            # killed 25 people, according to officials: the officials are no striker)
            act = _act_before_place(gov)
            whole = _argument("subject", act, base)
            end = min(t.idx for t in p.subtree) + base
            if act is not gov:
                # the act, not the place it happened in, written before the place
                end = min(end, base + min(t.idx for t in act.children if t.dep_ == "prep" and t.i > act.i))
            gov = act
            before = [t for t in gov.subtree if t.idx + base < end and not t.is_punct]
            if before and whole.span.end > end:
                stop = base + before[-1].idx + len(before[-1].text)
                whole = dataclasses.replace(whole, span=Span(whole.span.start, stop))
            own[p.i] = [whole] + own[p.i]
    clauses: list[Clause] = []
    for p in preds:
        chain = _chain(p)
        links: list[ClauseLink] = []
        at = _anchor(p)
        dep, gov = _attachment(at)
        # companies accused of helping Russia: a participle on a noun is passive, the noun acted on;
        # one with a direct object is the noun's own past verb, misread (strikes killed 20 people)
        reduced = dep == "acl" and p.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in p.children)
        passive = (
            reduced or _fronted_participle(p) or any(c.dep_ in ("nsubjpass", "auxpass") for c in p.children)
        )
        voice: Voice = "passive" if passive else "active"
        gov = gov if gov.i in index or gov.i not in heads else p.doc[heads[gov.i]]
        if p.i in nominal:
            # a nominal clause is the complement of the verb it is an argument of (staged rallies
            # against X, held talks with Y): it shares that verb's subject, time and status
            up = next((a for a in p.ancestors if a.i in index), None)
            if up is not None:
                links.append(ClauseLink("complement", index[up.i]))
        elif gov is not at and gov.i in index:
            kind: LinkKind | None = LINK_KINDS.get(dep)
            if dep == "ccomp":
                kind = "report" if lemma(gov) in REPORT_VERBS else "complement"
            if kind:
                links.append(ClauseLink(kind, index[gov.i], _span(gov, base) if kind == "relative" else None))
        elif gov is not at and dep == "pcomp" and gov.lower_ in CONTENT_PREPS and gov.head.i in index:
            # accused X of shelling Y, warned against attacking: the act the verb is about
            links.append(ClauseLink("complement", index[gov.head.i]))
        elif gov is not at and dep == "pcomp" and gov.dep_ == "prep" and gov.head.i in index:
            # expressed support after alleging Venezuelan fire, retaliated by shelling: a clause of
            # time or manner, done by the verb's subject
            links.append(ClauseLink("subordination", index[gov.head.i]))
        elif gov is not at and dep in ("relcl", "acl"):
            # the Philippines, which is bound … by a 1951 treaty: a relative clause on a noun hangs
            # on the predicate the noun belongs to, so its times and status stay its own
            up = next((a for a in gov.ancestors if a.i in index), None)
            if up is not None:
                links.append(ClauseLink("relative", index[up.i], _span(gov, base)))
        # a root verb of saying reported in a trailing parenthetical (…, officials said)
        for c in p.children:
            if c.dep_ == "parataxis" and c.i in index and lemma(c) in REPORT_VERBS:
                links.append(ClauseLink("report", index[c.i]))
        clauses.append(
            Clause(
                predicate=_span(p, base),
                lemma=_lemma(p),
                language="en",
                nominal=p.i in nominal,
                voice=voice,
                negated=any(
                    c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod"))
                    for c in _children(p)
                ),
                tense="past" if p.tag_ in ("VBD", "VBN") else "nonpast",
                chain=chain,
                arguments=tuple(sorted(own[p.i], key=lambda a: a.span.start)),
                links=tuple(links),
                times=tuple(timed.get(p.i, ())),
            )
        )
    return clauses


def _chain(p: Token) -> tuple[str, ...]:
    """Auxiliaries, negation and the control verbs above a predicate, nearest first (will, not, plan)."""
    out = [
        c.lower_ if c.dep_ == "neg" else lemma(c).lower()
        for c in _children(p)
        if c.dep_ in ("aux", "neg") and c.i < p.i
    ]
    node = p
    while _anchor(node).dep_ == "xcomp" and _anchor(node).head is not _anchor(node):
        node = _anchor(node).head  # is ready to send: `ready`, with its copula's auxiliaries
        out.append(lemma(node).lower())
        out += [
            c.lower_ if c.dep_ == "neg" else lemma(c).lower()
            for c in _children(node)
            if c.dep_ in ("aux", "neg")
        ]
    out += [c.lower_ for c in p.children if c.dep_ == "advmod" and c.lower_ in ("reportedly", "allegedly")]
    out += [c.lower_ for c in p.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")]
    at = _anchor(p)
    if at.dep_ == "ccomp" and lemma(at.head).lower() in STANCE_VERBS:
        out.append(lemma(at.head).lower())  # denied that X attacked Y: the attack is denied
    return tuple(out)
