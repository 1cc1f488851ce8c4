"""The parser's step products in C (annotate/_native/gemm.c): right results, same parses."""
from __future__ import annotations

import os
import shlex
import shutil
import sysconfig
from pathlib import Path

import numpy
import pytest
import spacy

from newsevents.annotate import ops
from newsevents.annotate.model import SHIPPED

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "text"


def _compiler_here() -> bool:
    return any(c and shutil.which(shlex.split(c)[0]) for c in (os.environ.get("CC"), sysconfig.get_config_var("CC"), "cc"))


@pytest.fixture(scope="module")
def routine():
    function = ops.native_library()
    if function is None:
        assert not _compiler_here(), f"a C compiler is here but the install did not build {ops.LIBRARY}"
        pytest.skip("no C compiler on this machine: the parser multiplies through BLIS")
    return function


@pytest.mark.parametrize("trans_a", [False, True])
@pytest.mark.parametrize("trans_b", [False, True])
@pytest.mark.parametrize("m,n,k", [(1, 77, 128), (3, 14, 64), (5, 9, 13), (2, 3, 1), (4, 6, 0)])
def test_routine_matches_numpy(routine, trans_a, trans_b, m, n, k):
    rng = numpy.random.default_rng(m * 100 + n + k)
    a = rng.standard_normal((k, m) if trans_a else (m, k)).astype("float32")
    b = rng.standard_normal((n, k) if trans_b else (k, n)).astype("float32")
    c = rng.standard_normal((m, n)).astype("float32")
    product = (a.T if trans_a else a) @ (b.T if trans_b else b)
    got = ops.sgemm(routine, a, b, trans_a=trans_a, trans_b=trans_b, alpha=1.5, beta=-0.5, out=c.copy())
    assert numpy.allclose(got, 1.5 * product - 0.5 * c, rtol=1e-5, atol=1e-4)
    garbage = numpy.full((m, n), numpy.nan, dtype="float32")  # beta 0: C is written, never read
    got = ops.sgemm(routine, a, b, trans_a=trans_a, trans_b=trans_b, out=garbage)
    assert numpy.allclose(got, product, rtol=1e-5, atol=1e-4)


def test_parser_gets_the_compiled_routine_and_parses_the_same(routine):
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    plain = spacy.load(SHIPPED)  # thinc's own tables: BLIS for every product
    assert not isinstance(plain.get_pipe("parser").model.ops, ops.MatmulOps)
    expected = [_analysis(doc) for doc in plain.pipe(texts)]
    assert ops.use_numpy_gemm(plain) > 0
    table = ops.native_cblas()
    assert table is not None
    assert plain.get_pipe("parser").model.ops.cblas() is table
    assert plain.get_pipe("ner").model.ops.cblas() is table
    assert [_analysis(doc) for doc in plain.pipe(texts)] == expected
    assert sum(len(doc) for doc in expected) > 500


def test_switch_keeps_blis(monkeypatch, routine):
    ops.native_cblas.cache_clear()
    monkeypatch.setenv(ops.SWITCH, "0")
    try:
        assert ops.native_cblas() is None
        assert ops.MatmulOps().cblas() is not None  # thinc's BLIS table
    finally:
        ops.native_cblas.cache_clear()
    monkeypatch.delenv(ops.SWITCH)
    assert ops.native_cblas() is not None
    assert ops.MatmulOps(native=False).cblas() is not ops.native_cblas()


def test_a_wrong_routine_is_not_used(monkeypatch, routine):
    monkeypatch.setattr(ops, "_agrees_with_numpy", lambda function: False)
    ops.native_cblas.cache_clear()
    try:
        assert ops.native_cblas() is None
    finally:
        monkeypatch.undo()
        ops.native_cblas.cache_clear()


def _analysis(doc):
    return [(t.i, t.head.i, t.dep_, t.tag_, t.pos_, t.ent_iob_, t.ent_type_) for t in doc]
