"""GiNZA span repairs, on hand-built docs (no model load)."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsgraph.link import spans_from_doc

NAME_SEI = "名詞-固有名詞-人名-姓"
NAME_MEI = "名詞-固有名詞-人名-名"
COMMON = "名詞-普通名詞-一般"
PARTICLE = "助詞-格助詞"
PROPER = "名詞-固有名詞-一般"


def make(tokens: list[tuple[str, str]], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(Vocab(), words=[w for w, _ in tokens], spaces=[False] * len(tokens))
    for token, (_, tag) in zip(doc, tokens, strict=True):
        token.tag_ = tag
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def surfaces(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[s:e], label) for s, e, label in spans_from_doc(doc)]


def test_person_grows_over_the_given_name() -> None:
    doc = make(
        [("小宮山", NAME_SEI), ("昌友", NAME_MEI), ("は", PARTICLE)],
        [(0, 1, "Person"), (1, 2, "Position_Vocation")],
    )
    assert surfaces(doc) == [("小宮山昌友", "Person")]


def test_kinship_word_before_a_name_is_dropped() -> None:
    doc = make([("三女", COMMON), ("悦子", NAME_MEI), ("と", PARTICLE)], [(0, 2, "Person")])
    assert surfaces(doc) == [("悦子", "Person")]


def test_tagged_names_missed_by_ner_become_persons() -> None:
    doc = make([("高橋", NAME_SEI), ("が", PARTICLE)], [])
    assert surfaces(doc) == [("高橋", "Person")]


def test_dotted_foreign_names_join() -> None:
    doc = make([("ヨハン", COMMON), ("・", "補助記号-一般"), ("ヘルバルト", NAME_SEI)], [(2, 3, "Person")])
    assert surfaces(doc) == [("ヨハン・ヘルバルト", "Person")]


def test_names_found_by_their_ending() -> None:
    doc = make(
        [
            ("スエズ", "名詞-固有名詞-地名-一般"),
            ("運河", COMMON),
            ("を", PARTICLE),
            ("国立", COMMON),
            ("大学", COMMON),
        ],
        [],
    )
    assert surfaces(doc) == [("スエズ運河", "Water_Route")]


def test_place_before_an_organisation_ending_is_the_organisation() -> None:
    doc = make(
        [("イングランド", "名詞-固有名詞-地名-国"), ("銀行", COMMON), ("の", PARTICLE)], [(0, 1, "Country")]
    )
    assert surfaces(doc) == [("イングランド銀行", "Company")]


def test_brackets_and_edge_punctuation_are_cut() -> None:
    doc = make([("ギャングエイジ", PROPER), ("」", "補助記号-括弧閉"), ("旗揚げ", COMMON)], [(0, 3, "Show")])
    assert surfaces(doc) == [("ギャングエイジ", "Show")]


def test_a_quotation_taken_up_by_a_verb_of_criticism_is_no_title() -> None:
    # 「最悪の独裁者」と非難: what is said of someone; 「ひまわり」と題する names a work
    open_, close = ("「", "補助記号-括弧開"), ("」", "補助記号-括弧閉")
    said = make(
        [
            open_,
            ("最悪", COMMON),
            ("の", PARTICLE),
            ("独裁者", COMMON),
            close,
            ("と", PARTICLE),
            ("非難", COMMON),
        ],
        [(1, 4, "Magazine")],
    )
    titled = make(
        [
            open_,
            ("ひまわり", COMMON),
            ("の", PARTICLE),
            ("丘", COMMON),
            close,
            ("と", PARTICLE),
            ("題する", COMMON),
        ],
        [(1, 4, "Magazine")],
    )
    assert surfaces(said) == []
    assert surfaces(titled) == [("ひまわりの丘", "Magazine")]


def test_things_made_of_common_nouns_are_not_names() -> None:
    doc = make(
        [("タービン", COMMON), ("エンジン", COMMON), ("と", PARTICLE), ("F1", PROPER)],
        [(0, 2, "Product_Other"), (3, 4, "Product_Other")],
    )
    assert surfaces(doc) == [("F1", "Product_Other")]


def test_a_person_made_of_common_words_in_kanji_is_no_name() -> None:
    # 領空侵犯 labelled a person; a katakana name of common-noun tags stays one
    doc = make(
        [("領空", COMMON), ("侵犯", "名詞-普通名詞-サ変可能"), ("し", "動詞-非自立可能"), ("ルッテ", COMMON)],
        [(0, 2, "Person"), (3, 4, "Person")],
    )
    assert surfaces(doc) == [("ルッテ", "Person")]


def test_a_noun_of_an_act_is_no_name() -> None:
    # 戦争捕虜の交換: 戦争 labelled a military body
    doc = make(
        [("戦争", "名詞-普通名詞-サ変可能"), ("捕虜", COMMON), ("の", PARTICLE), ("ロシア軍", PROPER)],
        [(0, 1, "Military"), (3, 4, "Military")],
    )
    assert surfaces(doc) == [("ロシア軍", "Military")]


def test_a_noun_standing_as_an_adverb_of_time_is_no_name() -> None:
    # 13日未明に首都テヘラン: 未明 labelled a city
    adverbial = "名詞-普通名詞-副詞可能"
    doc = make(
        [("未明", adverbial), ("に", PARTICLE), ("テヘラン", "名詞-固有名詞-地名-一般")],
        [(0, 1, "City"), (2, 3, "City")],
    )
    assert surfaces(doc) == [("テヘラン", "City")]


def test_a_place_made_of_common_words_in_kanji_is_no_name_unless_a_region() -> None:
    # 日本産の水産物: 水産物 labelled a province; 湖水地方 is a region's name
    doc = make(
        [("水産物", COMMON), ("と", PARTICLE), ("湖水", COMMON), ("地方", COMMON)],
        [(0, 1, "Province"), (2, 4, "Province")],
    )
    assert surfaces(doc) == [("湖水地方", "Province")]


PLACE = "名詞-固有名詞-地名-一般"


def test_family_name_the_model_left_out_joins_the_given_name() -> None:
    doc = make([("甲斐", NAME_SEI), ("智久", NAME_MEI), ("が", PARTICLE)], [(1, 2, "Person")])
    assert surfaces(doc) == [("甲斐智久", "Person")]


def test_family_name_read_as_a_place_stays_in_the_name() -> None:
    doc = make([("の", PARTICLE), ("兵庫", PLACE), ("慎司", NAME_MEI), ("は", PARTICLE)], [(1, 3, "Person")])
    assert surfaces(doc) == [("兵庫慎司", "Person")]


def test_family_name_labelled_otherwise_joins_the_given_name() -> None:
    doc = make([("築地", NAME_SEI), ("米三郎", NAME_MEI), ("。", "補助記号-句点")], [(0, 1, "Mountain")])
    assert surfaces(doc) == [("築地米三郎", "Person")]


def test_a_name_split_in_two_person_spans_is_one() -> None:
    doc = make(
        [("ウィリアム", NAME_MEI), ("・", "補助記号-一般"), ("クロウ", PROPER), ("フォード", PROPER)],
        [(0, 3, "Person"), (3, 4, "Person")],
    )
    assert surfaces(doc) == [("ウィリアム・クロウフォード", "Person")]


def test_a_title_or_place_after_a_name_stays_apart() -> None:
    doc = make(
        [("フィン", NAME_SEI), ("中尉", COMMON), ("は", PARTICLE), ("桃井", NAME_SEI), ("高知", PLACE)],
        [(0, 1, "Person"), (1, 2, "Person"), (3, 4, "Person"), (4, 5, "Person")],
    )
    # the title joins no name, and a title in kanji labelled a person is no name of its own
    assert surfaces(doc) == [("フィン", "Person"), ("桃井", "Person"), ("高知", "Person")]
