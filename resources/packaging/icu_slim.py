"""A smaller ICU data library for the frozen app: 32 MB of Qt's ICU data down to ~8 MB.

PySide6's Linux wheels ship ``libicudata.so.NN``: one symbol, ``icudtNN_dat``, holding
ICU's whole data archive. Qt calls only a handful of ICU functions (``nm -D`` on
libQt6Core lists them): collation (``ucol_*``, QCollator and file-dialog sorting),
case mapping (``u_strToUpper/Lower``, whose tables are compiled into libicuuc),
time-zone IDs and names (``ucal_*``) and legacy text codecs (``ucnv_*``, only for an
encoding asked for by name, never by convstudio). So the archive keeps the collation
tree, the locale bundles and the small shared tables, and leaves out the trees no
such call reads (unit, currency, language/region/zone display names, break-iterator
dictionaries, transliteration, spell-out rules) and the legacy codec tables. A lookup
of a left-out item fails the way ICU documents (``U_MISSING_RESOURCE_ERROR``), and Qt
falls back (e.g. a time-zone name shown as an offset).

The new library is written here byte by byte, a minimal ELF shared object with the
same soname and symbol, so building needs no compiler. Linux only; on other systems
the spec leaves ICU alone (Windows and macOS Qt use the system's ICU).
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

# Data trees and files Qt's ICU calls never read (see the module docstring).
DROPPED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
DROPPED_SUFFIXES = (".cnv",)
LIBRARY_NAME = re.compile(r"libicudata\.so\.(\d+)$")

_PT_LOAD, _PT_DYNAMIC, _PT_GNU_STACK = 1, 2, 0x6474E551
_PF_W, _PF_R = 2, 4
_DT = {"NULL": 0, "HASH": 4, "STRTAB": 5, "SYMTAB": 6, "STRSZ": 10, "SYMENT": 11, "SONAME": 14}
_SHT_STRTAB, _SHT_HASH, _SHT_DYNAMIC, _SHT_PROGBITS, _SHT_DYNSYM = 3, 5, 6, 1, 11
_SHF_WRITE, _SHF_ALLOC = 1, 2
_PAGE = 0x1000


def keep_item(name: str) -> bool:
    """Whether an archive item (``icudt73l/coll/ja.res``) stays in the slim archive."""
    parts = name.split("/")
    tree = parts[1] if len(parts) > 2 else ""
    return tree not in DROPPED_TREES and not name.endswith(DROPPED_SUFFIXES)


# --- the ICU common data archive ("CmnD") ---------------------------------------------


def split_archive(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The archive's header and its (name, data) items, in table order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data archive")
    (count,) = struct.unpack_from("<I", blob, header_size)
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(blob) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[header_size + data_offset : header_size + end]))
    return blob[:header_size], items


def join_archive(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An archive of ``items`` (sorted by name, as ICU's binary search needs)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    offset = _align(table_size + len(names), 16)
    toc, name_offset, data = [], table_size, bytearray()
    for name, payload in items:
        toc.append(struct.pack("<II", name_offset, offset + len(data)))
        name_offset += len(name) + 1
        data += payload + b"\0" * (_align(len(payload), 16) - len(payload))
    head = struct.pack("<I", len(items)) + b"".join(toc) + names
    return header + head + b"\0" * (offset - len(head)) + bytes(data)


# --- ELF: read one symbol, write a one-symbol library ----------------------------------


def read_symbol(path: Path, prefix: bytes) -> tuple[str, bytes, bytes]:
    """The first dynamic symbol starting with ``prefix`` in a 64-bit little-endian ELF.

    Returns its name, its bytes and the file's first 20 bytes (its ELF identity).
    """
    elf = path.read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _, kind, _, _, offset, size, link, _, _, _ in sections:
        if kind != _SHT_DYNSYM:
            continue
        names_at = sections[link][4]
        for entry in range(offset, offset + size, 24):
            st_name, _, _, _, value, length = struct.unpack_from("<IBBHQQ", elf, entry)
            start = names_at + st_name
            name = elf[start : elf.index(b"\0", start)]
            if name.startswith(prefix) and length:
                start = _file_offset(elf, value)
                return name.decode("ascii"), elf[start : start + length], elf[:20]
    raise ValueError(f"{path} has no symbol starting with {prefix!r}")


def _file_offset(elf: bytes, vaddr: int) -> int:
    (phoff,) = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for i in range(phnum):
        kind, _, offset, address, _, size, _, _ = struct.unpack_from(
            "<IIQQQQQQ", elf, phoff + i * phentsize
        )
        if kind == _PT_LOAD and address <= vaddr < address + size:
            return offset + vaddr - address
    raise ValueError(f"address {vaddr:#x} is in no loaded segment")


def shared_object(soname: str, symbol: str, payload: bytes, ident: bytes) -> bytes:
    """A shared library exporting one read-only object, ``symbol``, holding ``payload``.

    Layout: ELF header, four program headers, .hash, .dynsym, .dynstr and the payload
    in one read-only segment; then .dynamic alone in a writable page (glibc before 2.35
    relocates it in place), .shstrtab and the section headers. ``ident`` is the first
    20 bytes of the library being replaced (class, byte order, OS ABI, machine).
    """
    dynstr = b"\0" + soname.encode() + b"\0" + symbol.encode() + b"\0"
    hash_off = 64 + 4 * 56
    dynsym_off = _align(hash_off + 20, 8)
    dynstr_off = dynsym_off + 48
    data_off = _align(dynstr_off + len(dynstr), 16)
    data_end = data_off + len(payload)
    dyn_off = _align(data_end, _PAGE)
    tags = [("HASH", hash_off), ("STRTAB", dynstr_off), ("SYMTAB", dynsym_off)]
    tags += [("STRSZ", len(dynstr)), ("SYMENT", 24), ("SONAME", 1), ("NULL", 0)]
    dynamic = b"".join(struct.pack("<qQ", _DT[tag], value) for tag, value in tags)
    dyn_end = dyn_off + len(dynamic)
    shstrtab = b"\0.hash\0.dynsym\0.dynstr\0.rodata\0.dynamic\0.shstrtab\0"
    sh_off = _align(dyn_end + len(shstrtab), 8)

    def name(section: str) -> int:
        return shstrtab.index(section.encode() + b"\0")

    machine = struct.unpack_from("<H", ident, 18)[0]
    elf_header = ident[:16] + struct.pack(
        "<HHIQQQIHHHHHH", 3, machine, 1, 0, 64, sh_off, 0, 64, 56, 4, 64, 7, 6
    )
    segments = [  # type, flags, offset (= address), size, alignment
        (_PT_LOAD, _PF_R, 0, data_end, _PAGE),
        (_PT_LOAD, _PF_R | _PF_W, dyn_off, len(dynamic), _PAGE),
        (_PT_DYNAMIC, _PF_R | _PF_W, dyn_off, len(dynamic), 8),
        (_PT_GNU_STACK, _PF_R | _PF_W, 0, 0, 16),  # no executable stack
    ]
    phdrs = b"".join(
        struct.pack("<IIQQQQQQ", kind, flags, off, off, off, size, size, align)
        for kind, flags, off, size, align in segments
    )
    sysv_hash = struct.pack("<IIIII", 1, 2, 1, 0, 0)  # one bucket -> symbol 1; chains end
    # Symbol 1: global object in section 4 (.rodata); its name follows the soname.
    dynsym = bytes(24) + struct.pack("<IBBHQQ", len(soname) + 2, 0x11, 0, 4, data_off, len(payload))
    # Section headers only describe the file (for strip, readelf, ldd); the loader
    # reads the program headers and .dynamic.
    alloc, writable = _SHF_ALLOC, _SHF_ALLOC | _SHF_WRITE
    # name, type, flags, offset (= address when loaded), size, link, info, align, entry size
    sections = [
        ("", 0, 0, 0, 0, 0, 0, 0, 0),
        (".hash", _SHT_HASH, alloc, hash_off, 20, 2, 0, 8, 4),
        (".dynsym", _SHT_DYNSYM, alloc, dynsym_off, 48, 3, 1, 8, 24),
        (".dynstr", _SHT_STRTAB, alloc, dynstr_off, len(dynstr), 0, 0, 1, 0),
        (".rodata", _SHT_PROGBITS, alloc, data_off, len(payload), 0, 0, 16, 0),
        (".dynamic", _SHT_DYNAMIC, writable, dyn_off, len(dynamic), 3, 0, 8, 16),
        (".shstrtab", _SHT_STRTAB, 0, dyn_end, len(shstrtab), 0, 0, 1, 0),
    ]
    section_table = b"".join(
        struct.pack(
            "<IIQQQQIIQQ",
            name(title) if title else 0,
            kind,
            flags,
            offset if flags else 0,
            offset,
            size,
            link,
            info,
            align,
            entsize,
        )
        for title, kind, flags, offset, size, link, info, align, entsize in sections
    )
    out = bytearray(sh_off + 64 * len(sections))
    for offset, chunk in (
        (0, elf_header + phdrs),
        (hash_off, sysv_hash),
        (dynsym_off, dynsym),
        (dynstr_off, dynstr),
        (data_off, payload),
        (dyn_off, dynamic),
        (dyn_end, shstrtab),
        (sh_off, section_table),
    ):
        out[offset : offset + len(chunk)] = chunk
    return bytes(out)


def slim_library(source: Path, target: Path) -> tuple[int, int, int]:
    """Write a slim copy of ICU data library ``source`` to ``target``.

    Returns (items dropped, old size, new size) in items and bytes.
    """
    match = LIBRARY_NAME.search(source.name)
    if not match:
        raise ValueError(f"{source.name} is not an ICU data library")
    symbol, blob, ident = read_symbol(source, f"icudt{match[1]}".encode())
    header, items = split_archive(blob)
    kept = [item for item in items if keep_item(item[0])]
    library = shared_object(source.name, symbol, join_archive(header, kept), ident)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(library)
    target.chmod(0o755)
    return len(items) - len(kept), source.stat().st_size, len(library)


def _align(n: int, to: int) -> int:
    return (n + to - 1) // to * to
