"""Matrix products for the CNN pipeline through NumPy's BLAS.

thinc's CPU backend multiplies with its bundled BLIS kernels; on some processors (seen here on an
AVX-512 AMD EPYC) NumPy's OpenBLAS is about three times faster for the shapes the tok2vec and the
parser's lower layer use, single-threaded. `use_numpy_gemm` points every model of a loaded
pipeline at `MatmulOps`, which differs from thinc's `NumpyOps` in `gemm` alone: same inputs,
same float32 results up to rounding, so the annotations do not change.
"""
from __future__ import annotations

import numpy
from thinc.api import NumpyOps

__all__ = ["MatmulOps", "use_numpy_gemm"]


class MatmulOps(NumpyOps):
    name = "newsevents-matmul"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_numpy_gemm(nlp) -> int:
    """Switch the CPU models of `nlp` to `MatmulOps`; returns how many model nodes changed.
    Models on another backend (a GPU, say) are left as they are."""
    ops = MatmulOps()
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed += 1
    return changed
