#!/usr/bin/env python3
"""Writes unicode_names.zlib (embedded in the Interp assembly): the Unicode character names for `\\N{...}`, from CPython's unicodedata.

    PYENV_VERSION=3.13.0 python3 src/Interp/Syntax/Unicode/gen_unicode_names.py

Names that are a prefix plus the code point in hex (CJK UNIFIED IDEOGRAPH-4E00, ...) are stored as
ranges, flagged by whether CPython's lookup accepts them in any case ("i") or only in upper case
("u"); ranges CPython cannot look up (TANGUT IDEOGRAPH-...) are left out. Hangul syllables are
computed (UnicodeNames.cs). Every other name is stored as
"<code point delta in hex> <NAME>" lines, zlib-compressed.
"""
import os
import sys
import unicodedata
import zlib

HEX_PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")


def main():
    ranges, lines, prev = [], [], -1
    open_range = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        prefix = next((p for p in HEX_PREFIXES if name and name.startswith(p)), None)
        if prefix:
            assert name == f"{prefix}{cp:04X}", name
            r = open_range.get(prefix)
            if r and r[1] == cp - 1:
                r[1] = cp
            else:
                r = open_range[prefix] = [cp, cp]
                ranges.append((prefix, r))
            continue
        if name is None or name.startswith("HANGUL SYLLABLE "):
            continue
        lines.append(f"{cp - prev:x} {name}")
        prev = cp
    header = []
    for p, r in ranges:
        name = f"{p}{r[0]:04X}"
        try:
            unicodedata.lookup(name)
        except KeyError:
            continue
        try:
            unicodedata.lookup(name.lower())
            flag = "i"
        except KeyError:
            flag = "u"
        header.append(f"={p}{r[0]:x} {r[1]:x} {flag}")
    data = zlib.compress("\n".join(header + lines).encode("ascii"), 9)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names.zlib")
    with open(out, "wb") as f:
        f.write(data)
    print(f"{len(lines)} names, {len(ranges)} ranges, {len(data)} bytes compressed", file=sys.stderr)


if __name__ == "__main__":
    main()
