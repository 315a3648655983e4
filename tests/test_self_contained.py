"""The repository stands alone: tests read nothing beside it, and an installed wheel works."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_test_reads_outside_the_repository() -> None:
    # A plain clone must pass the suite: the specification lives in docs/, the board's
    # reference documents in tests/reference/. Paths climbing out of the repository
    # (``ROOT.parent``, ``parents[3]`` from a test two folders down, ``../shared``) are refused.
    climbing = re.compile(r"""ROOT\.parent\b|["']\.\./|["']shared["']\s*/|/\s*["']shared["']""")
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        depth = len(path.relative_to(ROOT).parts) - 1  # parents[depth] is the repository
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            deep = [int(n) for n in re.findall(r"parents\[(\d+)\]", line)]
            if climbing.search(line) or any(n > depth for n in deep):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_documents_the_tests_compare_with_are_in_the_repository() -> None:
    from tests.conftest import REFERENCE

    assert sorted(p.name for p in REFERENCE.glob("*.txt")) == [
        "direktionen-2023-11-22-dagsorden.txt",
        "direktionen-2024-11-13-referat.txt",
        "direktionen-2025-01-29-referat.txt",
    ]
    assert (ROOT / "docs" / "meeting.schema.json").is_file()
