# What the project's shell scripts share; bench/bulk-load.sh, bench/read-load.sh and
# bootstrap/src/cds/refresh-classlist.sh source it after setting BENCH_NAME, which prefixes their
# error messages.

log() { printf '%s\n' "$*" >&2; }
die() { log "$BENCH_NAME: $*"; exit 1; }

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

now_ns() { date +%s%N; }

install_package() { # $1: a Debian package
  local sudo=
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  log "$1 is missing: installing it from Debian's packages"
  $sudo apt-get install -y -q "$1" >&2 || { $sudo apt-get update -q >&2 && $sudo apt-get install -y -q "$1" >&2; }
}
