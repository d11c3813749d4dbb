"""Finding an event's triggers in a sentence: lexicon matches, less titles, named wars used as
references, nouns that name a thing (交戦国), justifications (攻撃を正当化); what is asked for, refused,
threatened or agreed folds into that act (軍事支援を求めた: one REQUEST, mode aid); a noun that names
an act reported before and is the object of a reaction (演習を非難) is no new event; undoing an act
codes the opposite (制裁を解除: CONCEDE).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from newsgraph.events.args import title_quotes
from newsgraph.events.clausal import clause_of, condition_subjects, conditions
from newsgraph.events.english import english_content, english_intentions, foretold
from newsgraph.events.japanese import REACTIONS
from newsgraph.events.lexicon import Lexicon, TriggerMatch
from newsgraph.events.types import types
from newsgraph.model import ActorRef, Clause, Entity, Mention, Span

_THREAT_GAP = re.compile(r"(?:する|し)?[」』]?(?:と|ぞと)(?:強く|改めて|再び|重ねて)?")
# What sets a name off before a noun act (日本側は、輸入停止): a topic, no actor of the act.
_SET_OFF = re.compile(r"[は、]")
# What joins a noun act to talks about it (制裁解除に関する協議, 停戦に向けた交渉).
# (停戦実現を含めた交渉: what talks take in is talked about too)
_DISCUSSED_GAP = re.compile(
    r"(?:の?実現)?(?:に関する|に向けた|をめぐる|についての|のための|に関しての|を含めた|を含む|を含んだ)"
)
# A noun naming an act, then the particle that makes it what a reaction is about.
_REFERENCE_GAP = re.compile(r"(?:の[^、。をはに]{1,4})?(?:を|は|に対し|について|をめぐり|への)")
# The light verbs that perform the noun before them (協議を行い, 会談を開き, 演習を実施し).
# A verb of deciding or giving does it too (支援を決定し, 資金を拠出).
_PERFORMED = re.compile(
    r"行[いうっわえ]|実施|開[いきくけ]|開催|始め|続け|再開|宣言|発令|発動|布告|決定|決め|供与|拠出"
)
_AGREED_GAP = re.compile(
    # 戦闘停止と人質解放に合意: nouns listed after the act are agreed on with it
    # (停戦と人質の解放で合意: a listed noun may be owned, 人質の解放)
    r"(?:(?:と|や|及び|および|、|・)(?:[\u4e00-\u9fff]{1,6}の)?[\u4e00-\u9fff]{1,6})*(?:など)?(?:で|に|を)"
    r"(?:大筋で|正式に|基本)?"
)
_EN_CONTENT_GAP = re.compile(r"\s+(?:to|for|on)?\s*(?:an?|the|new|immediate|further|more|fresh|\s)*", re.I)
# A noun act named as what an agreement, plan or text provides for (イスラエル軍のガザ撤収などを定めた
# 合意, 停戦を盛り込んだ決議): its content, not done.
_PROVIDED = re.compile(
    r"(?:など|等)?を(?:定め|盛り込|柱と|規定し|含め|含む|内容と)[^、。「」]{0,4}?"
    r"(?:合意|計画|協定|案|決議|条約|枠組み|文書|法|宣言)"
)
# A noun act said to be a condition or premise of something (撤退が停戦の条件だ): not done.
_CONDITION = re.compile(r"(?:が|は)[^、。「」]{0,8}?(?:条件|前提)(?:だ|で|と|に)")
# An act named as the object of what another is asked to do (侵攻を控えるよう, 攻撃を停止するように).
_ASKED_TO = re.compile(r"[をに][^、。「」]{1,10}?(?:る|ない|す)よう(?:に)?(?:強く|改めて|重ねて)?")
# An alternative named between an act and the verb that asks for or refuses it (追放または処罰する
# よう求めた, 解除または緩和を求めた): asked for with it.
_OR_ELSE = r"(?:(?:または|もしくは|ないし|あるいは)[\u4e00-\u9fff]{1,4})?"
# What follows an act another is asked to do, told as a verb (撤回するよう求めた, 攻撃しないよう要求した).
# The one asked may be named between (撤回するよう中国側に求めた).
_ASKED_VERB = re.compile(
    _OR_ELSE
    + r"(?:する|し)?(?:ない)?よう(?:に)?、?(?:[^、。「」]{1,12}?(?:に対して|に対し|に)、?)?"
    + r"(?:(?:強く|改めて|重ねて)、?){0,2}"
)
# What joins acts listed as one object (空爆の停止と人道支援の, 制裁や): a list or a noun phrase.
_LISTED = re.compile(r"(?:の[\u4e00-\u9fff]{1,4})?(?:と|や|及び|および|、|・)?|の")
# Nouns of an act's ending, asked for with the act they end (攻撃の中止を求めた).
_ENDINGS = ("中止", "停止", "中断", "撤回", "解除", "撤廃", "見直し")
# 解除を求めた, 全面的な解除には応じられない: what is asked for or refused, also quoted (「…即時撤退」を
# 要求した)
_OBJECT_GAP = re.compile(
    _OR_ELSE
    # (空爆中止を要請, 攻撃の中止を求めた: an act's ending asked for is asked for with the act)
    + rf"(?:の?(?:{'|'.join(_ENDINGS)}))?"
    # (デモへの参加を呼びかけた: joining an act asked for is the act asked for)
    + r"(?:への参加)?"
    + r"[」』]?(?:を|には|に)(?:強く|改めて|再び|重ねて|正式に|断固|断固として|一貫して)?"
)
# A trigger followed by one of these forms a noun that names a thing, a quality or a share, not an
# event (交戦国, 支援者, 制裁網, 拉致被害者, 攻撃力, 圧力路線, 支持率, 支持母体, 発射型, 供給源,
# 協力的).
_NOUN_SUFFIX = re.compile(
    r"国(?!内|際|連)|者|側|網|力|権|被害|問題|路線|能力|政策|体制|対象|物資|率|母体|層|基盤|型|源|的|隊"
)
# Nouns after an event noun that keep it an event: its time or course (会談後, 交渉中, 訪問の際),
# nouns that say the event takes place (首脳会談の早期実現, 協議の再開), and nouns that bundle the
# acts themselves (制裁パッケージ, 支援策, 支援措置, 反撃作戦, 抗議行動).
_ASPECT = re.compile(
    r"後|中|前|時|際|以来|以降|直後|直前|当日|初日|最中|さなか|実現|開催|実施|再開|早期|継続|開始|強化|拡大|推進|発効"
    r"|パッケージ|策(?!定)|措置|作戦|行動"
)
# A lexicon word with a particle inside is a phrase (関係の強化, 防衛装備品の共同), not a noun.
_PHRASE = re.compile(r"[のをにでと]")
# `X を正当化` / `X の口実`: a justification or pretext for X does not report X.
_CANCEL = re.compile(r"(?:を|の)(?:正当化|口実|名目|是非)")
# An act a drill plays out (台湾への攻撃を想定した演習, simulating attacks on X) is not done.
_SIMULATED_JA = re.compile(r"(?:を|の)?(?:想定|模擬|模し)")
_SIMULATED_EN = re.compile(r"\b(?:simulat\w*|rehears\w*|mock)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def find_triggers(
    lexicon: Lexicon, text: str, mentions: list[Mention], base: int, clauses: Sequence[Clause] = ()
) -> tuple[list[TriggerMatch], dict[int, str], dict[int, str]]:
    """(triggers, {trigger id: mode of a folded content}, {reaction id: type of the act it names}).

    `clauses` are the sentence's clauses (document offsets; `base` is the sentence's start): where
    the sentence was parsed, a noun counts only where the parse makes it a predicate (`anchored`).
    """
    titles = title_quotes(text)
    triggers = [
        t
        for t in lexicon.find(text, clauses, base)
        if not any(a <= t.start < b for a, b in titles)
        and not _named_event(t, mentions, base, text)
        # (輸出規制対象に指定: the measure someone is made the object of, 対象 no suffix of a word)
        and not (is_noun(t.surface) and _NOUN_SUFFIX.match(text, t.end) and not DESIGNATED.match(text, t.end))
        and not _CANCEL.match(text, t.end)
        and not _SIMULATED_JA.match(text, t.end)
        and not _SIMULATED_EN.search(text, 0, t.start)
        and not (is_noun(t.surface) and _CONDITION.match(text, t.end))
        and not (is_noun(t.surface) and _PROVIDED.match(text, t.end))
        and not (is_noun(t.surface) and _LEADING_TO.match(text, t.end))
        and not _ENDED.match(text, t.end)
        and anchored(t, text, clauses, base)
        and not _talked_about(t, clauses, base, text)
        and not _goal(t, text, clauses, base)
        and not _kind_of_act(t, text, clauses, base)
        and not foretold(t, clauses, base)
        and not _declared(t, text)
        and not _labelled(t, text)
    ]
    triggers = _discussed(text, triggers)
    triggers = [t for t in triggers if not _instrument(t, triggers, clauses, base)]
    triggers = _grounds(text, triggers)
    triggers = [t for t in triggers if not _defiant_manner(text, t, triggers)]
    triggers = _own_claims(triggers, clauses, base)
    triggers, modes = _fold_objects(text, triggers)
    triggers = [t for t in triggers if not _asked_content(t, clauses, base)]
    triggers, contents = english_content(triggers, clauses, base, text)
    modes.update(contents)
    triggers, intended = english_intentions(triggers, clauses, base, text)
    modes.update(intended)
    _vowed_objects(lexicon, triggers, clauses, base, modes)
    triggers, modes = _intended(triggers, modes)
    triggers = _ready_if(triggers, clauses, base, modes)
    triggers = _stances(text, triggers, modes)
    triggers = _threatened(triggers, clauses, base, modes)
    triggers, referred = _references(text, triggers, mentions, base, clauses)
    referred.update(_english_references(lexicon, triggers, clauses, base, text))
    referred.update({i: LAST_ACT for i in _pointed_back(triggers, clauses, base) if i not in referred})
    return triggers, modes, referred


def _instrument(
    t: TriggerMatch, triggers: Sequence[TriggerMatch], clauses: Sequence[Clause], base: int
) -> bool:
    """Whether English trigger `t` names what another trigger's act is done with (dispersed
    protesters with water cannon): the means of that act, not an act of its own; unless the other
    verb answers by it (responded with fighter jet strikes: the strikes are the act)."""
    span = Span(base + t.start, base + t.end)
    others = {u.start for u in triggers if u is not t}
    return any(
        c.language == "en"
        and c.predicate.start - base in others
        and c.lemma.lower() not in _ANSWERED_WITH
        and any(a.marker.lower() == "with" and a.span.contains(span) for a in c.args("oblique"))
        for c in clauses
    )


# Verbs whose `with` names the act they answer by (responded with strikes, retaliated with shelling).
_ANSWERED_WITH = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit back", "strike back"})


# A quotation in the first person (「我々は…守り抜く」) and the words that make one a call (べき, ほしい,
# よう求める, しよう, ください).
_FIRST_PERSON = re.compile(r"我々|われわれ|私たち|私は|我が国|わが国")
_CALLING = re.compile(
    r"べき|べし|ほしい|よう[にな求要]|なさい|せよ|しよう|ましょう|ください|求め|しろ|やめろ|必要"
)
_QUOTED_BEFORE = re.compile(r"「([^「」]*)」と(?:強く|改めて|繰り返し)?$")


# A quotation that is a bare noun phrase another's act is called by (「侵略戦争の予行演習」と非難).
_LABEL = re.compile(
    r"「([^「」]*[\u4e00-\u9fff\u30a0-\u30ff])」(?:だ|である)?と(?:非難|批判|呼|称|断じ|主張|指摘|反発|警告|糾弾)"
)


def _labelled(t: TriggerMatch, text: str) -> bool:
    """Whether a deed's trigger stands in a quotation that only names what something is called
    (米韓合同軍事演習を「侵略戦争の予行演習」と非難した, 「軍事的威嚇」だと非難した): a label, no deed
    of its own."""
    if not types()[t.trigger.type].quad.startswith("material") and t.trigger.type != "THREATEN":
        return False
    return any(m.start(1) <= t.start and t.end <= m.end(1) for m in _LABEL.finditer(text))


def _declared(t: TriggerMatch, text: str) -> bool:
    """Whether a Japanese appeal (訴え) takes a quotation of what the speaker will do and asks nothing
    of anyone (「我々は海、空、土地を守り抜く」と訴え): a declaration, no request."""
    if t.trigger.type != "REQUEST" or not t.surface.startswith("訴え"):
        return False
    quoted = _QUOTED_BEFORE.search(text, 0, t.start)
    return quoted is not None and bool(_FIRST_PERSON.search(quoted[1])) and not _CALLING.search(quoted[1])


# What a measure is taken for, right before the act named as its ground (sanctioned firms for
# supporting Iran's missile program, punished for helping Russia).
_FOR_GROUND = re.compile(r"\bfor\s+(?:(its|their|his|her)\s+)?$")
# Measures taken against someone for what they did (sanctioned for, arrested for, accused of).
MEASURES = frozenset({"SANCTION", "COERCE", "ACCUSE"})


def _grounds(text: str, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """Triggers less the acts an English measure names as its ground (imposed sanctions on entities
    in Russia for supporting Iran's missile program; on the Taliban for its support of bin Laden): the
    ground is done by whom the measure falls on, so it is no act of the measure's source; the measure
    is the event."""
    return [
        t
        for t in triggers
        if not (_ground(text, t) and any(u.start < t.start and u.trigger.type in MEASURES for u in triggers))
    ]


def _defiant_manner(text: str, t: TriggerMatch, triggers: Sequence[TriggerMatch]) -> bool:
    """Whether `t` is the `defiance` of `in defiance of X` after another act of its sentence (marched
    in defiance of a ban): the manner of that act, whose target X is, no refusal of its own; or the
    `protest` of `in protest against X` after another protest (staged a hunger strike in protest
    against…): that protest's reason, no second one."""
    word = t.surface.lower()
    if word not in ("defiance", "protest") or text[max(0, t.start - 3) : t.start].lower() != "in ":
        return False
    return any(
        u.start < t.start and (word == "defiance" or u.trigger.type == t.trigger.type) for u in triggers
    )


def _ground(text: str, t: TriggerMatch) -> bool:
    """Whether `t` is written as what something is done for: a gerund after `for`, or a noun after
    `for` and a possessive (for its support of)."""
    m = _FOR_GROUND.search(text, max(0, t.start - 11), t.start)
    return m is not None and (m.group(1) is not None or t.surface.endswith("ing"))


# What refers back to the act a reaction is about when it stands as the reaction's object (condemned
# them, denounced it): the last act the story told.
LAST_ACT = "*"
_BACK = frozenset({"it", "them", "this", "that", "these", "those"})


def _pointed_back(triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int) -> list[int]:
    """The ids of Japanese reactions whose object points back to the last act told (日本政府はこれを
    強く非難した, これに抗議した): its actor is the target where the sentence names none."""
    return [
        id(t)
        for t, c in _reaction_clauses(triggers, clauses, base, "ja")
        if any(a.text in POINTING_BACK and a.marker in ("を", "に") for a in c.args("object", "dative"))
    ]


def _reaction_clauses(
    triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, language: str
) -> Iterator[tuple[TriggerMatch, Clause]]:
    """Each reaction trigger with the clause it is the predicate of, in `language`."""
    for t in triggers:
        if t.trigger.type not in REACTIONS:
            continue
        k = clause_of(Span(base + t.start, base + t.end), clauses)
        if k is not None and clauses[k].language == language:
            yield t, clauses[k]


POINTING_BACK = frozenset({"これ", "それ", "これら", "こうした動き", "この動き", "こうした行為", "この行為"})


def _english_references(
    lexicon: Lexicon, triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, text: str
) -> dict[int, str]:
    """English reactions whose object names an act already told (condemned the attack, denounced the
    sanctions, condemned them): {reaction trigger id: the type of that act, or LAST_ACT for a
    pronoun}. Its actor becomes the reaction's target where the sentence names none."""
    english = lexicon.english
    out: dict[int, str] = {}
    if english is None:
        return out
    for t, c in _reaction_clauses(triggers, clauses, base, "en"):
        for a in c.args("object"):
            phrase = text[a.span.start - base : a.span.end - base].lower().split()
            head = a.text.lower()
            if len(phrase) == 1 and head in _BACK:
                out[id(t)] = LAST_ACT
            elif phrase and phrase[0] in ("the", "this", "that", "these", "those", "its", "their"):
                named = english.nouns.get(head) or english.nouns.get(head.removesuffix("s"))
                named = named or english.verbs.get(head) or english.verbs.get(head.removesuffix("es"))
                if named is not None:
                    out[id(t)] = named.type
            break
    return out


# English talk that an act can be the subject of: the act named after on, about or over is what is
# talked about, not an act done (talks on a ceasefire, negotiations on a troop pullback).
_TALK = frozenset(
    {
        "talk",
        "negotiation",
        "negotiate",
        "discussion",
        "discuss",
        "consultation",
        "meeting",
        "debate",
        "dialogue",
    }
)
_ABOUT = frozenset({"on", "about", "over", "regarding", "concerning"})
# A noun act right after a proposal, plan or deal for or on it is that text's content.
_PROPOSED = re.compile(
    r"\b(?:proposals?|plans?|deals?|framework|roadmap|blueprint)\s+(?:for|on)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


def _talked_about(t: TriggerMatch, clauses: Sequence[Clause], base: int, text: str = "") -> bool:
    """Whether an English noun trigger is the topic of talk (talks on a ceasefire): an argument marked
    on/about/over of a clause whose predicate, or object, is talking (renewed negotiations on X), or
    the content of a proposal, plan or deal (to discuss a U.S. proposal for a ceasefire)."""
    span = Span(base + t.start, base + t.end)
    if text and any(c.language == "en" for c in clauses) and _PROPOSED.search(text, 0, t.start):
        return True
    return any(
        c.language == "en"
        and (c.lemma.lower() in _TALK or any(_talk(a.text) for a in c.args("object")))
        and any(a.marker.lower() in _ABOUT and a.head.overlaps(span) for a in c.arguments)
        for c in clauses
    )


# A noun of an act in general right after a verb, that the verb's clause tells what kind it is
# (平和を脅かす行為, 安定を損なう、あらゆる行為, 緊張を高める動き).
_KIND_OF_ACT = re.compile(
    r"(?:する|した|している|させる)?、?(?:あらゆる|すべての|全ての|いかなる|一切の|一方的な)?"
    r"(?:行為|行動|動き|振る舞い|措置|形(?=で))(?![\u4e00-\u9fff])"
)


def _kind_of_act(t: TriggerMatch, text: str, clauses: Sequence[Clause], base: int) -> bool:
    """Whether `t` only says what kind an act is, right before a noun of an act in general, in a
    parsed sentence and with no が-subject since the last comma or quotation mark (地域の平和を脅かす
    行為を停止するよう求める, …は平和を脅かす行為だ, 台湾を包囲する形で実施する): a description, no
    event. A が names the act's
    doer (ロシアがウクライナを侵略した行為)."""
    if not clauses or not _KIND_OF_ACT.match(text, t.end):
        return False
    if is_noun(t.surface) and DESIGNATED.match(text, t.end):
        return False  # 輸出禁止措置の対象とした: the measure someone is made the object of
    start = max(text.rfind(c, 0, t.start) for c in "、。「」")
    return "が" not in text[start + 1 : t.start]


def _talk(word: str) -> bool:
    """Whether an English noun names talk (talks, negotiations): renewed negotiations on X."""
    w = word.lower()
    return w in _TALK or (w.endswith("s") and w[:-1] in _TALK)


def anchored(t: TriggerMatch, text: str, clauses: Sequence[Clause], base: int) -> bool:
    """Whether a noun trigger is an event predicate by the parse: the predicate of a clause (or the
    noun its light verb carries), or the whole head word of an argument (侵攻を非難, 会談後に), or a
    nominal standing on its own; not the first part of a longer noun (連携強化, 署名式, 賠償金) nor
    the modifier of another noun (協議の場, 撤退の形跡, 蜂起の指導者). Verbs, phrases and unparsed
    sentences keep every match."""
    if not clauses or not is_noun(t.surface) or _PHRASE.search(t.surface):
        return True
    span = Span(base + t.start, base + t.end)
    if any(c.predicate.overlaps(span) for c in clauses):
        return True
    if t.trigger.type == "SANCTION" and DESIGNATED.match(text, t.end):
        return True  # 北朝鮮の個人も資産凍結の対象とする: the measure someone is made the object of
    if _STANCE_OF.match(text, t.end) and any(
        a.head.start == base + t.end + 1 for c in clauses if c.light for a in c.args("object", "dative")
    ):
        return True  # 抗議の意思を伝えた, 反対の立場を表明: the stance a light verb carries is the act
    heads = [a.head for c in clauses for a in c.arguments if a.head.overlaps(span)]
    if heads:
        rest = text[t.end : max(h.end for h in heads) - base]
        return not is_noun(rest[:1]) or bool(_ASPECT.match(rest))
    # Neither a predicate nor an argument: the parse gives no token of the noun it modifies, so the
    # adnominal の, or a noun, right after the trigger says it.
    after = t.end + 1 if text.startswith("の", t.end) else t.end
    return not ((after > t.end or is_noun(text[t.end : t.end + 1])) and not _ASPECT.match(text, after))


# A stance a noun act is the content of (抗議の意思, 反対の立場, 支持の姿勢).
_STANCE_OF = re.compile(r"の(?:意思|意|立場|姿勢)(?:を|に)")
# What makes a measure's noun the measure someone is designated for (資産凍結の対象とする, 輸出禁止措置
# の対象に加えた).
DESIGNATED = re.compile(r"(?:措置)?の?対象(?:と|に)")
# What a noun act is the outcome something may lead to (逮捕につながる情報, 和平に結びつく): not done.
_LEADING_TO = re.compile(r"に(?:つなが|繋が|結びつ|結び付)")
# What an act is ended by (戦いに終止符を打つ提案): an act ended is no act told
_ENDED = re.compile(r"(?:に終止符|を終わらせ)")
# The phrase a noun act ends in as what is aimed at (…停戦、人質解放の実現…に向け).
_TOWARD = re.compile(r"[^。「」]{0,60}?に向け")


def _goal(t: TriggerMatch, text: str, clauses: Sequence[Clause], base: int) -> bool:
    """Whether a noun act is part of the goal a に向け phrase names (一刻も早い停戦、人質解放の実現…に
    向け、協力していきたい): aimed at, not done. Only nouns no clause has as its predicate, and no
    predicate between it and に向け but of a clause modifying a noun (…を含めた)."""
    if not clauses or not is_noun(t.surface) or (m := _TOWARD.match(text, t.end)) is None:
        return False
    span, toward = Span(base + t.start, base + t.end), Span(base + t.end, base + m.end() - 3)
    if any(c.predicate.overlaps(span) for c in clauses):
        return False
    between = [c for c in clauses if c.predicate.start >= toward.start and c.predicate.end <= toward.end]
    return all(any(x.kind == "relative" for x in c.links) for c in between)


# Verbs of asking or ordering whose よう-clause is what another is to do (…を断念するよう要求した), and
# those of pressing for it (…をやめるよう圧力をかけた, 圧力を強めた).
_ASKING = frozenset(
    {"求める", "要求", "要請", "呼びかける", "呼び掛ける", "促す", "働きかける", "働き掛ける",
     "申し入れる", "申し入れ", "指示", "命じる", "命令", "訴える", "求む", "かける", "掛ける", "強める"}
)  # fmt: skip


def _asked_content(t: TriggerMatch, clauses: Sequence[Clause], base: int) -> bool:
    """Whether `t` lies in a よう-clause that says what a verb of asking or ordering asks for
    (演習実施を断念するよう要求した, 北方領土を演習から除外するよう求めた): the act asked for has not
    happened, so it is no event of its own. Not the verb of asking itself, nor a clause of its own
    trigger that the asking folds (中止するよう求めた is read whole)."""
    if not clauses:
        return False
    span = Span(base + t.start, base + t.end)
    for c in clauses:
        if not any(w.startswith("よう") for w in c.chain) or c.predicate.overlaps(span):
            continue
        asked = any(
            x.kind in ("subordination", "complement") and clauses[x.other].lemma in _ASKING for x in c.links
        )
        if asked and any(a.span.start <= span.start and span.end <= a.span.end for a in c.arguments):
            return True
    return False


def _discussed(text: str, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop a noun act that talks are about (制裁解除に関する協議, 停戦に向けた交渉, 撤廃をめぐる協議):
    the talks are the event, what they discuss has not happened."""
    out: list[TriggerMatch] = []
    for i, t in enumerate(triggers):
        nxt = triggers[i + 1] if i + 1 < len(triggers) else None
        gap = _DISCUSSED_GAP.match(text, t.end)
        if (
            nxt is not None
            and gap is not None
            and is_noun(t.surface)
            and nxt.trigger.type == "CONSULT"
            and nxt.start == gap.end()
        ):
            continue
        out.append(t)
    return out


# An actor's craft and による between the actor and its act (中国軍|機による|領空侵犯).
_BY_VEHICLE = re.compile(r"(?:機|艦|艇|船|船舶|公船|無人機)(?:による|の)")


def _references(
    text: str,
    triggers: list[TriggerMatch],
    mentions: list[Mention],
    base: int,
    clauses: Sequence[Clause] = (),
) -> tuple[list[TriggerMatch], dict[int, str]]:
    """Drop nouns that name an act already reported, as the object of a reaction to it
    (演習を非難した, 拿捕は「容認できない」と非難): {reaction trigger id: type of the act named}. A noun
    a light verb carries in a clause with a subject of its own (中国が…企業などに制裁措置を科したことに
    ついて抗議した) is told here, with who does it."""
    ends = {m.span.end - base for m in mentions}
    out: list[TriggerMatch] = []
    referred: dict[int, str] = {}
    for i, t in enumerate(triggers):
        later = triggers[i + 1 :]
        reaction = next((u for u in later if u.trigger.type in (*REACTIONS, "REQUEST")), None)
        # ロシアの攻撃, ウクライナ侵攻, 北朝鮮による発射: the act's own actor is written before it
        # (not a topic set off before it: 日本側は、輸入停止は…)
        own_actor = any(
            (t.start - 3 <= e <= t.start and not _SET_OFF.search(text, e, t.start))
            or _BY_VEHICLE.fullmatch(text, e, t.start)  # 中国軍機による領空侵犯
            for e in ends
        ) or _carried_with_subject(t, clauses, base)
        gap = _REFERENCE_GAP.match(text, t.end)
        # 輸入停止は…として、撤廃を求めた: an act set up as the topic is one already known, whatever
        # acts the clause after it names
        topic = gap is not None and gap.group() == "は"
        # 電話協議を行い、…を非難: an act a light verb performs is done here, no act named again
        done = gap is not None and gap.group().endswith("を") and _PERFORMED.match(text, gap.end())
        if (
            not done
            and reaction is not None
            and is_noun(t.surface)
            and not own_actor
            and gap is not None
            and (topic or not any(t.end <= u.start < reaction.start for u in later if u is not reaction))
        ):
            referred[id(reaction)] = t.trigger.type
            continue
        out.append(t)
    return out, referred


def _carried_with_subject(t: TriggerMatch, clauses: Sequence[Clause], base: int) -> bool:
    """Whether `t` is the noun a light verb carries in a clause whose subject is written in it."""
    k = clause_of(Span(base + t.start, base + t.end), clauses)
    return k is not None and clauses[k].light is not None and bool(clauses[k].args("subject"))


def _own_claims(triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int) -> list[TriggerMatch]:
    """The triggers without a claim (したと主張) written right after an act whose clause names no one
    to do it (フーシ派は…タンカーをミサイルで攻撃したと主張した): who claims it did the act itself, so
    the act is told, on the claimant's word, and no one is accused of it."""
    out: list[TriggerMatch] = []
    for i, t in enumerate(triggers):
        prev = triggers[i - 1] if i else None
        if (
            t.trigger.mode == "allege"
            and prev is not None
            and prev.end == t.start
            and prev.trigger.mode != "allege"
        ):
            k = clause_of(Span(base + prev.start, base + prev.end), clauses)
            if k is not None and not clauses[k].args("subject", "topic", "agent"):
                continue
        out.append(t)
    return out


def _fold_objects(text: str, triggers: list[TriggerMatch]) -> tuple[list[TriggerMatch], dict[int, str]]:
    """Fold `軍事支援を求めた` into one REQUEST (mode `aid`): what is asked for or refused has not
    happened, so it is no event of its own, and its arguments belong to the request."""
    out: list[TriggerMatch] = []
    modes: dict[int, str] = {}
    skip: set[int] = set()
    for i, t in enumerate(triggers):
        if i in skip:
            continue
        nxt = triggers[i + 1] if i + 1 < len(triggers) else None
        gap = text[t.end : nxt.start] if nxt is not None else ""
        asked = (
            nxt is not None
            and nxt.trigger.type in ("REQUEST", "REJECT")
            and (
                _OBJECT_GAP.fullmatch(gap) is not None
                # 攻撃の|中止を求めた: the asking names the act's ending
                or (gap in ("", "の") and nxt.surface.startswith(_ENDINGS) and is_noun(t.surface))
            )
        )
        agreed = (
            nxt is not None
            and nxt.trigger.type == "AGREE"
            and is_noun(t.surface)
            and _AGREED_GAP.fullmatch(gap)
        )
        if nxt is not None and (
            # 受け入れを要求: a verb's stem before を is a noun too
            (asked and (is_noun(t.surface) or gap.startswith("を")))
            # 撃墜すると警告: the act threatened has not happened either
            or (nxt.trigger.type == "THREATEN" and _THREAT_GAP.fullmatch(gap))
            # 挑発行為を強く非難: a noun of the act's own type as its object is the act told once
            or (nxt.trigger.type == t.trigger.type and is_noun(t.surface) and _OBJECT_GAP.fullmatch(gap))
            # ラファへの侵攻を控えるよう求めた: what another is asked to do or not to do
            or (nxt.trigger.type == "REQUEST" and is_noun(t.surface) and _ASKED_TO.fullmatch(gap))
            or (nxt.trigger.type == "REQUEST" and _ASKED_VERB.fullmatch(gap))
            # 停戦を仲介: what is mediated is the mediation's content, not an act done
            or (nxt.trigger.mode == "mediate" and is_noun(t.surface) and gap in ("を", "の"))
            # 停戦で合意: what is agreed is the agreement's content
            or agreed
            # 経済水域を侵犯したと主張: an act another is claimed to have done is the claim's content
            or (nxt.trigger.mode == "allege" and is_noun(t.surface) and not gap)
        ):
            asking = nxt.trigger
            if asking.type == "REQUEST" and (t.trigger.self_target or t.trigger.type == "PROTEST"):
                # 抗議デモを呼びかけた: a call to protest, with no one named, is made to the caller's people
                asking = replace(asking, self_target=True)
            whole = TriggerMatch(t.start, nxt.end, text[t.start : nxt.end], asking)
            if asked or agreed:
                # 空爆の停止と人道支援の受け入れを要求, 戦闘停止と人質解放に合意: the acts listed
                # before the one asked for or agreed on are asked for or agreed on with it
                head = t.start
                while out and is_noun(out[-1].surface) and _LISTED.fullmatch(text, out[-1].end, head):
                    head = out.pop().start
            if t.trigger.type != nxt.trigger.type and nxt.trigger.mode != "allege":
                modes[id(whole)] = t.trigger.type.lower()  # a claim keeps its own mode
            out.append(whole)
            skip.add(i + 1)
            continue
        # English puts the content after the verb: agreed to an immediate ceasefire, urged talks
        if (
            nxt is not None
            and t.trigger.type in ("REQUEST", "REJECT", "AGREE")
            and _EN_CONTENT_GAP.fullmatch(gap)
        ):
            if t.trigger.intent and nxt.trigger.self_target:
                # is prepared to impose martial law: on its own country, as the act would be
                t = TriggerMatch(t.start, t.end, t.surface, replace(t.trigger, self_target=True))
            modes[id(t)] = nxt.trigger.type.lower()
            out.append(t)
            skip.add(i + 1)
            continue
        out.append(t)
    return out, modes


def _vowed_objects(
    lexicon: Lexicon,
    triggers: list[TriggerMatch],
    clauses: Sequence[Clause],
    base: int,
    modes: dict[int, str],
) -> None:
    """The act an English intention names as its object noun (vowed necessary sanctions, pledged
    retaliation), where no trigger of its own gave one: its type, as the mode `_intended` reads."""
    english = lexicon.english
    if english is None:
        return
    for t in triggers:
        if not t.trigger.intent or id(t) in modes:
            continue
        k = clause_of(Span(base + t.start, base + t.end), clauses)
        heads = [a.text.lower() for a in clauses[k].args("object")] if k is not None else []
        found = [
            english.nouns[h]
            for h in (*heads, *(h[:-1] for h in heads if h.endswith("s")))
            if h in english.nouns
        ]
        if found:
            modes[id(t)] = found[0].type.lower()


def _intended(
    triggers: list[TriggerMatch], modes: dict[int, str]
) -> tuple[list[TriggerMatch], dict[int, str]]:
    """An intention (is prepared to, vowed to) takes the type the act it commits to names as its
    `intent` in types.yaml: is prepared to impose martial law is a THREATEN (mode coerce), is ready
    to send troops an AGREE."""
    table = types()
    out: list[TriggerMatch] = []
    for t in triggers:
        content = modes.get(id(t), "").upper()
        intent = table[content].intent if t.trigger.intent and content in table else None
        if t.trigger.intent and content == "THREATEN":
            # vowed his country would retaliate: a vow of what threatens is the threat
            modes.pop(id(t), None)
            t = TriggerMatch(t.start, t.end, t.surface, replace(t.trigger, type=content, mode=None))
        elif intent and intent != t.trigger.type:
            t = _as_intent(t, intent, modes[id(t)], modes)
        out.append(t)
    return out, modes


def _ready_if(
    triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, modes: dict[int, str]
) -> list[TriggerMatch]:
    """An English readiness that names no act of a kind (is prepared to take all necessary measures,
    is ready to use nuclear weapons) on the condition that another acts (if Cambodia persists in its
    attacks, if NATO attacks its territory): a threat to whoever the condition names."""
    out: list[TriggerMatch] = []
    for t in triggers:
        if (
            t.trigger.intent
            and t.trigger.type == "AGREE"
            and id(t) not in modes
            and (k := clause_of(Span(base + t.start, base + t.end), clauses)) is not None
            and condition_subjects(k, clauses)
        ):
            t = TriggerMatch(t.start, t.end, t.surface, replace(t.trigger, type="THREATEN", mode=None))
        out.append(t)
    return out


def _as_intent(t: TriggerMatch, intent: str, mode: str, modes: dict[int, str]) -> TriggerMatch:
    """Trigger `t` coding as the intention type `intent`, the act intended its mode in `modes`."""
    new = TriggerMatch(t.start, t.end, t.surface, replace(t.trigger, type=intent))
    modes[id(new)] = mode
    return new


def _threatened(
    triggers: list[TriggerMatch], clauses: Sequence[Clause], base: int, modes: dict[int, str]
) -> list[TriggerMatch]:
    """A Japanese act of force told as what follows if another acts (イスラエルが攻撃するなら、
    イスラエルを攻撃する): a threat, the type its `intent` in types.yaml names when that is THREATEN,
    the act's own type as the mode."""
    table = types()
    out: list[TriggerMatch] = []
    for t in triggers:
        k = clause_of(Span(base + t.start, base + t.end), clauses)
        if (
            k is not None
            and clauses[k].language == "ja"
            and clauses[k].tense == "nonpast"
            and not clauses[k].negated
            and table[t.trigger.type].intent == "THREATEN"
            and conditions(k, clauses)
        ):
            t = _as_intent(t, "THREATEN", t.trigger.type.lower(), modes)
        out.append(t)
    return out


# A Japanese act told as a posture or readiness to do it (報復関税を課す姿勢を強調した, 制裁を科す構えを
# 見せた): an intention, not the act.
_STANCE = re.compile(r"[^、。「」]{0,8}?[るす](?:姿勢|構え)(?:を|だ|で|も|に|と)")


def _stances(text: str, triggers: list[TriggerMatch], modes: dict[int, str]) -> list[TriggerMatch]:
    """Triggers with a Japanese act told as a posture (課す姿勢, 科す構え) taking the type its
    `intent` in types.yaml names (THREATEN for a measure or force, AGREE for cooperation), the act's
    own type as the mode, as an English intention does."""
    table = types()
    out: list[TriggerMatch] = []
    for t in triggers:
        intent = table[t.trigger.type].intent
        if intent and intent != t.trigger.type and not t.surface.isascii() and _STANCE.match(text, t.end):
            t = _as_intent(t, intent, t.trigger.type.lower(), modes)
        out.append(t)
    return out


# What follows a named event held or going on in the sentence (を続ける, を3年以上続ける, が開かれた):
# words between hold no kana, so a verb between (侵攻を受けて行われた) leaves it a reference.
_HELD = re.compile(r"をし|[をが][^、。\u3040-\u309f]{0,8}?(?:続|行|開|始)")


def _named_event(t: TriggerMatch, mentions: list[Mention], base: int, text: str) -> bool:
    """A trigger inside a named war used as a reference (ウクライナ侵攻前に), not as a predicate."""
    for m in mentions:
        if m.type == "EVENT" and m.span.start - base <= t.start and t.end <= m.span.end - base:
            # 侵攻を続ける, 侵攻を3年以上続ける, 外相会談が開かれた: the event is held or goes on here, a
            # predicate
            return not _HELD.match(text, m.span.end - base)
    return False


def reversed_type(lexicon: Lexicon, text: str, t: TriggerMatch) -> str:
    """The type after undoing cues: 輸出規制を解除 → CONCEDE; suspended a military agreement → REJECT."""
    if text.isascii():
        return lexicon.cues.undone_before(t.trigger.type, text[max(0, t.start - 50) : t.start])
    return lexicon.cues.undone(t.trigger.type, text[t.end : t.end + 12])


def refused_type(lexicon: Lexicon, text: str, t: TriggerMatch, type_: str) -> str | None:
    """REJECT when the trigger's clause refuses the cooperative act `type_` (制裁を緩める考えはない,
    首脳会談に応じない), else None."""
    cues = lexicon.cues
    if text.isascii():
        return None
    clause = re.split(r"[、。]", text[t.end : t.end + 16], maxsplit=1)[0]
    if any(c in clause for c in cues.refusal_after):
        return dict(cues.refusal_types).get(type_)
    return None


def crowd_type(lexicon: Lexicon, text: str, type_: str, source: Sequence[ActorRef]) -> str:
    """The type a crowd's act codes as: civilians who gather and protest demonstrate (`civil` in
    types.yaml, with a `street` cue in the sentence), where a ministry that protests makes a statement."""
    civil = types()[type_].civil
    crowd = source and all(r.sector == "CVL" for r in source)
    if civil and crowd and any(c in text for c in lexicon.cues.street):
        return civil
    return type_


def stated_protest(
    lexicon: Lexicon,
    text: str,
    t: TriggerMatch,
    type_: str,
    source: Sequence[ActorRef],
    by_id: Mapping[str, Entity],
) -> bool:
    """Whether an English protest is a state's statement (ACCUSE), not a demonstration: its sources are
    all states, state bodies (a government, armed forces) or seats of power standing for a government
    (Beijing, the Kremlin), and the sentence names no crowd (`crowd` in cues.yaml: thousands
    protested)."""
    if type_ != "PROTEST" or not t.surface.lower().startswith("protest"):
        return False
    official = _official(source, by_id)
    # the crowd is who protests, named before the verb (thousands protested) or as its agent (protests
    # by students); one among what is protested about (sanctions on Russian citizens) is none
    after = text[t.end :]
    who = text[: t.end] + (after[: after.find(",")] if after.lstrip().startswith("by ") else "")
    return official and not any(_whole_word(w, who) for w in lexicon.cues.crowd)


def _official(source: Sequence[ActorRef], by_id: Mapping[str, Entity]) -> bool:
    """Whether every source is a state, a state body (a government, armed forces) or a seat of power
    standing for a government (Beijing, the Kremlin)."""
    return bool(source) and all(
        r.sector in ("GOV", "MIL")
        or ((ent := by_id.get(r.id)) is not None and (ent.type == "COUNTRY" or ent.stands_for is not None))
        for r in source
    )


def state_boycott(
    t: TriggerMatch, type_: str, source: Sequence[ActorRef], by_id: Mapping[str, Entity]
) -> bool:
    """Whether a boycott is a state's (the United States will boycott the Olympics, 政府は五輪を外交的
    ボイコットする): a reduction of relations, PLOVER's SANCTION, where people who boycott protest."""
    return (
        type_ == "PROTEST"
        and ("boycott" in t.surface.lower() or "ボイコット" in t.surface)
        and _official(source, by_id)
    )


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


# An arrival (arrived in, landed in), as a visit trigger's words begin.
_ARRIVAL = re.compile(r"(?:arriv|land)", re.IGNORECASE)


def armed_type(lexicon: Lexicon, text: str, t: TriggerMatch, type_: str) -> str:
    """The type an arrival codes as: forces that arrive (230 Kenyan police arrived in Haiti, US troops
    landed in Poland), named in the words of its clause before it (`forces` in cues.yaml), are
    deployed (`armed` in types.yaml), where a leader who arrives visits."""
    armed = types()[type_].armed
    if not armed or not _ARRIVAL.match(t.surface):
        return type_
    who = re.split(r"[,;:.]", text[: t.start])[-1]
    return armed if any(_whole_word(w, who) for w in lexicon.cues.forces) else type_


def joint_type(lexicon: Lexicon, trigger: str, type_: str, parties: Sequence[ActorRef]) -> str:
    """The type of an act done together: two countries or more holding a joint exercise cooperate
    (`joint` in types.yaml, with a `joint` cue in the trigger), where one country's drill is a show of
    force."""
    joint = types()[type_].joint
    countries = {r.country for r in parties if r.country}
    if joint and len(countries) > 1 and any(c in trigger.lower() for c in lexicon.cues.joint):
        return joint
    return type_


def is_noun(word: str) -> bool:
    """Whether `word` ends in a kanji or katakana: a noun stem, not a verb form."""
    return bool(re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]", word[-1:]))
