#!/usr/bin/env python3
"""Removes punctuation (Unicode general category P*) from every line of stdin, squeezes the
spaces left behind and writes the lines to stdout; the line count never changes (an empty
result stays an empty line). Used by bench/unpunctuated_eval.sh."""
import sys
import unicodedata


def strip(line: str) -> str:
    kept = "".join(" " if unicodedata.category(c).startswith("P") else c for c in line)
    return " ".join(kept.split())


def main() -> None:
    data = sys.stdin.buffer.read().decode("utf-8")
    lines = data.split("\n")
    if data.endswith("\n"):
        lines.pop()
    for line in lines:
        sys.stdout.write(strip(line) + "\n")


if __name__ == "__main__":
    main()
