"""Case marking: which actor mention plays which role for which trigger.

Japanese marks roles with postpositions, and arguments precede their predicate. For every actor
mention in a sentence we read the marker after it (skipping a short noun tail such as 兵士 or 側, a
parenthesis, a closing quote), join coordinated mentions (日本と北朝鮮が, 北朝鮮、ベトナム訪問) into one
group, and attach each group to a trigger:

- が/は/も and headline subjects (`岸田首相、…`) → the subject; は also reaches later predicates;
- を/に/へ/と and adnominal への/との/に対する → the object, `対X` → target, `X製`/`Xから` → origin;
- で/にて → location; `X の trigger` and compounds (`ウクライナ侵攻`) → role by frame;
- a mention right after the trigger's clause (`侵略を続けるロシア`) → the head the clause modifies.

A dependency parse, where one is given, only confirms attachments; these rules work without it, so
the coder runs on sentences the model never saw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.events.lexicon import TriggerMatch

# Longest first: the first that matches at a position wins.
PARTICLES = (
    "によると",
    "によれば",
    "に対して",
    "に対する",
    "に対し",
    "による",
    "によって",
    "として",  # 「…」として: what someone is taken as, never a party
    # ウクライナ情勢について協議: what is talked about, never a party
    "について",
    "に関して",
    "に関する",
    "をめぐっては",
    "をめぐり",
    "をめぐる",
    "をめぐって",
    "を巡っては",
    "を巡り",
    "を巡る",
    "を巡って",
    # 米国に続き、カナダも…支持を表明: who did it before, never a party of this act
    "に続いて",
    "に続き",
    # WTOを通じて異議を申し立てる: the channel an act goes through, never a party
    "を通じて",
    "を通じ",
    "を通して",
    # ガザにおける停戦, 国連において: where, as での and で say
    "における",
    "において",
    "からの",
    "への",
    "および",
    "及び",
    "ならびに",
    "並びに",
    "との",
    "での",
    "には",
    "とは",
    "では",
    "にて",
    "から",
    "まで",
    "が",
    "は",
    "も",
    "を",
    "に",
    "へ",
    "と",
    "で",
    "の",
    "や",
    "・",
    "、",
)
_NOUN_TAIL = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々]{1,6}")
_OWNED_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々]{1,8}(は|が|との(?=間))")
# The first of two parties whose owned names no mention covers (イタリアのデ・ガスペリ首相と
# オーストリアの外相との間で): the owner stands for the first party.
_OWNED_FIRST = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々]{1,12}と")
_SECOND_PARTY = re.compile(r"[^、。と]{1,16}との間")
# A word no name covers, listed after a name as part of one subject (ゼレンスキー大統領や西側の首脳らは,
# 米国と同盟国が): the name shares the subject's particle.
# A name may own that word (や欧州の首脳らは): it stands as the owner, no name is the word itself.
_LISTED_SUBJECT = re.compile(
    r"(?:[\u4e00-\u9fff\u30a0-\u30ffー々]{1,6}の)?(?P<noun>[\u4e00-\u9fff\u30a0-\u30ffー々]{1,8})(?:ら|たち)?(は|が)"
)
# Nouns that make a name before them a time (小泉首相在任中, 李登輝政権時代, 冷戦当時): no party.
_TIME_OF = ("在任中", "在任時", "時代", "政権下", "当時", "政権期")
# Nouns that make a name before them and の a place near it (台湾周辺の演習, 北海道沖の上空): where,
# not whose. With に or で the particle decides as usual (国境付近に配備: toward that country).
NEAR = ("周辺", "付近", "近海", "沖", "上空", "周囲", "一帯", "沿岸", "近く")
# A place noun after X の that ends in で: X is where (ガザの最大都市で, 首都の中心部で).
_PLACE_OF = re.compile(r"(?!間)[\u4e00-\u9fff\u30a0-\u30ffー々]{1,8}(?:で(?!は?な|も|き)|にて)")
# A count after a people noun (日本人計6人を, 漁船員ら3人が), or after names of countries as their
# subject or agent (日米韓3か国による; 日中韓3か国を交えた会議 names who is brought in, not who acts).
_COUNT = re.compile(
    r"(?:計|約|ら|少なくとも)?[0-9０-９]+(?:(?:人|名)(?:以上)?|(?:か国|カ国|ヵ国|ヶ国)(?=による|が|は|も|と|の))"
)
_PAREN = re.compile(r"\s*[(（][^)）]{0,20}[)）]")
COORD = ("と", "や", "・", "、", "および", "及び", "ならびに", "並びに")
ACTORS = ("PERSON", "ORG", "MEDIA", "COUNTRY", "GPE")
SUBJECT = ("が", "は", "も", "headline")
ADNOMINAL = ("への", "との", "からの", "での", "における", "に対する")


@dataclass
class Arg:
    """An actor mention (or coordinated group) with its case marker, offsets relative to the sentence."""

    start: int
    end: int
    ids: list[int]  # indexes of the mentions in the group
    marker: str
    prefix: str = ""  # `対` before the mention
    inside: TriggerMatch | None = None  # the trigger this mention sits inside (訪朝 → 朝)
    compound: TriggerMatch | None = None  # the trigger glued after it (ウクライナ侵攻)
    stop: int = 0  # where the marker ends
    attached: list[int] = field(default_factory=list)


def read_marker(
    sentence: str, end: int, triggers: list[TriggerMatch], limit: int | None = None
) -> tuple[str, int, TriggerMatch | None]:
    """The case marker after a mention ending at `end`: (marker, position after it, glued trigger).

    `limit` is where the next mention starts: a noun tail never runs into it (日朝: 日 then 朝).
    """
    i = end
    m = _PAREN.match(sentence, i)
    if m:
        i = m.end()
    for t in triggers:
        if t.start == i:
            return "compound", i, t
    # Hashtags and scraped text leave spaces before particles (#北朝鮮 を訪問).
    while i < len(sentence) and sentence[i] in " 　" and (limit is None or i < limit):
        i += 1
    if sentence.startswith("製", i):
        return "origin", i + 1, None
    if limit is not None and i == limit:
        return "adjacent", i, None
    tail = _NOUN_TAIL.match(sentence, i, limit if limit is not None else len(sentence))
    if tail:
        # A tail that runs into a trigger is a compound (北朝鮮軍事支援); else it is a head noun (兵士, 側).
        for t in triggers:
            if i < t.start <= tail.end():
                return "compound", t.start, t
        if tail.group().endswith(_TIME_OF):
            return "time", tail.end(), None  # 小泉純一郎首相在任中は: when, not who
        if tail.group().endswith(NEAR) and sentence.startswith("の", tail.end()):
            return "near", tail.end() + 1, None  # 台湾周辺の演習: where, not whose
        i = tail.end()
    if count := _COUNT.match(sentence, i, limit if limit is not None else len(sentence)):
        i = count.end()  # 日本人計6人を, 中国人2人が, 日米韓3か国による: how many, then the particle
    if i < len(sentence) and sentence[i] in "」』":
        i += 1
    for plural in ("ら", "たち"):
        # ゼレンスキー大統領らと, 特使らが: those with the name share its particle
        if sentence.startswith(plural, i) and any(sentence.startswith(p, i + len(plural)) for p in PARTICLES):
            i += len(plural)
            break
    for p in PARTICLES:
        if sentence.startswith(p, i):
            if p in ("や", "と"):
                listed = _LISTED_SUBJECT.match(sentence, i + 1)
                if (
                    listed
                    and (limit is None or limit < listed.start("noun") or limit >= listed.end())
                    and not any(i < t.start < listed.end() for t in triggers)
                ):
                    return listed.group(2), listed.end(), None
            if p == "の":
                # 台湾の国防部は…: X owns an unnamed subject, so X stands as the subject; so too
                # for the second of two parties (…とオーストリアの外相との間で)
                owner = _OWNED_SUBJECT.match(sentence, i + 1, limit if limit is not None else len(sentence))
                if owner and not any(i < t.start < owner.end() for t in triggers):
                    return owner.group(1), owner.end(), None
                first = _OWNED_FIRST.match(sentence, i + 1, limit if limit is not None else len(sentence))
                if (
                    first
                    and _SECOND_PARTY.match(sentence, first.end())
                    and not any(i < t.start < first.end() for t in triggers)
                ):
                    return "と", first.end(), None
            return p, i + len(p), None
    return "", i, None


_HEADLINE_LEAD = re.compile(
    r"^[\s【】\[\]#＃▼▽■◆●・※\U0001F000-\U0001FAFF\u2600-\u27BF]*$|^【[^】]*】\s*[#＃]?$"
)


def build_args(
    sentence: str, spans: list[tuple[int, int]], triggers: list[TriggerMatch], types: list[str]
) -> list[Arg]:
    """Group the mention spans (relative, sorted) into arguments with their markers.

    `types` are the mentions' entity types: only mentions of one type coordinate through 、 or ・.
    """
    args: list[Arg] = []
    for idx, (s, e) in enumerate(spans):
        inside = next((t for t in triggers if t.start <= s and e <= t.end), None)
        if inside is not None:
            args.append(Arg(s, e, [idx], "inside", inside=inside))
            continue
        limit = spans[idx + 1][0] if idx + 1 < len(spans) else None
        marker, after, glued = read_marker(sentence, e, triggers, limit)
        prefix = "対" if s > 0 and sentence[s - 1] == "対" else ""
        headline_types = ("PERSON", "ORG", "MEDIA") if sentence.rstrip().endswith("。") else ACTORS
        # 韓国大統領、来月訪日へ: names glued before the subject (its country, its title) lead too
        lead = "".join(ch for k, ch in enumerate(sentence[:s]) if not any(a <= k < b for a, b in spans[:idx]))
        if marker in ("、", "") and _HEADLINE_LEAD.match(lead) and types[idx] in headline_types:
            marker = "headline"  # 岸田首相、金正恩氏との首脳会談に意欲 / 【速報】#プーチン氏 訪朝へ
        if marker == "の" and types[idx] in ("COUNTRY", "GPE", "LOC"):
            # ガザの最大都市で, ウクライナ東部の前線で: where, as X で is
            where = _PLACE_OF.match(sentence, after, limit if limit is not None else len(sentence))
            if where and not any(after <= t.start < where.end() for t in triggers):
                marker, after = "で", where.end()
        args.append(Arg(s, e, [idx], marker, prefix=prefix, compound=glued, stop=after))
    # Coordination: `A と B が` → one group marked like B. Walk right to left so chains collapse.
    merged: list[Arg] = []
    for arg in reversed(args):
        nxt = merged[-1] if merged else None
        gap_end = nxt.start if nxt is not None else 0
        if (
            nxt is not None
            and arg.marker in ("と", "、", "や")
            and describes(nxt, merged[-2] if len(merged) > 1 else None, types)
        ):
            # 石破首相と韓国の李在明大統領は, 尹大統領、日本の岸田首相、中国の李首相が: the country
            # describes the name after it, which is the one coordinated with the name before; it is
            # a word of the group, no argument of its own
            merged.pop()
            nxt = merged[-1]
        if (
            nxt is not None
            and (arg.marker in COORD or arg.marker == "adjacent")
            and (arg.marker in ("と", "adjacent") or types[arg.ids[-1]] == types[nxt.ids[0]])
            and arg.inside is None
            and not arg.prefix
            and _gap_is_blank(sentence, arg.end, gap_end, arg.marker)
            and (
                arg.marker != "と"
                or nxt.marker in (*SUBJECT, "の", "を", "compound")
                # 米国とイランとの間で: the two sides of what is between them
                or (nxt.marker == "との" and sentence.startswith("間", nxt.stop))
            )
        ):
            nxt.ids[:0] = arg.ids
            nxt.start = arg.start
            continue
        merged.append(arg)
    merged.reverse()
    return merged


def describes(arg: Arg, named: Arg | None, types: list[str]) -> bool:
    """Whether `arg` is a lone country written with の right before the name `named` (韓国の李大統領)."""
    return (
        named is not None
        and arg.marker == "の"
        and len(arg.ids) == 1
        and types[arg.ids[0]] in ("COUNTRY", "GPE")
        and arg.stop == named.start
        and types[named.ids[0]] in ("PERSON", "ORG")
    )


# Between two names joined by と: a title after the first and a description of the second
# (菅直人代表と小沢党首が, ASEANと国軍トップのミン・アウン・フライン総司令官が), no verb or other particle.
_WORD = r"[\u4e00-\u9fff\u30a0-\u30ffー々]"
# The first name may own the word after it (イタリア共和国のデ・ガスペリ首相兼外相と).
_TITLED_AND = re.compile(rf"{_WORD}{{0,6}}(?:の{_WORD}{{1,12}})?と(?:{_WORD}{{1,8}}の)?")


def after_gloss(text: str) -> str:
    """`text` without the gloss in brackets it opens with, if any (アラブ首長国連邦(UAE)、: the gap after
    the name is 、): the gloss belongs to the name before it."""
    m = _PAREN.match(text)
    return text[m.end() :] if m else text


def _gap_is_blank(sentence: str, end: int, start: int, marker: str) -> bool:
    gap = after_gloss(sentence[end:start]).strip()
    if marker == "と" and _TITLED_AND.fullmatch(gap):
        return True
    return gap in (marker, "", "そして", f"{marker}そして") or marker == "adjacent"


def masked(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with every mention replaced by Ｘ, so gaps between words can be read as text."""
    chars = list(sentence)
    for s, e in spans:
        chars[s:e] = "Ｘ" * (e - s)
    return "".join(chars)


def clause_end(sentence: str, pos: int) -> int:
    """End of the clause starting at `pos`: the next 、 or 。 outside quotes, or the sentence end."""
    depth = 0
    for i in range(pos, len(sentence)):
        ch = sentence[i]
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        elif ch in "、。,;" and depth == 0:
            return i
    return len(sentence)


def title_quotes(sentence: str) -> list[tuple[int, int]]:
    """Spans of 「…」 that are titles (論文「…」, 「…」という, 「…」と題する): no events inside."""
    spans = []
    for m in re.finditer(r"「[^」]*(?:」|$)", sentence):
        before = sentence[max(0, m.start() - 4) : m.start()]
        after = sentence[m.end() : m.end() + 4]
        if re.search(r"(論文|著書|書籍|文書|記事|声明|題名|タイトル|小説|演説)$", before) or re.match(
            r"(という|と題|との題|なる)", after
        ):
            spans.append((m.start(), m.end()))
    return spans
