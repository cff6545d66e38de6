"""Whether a stripped copy of a shared library is still the same library once loaded.

``strip`` should only drop what the loader never reads: symbol tables and debug
information, kept in sections that are not part of the memory image. On libraries
that auditwheel rewrote with patchelf it sometimes moves or shrinks what is loaded
(numpy's OpenBLAS: two segments shrink and one lands off its page alignment, and glibc
refuses it with "ELF load command address/offset not page-aligned"). The spec strips
every binary and keeps a stripped copy only when this check passes; otherwise the
original is bundled as it is.

The check, for 64-bit little-endian ELF files: every segment keeps its type, flags,
address and alignment and stays loadable; every allocated section (code, data, the
dynamic symbol table, ...) keeps its address, size and bytes; and a segment may end
sooner only over padding past its last section (patchelf pads the segment it adds;
strip trims that).
"""

from __future__ import annotations

import struct
from typing import NamedTuple

_PT_LOAD = 1
_SHF_ALLOC = 2
_SHT_NOBITS = 8
_PAGE = 4096


class Segment(NamedTuple):
    kind: int
    flags: int
    offset: int
    address: int
    file_size: int
    memory_size: int
    align: int


class Section(NamedTuple):
    address: int
    size: int
    kind: int
    flags: int
    offset: int


def parse(elf: bytes) -> tuple[list[Segment], list[Section]] | None:
    """The segments and allocated sections of a loadable ELF file, or None.

    None when the file is not a 64-bit little-endian ELF file, its tables are cut off,
    or a loaded segment is misaligned or runs past the end of the file.
    """
    if elf[:6] != b"\x7fELF\x02\x01" or len(elf) < 64:
        return None
    phoff, shoff = struct.unpack_from("<QQ", elf, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", elf, 0x36)
    if phentsize != 56 or phoff + phnum * 56 > len(elf):
        return None
    if shnum and (shentsize != 64 or shoff + shnum * 64 > len(elf)):
        return None
    segments = [
        Segment(*struct.unpack_from("<IIQQ8xQQQ", elf, phoff + i * 56)) for i in range(phnum)
    ]
    for s in segments:
        if s.kind == _PT_LOAD and (
            (s.address - s.offset) % _PAGE or (s.align > 1 and (s.address - s.offset) % s.align)
            or s.offset + s.file_size > len(elf)
        ):  # fmt: skip
            return None
    sections = []
    for i in range(shnum):
        kind, flags, address, offset, size = struct.unpack_from("<4xIQQQQ", elf, shoff + i * 64)
        if flags & _SHF_ALLOC:
            sections.append(Section(address, size, kind, flags, offset))
    return segments, sorted(sections)


def same_when_loaded(original: bytes, stripped: bytes) -> bool:
    """Whether ``stripped`` loads into the same memory image as ``original``."""
    before, after = parse(original), parse(stripped)
    if before is None or after is None:
        return False
    (segments, sections), (new_segments, new_sections) = before, after
    if [_placed(s) for s in segments] != [_placed(s) for s in new_segments]:
        return False
    if [s[:4] for s in sections] != [s[:4] for s in new_sections]:
        return False
    for old, new in zip(sections, new_sections, strict=True):
        if old.kind != _SHT_NOBITS and (
            original[old.offset : old.offset + old.size]
            != stripped[new.offset : new.offset + new.size]
        ):
            return False
    return all(
        _covered(old, sections, in_file=False) <= new.memory_size <= old.memory_size
        and _covered(old, sections, in_file=True) <= new.file_size <= old.file_size
        for old, new in zip(segments, new_segments, strict=True)
    )


def _placed(segment: Segment) -> tuple[int, int, int, int]:
    return segment.kind, segment.flags, segment.address, segment.align


def _covered(segment: Segment, sections: list[Section], in_file: bool) -> int:
    """How far into ``segment`` its sections reach: in the file, or in memory."""
    size = segment.file_size if in_file else segment.memory_size
    end = segment.address + size
    reach = [
        s.address + s.size
        for s in sections
        if segment.address <= s.address and s.address + s.size <= end and s.size
        and not (in_file and s.kind == _SHT_NOBITS)
    ]  # fmt: skip
    return max(reach, default=segment.address) - segment.address
