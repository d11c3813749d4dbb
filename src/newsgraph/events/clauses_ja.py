"""Japanese clauses read off GiNZA's dependency parse, into the language-neutral `model.Clause`.

A clause is a predicate bunsetsu (a verb, adjective or サ変 noun with する, or a nominal at the root of
a headline) with the bunsetsu that depend on it. Arguments take their relation from the case particle
that closes their bunsetsu (`RELATIONS`); a light verb (〜を行う, 〜を表明する, 〜に踏み切る) hands its
place to the noun it carries; the chain is the auxiliaries and endings after the predicate, plus a
modality noun or verb the clause is the complement of (〜する予定, 〜したとみられる); links follow the
dependency label (`conj`, `advcl`, `acl`) and quotation と before a reporting verb. Times, places and
quantities are the dependents of the predicate itself, so that 2030年までの経済協力 does not date a
summit whose predicate is elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from newsgraph.events.clausal import CASUALTIES, RECEIVING, RECEIVING_AT
from newsgraph.model import Argument, Clause, ClauseLink, LinkKind, Relation, Span
from newsgraph.text import quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The particle (or particles) closing an argument's bunsetsu → its relation.
RELATIONS: dict[str, Relation] = {
    "が": "subject",
    "は": "topic",
    "も": "topic",
    "では": "oblique",
    "にて": "oblique",  # ハンブルクにて: where, as で is
    "において": "oblique",  # パリにおいて会談が行われ: where, no agent of the passive
    "におけ": "oblique",
    "にとって": "oblique",  # 日本にとって: for whom, no party
    "に基づ": "oblique",  # 条約に基づき: on what ground
    "に伴": "oblique",
    "に加え": "oblique",  # 制裁に加え: besides what
    "を": "object",
    "に": "dative",
    "へ": "dative",
    "に対し": "dative",
    "に対して": "dative",
    "によると": "oblique",  # a source of the report, not an agent
    "によれば": "oblique",
    "によりますと": "oblique",
    "によりますれば": "oblique",
    "によって": "agent",
    "により": "agent",
    "による": "agent",
}
# Verbs that carry a noun and add nothing of their own: the noun is the predicate.
LIGHT = {
    "行う", "実施", "表明", "踏み切る", "強める", "示す", "実行", "開始", "始める", "続ける", "展開",
    "加える", "する", "出す", "講じる", "科す", "課す", "科する", "課する", "発動", "打ち出す", "伝える",
    "図る", "進める", "言い渡す", "下す", "導入", "了解", "決める", "決定", "完了", "終える", "再開",
    "継続", "通告", "通達", "通知", "深める", "繰り返す", "唱える", "申し立てる", "宣言",
}  # fmt: skip
# Light verbs of a decision (訪問を決めた, 派遣を決定した): the act they carry is planned, unless it takes
# effect when decided (制裁を決めた).
DECIDING = frozenset({"決める", "決定"})
# Verbs of a plan that carry the act they plan as their object (演習を計画している, 制裁の発動を検討):
# the act is the predicate and the verb its modality, as 演習を行う計画だ is.
PLANNING = frozenset({"計画", "検討", "準備", "調整"})
# Verbs of saying: a clause quoted before them with と, or named with ことを, is their report.
REPORTING = {
    "述べる", "語る", "言う", "話す", "発表", "主張", "強調", "説明", "伝える", "報じる", "指摘",
    "表明", "明らか", "明かす", "批判", "非難", "警告", "要求", "求める", "訴える", "示唆", "発言",
    "回答", "答える", "認める", "否定", "書き込む", "投稿", "記す", "反論", "反発", "抗議", "けん制", "牽制",
    "公表", "報告", "答弁", "明言", "断言", "宣言", "書く", "評価", "歓迎", "警戒", "約束", "誓う", "弁明",
    "釈明", "問題視", "疑問視", "確認",
}  # fmt: skip
# Nouns and verbs a clause can be the complement of that say how real it is (予定, 見通し, とみられる).
MODAL_HEADS = {
    "予定", "方針", "計画", "見通し", "意向", "考え", "構え", "方向", "見込み", "可能性", "恐れ", "おそれ",
    "疑い", "公算", "模様", "つもり", "必要", "べき", "見る", "みる", "目指す", "狙う", "図る", "決める",
    "決定", "検討", "調整", "準備", "はず", "よう", "見られる", "用意", "意思", "覚悟",
}  # fmt: skip
_TIME_WORDS = {
    "今年", "昨年", "去年", "来年", "今月", "先月", "来月", "今週", "先週", "来週", "今日", "昨日",
    "明日", "同日", "前日", "翌日", "当日", "同月", "同年", "翌年", "前年", "今回", "未明", "午前", "午後",
    "夜", "朝", "週末", "年末", "年初", "月末",
}  # fmt: skip
# Compound particles of what a clause is about (について, に関して, をめぐり).
_ABOUT = ("について", "につき", "に関して", "に関し", "に関する", "をめぐ", "を巡")
# Compound particles of the way something is done (を通じて, を介して, を経由して).
_THROUGH = ("を通じ", "を通し", "を介し", "を経由")
# Nouns of a matter dealt with or kept in mind (北朝鮮への対応, 拉致問題, 中国を念頭に): what their
# phrase names is talked about.
_ISSUES = frozenset({"対応", "対処", "問題", "情勢", "念頭"})
# Verbs of asking: the response asked for is the one asked's (ロシアの前向きな対応を求める: Russia).
_ASKING = frozenset({"求める", "要求", "要請", "促す", "呼びかける"})
# Verbs of sending and giving: in the passive, に is where or to whom (ロシアに派遣された北朝鮮兵,
# ウクライナに供与された戦車), not who acts.
_SENDING = frozenset(
    {
        "派遣",
        "派兵",
        "動員",
        "送る",
        "送り込む",
        "配備",
        "投入",
        "移送",
        "配置",
        "輸出",
        "供与",
        "提供",
        "売却",
        "引き渡す",
        "輸送",
    }
)
# Nouns that join a clause to the next as its counterpart (…する一方、…; …する反面、…).
_WHILE = frozenset({"一方", "反面", "半面"})
# Conditional endings whose lemma hides them (なら → だ, たら → た).
_IF = frozenset({"なら", "ならば", "たら", "たらば"})
# The verbs a modal noun is the subject of (用意がある, 可能性がない).
_BE = frozenset({"ある", "ない"})
_COUNTERS = ("年", "月", "日", "時", "分", "週", "世紀", "年代", "年度")
_PLACE_PARTICLES = ("で", "にて", "では", "から")


def clauses(doc: Doc, offset: int = 0) -> list[Clause]:
    """The clauses of one parsed sentence (or short text), in the order of their predicates.

    Spans are character offsets into the parsed text plus `offset` (the text's start in the
    document), so that they index `Document.text` like every other span.
    """
    import ginza

    heads = sorted(ginza.bunsetu_head_list(doc))
    bunsetsu = _Bunsetsu(doc, heads)
    preds = [doc[i] for i in heads if _is_predicate(doc[i])]
    index = {p.i: k for k, p in enumerate(preds)}
    strays = _stray_subjects(doc, preds)
    found = [_clause(doc, p, bunsetsu, index, offset, strays.get(p.i, ())) for p in preds]
    found = _out_of_relatives(_out_of_whereabouts(found), doc.text, offset)
    found = _subjects_up(_topics_up(_into_nominalised(_into_reported(_into_relatives(found)))))
    return _out_of_quotes(found, doc.text, offset)


def _stray_subjects(doc: Doc, preds: list[Token]) -> dict[int, tuple[Token, ...]]:
    """Subjects with が the parse hung on an adverb (船4隻が|前日、…侵入した: 隻 on 前日), by the
    predicate that takes them: the first after them, as a が-phrase is the subject of the nearest
    predicate that follows."""
    out: dict[int, tuple[Token, ...]] = {}
    for x in doc:
        h = x.head
        if x.dep_ != "nsubj" or h.i <= x.i or h.pos_ != "ADV":
            continue
        if not any(c.dep_ == "case" and c.text == "が" for c in x.children):
            continue
        p = next((q for q in preds if q.i > x.i), None)
        if p is not None and not any(c.dep_ == "nsubj" for c in p.children):
            out[p.i] = (*out.get(p.i, ()), x)
    return out


def _out_of_relatives(clauses: list[Clause], text: str, offset: int) -> list[Clause]:
    """Give a は-topic the parse hung on a relative clause to the clause of the noun it modifies (政府
    はロシアと軍事協力を深める北朝鮮の個人も…対象とする: the government designates; North Korea's
    people cooperate): a topic set off by は stands outside any relative clause. Only where the noun
    follows the verb with no comma between (合意し、インド政府は: a chain the parse took for one)."""
    out = list(clauses)
    for k, c in enumerate(out):
        topics = [a for a in c.args("topic") if a.marker == "は"]
        link = next((x for x in c.links if x.kind == "relative" and x.head is not None), None)
        if not topics or link is None or link.head is None or not 0 <= link.other < len(out):
            continue
        if "、" in text[c.predicate.end - offset : link.head.start - offset]:
            continue
        if not any(a.marker == "は" for a in out[link.other].args("topic")):
            _move(out, topics, k, link.other)
    return out


def _out_of_whereabouts(clauses: list[Clause]) -> list[Clause]:
    """Give a が-subject the parse hung on a relative clause that says where someone is (外相がフィリピ
    ンにいる中国大使を呼び出し: the minister summoned the ambassador who is in the Philippines) to the
    clause the modified noun is an argument of, when that clause names no subject of its own."""
    out = list(clauses)
    for k, c in enumerate(out):
        if c.lemma not in _STAYING or not c.args("dative"):
            continue
        for link in c.links:
            if link.kind != "relative" or link.head is None or not 0 <= link.other < len(out):
                continue
            subjects = [a for a in c.args("subject") if a.marker == "が" and a.span.end <= link.head.start]
            m = link.other
            # a topic written before the subject is the sentence's (韓国政府は、朴外相が…いる大使を呼び出し)
            topics = out[m].args("topic")
            if (
                subjects
                and not out[m].args("subject")
                and all(a.span.end <= subjects[0].span.start for a in topics)
            ):
                _move(out, subjects, k, m)
    return out


# Verbs that say where someone is (フィリピンにいる大使, 北京に駐在する記者).
_STAYING = frozenset({"いる", "居る", "ある", "駐在", "滞在", "在住", "住む", "駐留"})


def _into_reported(clauses: list[Clause]) -> list[Clause]:
    """Give a が-subject the parse hung on a verb of saying back to the clause it reports, written
    between them (インド軍幹部は…、パキスタン軍が…侵入を行ったと非難した: Pakistan's army intruded, the
    Indian officer accused), when that clause names no subject of its own: the が-phrase is the
    subject of the nearest predicate after it."""
    out = list(clauses)
    for k, c in enumerate(out):
        for subject in [a for a in c.args("subject") if a.marker == "が"]:
            _hand_down(out, k, subject, "report", c.predicate.start)
    return out


def _into_relatives(clauses: list[Clause]) -> list[Clause]:
    """Give a が-subject the parse hung on a predicate with a は-topic of its own back to the relative
    clause between them (トランプ氏は、同国が中東に及ぼす影響を非難した: Iran exerts the influence, Trump
    condemns it), when that clause names no subject of its own: beside the topic, the が-phrase is
    the subject of the nearest predicate after it. Not a clause that says where someone is (朴外相が
    ソウルにいる日本大使を呼び出し: the minister summons)."""
    out = list(clauses)
    for k, c in enumerate(out):
        if not any(a.marker == "は" for a in c.args("topic")):
            continue
        for subject in [a for a in c.args("subject") if a.marker == "が"]:
            inner = next(
                (
                    j
                    for j, x in enumerate(out)
                    if any(link.other == k and link.kind == "relative" for link in x.links)
                    and subject.span.end <= x.predicate.start
                    and x.predicate.end <= c.predicate.start
                    and not x.args("subject", "topic")
                ),
                None,
            )
            if inner is not None and out[inner].lemma not in _STAYING:
                _move(out, [subject], k, inner)
    return out


def _into_nominalised(clauses: list[Clause]) -> list[Clause]:
    """Give a が-subject the parse hung on a predicate back to the clause closed as a noun between
    them (中国外務省は護衛艦が海峡を通過したことに反発し: the destroyer passed, the ministry reacted),
    when that clause names no subject of its own: a が-phrase is the subject of the nearest predicate
    after it, and a clause ending in こと is an argument, not a predicate, of the verb it hangs on."""
    out = list(clauses)
    for k, c in enumerate(out):
        noun = next((a for a in c.args("object", "dative", "oblique") if a.text.startswith("こと")), None)
        if noun is None:
            continue
        for subject in [a for a in c.args("subject") if a.marker == "が"]:
            _hand_down(out, k, subject, "subordination", noun.span.start)
    return [_topic_after_subject(c, out) for c in out]


def _topics_up(clauses: list[Clause]) -> list[Clause]:
    """Give a topic the parse hung on a clause with a が-subject after it back to the last clause that
    clause leads up to (タイ外務省は、カンボジアが地雷を敷設し兵士が負傷したとして、謝罪を要求したと明らか
    にした: the ministry demanded and said so; the soldier was hurt): a は-phrase before another
    clause's が-phrase is the topic of the sentence's main predicate, not of the clause inside it."""
    out = list(clauses)
    for k, c in enumerate(out):
        subjects = [a for a in c.args("subject") if a.marker.startswith("が")]
        # ロシア外務省はアサド大統領は…交渉した結果、辞任を決断し…と発表した: the first of two topics
        # is the reporter's, the second that of the clauses in between
        # (not 拿捕は「容認できない」と非難し: what a clause says has a topic of its own)
        subjects += [
            a
            for j in _leading_into(k, out)
            if not any(x.kind == "report" and x.other == k for x in out[j].links)
            for a in out[j].args("topic")
        ]
        subjects.sort(key=lambda a: a.span.start)
        topics = [a for a in c.args("topic") if subjects and a.span.end <= subjects[0].span.start]
        if not topics:
            continue
        top, seen = k, {k}
        while up := [
            x.other
            for x in out[top].links
            if x.kind in ("subordination", "coordination", "report", "complement")
            and x.other > top
            and x.other not in seen
        ]:
            top = up[0]
            seen.add(top)
            # 輸送船が放水銃を発射され、活動が妨害されたとして…抗議した: a subject of what is reported
            # (…と, …として) is that report's own; the topic goes on up to who reports it
            telling = any(x.kind == "report" and x.other > top for x in out[top].links)
            if out[top].args("topic") or (out[top].args("subject") and not telling):
                break
        if top == k or out[top].args("topic", "subject"):
            continue
        _move(out, topics, k, top)
    return out


def _leading_into(k: int, clauses: list[Clause]) -> list[int]:
    """The clauses before clause `k` whose links lead up to it, directly or through others."""
    into, grown = {k}, True
    while grown:
        grown = False
        for j, c in enumerate(clauses[:k]):
            if j not in into and any(x.other in into for x in c.links):
                into.add(j)
                grown = True
    return sorted(into - {k})


def _subjects_up(clauses: list[Clause]) -> list[Clause]:
    """Give the earlier of two が-subjects the parse hung on one reported clause back to the verb
    that reports it, when that verb names no subject (トランプ大統領が、イスラエルとハマスが…合意した
    と表明した: Trump announced, the two agreed): a clause has one が-subject, and the first is the
    subject of the predicate its clause leads up to."""
    out = list(clauses)
    for k, c in enumerate(out):
        subjects = [a for a in c.args("subject") if a.marker.startswith("が")]
        up = [x.other for x in c.links if x.kind == "report" and 0 <= x.other < len(out)]
        if len(subjects) < 2 or not up or out[up[0]].args("subject", "topic"):
            continue
        _move(out, subjects[:-1], k, up[0])
    return out


def _hand_down(out: list[Clause], k: int, subject: Argument, kind: LinkKind, before: int) -> None:
    """Move `subject` from clause `k` to the clause linked to `k` by `kind` whose predicate stands
    between the subject and `before` and that names no subject or topic of its own, if one does."""
    inner = next(
        (
            j
            for j, x in enumerate(out)
            if any(link.other == k and link.kind == kind for link in x.links)
            and subject.span.end <= x.predicate.start
            and x.predicate.end <= before
            and not x.args("subject", "topic")
        ),
        None,
    )
    if inner is not None:
        _move(out, [subject], k, inner)


def _move(out: list[Clause], moved: list[Argument], k: int, to: int) -> None:
    """Move the arguments `moved` from clause `k` to clause `to`, keeping each clause's arguments in
    text order."""
    x = out[to]
    out[to] = dataclasses.replace(
        x, arguments=tuple(sorted((*moved, *x.arguments), key=lambda a: a.span.start))
    )
    out[k] = dataclasses.replace(out[k], arguments=tuple(a for a in out[k].arguments if a not in moved))


def _topic_after_subject(c: Clause, clauses: list[Clause]) -> Clause:
    """`c` without a が-subject the parse hung on it from before its topic, across the predicate of
    another clause (トランプ大統領が、…と主張したことを受け、イランは…警告した: Trump claimed, Iran
    warned): a が-phrase is the subject of a predicate before the topic, not of the topic's own."""
    topics = c.args("topic")
    if not topics:
        return c
    start = topics[0].span.start
    stray = [
        a
        for a in c.args("subject")
        if a.marker.startswith("が")
        and a.span.end <= start
        and any(a.span.end <= x.predicate.start and x.predicate.end <= start for x in clauses if x is not c)
    ]
    if not stray:
        return c
    return dataclasses.replace(c, arguments=tuple(a for a in c.arguments if a not in stray))


def _out_of_quotes(clauses: list[Clause], text: str, offset: int) -> list[Clause]:
    """Give the words before a quotation back to the clause that reports it: the parse hangs a topic,
    a time or a place written before 「 on the quoted predicate (岸田首相は22日、…「断じて受け入れられ
    ない」と述べ: the topic and the day are the speaker's, not the quote's), where they belong to the
    first predicate after the quotation (述べ), whose subject the clauses coordinated with it share."""
    out = list(clauses)
    for q_start, q_end in quotations(text):
        lo, hi = offset + q_start, offset + q_end
        inside = [k for k, c in enumerate(out) if lo <= c.predicate.start < hi]
        after = next((k for k, c in enumerate(out) if c.predicate.start >= hi), None)
        if not inside or after is None:
            continue
        for k in inside:
            c = out[k]
            moved = [a for a in c.arguments if a.span.end <= lo]
            times = [x for x in c.times if x.end <= lo]
            places = [x for x in c.places if x.end <= lo]
            if not (moved or times or places):
                continue
            out[k] = dataclasses.replace(
                c,
                arguments=tuple(a for a in c.arguments if a not in moved),
                times=tuple(x for x in c.times if x not in times),
                places=tuple(x for x in c.places if x not in places),
            )
            r = out[after]
            out[after] = dataclasses.replace(
                r,
                arguments=tuple(sorted((*moved, *r.arguments), key=lambda a: a.span.start)),
                times=tuple(sorted((*times, *r.times), key=lambda x: x.start)),
                places=tuple(sorted((*places, *r.places), key=lambda x: x.start)),
            )
    return out


class _Bunsetsu:
    """The bunsetsu of a parsed text, indexed once: which bunsetsu a token is in and its tokens, so
    that reading every clause takes time linear in the text's length."""

    def __init__(self, doc: Doc, heads: list[int]) -> None:
        import ginza

        head_set = set(heads)
        # token index → the index of its bunsetsu's head token
        self.head_of: dict[int, int] = {}
        for span in ginza.bunsetu_spans(doc):
            h = next((t.i for t in span if t.i in head_set), span.root.i)
            for t in span:
                self.head_of[t.i] = h
        # bunsetsu head (None: tokens outside every bunsetsu) → its tokens, in text order
        self.members: dict[int | None, list[Token]] = {}
        for t in doc:
            self.members.setdefault(self.head_of.get(t.i), []).append(t)

    def same(self, a: Token, b: Token) -> bool:
        """Whether `a` and `b` are in the same bunsetsu."""
        return self.head_of.get(a.i) == self.head_of.get(b.i)

    def tokens(self, t: Token) -> list[Token]:
        """The tokens of the bunsetsu `t` is in."""
        return self.members.get(self.head_of.get(t.i), [])


# Verbs whose て-form says how another verb's act is done (相次いで抗議, 揃って非難, こぞって反対):
# an adverb, not a clause; what hangs on it is the next verb's.
ADVERBIAL_VERBS = frozenset({"次ぐ", "相次ぐ", "揃う", "そろう", "こぞる"})


def _adverbial(t: Token) -> bool:
    return (
        t.pos_ == "VERB"
        and t.lemma_ in ADVERBIAL_VERBS
        and t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lemma_ in ("て", "で") for c in t.children)
    )


def _modal_be(t: Token) -> bool:
    """Whether `t` is the ある (or ない) of a modal noun that is its subject (対話する用意がある)."""
    return t.lemma_ in _BE and any(c.dep_ == "nsubj" and c.lemma_ in MODAL_HEADS for c in t.children)


def _children(p: Token) -> list[Token]:
    """A predicate's dependents, with those of an adverbial verb on it (フィリピンなどが相次いで抗議)."""
    out: list[Token] = []
    for c in p.children:
        if _adverbial(c):
            out.extend(g for g in c.children if g.dep_ not in ("mark", "compound"))
        elif _modal_be(c):
            # イランは、米国と対話する用意があると述べた: the topic of ある is the speaker's
            out.extend(g for g in c.children if g.dep_ not in ("mark", "case", "aux", "nsubj", "punct"))
        else:
            out.append(c)
        # 公船2隻が8日午後4時50分ごろ、…接近し: the parse may hang the subject on the time phrase
        out.extend(g for g in c.children if _hung_on_time(g))
        if p.lemma_ in LIGHT and c.dep_ == "obj":
            # 3か国の外相と電話会談を行った: the parse hangs whom the carried act is with on the act
            out.extend(g for g in c.children if g.i < c.i and _with(g))
        if c.dep_ == "obj":
            out.extend(_aimed_through_adjective(c))
    return sorted(out, key=lambda t: t.i)


def _aimed_through_adjective(c: Token) -> list[Token]:
    """The に-phrases the parse hangs on an adjective before object `c` (日本側の言動に|強い|不満を
    表明する, 米国に深い懸念を示した): whom the feeling is shown to, the verb's, not the adjective's."""
    return [
        g
        for a in c.children
        if a.dep_ == "acl" and a.pos_ == "ADJ" and a.i < c.i
        for g in a.children
        if g.dep_ == "obl" and g.i < a.i and _marker_of(g).startswith("に")
    ]


def _marker_of(t: Token) -> str:
    """The particles right after `t` (に, に対して)."""
    return "".join(x.text for x in t.children if x.dep_ in ("case", "fixed") and x.i > t.i)


def _in_case(p: Token) -> bool:
    """Whether predicate `p` is, alone or coordinated with the next, a clause on 場合 (イランが報復に
    乗り出し、米国人に被害が出た場合): a condition."""
    seen = 0
    while p.dep_ in ("advcl", "conj") and p.head.i > p.i and seen < 3:
        p, seen = p.head, seen + 1
    return p.dep_ == "acl" and p.head.lemma_ == "場合"


def _hung_on_time(t: Token) -> bool:
    """Whether subject `t` hangs on a time phrase before its verb (公船2隻が8日午後4時50分ごろ、接近し):
    a slip of the parse; the subject is the verb's."""
    return t.dep_ == "nsubj" and t.i < t.head.i and t.head.dep_ == "obl" and t.head.tag_.endswith("副詞可能")


def _with(t: Token) -> bool:
    """Whether `t` is a modifier marked with と (外相と会談): a partner, not a listed name."""
    return t.dep_ == "nmod" and [k.text for k in t.children if k.dep_ == "case"] == ["と"]


def _is_predicate(t: Token) -> bool:
    if _adverbial(t):
        return False
    if _quoted_judgement(t):
        return True  # 中国は違法だと非難した: what is said of a subject, quoted with と
    if t.pos_ == "ADJ" and t.dep_ not in ("ROOT", "conj"):
        return False  # 強く, 快く: adverbial
    if t.pos_ in ("VERB", "ADJ"):
        if _modal_be(t):
            return False  # 仲介する用意がある: the modality of the clause before, no clause of its own
        plans = t.lemma_ in PLANNING and t.pos_ == "VERB"
        if plans and any(c.dep_ == "obj" and _carried_noun(c) for c in t.children):
            return True  # 演習を計画していると公表: the plan carries the act
        return not (t.dep_ == "fixed" or (t.lemma_ in MODAL_HEADS and t.dep_ not in ("ROOT",)))
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "ROOT":
        return True  # headline nominal: ロシア、ウクライナに侵攻
    if _suspended(t):
        return True  # 市民5人が死亡、10人が負傷した: a casualty noun ends its clause at the comma
    return (
        t.pos_ == "NOUN" and any(c.dep_ in ("aux", "cop") for c in t.children) and t.tag_.endswith("サ変可能")
    )


# Verbs that condemn what a quotation says of someone (「米国の行為は犯罪だ」と批判した).
_CONDEMNING = frozenset({"批判", "非難", "抗議", "反発", "糾弾", "断じる", "酷評"})


def _quoted_judgement(t: Token) -> bool:
    """Whether `t` is an adjective said of a subject of its own with a copula and quoted with と
    (中国の措置は違法だと, 日本は無責任だとして): a clause, whose subject is what is judged. A noun
    said of a subject (撤退が停戦の条件だと) names a thing, not a judgement of someone, unless a verb
    of condemning takes it up (「米国の行為は犯罪だ」と批判した) and its subject is no act named as a
    noun (「会談直後のミサイル発射は挑発行為だ」: who is judged is who launched, not who met)."""
    children = list(t.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    condemned = (
        t.pos_ == "NOUN" and t.head.lemma_ in _CONDEMNING and not any("サ変" in c.tag_ for c in subjects)
    )
    return (
        (t.pos_ == "ADJ" or condemned)
        and any(c.dep_ in ("cop", "aux") for c in children)
        and any(c.dep_ in ("case", "mark") and c.text == "と" for c in children)
        and bool(subjects)
    )


def _suspended(t: Token) -> bool:
    """Whether `t` is a casualty noun that ends a clause at a comma with no する (the written form
    of 連用中止: 5人が死亡、10人が負傷した): it has a subject of its own, whom the attack named
    before it harmed."""
    return (
        t.pos_ == "NOUN"
        and t.lemma_ in CASUALTIES
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].text == "、"
        and any(c.dep_ == "nsubj" for c in t.children)
    )


def _span(tokens: list[Token], offset: int) -> Span:
    return Span(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text))


def _marker(tokens: list[Token], head: Token) -> str:
    """The particles after the head word of a bunsetsu (が, を, に対して, によって)."""
    return "".join(t.text for t in tokens if t.i > head.i and t.pos_ in ("ADP", "SCONJ", "VERB", "AUX"))


def _clause(
    doc: Doc,
    p: Token,
    bunsetsu: _Bunsetsu,
    index: dict[int, int],
    offset: int,
    strays: tuple[Token, ...] = (),
) -> Clause:
    own = bunsetsu.tokens(p)
    content = [t for t in own if t.i <= p.i]
    chain = [t.lemma_ for t in own if t.i > p.i and t.pos_ != "PUNCT"]
    if any(t.text in _IF and t.lemma_ in ("だ", "た") for t in own if t.i > p.i) or _in_case(p):
        # 強行するなら, 攻撃したら, 報復攻撃に乗り出し、被害が出た場合: a condition, as 攻撃すれば
        chain.append("ば")
    lemma, light = p.lemma_, None
    carried_object = False  # the noun the light verb carries is its object, not a dative
    received = False  # the light verb receives the act it carries (攻撃を受ける)
    done = False  # the light verb is a passive whose subject is the act it carries (謝意が示された)
    args: list[Argument] = []
    times: list[Span] = []
    places: list[Span] = []
    quantities: list[Span] = []
    # 砲撃にさらされた: the passive of a verb receiving an act is no passive of that act
    passive = any(t.lemma_ in ("れる", "られる") for t in own if t.i > p.i) and p.lemma_ not in RECEIVING_AT
    causative = any(t.lemma_ in ("せる", "させる") for t in own if t.i > p.i)
    judgement = _quoted_judgement(p)  # 中国の措置は違法だと: its subject is what is judged
    for c in sorted((*_children(p), *strays), key=lambda t: t.i):
        if c.i in index or bunsetsu.same(c, p) or c.dep_ in ("punct", "aux", "mark", "case", "cop", "fixed"):
            continue
        tokens = bunsetsu.tokens(c)
        marker = _marker(tokens, c)
        # 日本と北朝鮮が: the coordinated names before the head belong to the argument
        first = min(
            [
                tokens[0].i,
                *(
                    x.i
                    for x in c.subtree
                    if (x.dep_ == "conj" or x.head.dep_ == "conj" or _listed(x)) and _in_phrase(x, c, index)
                ),
            ]
        )
        span = _span([doc[first], tokens[-1]], offset)
        word = [t for t in tokens if t.i <= c.i]
        if _is_time(word):
            times.append(_span(word, offset))
            continue
        # 14人に, 3隻が: a quantity; 元議員ら14人に: people the noun before the number names, an argument
        counted = [t for t in word if t.pos_ == "NUM"]
        named = counted and any(t.pos_ in ("NOUN", "PROPN") and t.i < counted[0].i for t in word)
        if c.pos_ == "NUM" or (counted and not named and c.dep_ in ("obl", "nummod")):
            quantities.append(_span(word, offset))
            continue
        relation = _relation(
            marker, c, passive and p.lemma_ not in _SENDING | _FIRING, asking=p.lemma_ in _ASKING
        )
        if relation is None:
            continue
        if marker.startswith(_PLACE_PARTICLES) and c.ent_type_ in (
            "Country",
            "City",
            "Province",
            "GPE",
            "LOC",
        ):
            places.append(_span(word, offset))
        if (
            passive
            and p.lemma_ in _FIRING
            and relation in ("subject", "topic")
            and _PROJECTILE.search("".join(t.text for t in word))
        ):
            # ロシアのミサイル45発が撃ち込まれた: what is fired is no one hit; its owner fires it
            relation = "agent"
            span = _span([doc[min(first, _owner_start(c, bunsetsu))], tokens[-1]], offset)
        judged = judgement and relation in ("subject", "topic")
        partner = relation == "oblique" and _with(c)
        acted_on = relation in ("object", "dative") or (passive and relation in ("subject", "topic"))
        if acted_on or judged or partner:
            # 中国の措置は違法だと: the owner of what is judged is judged
            # ウクライナ東部の都市がロシア軍に占領された: the owner of what is acted on is acted on
            # フィリピン軍の輸送船や巡視船が: the owner of a name listed before the head owns it too
            owned = [_owner_start(x, bunsetsu) for x in _listed_items(c)]
            if c.lemma_ in _AIMED_AT:
                # ベネズエラ当局者15人を対象に制裁を科した: what 対象 takes is what the act falls on
                owned += [_owner_start(x, bunsetsu) for x in c.children if x.i < c.i and x.dep_ == "obj"]
            span = _span([doc[min(first, _owner_start(c, bunsetsu), *owned)], tokens[-1]], offset)
        elif (
            relation in ("subject", "topic")
            or ((passive or p.lemma_ in RECEIVING) and marker.startswith("から"))
        ) and _unnamed_doer(c, word):
            # 中国海警局の船が侵入した: the owner of who acts, written right before, acts
            span = _span([doc[min(first, _owner_start(c, bunsetsu, deep=False))], tokens[-1]], offset)
        surface = "".join(t.text for t in word)
        titled = relation in ("subject", "topic") and _TITLE_END.search(surface)
        if titled and (run := _name_run(doc, span.start - offset)) is not None:
            # 金与正党|副部長が: the parse cut the name off the title it is written with
            span = _span([doc[run], tokens[-1]], offset)
        elif (glued := _glued_before(doc, span.start - offset, p)) is not None:
            span = _span([doc[glued], tokens[-1]], offset)  # 日|米豪3か国の外相が: one name, split
        args.append(Argument(relation, span, _span(word, offset), marker, surface))
        # the object is what a light verb carries, a dative only when it has none (輸入品に関税を課す)
        first_carried = light is None or (relation == "object" and not carried_object)
        carrier = (
            p.lemma_ in LIGHT
            or (relation == "object" and (p.lemma_ in PLANNING or (p.lemma_ in RECEIVING and _fresh_act(c))))
            or (relation == "dative" and p.lemma_ in RECEIVING_AT and _fresh_act(c))
        )
        subject_carried = passive and relation == "subject" and p.lemma_ in LIGHT and light is None
        if (
            carrier
            # 制裁に踏み切る carries the sanction; 制裁措置に対して通告 tells whom, not what
            and (
                relation == "object"
                or (relation == "dative" and marker in _CARRIED_DATIVE)
                or subject_carried
            )
            and _carried_noun(c)
            and first_carried
        ):
            lemma, light = "".join(t.lemma_ for t in word if t.pos_ in ("NOUN", "VERB", "ADJ")), p.lemma_
            carried_object = relation == "object"
            done = done or subject_carried
            if p.lemma_ in DECIDING or p.lemma_ in PLANNING:
                chain.append(p.lemma_)
            if p.lemma_ in RECEIVING and not passive:
                # イスラエルの空爆を受け: the act received is done to the subject, by its owner
                received = True
                if (owner := _doer(c, bunsetsu)) is not None:
                    doer = _span(owner, offset)
                    text = "".join(t.text for t in owner)
                    args.append(Argument("agent", doer, doer, "の", text))
    if not (received and p.dep_ == "advcl"):
        # 攻撃を受けて…を決定した: a clause received as a cause is no complement of the verb after it
        chain.extend(_modal_chain(p, bunsetsu))
    if done:
        # ゼレンスキー大統領から謝意が示された, 北朝鮮に制裁が科された: the act is done by whom から or
        # によって names, to whom に names, as in the active with the act as its object
        passive = False
        args = [_undone_passive(a) for a in args]
    args = _counted_with_examples(args)
    chain = _must(chain)
    negated = any(x in ("ない", "ぬ", "ず") for x in chain)
    if passive and negated and _potential(args):
        # 要求を受け入れられない, 提案には応じられない: cannot do, not done to
        passive = False
        args = [dataclasses.replace(a, relation="dative") if _by_ni(a) else a for a in args]
    tense: Literal["past", "nonpast"] = "past" if "た" in chain else "nonpast"
    return Clause(
        predicate=_span(content, offset),
        lemma=lemma,
        language="ja",
        light=light,
        voice="causative" if causative else "passive" if passive or received else "active",
        negated=negated,
        tense=tense,
        chain=tuple(chain),
        arguments=tuple(args),
        links=tuple(_links(p, bunsetsu, index, offset)),
        times=tuple(times),
        places=tuple(places),
        quantities=tuple(quantities),
    )


# A count of countries or people heading a subject (5か国が, 数カ国が, 3人が).
_COUNTED = re.compile(r"(?:\d+|[数一二三四五六七八九十]+)(?:か国|カ国|ヶ国|ケ国|国|人)$")


def _counted_with_examples(args: list[Argument]) -> list[Argument]:
    """`args` with an example given with など before a counted subject read as part of it (フランス
    など新たに5か国が…宣言した: France is one of the five who declare), not as an oblique."""
    out = list(args)
    for b in args:
        if b.relation != "subject" or not _COUNTED.search(b.text):
            continue
        a = next(
            (
                x
                for x in reversed(out)
                if x.span.end <= b.span.start and x.relation == "oblique" and x.marker == "など"
            ),
            None,
        )
        if a is None:
            continue
        between = [x for x in out if a.span.end <= x.span.start and x.span.end <= b.span.start]
        if len(between) > 1:
            continue  # (新たに: an adverb the parse reads as a dative may stand between)
        merged = dataclasses.replace(b, span=Span(a.span.start, b.span.end))
        out = [merged if x is b else x for x in out if x is not a and x not in between]
    return out


def _must(chain: list[str]) -> list[str]:
    """`chain` without a double negative of obligation (取らざるを得ない, 認めざるを得なかった: must
    take), which negates nothing."""
    for k in range(len(chain) - 3):
        if chain[k] in ("ぬ", "ず") and chain[k + 1 : k + 3] == ["を", "得る"] and chain[k + 3] == "ない":
            return [*chain[:k], *chain[k + 4 :]]
    return chain


def _in_phrase(x: Token, c: Token, index: dict[int, int]) -> bool:
    """Whether `x` belongs to the phrase headed by `c` itself, not to a clause that modifies it
    (中国と領有権を争う南シナ海の南沙諸島、…の海域で…向かった輸送船が: the islands listed inside the
    relative clauses are no part of the ship's name)."""
    t = x
    while t.i != c.i and t.head.i != t.i:
        if t.i in index or t.dep_ in ("acl", "advcl"):
            return False
        t = t.head
    return True


def _token_at(doc: Doc, start: int) -> int | None:
    """The index of the word that begins at character `start`, if one does."""
    return next((t.i for t in doc if t.idx == start), None)


def _glued_before(doc: Doc, start: int, p: Token) -> int | None:
    """The index of a noun the parse split off right before an argument starting at character
    `start` and hung on the predicate with no particle (日 of 日米豪3か国の外相が): it opens that
    argument's name, so the argument starts there; else None."""
    k = _token_at(doc, start)
    if k is None or k == 0:
        return None
    prev = doc[k - 1]
    glued = prev.idx + len(prev.text) == start and prev.pos_ in ("NOUN", "PROPN")
    return prev.i if glued and prev.head.i == p.i and prev.dep_ in ("obl", "nmod", "compound") else None


# The ends of the titles a name is written before (副部長, 大統領, 報道官).
_TITLE_END = re.compile(r"(?:長|長官|官|相|大統領|首相|主席|書記|委員|大使|議員|代表|総裁|部長)$")


def _name_run(doc: Doc, start: int) -> int | None:
    """The index of the first word of a run of proper nouns and nouns written right before the
    argument starting at character `start`, with no particle, space or mark between (金与正党|副部長,
    キム・ヨジョン朝鮮労働党|第1副部長): the name the title after it belongs to; None when the
    word before is no proper noun."""
    k = _token_at(doc, start)
    if k is None or k == 0:
        return None
    if doc[k - 1].text in (")", "）"):
        # 洪磊(こう・らい)|報道官: a reading in brackets between the name and its title
        opening = next((i for i in range(k - 2, max(k - 14, -1), -1) if doc[i].text in ("(", "（")), None)
        if opening is None or opening == 0:
            return None
        k = opening
    j = k
    while j > 0 and k - j < 6:
        prev = doc[j - 1]
        if prev.idx + len(prev.text) != doc[j].idx or prev.pos_ not in ("PROPN", "NOUN", "NUM"):
            break
        j -= 1
    run = doc[j:k]
    return j if j < k and any(t.pos_ == "PROPN" for t in run) else None


def _owner_start(c: Token, bunsetsu: _Bunsetsu, *, deep: bool = True) -> int:
    """Where the owners written before an argument with の begin (ウクライナ東部の都市が: ウクライナ);
    a relative clause does not belong. Not `deep`: the nearest owner only (米国の自動車会社の社長:
    the company, not the United States)."""
    start = bunsetsu.tokens(c)[0].i
    for x in c.children:
        # 中国の製油所など12の企業: what など lists is of the phrase as much as what の owns
        # 中国海警|局の船: the parse may hang の on a word of the owner's own bunsetsu
        marked = any(k.dep_ == "case" and k.text in ("の", "など") for k in x.children) or any(
            k.dep_ == "case" and k.text == "の" for k in bunsetsu.tokens(x)
        )
        if x.i < c.i and x.dep_ == "nmod" and marked:
            # ロシア軍の複数の無人機が: a count is no owner, the owner is the one before it
            inner = (
                deep or x.text in _COUNTS or any(t.tag_.startswith("名詞-数詞") for t in bunsetsu.tokens(x))
            )
            start = min(start, _owner_start(x, bunsetsu, deep=deep) if inner else bunsetsu.tokens(x)[0].i)
        elif deep and x.i < c.i and x.dep_ == "acl":
            # 日本側の誤った言動に: the subject of a relative clause written with の (が-の) is whose the
            # noun is
            start = min(
                [start]
                + [
                    bunsetsu.tokens(y)[0].i
                    for y in x.children
                    if y.i < x.i
                    and y.dep_ == "nmod"
                    and any(k.dep_ == "case" and k.text == "の" for k in y.children)
                ]
            )
    return start


# Words that count what they are written before with の (複数の無人機, 多数の艦艇).
_COUNTS = frozenset({"複数", "多数", "一部", "大半", "大量", "少数", "数十", "数百", "数千", "多く"})


def _fresh_act(c: Token) -> bool:
    """Whether the act noun `c` received (攻撃を受ける) is told here for the first time and names no
    one it is aimed at: not one told before (この攻撃を受けて), nor one aimed elsewhere (ウクライナへの
    侵攻を受けて), both a cause the clause after answers rather than a blow its subject takes."""
    for x in c.children:
        if x.i < c.i and (x.dep_ == "det" or x.lemma_ in _REFERRING):
            return False
        cases = [k.text for k in x.children if k.dep_ == "case"]
        if x.i < c.i and x.dep_ == "nmod" and cases and cases != ["の"]:
            return False
    return True


# Words that point back to an act already told (この攻撃, 同攻撃, 今回の攻撃).
_REFERRING = frozenset({"この", "その", "同", "今回", "こうした", "そうした"})


def _doer(c: Token, bunsetsu: _Bunsetsu) -> list[Token] | None:
    """The owner written with a bare の before the act noun `c` (イスラエルの空爆): who does it."""
    for x in c.children:
        cases = [k for k in x.children if k.dep_ == "case"]
        if x.i < c.i and x.dep_ == "nmod" and [k.text for k in cases] == ["の"]:
            return [t for t in bunsetsu.tokens(x) if t not in cases]
    return None


def _undone_passive(a: Argument) -> Argument:
    """An argument of a passive light verb whose subject is the act it carries, as the active's."""
    if a.relation == "subject":
        return dataclasses.replace(a, relation="object")
    if a.marker.startswith(("から", "によって", "により", "による")):
        return dataclasses.replace(a, relation="subject")
    if a.relation == "agent":
        return dataclasses.replace(a, relation="dative")  # 北朝鮮に制裁が科された: on whom
    return a


# Nouns of what an act is aimed at, which take it as their own object (Xを対象に, Xを標的に).
_AIMED_AT = frozenset({"対象", "標的"})


# Verbs of firing, whose object is what is fired (ミサイルを撃ち込む, 爆弾を投下する).
_FIRING = frozenset({"撃ち込む", "打ち込む", "発射", "投下", "撃つ", "放つ"})
# Things fired at a target (ミサイル, 砲弾, 無人機): the subject of a passive of firing is no patient.
_PROJECTILE = re.compile(
    r"(?:ミサイル|砲弾|ロケット弾|ロケット|無人機|ドローン|爆弾|弾)(?:\d+発|数十発|複数)?[がはも]?$"
)


def _unnamed_doer(c: Token, word: list[Token]) -> bool:
    """Whether a subject names who acts by a common noun (船4隻, 外相, 兵士), not by a name (プーチン
    大統領: its owner ロシア is no party of its own) nor by an act (ASEANの対応は: what is reacted to)."""
    return "サ変" not in c.tag_ and not any(t.pos_ == "PROPN" for t in word)


def _listed(x: Token) -> bool:
    """Whether `x` is a name listed before the argument's head with や or と (米国や日本などは, 米国と
    英国は): GiNZA hangs it on the head as a modifier, but it is a party of the argument as much as
    the head."""
    if x.dep_ != "nmod":
        return False
    cases = [c.text for c in x.children if c.dep_ == "case"]
    # 日本および米国は: the conjunction hangs on the head, right after the name
    joined = any(c.dep_ == "cc" and c.i == x.i + 1 for c in x.head.children)
    # 米国と英国は: GiNZA hangs a name joined by と on the next as a modifier (not ロシアとの国境)
    return joined or any(c in ("や", "やら") for c in cases) or cases == ["と"]


def _listed_items(c: Token) -> list[Token]:
    """The nouns listed before the head `c` of an argument (…の航空機や武器庫、防空施設、レーダーなどに:
    航空機, 庫, 施設). GiNZA hangs each on the next, so a list nests; a noun set off by a comma alone
    is listed only in a list closed by など."""
    closed = any(k.dep_ == "case" and k.text == "など" for k in c.children)
    out: list[Token] = []
    todo = [c]
    while todo:
        head = todo.pop()
        for x in head.children:
            comma = (
                closed
                and x.dep_ == "nmod"
                and not any(k.dep_ == "case" for k in x.children)
                and any(k.dep_ == "punct" and k.text in ("、", "・") and k.i == x.i + 1 for k in x.children)
            )
            if x.i < head.i and (_listed(x) or comma):
                out.append(x)
                todo.append(x)
    return out


def _by_ni(a: Argument) -> bool:
    return a.relation == "agent" and a.marker.startswith("に") and not a.marker.startswith("によ")


def _potential(args: list[Argument]) -> bool:
    """Whether a negated られる is potential rather than passive: it keeps an object (を) or a
    contrastive には, and has no agent of its own (によって)."""
    agent = any(a.relation == "agent" and a.marker.startswith("によ") for a in args)
    kept = any(a.relation == "object" or a.marker.startswith("には") for a in args)
    return kept and not agent


# The particles of a dative a light verb carries (制裁に踏み切る, 撤退に応じる), not of one it is about.
_CARRIED_DATIVE = frozenset({"に", "には", "にも"})


def _carried_noun(c: Token) -> bool:
    """Whether `c` is a noun a light verb can carry (支持を表明, 明らかにする), not a formal noun (こと)."""
    return c.pos_ in ("NOUN", "ADJ") and c.lemma_ not in ("こと", "の", "もの", "ため", "よう")


def _content(h: Token) -> str:
    """The lemma a predicate token stands for: the noun its light verb carries (明らかにする → 明らか)."""
    if h.lemma_ in LIGHT:
        for c in h.children:
            if c.dep_ in ("obj", "obl", "advcl", "iobj") and _carried_noun(c):
                return c.lemma_
    return h.lemma_


def _is_time(word: list[Token]) -> bool:
    if any(t.lemma_ in _TIME_WORDS for t in word):
        return True
    return any(t.pos_ == "NUM" for t in word) and word[-1].text.endswith(_COUNTERS)


def _relation(marker: str, c: Token, passive: bool, *, asking: bool = False) -> Relation | None:
    if marker.startswith("など") and len(marker) > 2:
        marker = marker[2:]  # 米国や日本などは: など closes a list, the case particle follows
    if c.text in ("とも", "共") and marker.startswith("に"):
        return "subject"  # 閣僚たちとともに訴えた: those acting with the subject, not a dative
    if marker.startswith(_ABOUT):
        return "oblique"  # ウクライナ情勢について: what is talked about, no dative
    if marker.startswith(_THROUGH):
        return "oblique"  # 大使館ルートを通じて抗議: the way, not whom
    if c.lemma_ in _ISSUES and marker.startswith(("を", "に")) and not (asking and marker.startswith("を")):
        return "oblique"  # 北朝鮮への対応を協議: the matter dealt with, no party
    for particle in sorted(RELATIONS, key=len, reverse=True):
        if marker.startswith(particle):
            rel = RELATIONS[particle]
            if rel == "dative" and passive and particle == "に":
                return "agent"
            return rel
    if marker.startswith("の") and c.dep_ == "nmod":
        return "adnominal"
    if marker:
        return "oblique"
    if c.dep_ in ("nsubj", "csubj"):
        return "subject"  # headline: ロシア、ウクライナに侵攻
    if c.dep_ == "obj":
        return "object"
    return None


def _modal_chain(p: Token, bunsetsu: _Bunsetsu) -> list[str]:
    """The modality a clause takes from the noun or verb it complements: 訪問する予定だ → 予定;
    攻撃したとみられる → みる, れる; 反対しない方針 → 方針."""
    out: list[str] = []
    h = p.head
    quoted = any(c.dep_ in ("mark", "case") and c.text == "と" for c in p.children) or any(
        t.text == "と" for t in p.rights if bunsetsu.same(t, p)
    )
    # 中国は演習を行い、日本政府は…抗議する方針だ: a clause with a subject of its own, joined to the
    # modal head by 、, is coordinated with the sentence's predicate, not its complement, and keeps
    # its own modality
    joined = (
        p.dep_ in ("advcl", "acl")
        and any(c.dep_ == "punct" and c.text in ("、", ",") for c in p.children)
        and any(
            c.dep_ in ("nsubj", "csubj") or any(x.dep_ == "case" and x.text == "が" for x in c.children)
            for c in _children(p)
        )
    )
    if (
        h.i != p.i
        and h.lemma_ in MODAL_HEADS
        and (p.dep_ in ("acl", "nmod", "ccomp", "advcl") or quoted)
        and not (joined and not quoted)
    ):
        out.append(h.lemma_)
        out.extend(c.lemma_ for c in h.children if c.dep_ in ("aux", "cop") and bunsetsu.same(c, h))
    return out


# Nouns that make what modifies them a time (〜の際に, 〜の時, 〜の後): no relative head.
TIME_NOUNS = frozenset(
    {"際", "時", "とき", "後", "前", "中", "間", "頃", "ころ", "最中", "直後", "直前"}
    | {"以降", "以来", "当時", "場合"}
)


def _links(p: Token, bunsetsu: _Bunsetsu, index: dict[int, int], offset: int) -> list[ClauseLink]:
    """This clause's link to the clause it depends on."""
    h = p.head
    while (
        h.i != h.head.i and h.i not in index and h.dep_ in ("fixed", "compound", "nmod", "obj", "obl", "acl")
    ):
        if h.lemma_ == "こと" or h.lemma_ in MODAL_HEADS:
            h = h.head  # 〜したことを非難: the clause is what the verb above it takes
            continue
        break
    if h.lemma_ in MODAL_HEADS and h.dep_ == "nsubj" and h.head.lemma_ in _BE and h.head.i not in index:
        h = h.head.head  # 仲介する用意があると表明: the clause the modality's ある hangs on
    if h.i == p.i:
        return []
    own = bunsetsu.tokens(p)
    # 抗議するとともに: と before とも or 共に joins, it quotes nothing
    quoted = any(
        t.text == "と" and t.i > p.i and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("とも", "共"))
        for t in own
    )
    kind: LinkKind | None = None
    if h.i in index:
        # 訪れるとしています, 撤退するとした: する after a quotation says it
        if (quoted or p.head.lemma_ == "こと") and (
            _content(h) in REPORTING or (quoted and h.lemma_ == "する")
        ):
            kind = "report"
        elif p.dep_ == "conj":
            kind = "coordination"
        elif p.dep_ == "advcl":
            last = own[-1]
            # 〜し、〜した (連用形 or て + 、) coordinates; 〜ため, 〜際, 〜後 subordinate
            kind = "coordination" if last.pos_ == "PUNCT" or last.text in ("て", "で") else "subordination"
        else:
            kind = "complement" if quoted else "subordination"
        return [ClauseLink(kind, index[h.i])]
    if p.dep_ == "acl" and h.lemma_ in _WHILE and (beside := index.get(h.head.i)) is not None:
        # 主張した一方、…示唆した; 解放する一方、…釈放する: a clause on 一方 is coordinated with the
        # clause 一方 hangs on, not a description of it
        return [ClauseLink("coordination", beside)]
    if p.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
        # 攻撃された<レバノンの村>では: the parse may hang the clause on a modifier of the noun the
        # clause above takes; climb to that noun
        for _ in range(3):
            up_noun = h.head
            nominal = up_noun.pos_ in ("NOUN", "PROPN")
            if up_noun.i in index or h.dep_ not in ("nmod", "compound") or not nominal:
                break
            if up_noun.lemma_ in TIME_NOUNS:
                break  # 勃発した朝鮮戦争の際には: a time, not a noun the clause above takes
            h = up_noun
        # 〜に対し、…が相次いで抗議; 公船が8日ごろ、…接近し: a subject hung on a time phrase is its verb's
        above = h.head.head if _adverbial(h.head) or _hung_on_time(h) else h.head
        up = index.get(above.i)
        if up is not None:
            return [ClauseLink("relative", up, _head_phrase(p, own, h, offset))]
    return []


def _head_phrase(p: Token, own: list[Token], h: Token, offset: int) -> Span:
    """The noun phrase a relative clause ending at `p` modifies, from just after the clause to its
    head noun `h` (占領された<ウクライナ南部の町>: the modifiers name whose town it is), else `h`."""
    doc = p.doc
    first = max(t.i for t in own) + 1
    between = doc[first : h.i + 1] if first <= h.i else doc[h.i : h.i + 1]
    if len(between) > 12 or any(t.pos_ in ("PUNCT", "VERB") for t in between[:-1]):
        between = doc[h.i : h.i + 1]
    start = between[0].idx
    return Span(offset + start, offset + h.idx + len(h.text))


def moved(clause: Clause, move: Callable[[Span], Span]) -> Clause:
    """`clause` with every span put where `move` puts it."""
    return dataclasses.replace(
        clause,
        predicate=move(clause.predicate),
        arguments=tuple(
            dataclasses.replace(a, span=move(a.span), head=move(a.head)) for a in clause.arguments
        ),
        links=tuple(dataclasses.replace(k, head=move(k.head)) if k.head else k for k in clause.links),
        times=tuple(map(move, clause.times)),
        places=tuple(map(move, clause.places)),
        quantities=tuple(map(move, clause.quantities)),
    )
