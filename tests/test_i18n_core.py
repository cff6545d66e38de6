"""The core's translations: complete, well-formed, current, and Qt-free at run time.

The core catalogs are made from ``convstudio/core`` only::

    cd resources/translations
    pyside6-lupdate -locations none -no-obsolete -extensions py ../../convstudio/core \\
        -ts convstudio_core_zh_CN.ts convstudio_core_ja.ts
    pyside6-lrelease -nounfinished convstudio_core_zh_CN.ts convstudio_core_ja.ts

(``python resources/translations/build.py --catalog core`` runs the same lupdate with the
file list spelled out, then compiles every catalog.) Most tests read the .ts with plain
XML so they need no Qt; one checks the compiled .qm through QTranslator.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from convstudio.core import ConfigError, ConvParams, Walk, conv2d, explain, i18n, samples
from convstudio.core.padding import mode_label
from convstudio.core.session import loads
from convstudio.core.validate import PARAM_NAMES

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "convstudio" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ja")

Catalog = dict[tuple[str, str], str]


def read_ts(path: Path) -> Catalog:
    """{(context, source): translation} of a Qt .ts file (unfinished entries included)."""
    catalog: Catalog = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = translation.text if finished and translation.text else ""
            catalog[(name, message.findtext("source") or "")] = text
    return catalog


def catalog(lang: str) -> Catalog:
    return read_ts(TRANSLATIONS / f"convstudio_core_{lang}.ts")


def ts_translator(lang: str) -> Callable[[str, str], str]:
    """What QCoreApplication.translate does with the .qm: the translation, else the source."""
    table = catalog(lang)
    return lambda context, text: table.get((context, text)) or text


def fields(template: str) -> set[str]:
    """The ``str.format`` field names of ``template`` ({{ and }} are literal braces)."""
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_translator(None)


def message(fn: Callable[[], object]) -> str:
    with pytest.raises(ConfigError) as info:
        fn()
    return str(info.value)


X3, K3 = np.arange(9.0).reshape(3, 3), np.ones((3, 3))

ERRORS: dict[str, Callable[[], object]] = {
    "kernel too big": lambda: conv2d(np.ones((2, 2)), K3),
    "reflect too large": lambda: conv2d(X3, K3, padding=3, padding_mode="reflect"),
    "negative padding": lambda: conv2d(X3, K3, padding=-2),
    "unknown mode": lambda: conv2d(X3, K3, padding_mode="mirror"),
    "stride width": lambda: conv2d(X3, K3, stride=(1, 0)),
    "wrong rank": lambda: conv2d(np.ones((2, 2, 2, 2)), K3),
    "fixed kernel": lambda: samples.make_kernel("sobel_x", 5, 5),
    "session bad step": lambda: loads(
        json.dumps(
            {
                "schema": 1,
                "input": {"kind": "ramp", "shape": [4, 4]},
                "kernel": {"kind": "box", "shape": [3, 3]},
                "params": {},
                "step": 9,
            }
        ),
        "lecture.json",
    ),
    "session stride": lambda: loads(
        json.dumps(
            {
                "schema": 1,
                "input": {"kind": "ramp", "shape": [4, 4]},
                "kernel": {"kind": "box", "shape": [3, 3]},
                "params": {"stride": [0, 1]},
            }
        ),
        "lecture.json",
    ),
}


def texts() -> dict[str, str]:
    """Every kind of visible core text, made in whatever language is installed now."""
    out = {name: message(fn) for name, fn in ERRORS.items()}
    walk = Walk(X3, K3, ConvParams(padding=2, padding_mode="reflect", stride=2, flip=True))
    step = walk.step(1)
    out |= {
        "counter": explain.step_counter(step, walk.n_steps),
        "dot": explain.dot_product_text(step, max_terms=4),
        "summary": explain.padding_summary(walk),
        "formulas": " | ".join(explain.size_formulas(walk)),
        "hover input": explain.hover_text_input(walk, 2, 2),
        "hover padding": explain.hover_text_input(walk, 0, 1),
        "hover output": explain.hover_text_output(walk, 0, 1),
        "hover kernel": explain.hover_text_kernel(walk, 0, 0),
        "kinds": ", ".join(
            [samples.input_kind_name(k) for k in samples.INPUT_KINDS]
            + [samples.kernel_kind_name(k) for k in samples.KERNEL_KINDS]
        ),
        "modes": ", ".join(mode_label(m) for m in ("zeros", "reflect", "circular")),
    }
    return out


# --- (1) Qt-free ---------------------------------------------------------------------------

PROBE = """
import json, sys
from convstudio.core import i18n, conv2d, ConfigError
import convstudio.core.explain, convstudio.core.samples, convstudio.core.session
i18n.set_translator(lambda context, text: "<" + text + ">")
try:
    conv2d([[1.0]], [[1.0, 1.0], [1.0, 1.0]])
except ConfigError as exc:
    assert str(exc).startswith("<<kernel 2×2> does not fit"), exc
print(json.dumps(sorted(sys.modules)))
"""


def test_core_with_a_translator_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert "convstudio.core.i18n" in modules
    assert [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")] == []


# --- (2) complete and well-formed ----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    table = catalog(lang)
    assert len(table) > 100
    for (context, source), translation in table.items():
        where = f"{lang} {context}: {source!r}"
        assert translation.strip(), f"untranslated or unfinished: {where}"
        assert fields(translation) == fields(source), f"placeholders differ: {where}"
        dummy = {name: "X" for name in fields(source)}
        assert translation.format(**dummy)  # raises on a stray brace


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ts_files_declare_their_language(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"convstudio_core_{lang}.ts").getroot()
    assert root.get("language") == lang


# --- (3) real errors in Chinese and Japanese -----------------------------------------------

EXPECTED = {
    "zh_CN": {
        "kernel too big": "卷积核 3×3 放不进填充后的输入 2×2（输入 2×2）：输出将为空；"
        "请在每侧至少填充 1，或使用更小的卷积核或更小的膨胀",
        "reflect too large": "反射（reflect）填充 3 需要输入高度至少为 4，但实际只有 3",
        "negative padding": "填充不能为负数，实际为 -2；请使用 0 或更大的值",
        "unknown mode": "未知的填充模式 'mirror'；请使用以下之一：zeros, constant, reflect",
        "stride width": "步幅（宽）必须至少为 1，实际为 0",
        "wrong rank": "输入必须是二维 (H, W) 或 三维 (C, H, W)，实际是形状为 (2, 2, 2, 2) 的 4 维数组",  # noqa: E501
        "fixed kernel": "sobel_x 卷积核按定义是 3×3，不能是 5×5",
        "session bad step": "lecture.json：'step' 为 9，但这些设置只有 4 步（0 到 3）",
        "session stride": "lecture.json：'stride' 必须是两个 1 到 8 之间的整数，实际为 [0, 1]",
        "counter": "步骤 2 / 9 · 行 0，列 1",
        "hover padding": "填充（反射自 (2, 1)）= 7 · ",
        "hover output": "输出 (0, 1) = ",
        "kinds": "随机 0–9, 渐变, 棋盘格, 手写 7, 恒等, 均值模糊",
        "modes": "零, 反射, 循环",
    },
    "ja": {
        "kernel too big": "カーネル 3×3 はパディング後の入力 2×2（入力 2×2）に収まりません。"
        "出力が空になります。各辺に 1 以上のパディングを加えるか",
        "reflect too large": "反射（reflect）パディング 3 には入力の高さが 4 以上必要ですが、3 しかありません",  # noqa: E501
        "negative padding": "パディングは負の値にできませんが、-2 が渡されました。0 以上を使ってください",  # noqa: E501
        "unknown mode": "不明なパディングモード 'mirror' です。次のいずれかを使ってください：zeros, constant",  # noqa: E501
        "stride width": "ストライド（幅）は 1 以上でなければなりませんが、0 が渡されました",
        "wrong rank": "入力は 2 次元 (H, W) または 3 次元 (C, H, W) でなければなりません",
        "fixed kernel": "sobel_x カーネルは定義上 3×3 で、5×5 にはできません",
        "session bad step": "lecture.json：'step' が 9 ですが、この設定のステップは 4 個（0〜3）しかありません",  # noqa: E501
        "session stride": "lecture.json：'stride' は 1〜8 の整数 2 つでなければなりませんが、[0, 1] でした",  # noqa: E501
        "counter": "ステップ 2 / 9 · 行 0、列 1",
        "hover padding": "パディング（(2, 1) の反射）= 7 · ",
        "hover output": "出力 (0, 1) = ",
        "kinds": "ランダム 0–9, グラデーション, 市松模様, 手書きの 7, 恒等, 平均ぼかし",
        "modes": "ゼロ, 反射, 循環",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_real_texts_come_out_translated_with_their_numbers(lang: str) -> None:
    i18n.set_translator(ts_translator(lang))
    made = texts()
    for name, expected in EXPECTED[lang].items():
        assert expected in made[name], f"{lang} {name}: {made[name]!r}"
    english = ("must", "does not", "padding", "window", "step", "kernel", "output", "input")
    for name, text in made.items():
        if name == "formulas":  # H_out = ⌊…⌋: symbols only, plus the no-fit note
            continue
        unquoted = re.sub(r"'[^']*'", "", text)  # JSON keys ('step') stay as they are
        words = [w for w in english if w in unquoted.lower()]
        assert not words, f"{lang} {name} still has English {words}: {text!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hover_texts_in_other_languages(lang: str) -> None:
    i18n.set_translator(ts_translator(lang))
    walk = Walk(X3, K3, ConvParams(padding=2, stride=2, dilation=2))
    text = explain.hover_text_output(walk, 0, 0)
    assert ("间隔 2" if lang == "zh_CN" else "間隔 2") in text
    assert ("个落在填充上" if lang == "zh_CN" else "個がパディング上") in text


# --- (4) English restored exactly ----------------------------------------------------------


def test_removing_the_translator_restores_the_english_exactly() -> None:
    english = texts()
    assert english["counter"] == "Step 2 / 9 · row 0, col 1"
    assert english["negative padding"] == "padding cannot be negative, got -2; use 0 or more"
    for lang in LANGUAGES:
        i18n.set_translator(ts_translator(lang))
        assert texts() != english
    i18n.set_translator(None)
    assert texts() == english


def test_a_translator_returning_nothing_falls_back_to_english() -> None:
    english = texts()
    i18n.set_translator(lambda context, text: "")
    assert texts() == english


# --- (5) the catalogs match the sources ----------------------------------------------------


def lupdate() -> str:
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin"):
        if (folder / "pyside6-lupdate").is_file():
            return str(folder / "pyside6-lupdate")
    found = shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_lupdate_finds_no_message_missing_from_the_catalogs(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_zh_CN.ts"
    command = [lupdate(), "-silent", "-locations", "none", "-extensions", "py"]
    subprocess.run([*command, str(CORE), "-ts", str(fresh)], check=True, timeout=120)
    in_sources = set(read_ts(fresh))
    assert all(context for context, _ in in_sources), "a tr(...) call misread by lupdate"
    for lang in LANGUAGES:
        in_catalog = set(catalog(lang))
        missing = sorted(in_sources - in_catalog)
        stale = sorted(in_catalog - in_sources)
        assert not missing, f"run lupdate and translate ({lang}): {missing}"
        assert not stale, f"run lupdate with -no-obsolete ({lang}): {stale}"


def test_every_lookup_the_core_makes_is_in_the_catalog() -> None:
    """Strings looked up at run time (stored names, labels) exist in the catalog too."""
    asked: set[tuple[str, str]] = set()

    def record(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    i18n.set_translator(record)
    texts()
    for mode in ("zeros", "constant", "symmetric", "replicate", "circular"):
        walk = Walk(X3, K3, ConvParams(padding=1, padding_mode=mode, value=2))
        explain.padding_summary(walk)
        explain.hover_text_input(walk, 0, 0)
        if mode in ("symmetric", "circular"):
            message(lambda m=mode: conv2d(X3, K3, padding=((0, 0), (0, 9)), padding_mode=m))
    for call in (
        lambda: conv2d(X3, K3, padding=((1, 2), (3,))),
        lambda: conv2d(X3, K3, padding=((1, -1), (0, 0))),
        lambda: conv2d(X3, K3, dilation=(1.5, 1)),
        lambda: conv2d(X3, K3, bias=[1.0, 2.0]),
        lambda: conv2d([[1.0, "a"]], K3),
        lambda: conv2d([[1.0, None]], K3),
        lambda: samples.make_input("ramp", 2000, 3),
    ):
        message(call)
    known = set(catalog("zh_CN"))
    assert asked, "the translator was never asked"
    assert sorted(asked - known) == []


# --- the compiled .qm ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_qm_holds_the_ts_translations(lang: str) -> None:
    QtCore = pytest.importorskip("PySide6.QtCore")
    translator = QtCore.QTranslator()
    assert translator.load(str(TRANSLATIONS / f"convstudio_core_{lang}.qm"))
    for (context, source), translation in catalog(lang).items():
        assert translator.translate(context, source) == translation, (context, source)


# --- how the call sites are written --------------------------------------------------------

LITERAL_NAME_ARG = {"as_int": 1, "as_pair": 1, "as_array": 1, "as_finite_float": 1, "_size": 1}
LITERAL_NAME_ARG |= {"_nonneg": 1, "label": 0}


def core_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                yield f"{path.name}:{node.lineno} {name}", node


def test_translate_calls_are_written_the_way_lupdate_reads_them() -> None:
    for where, call in core_calls():
        name = where.split()[-1]
        if name == "tr" and call.args and isinstance(call.args[0], ast.Constant):
            pytest.fail(f"{where}: lupdate misreads tr('Context', …); use translate()")
        if name in ("translate", "QT_TRANSLATE_NOOP"):
            assert isinstance(call.args[0], ast.Constant), f"{where}: context must be a literal"
            assert not isinstance(call.args[1], ast.JoinedStr), f"{where}: no f-strings"


def test_every_setting_name_in_a_message_is_translatable() -> None:
    for where, call in core_calls():
        index = LITERAL_NAME_ARG.get(where.split()[-1])
        if index is None or len(call.args) <= index:
            continue
        arg = call.args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            assert arg.value in PARAM_NAMES, f"{where}: add {arg.value!r} to PARAM_NAMES"
