"""Country and territory names from CLDR, as the babel package ships them.

A KB file that says `names_from: babel` gets, for each entry, the CLDR names of the entry's ISO
3166-1 code in Japanese, English, Korean and Russian, before the names the file itself lists. The
table is built at first use and kept for the process.

CLDR writes names for menus, not for running text, so each one is brought to the form news uses
(`news_forms`): a part in parentheses is dropped (ミャンマー (ビルマ) → ミャンマー, Hong Kong SAR
China → Hong Kong), `&` and `St.` are also written out (Bosnia and Herzegovina, Saint Lucia),
Russian о-в/о-ва also as остров/острова, and the curly apostrophe gets its straight twin. A name
of the form `Congo - Kinshasa` (a menu disambiguation) is left out.
"""

from __future__ import annotations

import functools
import re

import babel
from babel.core import get_global

PACKAGE = "babel"
LANGS: tuple[str, ...] = ("ja", "en", "ko", "ru")

# CLDR gives Kosovo the user-assigned alpha-2 XK and no alpha-3 alias; ISO users write XKX.
_EXTRA_ALPHA2 = {"XKX": "XK"}
_PARENS = re.compile(r"\s*[(（][^)）]*[)）]")
_SUFFIXES = (" SAR China",)
_RU_ISLANDS = ((re.compile(r"\bо-в\b"), "остров"), (re.compile(r"\bо-ва\b"), "острова"))


def news_forms(name: str, lang: str) -> list[str]:
    """The forms of one CLDR name that may name the country in news text (possibly none)."""
    base = _PARENS.sub("", name).strip()
    for suffix in _SUFFIXES:
        base = base.removesuffix(suffix)
    if not base or " - " in base:
        return []
    forms = [base]
    if lang == "en":
        spelled = re.sub(r"\bSt\. ", "Saint ", base.replace(" & ", " and "))
        forms = [spelled, base]
    if lang == "ru":
        spelled = base
        for pattern, word in _RU_ISLANDS:
            spelled = pattern.sub(word, spelled)
        forms = [spelled, base]
    # The straight apostrophe first: news text and the label use it more than CLDR's curly one.
    forms = [f.replace("\u2019", "'") for f in forms] + forms
    return list(dict.fromkeys(forms))


@functools.cache
def _alpha2() -> dict[str, str]:
    aliases = get_global("territory_aliases")
    table = {
        code: targets[0]
        for code, targets in aliases.items()
        if len(code) == 3 and code.isalpha() and len(targets) == 1 and len(targets[0]) == 2
    }
    return {**table, **_EXTRA_ALPHA2}


@functools.cache
def _territories(lang: str) -> dict[str, str]:
    return dict(babel.Locale(lang).territories)


def version() -> str:
    """The babel version the names come from."""
    return str(babel.__version__)


def names(iso3: str) -> dict[str, tuple[str, ...]]:
    """CLDR names of the country or territory with this ISO 3166-1 alpha-3 code, in news form, by
    language; empty when CLDR does not know the code (a former state)."""
    return _table().get(iso3, {})


@functools.cache
def _table() -> dict[str, dict[str, tuple[str, ...]]]:
    forms: dict[str, dict[str, list[str]]] = {}
    owners: dict[tuple[str, str], set[str]] = {}
    for iso3, code in _alpha2().items():
        for lang in LANGS:
            name = _territories(lang).get(code)
            for form in news_forms(name, lang) if name else []:
                forms.setdefault(iso3, {}).setdefault(lang, []).append(form)
                owners.setdefault((lang, form), set()).add(code)
    # A form two territories share is no name of either: dropping "(США)" and "(Великобритания)" leaves
    # both Virgin Islands as Виргинские острова.
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for iso3, by_lang in forms.items():
        kept = {lang: tuple(f for f in fs if len(owners[(lang, f)]) == 1) for lang, fs in by_lang.items()}
        out[iso3] = {lang: fs for lang, fs in kept.items() if fs}
    return out
