#!/usr/bin/env bash
# Vendor the web page's third-party files into src/claimwire/api/static/vendor/.
#
# Run by a maintainer when upgrading them (needs npm and a registry); the results are
# committed, so that `claimwire serve` needs no build step and no network at run time.
#
#   Leaflet 1.9.4          (BSD-2-Clause)  dist/leaflet.js, leaflet.css, images/
#   world-atlas 2.0.2      (ISC; data: Natural Earth, public domain)  countries-50m.json
#   topojson-client 3.1.0  (ISC)  dist/topojson-client.min.js, turns the TopoJSON into GeoJSON
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/claimwire/api/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
for pkg in leaflet-1.9.4 world-atlas-2.0.2 topojson-client-3.1.0; do
    mkdir -p "$WORK/$pkg" && tar xzf "$WORK/$pkg.tgz" -C "$WORK/$pkg"
done

rm -rf "$DEST" && mkdir -p "$DEST/leaflet/images" "$DEST/world-atlas" "$DEST/topojson-client"
cp "$WORK"/leaflet-1.9.4/package/dist/{leaflet.js,leaflet.css} "$DEST/leaflet/"
cp "$WORK"/leaflet-1.9.4/package/dist/images/*.png "$DEST/leaflet/images/"
cp "$WORK"/leaflet-1.9.4/package/LICENSE "$DEST/leaflet/LICENSE"
cp "$WORK"/world-atlas-2.0.2/package/countries-50m.json "$DEST/world-atlas/"
cp "$WORK"/world-atlas-2.0.2/package/LICENSE "$DEST/world-atlas/LICENSE"
cp "$WORK"/topojson-client-3.1.0/package/dist/topojson-client.min.js "$DEST/topojson-client/"
cp "$WORK"/topojson-client-3.1.0/package/LICENSE "$DEST/topojson-client/LICENSE"
# The leaflet.js bundle ends with a sourceMappingURL comment; the map is not shipped.
sed -i '/^\/\/# sourceMappingURL=/d' "$DEST/leaflet/leaflet.js"
du -sh "$DEST"
