"""LZ-String's `decompressFromBase64`, the compression the Obsidian Excalidraw plugin saves a
drawing's JSON with (its "```compressed-json" block, the plugin's default): without it the
drawing's arrows could not be told, and an arrow's label was read as a box of its own.

The algorithm is LZ-String's (an LZW over UTF-16 code units, its bits packed six to a base64
character), written here from its description rather than added as a dependency for one
function. A string that is not LZ-String's gives None, as the JavaScript original does; the
output is capped so that a small input cannot inflate without end.
"""

from __future__ import annotations

_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_VALUE = {c: k for k, c in enumerate(_BASE64)}


class _Bits:
    """The input's bits, six to a character, most significant first."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.value = _VALUE.get(text[0], 0) if text else 0
        self.position = 32  # the next bit of `value` to read (a mask)
        self.index = 1  # the next character to read

    def read(self, count: int) -> int:
        bits, power = 0, 1
        for _ in range(count):
            if self.value & self.position:
                bits |= power
            self.position >>= 1
            if self.position == 0:
                self.position = 32
                self.value = _VALUE.get(self.text[self.index], 0) \
                    if self.index < len(self.text) else 0
                self.index += 1
            power <<= 1
        return bits


class _Width:
    """How many bits a code takes: one more each time the dictionary outgrows them."""

    def __init__(self) -> None:
        self.bits, self.enlarge_in = 3, 4

    def tick(self) -> None:
        self.enlarge_in -= 1
        if self.enlarge_in == 0:
            self.enlarge_in, self.bits = 1 << self.bits, self.bits + 1


def decompress_from_base64(text: str, max_chars: int = 8 * 1024 * 1024) -> str | None:
    """`text` (LZ-String's compressToBase64, whitespace removed) as the string it holds, or
    None where it is not one, or holds more than `max_chars`."""
    if not text:
        return ""
    bits = _Bits(text)
    kind = bits.read(2)
    if kind not in (0, 1):
        return "" if kind == 2 else None
    word = chr(bits.read(8 if kind == 0 else 16))
    words: list[str] = ["", "", "", word]  # codes 0-2 say what follows, and are no word
    out, size, width = [word], 1, _Width()
    while bits.index <= len(text):
        code = bits.read(width.bits)
        if code == 2:  # the end
            return _from_code_units("".join(out))
        if code < 2:  # a character not seen before, of 8 or 16 bits
            words.append(chr(bits.read(8 if code == 0 else 16)))
            code = len(words) - 1
            width.tick()
        if 2 < code < len(words):
            entry = words[code]
        elif code == len(words):
            entry = word + word[0]
        else:
            return None
        out.append(entry)
        size += len(entry)
        if size > max_chars:
            return None
        words.append(word + entry[0])
        width.tick()
        word = entry
    return None


def _from_code_units(text: str) -> str:
    """JavaScript's UTF-16 code units as Python's characters: an emoji's two surrogates one
    character."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
