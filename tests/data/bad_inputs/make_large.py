"""Write the bad inputs too large, or too odd, to keep in the repository into a folder.

    python tests/data/bad_inputs/make_large.py FOLDER

The bad-input test copies this folder's files and calls `make_large(folder, outside)`: a text
over the 20 MB file cap, a gzip bomb, a page nested 10,000 `div`s deep, a link loop and a link
to a file outside the folder (`outside`).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

MAX_BYTES = 20_000_000  # IngestOptions.max_bytes


def make_large(folder: Path, outside: Path) -> None:
    """Write the generated cases into `folder`; `outside` is a folder beside it for the link target."""
    line = b"The talks went on all day and no agreement was reached on any point. "
    with (folder / "big.txt").open("wb") as out:
        for _ in range(MAX_BYTES // len(line) + 1):
            out.write(line)
    # 100 MB of zeros in about 100 KB: read as what it is, never decompressed
    (folder / "bomb.txt.gz").write_bytes(gzip.compress(bytes(100_000_000), compresslevel=9))
    text = "ロシア外務省は北朝鮮との協力を強化すると発表した。"
    (folder / "deep.html").write_text(
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * 10_000
        + f"<p>{text}</p>"
        + "</div>" * 10_000
        + "</body></html>\n",
        encoding="utf-8",
    )
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (folder / "link_out.txt").symlink_to(secret)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    make_large(target, target.parent / f"{target.name}-outside")
