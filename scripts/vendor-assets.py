#!/usr/bin/env python3
"""Refreshes the third-party assets kept in public/ (run by hand, outputs are committed).

- Titillium Web (SIL OFL 1.1) from the npm package @fontsource/titillium-web: latin subset,
  weights 400 and 700 (semibold is drawn with the bold face: one file less per visit), woff2 only.
- Titillium Web as TrueType for the PDFs (regular and bold) from the npm package
  @expo-google-fonts/titillium-web, into app/data/fonts/ (embedded in the server binary).
- Icons from the npm package bootstrap-italia (BSD-3-Clause): only the symbols the pages use,
  copied out of dist/svg/sprites.svg into public/icons/sprite.svg.

Usage: scripts/vendor-assets.py   (needs npm; works in a temporary folder)
"""
import pathlib, re, shutil, subprocess, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ["it-pa", "it-user", "it-search", "it-arrow-left", "it-arrow-right", "it-files", "it-file",
         "it-card", "it-mail", "it-map-marker", "it-error", "it-check-circle", "it-info-circle"]
WEIGHTS = ["400", "700"]

def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", tmp,
                        "bootstrap-italia@2.18.3", "@fontsource/titillium-web@5.3.0",
                        "@expo-google-fonts/titillium-web@0.4.1"], check=True)
        modules = pathlib.Path(tmp) / "node_modules"
        fonts = ROOT / "public" / "fonts"
        fonts.mkdir(parents=True, exist_ok=True)
        for weight in WEIGHTS:
            name = f"titillium-web-latin-{weight}-normal.woff2"
            shutil.copy(modules / "@fontsource/titillium-web/files" / name, fonts / name)
        shutil.copy(modules / "@fontsource/titillium-web/LICENSE", fonts / "LICENSE-OFL.txt")
        pdf_fonts = ROOT / "app" / "data" / "fonts"
        pdf_fonts.mkdir(parents=True, exist_ok=True)
        for style in ["400Regular", "700Bold"]:
            name = f"TitilliumWeb_{style}.ttf"
            shutil.copy(modules / "@expo-google-fonts/titillium-web" / style / name, pdf_fonts / name)
        shutil.copy(modules / "@expo-google-fonts/titillium-web/LICENSE_FONT", pdf_fonts / "LICENSE-OFL.txt")
        sprite = (modules / "bootstrap-italia/dist/svg/sprites.svg").read_text()
        symbols = []
        for icon in ICONS:
            match = re.search(rf'<symbol[^>]*id="{icon}"[^>]*>.*?</symbol>', sprite, re.S)
            if not match:
                raise SystemExit(f"icon {icon} not found in bootstrap-italia's sprite")
            symbols.append(match.group(0))
        icons = ROOT / "public" / "icons"
        icons.mkdir(parents=True, exist_ok=True)
        (icons / "sprite.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Subset of Bootstrap Italia icons, BSD-3-Clause -->\n'
            + "\n".join(symbols) + "\n</svg>\n")
        shutil.copy(modules / "bootstrap-italia/LICENSE", icons / "LICENSE-bootstrap-italia.txt")
    # App icons for the manifest, rendered from our own SVG.
    for size in (192, 512):
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(ROOT / "public/icons/icon.svg"),
                        "-o", str(ROOT / f"public/icons/icon-{size}.png")], check=True)
    subprocess.run(["rsvg-convert", "-w", "512", "-h", "512", str(ROOT / "public/icons/icon-maskable.svg"),
                    "-o", str(ROOT / "public/icons/icon-maskable-512.png")], check=True)

if __name__ == "__main__":
    main()
