#!/usr/bin/env bash
# Runs the content sync (ContentSync) against a real WordPress twice in a row and checks the site
# itself afterwards: every post of content/posts.json exactly once (no "-2" duplicate, scheduled
# and draft ones included), its categories and tags by their names (with & and quotes), its
# featured image uploaded once and attached; then a wrong password is refused at sign-in with a
# diagnosis; then the export (ExportPosts) writes every published post and its image to a folder.
# No run may print SLF4J's "no provider" notice. Needs python3 and curl for the checks.
# Usage: WP_BASE_URL=... WP_USER=... WP_APP_PASSWORD=... sync.sh (after run.sh built the jar)
set -euo pipefail
cd "$(dirname "$0")"
: "${WP_BASE_URL:?}" "${WP_USER:?}" "${WP_APP_PASSWORD:?}"

[ -f target/wp-rest-consumer-1.0.0.jar ] || mvn -B -q package
cp="target/wp-rest-consumer-1.0.0.jar:$(cat target/runtime-path.txt)"
fail() { echo "FAIL $*" >&2; exit 1; }
quiet() { ! grep -q "SLF4J" <<<"$1" || fail "SLF4J printed a notice: $1"; }

for run in 1 2; do
  out=$(java -cp "$cp" com.example.consumer.ContentSync content 2>&1) || fail "sync run $run: $out"
  quiet "$out"
  echo "$out" | tail -3 | sed "s/^/sync run $run: /"
  summary=$(grep '^created ' <<<"$out")
  if [ "$run" = 2 ]; then
    [ "$summary" = "created 0, updated 10, failed 0" ] || fail "second run not idempotent: $summary"
  fi
  grep -q "^category Sync Demo holds 10 posts$" <<<"$out" || fail "the pager did not count 10"
done

echo "== the site after two runs"
python3 - <<'PY'
import base64, html, json, os, sys, urllib.request
base = os.environ["WP_BASE_URL"].rstrip("/") + "/wp-json/wp/v2/"
auth = base64.b64encode((os.environ["WP_USER"] + ":" + os.environ["WP_APP_PASSWORD"]).encode()).decode()
def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Basic " + auth})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
posts = json.load(open("content/posts.json"))
statuses = "status=publish,future,draft,pending,private&context=edit"
problems = []
for p in posts:
    slug = p["slug"]
    found = get("posts?slug=%s&%s" % (slug, statuses))
    dupes = get("posts?slug=%s-2&%s" % (slug, statuses))
    if len(found) != 1 or dupes:
        problems.append("%s: %d posts, %d duplicates" % (slug, len(found), len(dupes)))
        continue
    post = found[0]
    want = p.get("status", "publish")
    if post["status"] != want:
        problems.append("%s: status %s, not %s" % (slug, post["status"], want))
    for tax, key in (("categories", "categories"), ("tags", "tags")):
        names = sorted(html.unescape(get("%s/%d" % (tax, i))["name"]) for i in post[key])
        if names != sorted(p[key]):
            problems.append("%s: %s %s, not %s" % (slug, key, names, sorted(p[key])))
    if "image" in p:
        name = os.path.basename(p["image"]).rsplit(".", 1)[0]
        media = get("media?slug=%s" % name) + get("media?slug=%s-2" % name)
        if len(media) != 1:
            problems.append("%s: %d images named %s" % (slug, len(media), name))
        elif post["featured_media"] != media[0]["id"] or media[0]["post"] != post["id"]:
            problems.append("%s: image %d not featured and attached" % (slug, media[0]["id"]))
def every(tax):
    items, page = [], 1
    while True:
        batch = get("%s?per_page=100&page=%d&orderby=id" % (tax, page))
        items += batch
        if len(batch) < 100:
            return items
        page += 1
for tax, key in (("categories", "categories"), ("tags", "tags")):
    stored = [html.unescape(t["name"]) for t in every(tax)]
    for n in {n for p in posts for n in p[key]}:
        if stored.count(n) != 1:
            problems.append("%s %r exists %d times" % (tax, n, stored.count(n)))
if problems:
    print("\n".join(problems)); sys.exit(1)
print("ok: %d posts exactly once, with their terms and images" % len(posts))
PY

echo "== a wrong password is refused at sign-in, explained"
set +e
out=$(WP_APP_PASSWORD="wrong wrong wrong wrong wrong wrong" \
  java -cp "$cp" com.example.consumer.ContentSync content 2>&1)
status=$?
set -e
[ "$status" = 1 ] && grep -q "WPD-401-" <<<"$out" && ! grep -q "^created" <<<"$out" \
  || fail "expected exit 1 with a WPD-401 diagnosis before any write, got $status: $out"
quiet "$out"
echo "ok: $(grep -o 'WPD-401-[A-Z-]*' <<<"$out" | head -1)"

echo "== the export"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
out=$(java -cp "$cp" com.example.consumer.ExportPosts "$folder" 2>&1) || fail "export: $out"
quiet "$out"
echo "$out"
total=$(curl -sfI "${WP_BASE_URL%/}/wp-json/wp/v2/posts?per_page=1" | tr -d '\r' \
  | awk -F': ' 'tolower($1)=="x-wp-total"{print $2}')
files=$(find "$folder" -maxdepth 1 -name '*.json' | wc -l)
[ "$files" = "$total" ] || fail "exported $files posts, the site has $total published"
for slug in sync-welcome sync-rd-budget; do
  json=$(find "$folder" -maxdepth 1 -name "*-$slug.json")
  [ -n "$json" ] || fail "no export of $slug"
  image=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["featuredMedia"])' "$json")
  cmp -s "$folder/$image" "content/images/${slug/rd-budget/rd}-cover.png" \
    || fail "$slug: exported image $image differs from the uploaded one"
done
grep -q '"R&D"' "$folder"/*-sync-rd-budget.json || fail "category names not decoded in the export"
echo "ok: $files posts exported, images identical to the uploads"
