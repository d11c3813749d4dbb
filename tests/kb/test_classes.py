"""Classes of entries the knowledge base covers, each read in text as news writes it: spokespeople
with dated terms, leaders and ministers of G20 members and their neighbours, oblasts as regions,
services of the armed forces, and the troops of a country as its military."""

# ruff: noqa: E501  (golden markup is data; one case a line reads best)

from __future__ import annotations

import pytest

from newsgraph.kb import default_kb
from newsgraph.link import Linker
from tests.link.markup import check


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(default_kb())


CASES = [
    # a spokesperson's family name before 報道官 is the one in office on the day
    (
        "2024-05-23",
        "<e id='wiki:United_States_Department_of_State'>米国務省</e>の<e id='wiki:Matthew_Miller_(spokesperson)'>ミラー報道官</e>は声明を出した",
    ),
    (
        "2022-03-01",
        "<e id='wiki:United_States_Department_of_State'>米国務省</e>の<e id='wiki:Ned_Price'>プライス報道官</e>は述べた",
    ),
    (
        "2023-03-10",
        "<e id=\"wiki:Ministry_of_Foreign_Affairs_(China)\">中国外務省</e>の<e id='wiki:Mao_Ning_(diplomat)'>毛寧報道官</e>は反発した",
    ),
    # leaders and ministers by family name and the title they held on the day
    (
        "2024-02-10",
        "<e id='wiki:Mohammed_bin_Abdulrahman_bin_Jassim_Al_Thani'>ムハンマド首相</e>は仲介を続ける",
    ),
    ("2023-05-09", "<e id='wiki:Joko_Widodo'>ジョコ大統領</e>は会議で述べた"),
    (
        "2024-07-08",
        "<e id='wiki:Enrique_Manalo'>マナロ外相</e>と<e id='wiki:Gilbert_Teodoro'>テオドロ国防相</e>が署名した",
    ),
    (
        "2025-05-07",
        "<e id='wiki:Shehbaz_Sharif'>Shehbaz Sharif</e> said <e id='wiki:Pakistan'>Pakistan</e> would respond.",
    ),
    # regions and services
    (
        "2024-11-01",
        "<e id='wiki:North_Korea'>North Korean</e> officials said troops reached the <e id='wiki:Kursk_Oblast'>Kursk region</e>.",
    ),
    (
        "2024-03-12",
        "<e id='wiki:Russian_Armed_Forces'>ロシア軍</e>の無人機が<e id='wiki:Lviv_Oblast'>リビウ州</e>と<e id='wiki:Khmelnytskyi_Oblast'>フメリニツキー州</e>を攻撃した",
    ),
    (
        "2024-03-12",
        "Drones hit the <e id='wiki:Belgorod_Oblast'>Belgorod region</e> and the <e id='wiki:Rostov_Oblast'>Rostov region</e>.",
    ),
    (
        "2023-08-20",
        "<e id='wiki:China'>中国</e><e id='wiki:Shandong'>山東省</e>の港と<e id='wiki:Primorsky_Krai'>沿海地方</e>を結ぶ航路",
    ),
    ("2024-05-23", "<e id='wiki:Taiwan'>台湾島</e>の周辺で演習が始まった"),
    (
        "2023-08-20",
        "<e id='wiki:South_Korea'>韓国</e>南部の<e id='wiki:South_Gyeongsang_Province'>慶尚南道</e>と<e id='wiki:Jeju_Province'>済州道</e>",
    ),
    (
        "2024-11-01",
        "<e id=\"wiki:Korean_People's_Army\">North Korean troops</e> fought <e id='wiki:Armed_Forces_of_Ukraine'>Ukrainian forces</e>.",
    ),
    (
        "2019-07-20",
        "<e id='wiki:Government_of_Gibraltar'>英領ジブラルタル当局</e>が<e id='wiki:Royal_Marines'>英海兵隊</e>の支援を受けた",
    ),
    (
        "2024-06-18",
        "<e id='wiki:Royal_Navy'>英海軍</e>と<e id='wiki:Republic_of_Korea_Army'>韓国陸軍</e>が訓練",
    ),
    (
        "2019-07-20",
        "<e id='wiki:Iran'>イラン</e>は<e id='wiki:Persian_Gulf'>ペルシャ湾</e>でタンカーを拿捕した",
    ),
]


# romanized Korean names with or without the hyphen; groupings and movements
CASES += [
    (
        "2024-10-01",
        "<e id='wiki:Kim_Yong-hyun_(general)'>Kim Yong Hyun</e> and <e id='wiki:Kim_Yong-hyun_(general)'>Kim Yong-hyun</e>",
    ),
    ("2021-10-27", "<e id='wiki:ASEAN_Plus_Three'>ASEANプラス3</e>首脳会議が開かれた"),
    ("2024-05-23", "「<e id='wiki:Taiwan_independence_movement'>台湾独立</e>」勢力への懲罰"),
]


@pytest.mark.parametrize(("date", "markup"), CASES)
def test_classes_link_in_text(linker: Linker, date: str, markup: str) -> None:
    check(linker, markup, date)


def test_spokespeople_have_dated_terms() -> None:
    kb = default_kb()
    assert kb.holder("spokesperson", "USA", "2024-05-23") == kb.get("wiki:Matthew_Miller_(spokesperson)")
    assert kb.holder("spokesperson", "USA", "2018-01-10") == kb.get("wiki:Heather_Nauert")
    # a bare 報道官 after 米 still means the White House press secretary
    assert kb.holder("press_secretary", "USA", "2024-05-23") == kb.get("wiki:Karine_Jean-Pierre")
