# Prints "whole" when a reopened or resumed busy guest (busy.lua) is whole: the
# files written before the save match their checksums, both busy processes
# still run, and the counter moves on. $TAG names the files (set before this).
cd /root && sha256sum -c "$TAG.sum" >/dev/null && grep -qx "$TAG" "$TAG.marker" &&
  ps | grep -q '[c]hurn-memory' && ps | grep -q '[c]hurn-counter' || exit 1
# the counter file is empty for a moment each time it is rewritten
count() { v=; while [ -z "$v" ]; do v=$(cat /tmp/counter); done; echo "$v"; }
a=$(count); sleep 0.5; b=$(count)
[ "$b" -gt "$a" ] && echo whole
