"""Roles in Japanese sentences: case marking decides who is source, target and place.

`japanese_roles` reads, for every trigger of a sentence, which actor arguments (`args.build_args`) fill
which role: が/は and headline subjects are sources, を/に/へ/と and 対X targets, で/にて places,
`X の trigger` and compounds by the trigger's frame, `Xから` and `X製` origins, and the noun a relative
clause ending in the trigger modifies (侵略を続ける<ロシア>) the missing subject. A topic (は) belongs to
the main predicate, the last of the sentence; a phrase set off by 、 reaches past relative clauses.
"""

from __future__ import annotations

import itertools
import re

from newsgraph.events.args import ADNOMINAL, Arg, build_args, describes, masked
from newsgraph.events.lexicon import TriggerMatch
from newsgraph.events.types import having
from newsgraph.events.types import types as type_table
from newsgraph.text import quotations

PLACE_TYPES = ("COUNTRY", "GPE", "LOC")
# Reactions to another act: their target can be the actor of the act the clause reports.
REACTIONS = having("reaction")
OWNER_TYPES = ("COUNTRY", "ORG", "PERSON", "MEDIA")
# Acts that send forces somewhere: their に is where to, even in a passive.
MOVES = having("moves")
# The words of a contrast that closes one clause and opens the next with its own topic (…主張したが、
# イランは…), before their comma.
CONTRAST_WORDS = r"が|けれども|けれど|けど|ものの|一方|のに"
_CONTRAST = re.compile(rf"(?:{CONTRAST_WORDS})、")
_PASSIVE = re.compile(r"^(?:さ|を受け|を受)")
# What follows a noun that an act is based on, follows or answers, not its agent (令状に基づき,
# 命令に従って, 要請に応じ, 発表によれば).
_BASED_ON = re.compile(r"(?:基づ|もとづ|従っ|従い|したが|沿っ|沿い|応じ|よれば)")
# A noun act received: X から批判を浴びる / 制裁を受ける / 非難を招く / 攻撃にさらされる.
_RECEIVED = re.compile(r"を(?:受け(?!入)|浴び|招い|招き|被っ|被り)|に(?:さらさ|晒さ|遭)")
# The object noun an owner's の reaches (ロシアの|侵略を強く|非難): a word with no names in it, its
# particle, and at most an adverb before the predicate.
_OWNED = re.compile(
    r"(?:[^、。\u3040-\u309fＸ]{1,8}の)?[^、。\u3040-\u309fＸ]{1,12}(?:など)?(?:を|に対して|に対し|への|に)"
    r"(?:強く|厳しく|改めて|激しく)?"
)

# What may stand between an agent with による and the noun act it does: words without kana
# (北朝鮮による弾道ミサイル発射).
# A noun of something owned, with its の, between an owner and the act that falls on it (水産物の).
_OWNED_THING = re.compile(r"(?:の?[^、。\u3040-\u309f]{1,10}){1,3}の")
_NOUN_GAP = re.compile(r"[^\u3040-\u309f、。]{0,12}")
# What may stand between による and the predicate it is the agent of: the noun phrase it modifies
# may hold adnominal particles (ハマスによるイスラエルへの奇襲攻撃), never a case particle that ends it.
# An adjective of size or manner may too (ロシア軍による大規模な攻撃, 中国による新たな制裁), and a
# relative clause before the noun phrase (イスラエル軍による…幹部を狙ったカタールでの空爆).
_BY_GAP = re.compile(
    r"(?:[^、。「」]{1,30}?[たる](?=[^\u3040-\u309f、。]))?"
    r"(?:[^\u3040-\u309f、。]|への|との|からの|での|に対する|の"
    r"|(?<=[\u4e00-\u9fff])な|新たな|さらなる|激しい|大きな){0,20}"
)
# A quotation of speech ends like a sentence (だ, ない, した, すべきだ。), not like a name or a slogan
# (「共に民主党」, 「尹錫悦退陣」), whose names stay the parties of the predicate around them.
_SPOKEN = re.compile(r"[だるたいすかよねうぬずし。！？!?][」』]$")

# A clause closed as a noun before the predicate (…が提案したことについて, …が発射したことに対し): a が
# before it is that clause's subject.
_NOMINALISED = re.compile(r"[たるいだ]こと(?:について|に対し|への|を|に|には|で|から|も|は)")

Roles = list[tuple[list[int], list[int], int | None]]


def japanese_roles(
    text: str, spans: list[tuple[int, int]], types: list[str], triggers: list[TriggerMatch]
) -> Roles:
    """(source indexes, target indexes, location index) per trigger, indexes into `spans`."""
    args = build_args(text, spans, triggers, types)
    plain = masked(text, spans)
    # Predicates of relative clauses (侵略を続けるロシア): a phrase set off by 、 reaches past them.
    relative = {id(t) for t in triggers if head(args, t, text) is not None}
    quotes = [q for q in quotations(text) if _SPOKEN.search(text, q[0], q[1])]
    # 中国の習近平国家主席との首脳会談: a country describing the name after it is no party of its own
    described = {id(a) for a, b in itertools.pairwise(args) if describes(a, b, types)}
    roles: Roles = []
    for t in triggers:
        # 報道官は「日本は…すべきだ」と述べ、日本を批判した: a name inside a quotation is no party of
        # a predicate outside it
        outside = [q for q in quotes if not q[0] <= t.start < q[1]]
        frame = t.trigger.frame
        # a trigger may end on the を of its object (空爆を): the verb after it is the one read
        at = t.end - 1 if text.endswith("を", t.start, t.end) else t.end
        if t.trigger.type != "MOBILIZE" and _RECEIVED.match(text, at):
            frame = "receive"  # 中国から批判を浴びた, 制裁を受けている: the topic is acted on
        after = text[t.end : t.end + 4]
        passive = frame != "receive" and bool(_PASSIVE.match(after)) and after.startswith(("され", "さ"))
        src: list[int] = []
        tgt: list[int] = []
        origin: list[int] = []
        fired_from: list[int] = []  # パキスタン側からの砲撃: X in `X からの` before the act
        topic: list[int] = []
        mutual: list[int] = []
        loc: int | None = None
        topics: list[Arg] = []
        for a in args:
            if id(a) in described or any(q0 <= a.start < q1 for q0, q1 in outside):
                continue
            role = _role(a, t, triggers, plain, types, frame, passive, relative)
            if role == "source" and a.marker in ("は", "も"):
                topics.append(a)
            if role == "source":
                src.extend(a.ids)
            elif role == "target":
                tgt.extend(a.ids)
            elif role == "origin":
                origin.extend(a.ids)
                fired_from.extend(a.ids if a.marker == "からの" else [])
            elif role == "topic":
                topic.extend(a.ids)
            elif role == "mutual":
                mutual.extend(a.ids)
            elif role == "location" and loc is None:
                loc = a.ids[0]
        # 北朝鮮が米韓合同演習に対して警告, 政府は北朝鮮による弾道ミサイル発射を受けて: the names glued
        # before a noun, or its agent with による, are its own parties; the subject is the verb's
        glued = [i for a in args if a.compound is t and a.prefix != "対" for i in a.ids]
        own = (glued if frame in ("symmetric", "transitive") else []) + [
            i
            for a in args
            if a.marker == "による" and a.end <= t.start and _BY_GAP.fullmatch(text, a.stop, t.start)
            for i in a.ids
        ]
        if own and src and set(src) - set(own):
            src = [i for i in src if i in own]
        for a, b in itertools.pairwise(topics):
            if _CONTRAST.search(plain, a.stop, b.start):
                # 米国は…と主張したが、イランは否定: the first topic's predicate ended at が、
                src = [i for i in src if i not in a.ids]
                if t.trigger.type in REACTIONS and not tgt and t.start > b.start:
                    # and what the second topic reacts to is what the first said: the US
                    tgt = [i for i in a.ids if i not in src]
        if frame == "symmetric":
            # 安倍首相と中国の李首相による会談: the names listed before による both hold the talks
            for a, b in itertools.pairwise([x for x in args if x.marker != "の"]):
                if (
                    a.marker == "と"
                    and b.marker == "による"
                    and _BY_LISTED.fullmatch(plain, a.stop, b.start)
                    and _NOUN_GAP.fullmatch(plain, b.stop, t.start)
                ):
                    mutual = [*a.ids, *b.ids]
                    src = [i for i in src if i not in mutual]
                    tgt = [i for i in tgt if i not in mutual]
        else:
            # 米国とイスラエルによるイラン攻撃: the names listed before による both do the act
            for a, b in itertools.pairwise([x for x in args if x.marker != "の"]):
                if (
                    a.marker == "と"
                    and b.marker == "による"
                    and _BY_LISTED.fullmatch(plain, a.stop, b.start)
                    and b.end <= t.start
                    and _BY_GAP.fullmatch(text, b.stop, t.start)
                    and set(b.ids) & set(src)
                ):
                    src = [*src, *(i for i in a.ids if i not in src)]
                    tgt = [i for i in tgt if i not in a.ids]
        if mutual and not src and not tgt:
            src, tgt = mutual, list(reversed(mutual))
        modified = head(args, t, text)
        if modified is not None:
            if frame == "receive" or passive:
                tgt = tgt or modified.ids
            else:
                src = src or modified.ids
        if origin:
            if frame == "give":
                # `Xから` / `X製`: the goods come from X; a carrier or buyer in が is the receiver.
                tgt = tgt or [i for i in src if i not in origin]
                src = origin
            elif t.trigger.type == "MOBILIZE":
                # 平壌付近から発射, 本国から派遣: where the forces or missiles leave from, not a target
                if not src and passive and types[origin[0]] == "COUNTRY":
                    # 北朝鮮から弾道ミサイルが発射された: the country they leave, where the passive names
                    # no one else, sends them
                    src = origin[:1]
                elif loc is None and types[origin[0]] in PLACE_TYPES:
                    loc = origin[0]
            elif frame == "transitive":
                tgt = tgt or origin  # withdraw from X, expel from X
            elif frame == "attack" and fired_from:
                # 報道官はパキスタン側からの砲撃により…死亡したと: fire from X is X's, whoever tells of it
                src, tgt = fired_from, [i for i in tgt if i not in fired_from]
            else:
                src = src or origin
        if t.trigger.mode == "allege":
            # 米軍機が経済水域を侵犯したと主張: the subject of what is claimed is the one accused;
            # the speaker is the topic, or the subject carried from the clause before
            said = {i for a in topics for i in a.ids}
            tgt = [*tgt, *(i for i in src if i not in tgt and i not in said)]
            src = [i for i in src if i in said]
        if not src and topic:
            src = topic
        # The が-subjects after a speaking topic and before a reaction: what the topic reports on.
        reported = (
            [a for a in args if a.marker == "が" and topics[-1].end <= a.start and a.end <= t.start]
            if t.trigger.type in REACTIONS and topics
            else []
        )
        # ロシア外務省は、日本が…をとり、…と非難した: what a topic says about a が-subject
        # (reported in a と clause) targets that subject, not the objects inside the report
        told = [i for a in reported if "と" in plain[a.stop : t.start] for i in a.ids]
        if told and [i for i in src if i not in told]:
            src = [i for i in src if i not in told]
            tgt = told
        if not tgt and t.trigger.type in REACTIONS:
            # 日米が「…」と述べ、不満を表明した: the subject of the reported clause is the target.
            # 英国によるタンカー拿捕を非難: the agent of the act named is the target, not the speaker.
            by = ("による", "によって")
            agents = [i for a in args if a.marker in by and a.end <= t.start for i in a.ids]
            src = [i for i in src if i not in agents] or src
            # 中国の報道官は、日米が「…」と非難した: with a topic speaking, a が after it is the
            # subject of what is reported, so the target
            src = [i for i in src if not any(i in a.ids for a in reported)] or src
            tgt = [i for a in args if a.marker == "が" and a.end <= t.start for i in a.ids if i not in src]
            tgt = tgt or [i for i in agents if i not in src]
            # 日本の制裁を非難, ロシアの侵略に抗議: the owner of the act reacted to
            tgt = tgt or [i for i in _owners(args, t, plain, types) if i not in src]
        roles.append((src, tgt, loc))
    return roles


# Between two names listed before による: at most the second's owner (と中国の李首相による).
_BY_LISTED = re.compile(r"(?:Ｘ+の)?")
# What follows a mediation that something is done by way of (仲介で, 仲介による停戦案).
_BY_WAY = ("で", "による", "によって", "により", "の下", "のもと")
# AとBの間で / の間の / の間に: the parties on both sides of what happens between them.
_BETWEEN = re.compile(r"間(?:で|の|に)")

# A part of a named place, which is that place (ウクライナ東部への攻撃, 日本の領海に侵入).
_REGION = "北東部|北西部|南東部|南西部|[東西南北中]部|全土|国内|領内|各地|周辺|沖|近海|領空|領海|領土"
# A noun of a few kanji, then a name the act is aimed at (の首都Ｘへの, の同盟国Ｘに対する): the name
# before の owns what is hit.
_APPOSED = re.compile(r"[\u4e00-\u9fff]{1,6}Ｘ+(?:への|に対する|に対して)")
# A thing an act is done with, owned by the name before it (の<無人機による>攻撃, の<船による>放水).
_DONE_WITH = re.compile(r"[^、。\u3040-\u309f]{1,12}(?:による|によって|により|からの)[\u4e00-\u9fff]{0,4}")
# Adjectives of how strong an act is, between its owner and it (中国の激しい反発, 米国の強い懸念).
_INTENSITY = re.compile(r"激しい|強い|厳しい")

# Adjectives between a phrase and the noun it reaches (イランに対する<新たな>制裁, 北朝鮮への<大規模な>
# 支援, ロシアへの<さらなる>圧力): they end in kana but end no clause.
_ADJECTIVES = re.compile(
    r"[\u4e00-\u9fff]{1,4}的な|[\u4e00-\u9fff]{1,3}たな|[\u4e00-\u9fff]{1,4}な(?=[\u4e00-\u9fff])"
    r"|さらなる|厳しい|激しい|強い|新しい|大きな"
)


def _sent(t: TriggerMatch, frame: str) -> bool:
    """Whether `t` gives or sends (an AID, forces moved): told in the passive, what is sent is the
    sender's and に is where it goes (ロシアに派遣された北朝鮮兵, ウクライナに供与された戦車)."""
    return frame == "give" or t.trigger.type in MOVES


def _role(
    a: Arg,
    t: TriggerMatch,
    triggers: list[TriggerMatch],
    text: str,
    types: list[str],
    frame: str,
    passive: bool,
    relative: set[int],
) -> str | None:
    """The role of `a` for trigger `t`; `text` has mentions masked as Ｘ."""
    if a.inside is not None:
        return "target" if a.inside is t else None
    if a.compound is not None:
        if a.compound is not t:
            return None
        if a.prefix == "対":
            return "target"
        if t.trigger.mode == "mediate" and text.startswith(_BY_WAY, t.end):
            return "source"  # 米国仲介による停戦合意: as the mediation of カタールの仲介による
        return "target" if frame in ("visit", "attack", "give", "transitive", "receive") else "source"
    if a.end > t.start:
        return None
    comma = text.startswith("、", a.stop)
    m = a.marker
    # 石破首相と来日した韓国の大統領が会談: the visit's clause modifies the other party, whom the
    # と-phrase is listed with; it reaches past the visit to the two-party act
    listed = m == "と" and frame == "symmetric"
    nxt = next(
        (
            u
            for u in triggers
            if u.start >= a.end
            and not (comma and id(u) in relative)
            and not (listed and id(u) in relative and u.trigger.frame == "visit")
        ),
        None,
    )
    if m in ("は", "も"):
        # A topic belongs to the main predicate, the last of the sentence; predicates before it
        # (relative clauses, embedded reports) have their own subjects and fall back on it only
        # (岸田首相は、来日した韓国の尹大統領と会談: Kishida does not come to Japan).
        main = [u for u in triggers if u.start >= a.end and id(u) not in relative]
        # フーシ派は、…米軍の攻撃で…死亡したとしている: an attack named with its owner is the owner's
        possessed = text.endswith("Ｘの", 0, t.start) and frame == "attack"
        if main and main[-1] is t and not possessed:
            # 北朝鮮はロシアから支援を受けた: the topic of a receiving verb is its target; of a
            # passive of giving, the giver (北朝鮮はロシアに弾薬を供与されていない). A force told as the
            # topic of its own move (第1集団軍は東北へ動員され) stays what is moved: its state moves it.
            return "target" if (passive and frame != "give") or frame == "receive" else "source"
        return "topic"
    if m == "headline":
        return "source"
    if m in ("の", "との") and _BETWEEN.match(text, a.stop) and len(a.ids) > 1:
        # インドとパキスタン(と)の間で武力衝突: each side acts on the other
        return "mutual" if nxt is t and t.start - a.stop <= 16 else None
    if m == "との" and _BETWEEN.match(text, a.stop):
        # パキスタン政府は、タリバン暫定政権との間で停戦で合意: the other side of what is between them
        return "target" if nxt is t and t.start - a.stop <= 16 else None
    if m == "の":
        # 米国の台湾への武器売却: a phrase of another name reaching the same act does not cut it
        # 中国の激しい反発: an adjective of how strong the act is ends in kana but ends no clause
        gap = _INTENSITY.sub(
            "",
            re.sub(
                rf"Ｘ+(?:{_REGION})?(?:への|との|に対する|からの|での)?[、・]?", "", text[a.stop : t.start]
            ),
        )
        if nxt is not t:
            return None
        if _APPOSED.match(text, a.stop):
            # ウクライナの首都キーウへの攻撃: X owns the noun the act is aimed at, named after it
            return "target"
        if _DONE_WITH.fullmatch(gap) and (frame == "attack" or t.trigger.type in ("ASSAULT", "COERCE")):
            # ロシア軍の無人機による攻撃, 中国海警局の船による放水: X owns what the act is done with
            return "source"
        if re.search(r"[\u3040-\u309f、。]", gap.replace("対", "")) or len(gap) > 8:
            # `X の提案を拒否`: X owns the object of the predicate, so X is its target.
            # イランの核施設や軍拠点への攻撃: what X owns may be a list joined with や, summed up
            # after など (ロシアの金融機関など300以上の団体や個人に対する制裁), or people (政権の幹部らを)
            owned = re.match(
                r"[^、。\u3040-\u309f]{1,10}(?:ら|たち)?(?:や[^、。\u3040-\u309f]{1,10}){0,3}"
                r"(?:など(?:[^、。\u3040-\u309f]{1,8}の)?(?:[^、。\u3040-\u309f]{1,10}(?:や[^、。\u3040-\u309f]{1,10}){0,3})?)?"
                r"(?:を|に対して|に対し|への|に)",
                gap,
            )
            owner = types[a.ids[0]] in OWNER_TYPES  # 北京の大使館ルートを: a place owns no object
            # 北朝鮮の兵士の戦闘への参加について意見交換: what the owned noun leads to is talked about
            # (北朝鮮の非核化をめぐり: the を that ends the owned noun opens what it is about)
            about = (
                re.search(r"[、。]|について|に関し|をめぐ|を巡", gap[owned.end() - 1 :]) if owned else None
            )
            if owned and owner and not about:
                if _BASED_ON.match(gap, owned.end()):
                    return (
                        None  # ICCの令状に基づき逮捕された: whose warrant the act follows is no party to it
                    )
                agent = (passive or frame == "receive") and re.search(r"[^て対]に$", owned.group())
                if agent and t.trigger.type not in MOVES:
                    # 中国軍の戦闘機に撃墜された: the owner of the agent (に of a passive) acts
                    return "source"
                return "target"
            if (
                type_table()[t.trigger.type].outward
                and "輸出" not in t.surface
                and _OWNED_THING.fullmatch(gap)
            ):
                # 日本の水産物の輸入停止, ロシア政府関係者の資産凍結: X owns what the measure falls on
                # (goods exported are the exporter's own)
                return "target"
            return None
        of_role = t.trigger.of_role
        if t.trigger.type in ("REJECT", "REQUEST") and "を" in t.surface:
            # 日本側の抗議を受け入れない: X owns what is refused or asked for (folded into the
            # trigger), so X is the target
            return "target"
        if of_role == "target" and t.trigger.mode == "mediate" and text.startswith(_BY_WAY, t.end):
            # エジプトとカタールの仲介で、双方は…, カタールとエジプトの仲介による停戦案: what is
            # done by way of X's mediation is X's
            return "source"
        if of_role != "auto":
            return of_role
        if frame == "visit":
            # 韓国大統領の訪問: the head of the phrase (the last name) visits; ロシアの訪問 is a place
            return "target" if types[a.ids[-1]] in PLACE_TYPES else "source"
        return "source"  # ロシアの侵略を受ける, 英海兵隊の支援を受けて: the owner of what is received acts
    if m in ADNOMINAL:
        # ロシアへの武器・弾薬の運搬 reaches the trigger; 北朝鮮への対応で連携 stops at 対応で.
        gap = _ADJECTIVES.sub("", re.sub(r"Ｘ+", "", text[a.stop : t.start]))
        # 中国からの輸入品に対する関税: an adnominal particle between nouns keeps the phrase whole
        gap = re.sub(
            r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:に対する|への)(?=[\u4e00-\u9fff\u30a0-\u30ff]|$)", "", gap
        )
        if re.search(r"[、。]|[\u3040-\u309f](?<!の)", gap) or t.start - a.end > 20:
            return None
        if m in ("からの",):
            return "origin"
        if m in ("での", "における"):
            return "location"
        return "target"
    if nxt is not t:
        return None
    if a.prefix == "対":
        return "target"
    if m in ("が", "による", "によって"):
        if m == "が" and _NOMINALISED.search(text, a.stop, t.start):
            # 尹大統領が提案したことについて…非難: the subject of the act reacted to, not the speaker
            return "target" if t.trigger.type in REACTIONS else None
        if m == "が":
            # 北朝鮮兵がロシアに投入された: the forces sent are the sender's
            return "target" if (passive and not _sent(t, frame)) or frame == "receive" else "source"
        if m == "による" and not _BY_GAP.fullmatch(text, a.stop, t.start):
            # 英国によるタンカー拿捕は…と非難: による ends a phrase that modifies the noun after it,
            # so it names that act's agent, not the predicate's
            return None
        return "source"
    if m in ("を", "と", "とは", "に", "へ", "には", "まで", "に対して", "に対し"):
        if m in ("に", "には") and ((passive and not _sent(t, frame)) or frame == "receive"):
            return "source"  # (北朝鮮兵がクルスク州に投入された: where they are sent to)
        return "target"
    if m in ("から",):
        # 中国海警局の船から放水された: who acts on the subject of a passive, as に does
        return "source" if frame == "receive" or (passive and t.trigger.type not in MOVES) else "origin"
    if m == "origin":
        return "origin"
    if m in ("で", "にて", "では", "において", "near"):
        return "location"
    return None


def _owners(args: list[Arg], t: TriggerMatch, text: str, types: list[str]) -> list[int]:
    """The actors written as `X の` before the object of `t`, the noun its を/に/への marks with no
    other words between (ロシアの侵略を強く非難: Russia); `text` has mentions masked as Ｘ."""
    out: list[int] = []
    for a in args:
        if a.marker != "の" or a.end > t.start or types[a.ids[0]] not in OWNER_TYPES:
            continue
        if _OWNED.fullmatch(text, a.stop, t.start):
            out.extend(a.ids)
    return out


def head(args: list[Arg], t: TriggerMatch, text: str) -> Arg | None:
    """The noun a relative clause ending in the trigger modifies: 侵略を続ける<ロシア>."""
    for a in args:
        if a.start < t.end:
            continue
        gap = text[t.end : a.start]
        if len(gap) > 10 or re.search(r"[、。]", gap):
            return None
        last = (text[t.start : t.end] + gap)[-1:]
        if last not in "るたいだすうくぐむぶぬつ":
            return None
        if a.marker == "の":
            # 来日した韓国の<尹大統領>: the clause modifies the noun after the の.
            nxt = next((b for b in args if b.start >= a.stop), None)
            return nxt if nxt is not None and nxt.start - a.stop <= 1 else None
        return a
    return None


def heads(
    text: str, spans: list[tuple[int, int]], types: list[str], triggers: list[TriggerMatch]
) -> dict[int, int]:
    """Where the noun modified by each relative-clause trigger starts (its clause ends there)."""
    if text.isascii():
        return {}
    args = build_args(text, spans, triggers, types)
    out = {}
    for t in triggers:
        modified = head(args, t, text)
        if modified is not None:
            out[id(t)] = modified.start
    return out
