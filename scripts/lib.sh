# Shared by run.sh, test.sh, keycloak.sh and postgres.sh (sourced, not run).
#
#   dx_java                    export JAVA_HOME (kept if set, else the `java` on the PATH, any architecture)
#   dx_need_ss                 make sure `ss` (iproute2) is there for the port checks
#   dx_port_free PORT WHAT     fail at once when something listens on PORT, naming the port and its process
#   dx_wait_ready NAME URL PID LOG CEILING
#                              wait until URL answers, as long as PID is alive and LOG keeps growing
#                              (a start that logs nothing for DX_STALL_TIMEOUT s is stuck), up to CEILING s
#   dx_node_ok                 the lint tools' Node version (DX_NODE_MIN) is there, or say how to get it

dx_die() { echo "${DX_SCRIPT:-dx}: $*" >&2; exit 1; }

dx_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    :
  elif command -v java >/dev/null 2>&1; then
    # /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/<any arch>/bin/java
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  else
    dx_die "no Java found: install a JDK 17 or later (apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
  fi
  export JAVA_HOME
  local major
  # the JDK's release file says its version without starting a JVM (seconds on a busy machine)
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
  [ -n "$major" ] || major="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || dx_die "Java $major in $JAVA_HOME is too old: 17 or later is needed"
}

dx_need_ss() {
  command -v ss >/dev/null 2>&1 && return 0
  echo "Installing iproute2 (for ss, the port checks) from Debian's packages ..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 >/dev/null
}

# Who listens on the port: "users:(("java",pid=123,fd=45))" as ss prints it (the process needs root
# to be seen when it is someone else's; then at least the port is named).
dx_port_holder() {
  local line holder
  line="$(ss -Htlnp "sport = :$1" 2>/dev/null | head -1)"
  [ -n "$line" ] || return 1
  holder="$(grep -o 'users:(.*)' <<<"$line" || true)"
  echo "${holder:-a process this user cannot see}"
}

dx_port_free() {
  local port="$1" what="$2" holder
  if holder="$(dx_port_holder "$port")"; then
    dx_die "port $port ($what) is already in use by $holder; stop that process or choose another port (see README)"
  fi
}

dx_wait_ready() {
  local name="$1" url="$2" pid="$3" log="$4" ceiling="$5"
  local stall="${DX_STALL_TIMEOUT:-600}" started=$SECONDS last_size=-1 last_change=$SECONDS size
  printf 'Waiting for %s ' "$name"
  until curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo
      echo "$name exited before it was ready; last 40 lines of $log:" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    size="$(stat -c %s "$log" 2>/dev/null || echo 0)"
    if [ "$size" != "$last_size" ]; then last_size="$size"; last_change=$SECONDS; fi
    if [ $((SECONDS - last_change)) -ge "$stall" ]; then
      echo
      echo "$name wrote nothing to its log for ${stall}s and is not ready: taken as stuck (DX_STALL_TIMEOUT raises this); last 40 lines of $log:" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    if [ $((SECONDS - started)) -ge "$ceiling" ]; then
      echo
      echo "$name did not become ready within ${ceiling}s although it was running; last 40 lines of $log:" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    printf '.'
    sleep 1
  done
  echo
  echo "$name ready in $((SECONDS - started)) s"
}

# The lint tools (tools/lint: @redocly/cli 2, bpmnlint 11) need Node 20.19 or later; Debian 12's own
# nodejs package is 18.
DX_NODE_MIN="${DX_NODE_MIN:-20.19.0}"
dx_node_ok() {
  local have
  command -v node >/dev/null 2>&1 || { dx_node_advice "no node on the PATH"; return 1; }
  have="$(node --version 2>/dev/null | sed 's/^v//')"
  if [ "$(printf '%s\n%s\n' "$DX_NODE_MIN" "$have" | sort -V | head -1)" != "$DX_NODE_MIN" ]; then
    dx_node_advice "node $have is too old"
    return 1
  fi
}
dx_node_advice() {
  cat >&2 <<EOF
${DX_SCRIPT:-dx}: $1: the lint tools (tools/lint: @redocly/cli, bpmnlint) need Node $DX_NODE_MIN or later.
  Debian 12's own nodejs package is Node 18, too old for them. Install Node 20 or 22, e.g.
  from the Node 20 packages of your distribution's backports, from NodeSource's Debian repository,
  or with nvm, then run the command again. (On GitHub Actions, actions/setup-node does it.)
EOF
}
