# Shared by the benchmark scripts (sourced, not run): waiting for a server started in the
# background, and signing in to it as a browser does.

# wait_ready BASE [TRIES]: until BASE/readyz answers (0.2 s between tries; 300 by default).
wait_ready() {
  local base="$1" tries="${2:-300}"
  for _ in $(seq 1 "$tries"); do curl -sf "$base/readyz" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "the server at $base did not become ready" >&2
  return 1
}

# sign_in BASE JAR USERNAME PASSWORD: the login form's CSRF cookie and field, then the session
# cookie, kept in the cookie jar JAR; fails when no session was given.
sign_in() {
  local base="$1" jar="$2" username="$3" password="$4" field
  field=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$username" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$field" "$base/login" || true
  grep -q bq_session "$jar" || { echo "sign-in as $username failed" >&2; return 1; }
}
