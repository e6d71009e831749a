#!/usr/bin/env bash
# Uploads a ~14 MB photo while 20 other uploads run, against the service started with its
# heap capped at 128 MB, and reports the time taken, the answers and the peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
HEAP=${HEAP:-128m}
PORT=${PORT:-18181}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f bootstrap/target/mymovie.jar ] || mvn -B -q -DskipTests package
echo "Making photos with ffmpeg..."
ffmpeg -loglevel error -f lavfi -i "nullsrc=s=4400x3300,geq=random(1)*255:random(2)*255:128" \
    -frames:v 1 -q:v 1 "$work/big.jpg"
ffmpeg -loglevel error -f lavfi -i "testsrc2=s=2400x1600" -frames:v 1 -q:v 2 \
    "$work/other.jpg"
echo "big photo: $(stat -c %s "$work/big.jpg") bytes; others: $(stat -c %s "$work/other.jpg")"

MYMOVIE_PORT=$PORT MYMOVIE_DATA_DIR="$work/data" MYMOVIE_BCRYPT_COST=4 \
    MYMOVIE_RATE_SIGN_UP=100/60 "$JAVA_HOME/bin/java" -Xmx$HEAP -Djava.awt.headless=true \
    -jar bootstrap/target/mymovie.jar > "$work/service.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$PORT/observe/health" >/dev/null; do sleep 0.3; done

base="http://127.0.0.1:$PORT"
jar="$work/cookies"
curl -sf -c "$jar" -H 'Content-Type: application/json' -o /dev/null \
    -d '{"email":"bench@example.com","password":"a long benchmark passphrase","confirmedAge13":true}' \
    "$base/api/v1/auth/signup"
token=$(curl -sf -b "$jar" "$base/api/v1/session" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
upload() { # creation, file, name
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -b "$jar" -H "X-CSRF-Token: $token" \
        -F kind=CAST -F "name=$3" -F "photo=@$2;type=image/jpeg" \
        "$base/api/v1/creations/$1/references"
}
creation() {
    curl -sf -b "$jar" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' \
        -d "{\"title\":\"Bench $1\",\"prompt\":\"Uploads.\"}" "$base/api/v1/creations" \
        | sed 's/^{"id":"\([^"]*\)".*/\1/'
}

ids=(); for i in $(seq 1 21); do ids+=("$(creation "$i")"); done
start=$(date +%s.%N)
uploads=()
for i in $(seq 1 20); do
    upload "${ids[$i]}" "$work/other.jpg" "Other $i" > "$work/other-$i.txt" &
    uploads+=($!)
done
upload "${ids[0]}" "$work/big.jpg" "Big" > "$work/big.txt"
wait "${uploads[@]}"
end=$(date +%s.%N)

echo "heap cap:            $HEAP"
echo "big upload:          $(cat "$work/big.txt") (status, seconds)"
echo "other uploads:       $(cut -d' ' -f1 "$work"/other-*.txt | sort | uniq -c | xargs)"
echo "all 21 uploads took: $(echo "$end - $start" | bc) s"
echo "peak resident size:  $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
echo "OutOfMemoryError:    $(grep -c OutOfMemoryError "$work/service.log" || true) lines"
