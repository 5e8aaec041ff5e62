#!/bin/sh
# Re-renders the committed PNG icons from the SVG (needs librsvg2-bin). Run after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 48 128 256; do
    rsvg-convert -w "$size" -h "$size" io.github.cockpittokens.CockpitTokens.svg \
        -o "io.github.cockpittokens.CockpitTokens-$size.png"
done
