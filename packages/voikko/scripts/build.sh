#!/usr/bin/env bash
# Rebuilds @kuulo/voikko from Debian's sources: libvoikko 4.3.1 compiled to WebAssembly with
# Emscripten (wasm/voikko.wasm + wasm/voikko.cjs) and the voikko-fi 2.5 morphology dictionary
# (dict/5/mor-standard/). Tested on Debian 12 (bookworm), as root or with sudo.
#
#   packages/voikko/scripts/build.sh [WORK_DIR]     # WORK_DIR defaults to /tmp/kuulo-voikko-build
#
# Needs a deb-src entry for bookworm (e.g. /etc/apt/sources.list.d/debian-src.sources with
# "Types: deb-src", the same URIs/Suites/Components as the deb entry) and the build tools:
#   apt-get install dpkg-dev build-essential python3 foma emscripten
# Steps: (1) apt-get source libvoikko voikko-fi; (2) a native libvoikko build for its
# dictionary compiler voikkovfstc; (3) voikko-fi's morphology with foma + voikkovfstc;
# (4) libvoikko with emcc (VFST backend only, no HFST) linked with scripts/kuulo-voikko.c.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/kuulo-voikko-build}"
libvoikko_version=4.3.1-1
voikko_fi_version=2.5-1
mkdir -p "$work"
cd "$work"

if [ ! -d "libvoikko-4.3.1" ] || [ ! -d "voikko-fi-2.5" ]; then
  apt-get source "libvoikko=$libvoikko_version" "voikko-fi=$voikko_fi_version"
fi

# Emscripten 3.1.6 (Debian 12) would fetch() its .wasm under Node 18+ when run by configure.
export NODE_OPTIONS=--no-experimental-fetch

echo "== native libvoikko (for voikkovfstc)"
rm -rf native && cp -r libvoikko-4.3.1 native
(cd native && ./configure --disable-hfst --disable-testtools --disable-shared >/dev/null && make -j2 >/dev/null)

echo "== voikko-fi morphology"
rm -rf voikko-fi && cp -r voikko-fi-2.5 voikko-fi
# A fixed build date (voikko-fi's Debian changelog entry) keeps index.txt reproducible.
export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH="$(date -d "$(dpkg-parsechangelog -l voikko-fi/debian/changelog -S Date)" +%s)"
(cd voikko-fi && PATH="$work/native/src/tools:$PATH" make vvfst >/dev/null)

echo "== libvoikko -> WebAssembly"
rm -rf wasm && cp -r libvoikko-4.3.1 wasm
cd wasm
emconfigure ./configure --disable-hfst --disable-buildtools --disable-testtools \
  --disable-shared --enable-static --disable-assert --with-dictionary-path=/voikko >/dev/null
emmake make -j2 >/dev/null
emcc -O2 -Isrc -c "$here/scripts/kuulo-voikko.c" -o kuulo-voikko.o
# -O1 at link time: Debian's emscripten lacks acorn for the -O2 JavaScript optimiser.
em++ -O1 kuulo-voikko.o src/.libs/libvoikko.a -o voikko.cjs \
  -sMODULARIZE=1 -sEXPORT_NAME=createVoikko -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node \
  -sALLOW_MEMORY_GROWTH=1 -sFORCE_FILESYSTEM=1 \
  -sEXPORTED_FUNCTIONS=_kuulo_voikko_init,_kuulo_voikko_analyze,_kuulo_voikko_terminate,_malloc,_free \
  -sEXPORTED_RUNTIME_METHODS=FS,UTF8ToString,stringToUTF8,lengthBytesUTF8
cd ..

mkdir -p "$here/wasm" "$here/dict/5/mor-standard"
cp wasm/voikko.cjs wasm/voikko.wasm "$here/wasm/"
cp voikko-fi/vvfst/index.txt voikko-fi/vvfst/mor.vfst voikko-fi/vvfst/autocorr.vfst "$here/dict/5/mor-standard/"
echo "== done: $here/wasm, $here/dict"
ls -l "$here/wasm" "$here/dict/5/mor-standard"
