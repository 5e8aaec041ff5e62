#!/usr/bin/env python3
"""Renders the Windows .ico and the macOS .icns from the SVG icon (needs rsvg-convert, from
librsvg2-bin). Run after editing the SVG, like render-png.sh; the results are committed so the
Windows and macOS recipes need no SVG renderer.

Both containers hold PNG images: Windows Vista and later read PNG entries in .ico files, and
macOS 10.7 and later read PNG data in every .icns image type written here. Small sizes are
rendered from the SVG, not scaled down from a large PNG, so they stay sharp.
"""
import pathlib
import struct
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SVG = HERE / "io.github.cockpittokens.CockpitTokens.svg"
ICO = HERE.parent.parent / "packaging" / "windows" / "cockpit-tokens.ico"
ICNS = HERE.parent.parent / "packaging" / "macos" / "CockpitTokens.icns"

ICO_SIZES = [16, 24, 32, 48, 64, 256]
# .icns image types with PNG payloads and their pixel sizes (the @2x types share pixel sizes).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
]


def render(size: int, folder: pathlib.Path) -> bytes:
    output = folder / f"{size}.png"
    if not output.exists():
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o",
                        str(output)], check=True)
    return output.read_bytes()


def write_ico(folder: pathlib.Path) -> None:
    images = [render(size, folder) for size in ICO_SIZES]
    # ICONDIR, then one 16-byte ICONDIRENTRY per image, then the PNG data; 0 means 256 px.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    ICO.write_bytes(header + entries + b"".join(images))


def write_icns(folder: pathlib.Path) -> None:
    # Big-endian: "icns" and the file length, then (type, 8 + data length, data) per image.
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                    for kind, data in ((kind, render(size, folder)) for kind, size in ICNS_TYPES))
    ICNS.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_ico(pathlib.Path(folder))
        write_icns(pathlib.Path(folder))
    print(f"wrote {ICO.relative_to(HERE.parent.parent)} and {ICNS.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
