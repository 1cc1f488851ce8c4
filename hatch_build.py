"""Wheel build hook: compiles the parser's small-matrix routine (annotate/_native/gemm.c).

The library is plain C with no Python API, loaded with ctypes at run time. It is optional:
without a C compiler (or on Windows) the build goes on without it and the parser multiplies
through thinc's BLIS as spaCy does by default; the annotations are the same either way.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

NATIVE = Path("src") / "newsevents" / "annotate" / "_native"
SOURCE = NATIVE / "gemm.c"
LIBRARY = NATIVE / "libnewsevents_gemm.so"


def compiler() -> list[str] | None:
    """The C compiler command: $CC, else the one Python was built with, else cc."""
    for candidate in (os.environ.get("CC"), sysconfig.get_config_var("CC"), "cc"):
        if candidate:
            command = shlex.split(candidate)
            if command and shutil.which(command[0]):
                return command
    return None


def build_library(root: Path) -> tuple[Path | None, str]:
    """Compile the library next to its source; returns (path or None, what happened)."""
    if sys.platform == "win32":
        return None, "not built on Windows"
    command = compiler()
    if command is None:
        return None, "no C compiler found (set CC)"
    target = root / LIBRARY
    args = command + ["-O3", "-fPIC", "-shared", "-o", str(target), str(root / SOURCE)]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        return None, f"{shlex.join(args)} failed: {done.stderr.strip()[:500]}"
    return target, f"built {LIBRARY}"


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        library, message = build_library(Path(self.root))
        if library is None:
            self.app.display_warning(f"newsevents: parser speed-up skipped: {message}")
            return
        self.app.display_info(f"newsevents: {message}")
        build_data["artifacts"].append(LIBRARY.as_posix())
        if version == "standard":
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
