#!/bin/sh
# `npm test`: every check, ordered so that both cores stay busy while no `astro` process writes
# .astro/ as another reads it (Astro rewrites its generated types there on every build and check;
# two builds side by side were seen taking each other's content modules). tests/README.md, "Time".
#   1. lint and the source tests (no build needed), alongside the root build, then the sub-path build;
#   2. `astro check` on the types the builds just wrote (--noSync: it writes nothing), alongside
#      the tests of the two builds, which write nothing there;
#   3. once `astro check` is done, the tests that make builds of their own (fixture-builds), while
#      the tests of step 2 go on.
# A failed build skips the site tests only; the exit status is non-zero if any step failed.
status=0
npm run lint &
lint=$!
npm run test:source &
source_tests=$!
if npm run build && npm run build:sub-path; then
  npm run check -- --noSync &
  check=$!
  npm run test:site &
  site=$!
  wait $check || status=1
  npm run test:fixture-builds || status=1
  wait $site || status=1
else
  status=1
  # No site to test; the type check and the fixture builds still report what they find.
  npm run check
  npm run test:fixture-builds
fi
wait $source_tests || status=1
wait $lint || status=1
exit $status
