"""Matrix products for the CNN pipeline through NumPy's BLAS, and the parser's small ones in C.

thinc's CPU backend multiplies with its bundled BLIS kernels; on some processors (seen here on an
AVX-512 AMD EPYC) NumPy's OpenBLAS is about three times faster for the shapes the tok2vec and the
parser's lower layer use, single-threaded. `use_numpy_gemm` points every model of a loaded
pipeline at `MatmulOps`, which differs from thinc's `NumpyOps` in `gemm` alone: same inputs,
same float32 results up to rounding, so the annotations do not change.

The parser and entity recogniser also multiply once per transition step, from C, through the
function table `ops.cblas()` gives them (BLIS by default): a few states by the output layer, a
shape for which BLIS spends ~8 µs a call packing and dispatching. `MatmulOps.cblas()` hands them
the plain dot-product routine of `_native/gemm.c` instead when the install built it (see
hatch_build.py); about a quarter of the parser's and entity recogniser's time goes away. The
library is checked against NumPy once per process before use, and anything unexpected (no
library, another thinc whose table has a different shape, a wrong result) keeps BLIS.
"""
from __future__ import annotations

import ctypes
import functools
import os
from pathlib import Path

import numpy
from thinc.api import NumpyOps

__all__ = ["MatmulOps", "native_cblas", "native_library", "use_numpy_gemm"]

LIBRARY = Path(__file__).resolve().parent / "_native" / "libnewsevents_gemm.so"
SWITCH = "NEWSEVENTS_NATIVE_GEMM"  # "0" keeps thinc's BLIS table

_SGEMM = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                          ctypes.c_float, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                          ctypes.c_float, ctypes.c_void_p, ctypes.c_int)


class MatmulOps(NumpyOps):
    name = "newsevents-matmul"

    def __init__(self, *args, native: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.native = native

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out

    def cblas(self):
        table = native_cblas() if self.native else None
        return table if table is not None else super().cblas()


def use_numpy_gemm(nlp, *, native: bool = True) -> int:
    """Switch the CPU models of `nlp` to `MatmulOps`; returns how many model nodes changed.
    Models on another backend (a GPU, say) are left as they are. `native=False` keeps BLIS
    for the parser's step products."""
    ops = MatmulOps(native=native)
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) in (NumpyOps, MatmulOps):
                node.ops = ops
                changed += 1
    return changed


@functools.lru_cache(maxsize=1)
def native_library():
    """The compiled routine as a ctypes function, or None when it is not there or cannot load."""
    if not LIBRARY.exists():
        return None
    try:
        return _SGEMM(("newsevents_sgemm", ctypes.CDLL(str(LIBRARY))))
    except (OSError, AttributeError):
        return None


@functools.lru_cache(maxsize=1)
def native_cblas():
    """A thinc CBlas table whose sgemm is the compiled routine, or None (then BLIS is used)."""
    if os.environ.get(SWITCH) == "0":
        return None
    function = native_library()
    if function is None or not _agrees_with_numpy(function):
        return None
    try:
        from thinc.backends.cblas import CBlas, __pyx_capi__
        capsule = __pyx_capi__["set_sgemm"]
    except (ImportError, KeyError):
        return None
    setter = _capsule_function(capsule, "sgemm_ptr")
    if setter is None:
        return None
    table = CBlas()
    setter(table, ctypes.cast(function, ctypes.c_void_p).value)
    return table


def _capsule_function(capsule, expected: str):
    """The C function a Cython module exports in `capsule`, if its signature names `expected`."""
    api = ctypes.pythonapi
    api.PyCapsule_GetName.restype = ctypes.c_char_p
    api.PyCapsule_GetName.argtypes = [ctypes.py_object]
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    signature = api.PyCapsule_GetName(capsule)
    # thinc 8.x: "void (struct __pyx_obj_..._CBlas *, __pyx_t_..._sgemm_ptr)"
    if not signature or expected.encode() not in signature or b"CBlas" not in signature:
        return None
    pointer = api.PyCapsule_GetPointer(capsule, signature)
    return ctypes.CFUNCTYPE(None, ctypes.py_object, ctypes.c_void_p)(pointer) if pointer else None


def sgemm(function, a, b, *, trans_a: bool = False, trans_b: bool = False, alpha: float = 1.0,
          beta: float = 0.0, out=None):
    """Call the compiled routine on NumPy float32 arrays (C-contiguous), as thinc would."""
    m, k = (a.shape[1], a.shape[0]) if trans_a else a.shape
    n = b.shape[0] if trans_b else b.shape[1]
    out = numpy.zeros((m, n), dtype="float32") if out is None else out
    function(int(trans_a), int(trans_b), m, n, k, alpha, a.ctypes.data, a.shape[1],
             b.ctypes.data, b.shape[1], beta, out.ctypes.data, n)
    return out


def _agrees_with_numpy(function) -> bool:
    rng = numpy.random.default_rng(0)
    for trans_a in (False, True):
        for trans_b in (False, True):
            a = rng.standard_normal((13, 3) if trans_a else (3, 13)).astype("float32")
            b = rng.standard_normal((5, 13) if trans_b else (13, 5)).astype("float32")
            c = rng.standard_normal((3, 5)).astype("float32")
            want = 0.5 * ((a.T if trans_a else a) @ (b.T if trans_b else b)) + 2.0 * c
            got = sgemm(function, a, b, trans_a=trans_a, trans_b=trans_b, alpha=0.5, beta=2.0, out=c.copy())
            if not numpy.allclose(got, want, rtol=1e-4, atol=1e-4):
                return False
    return True
