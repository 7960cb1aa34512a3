"""What every page must be, as a user sees it: no console error, nothing wider than the screen, no
raw code where a name belongs, no catalogue key left untranslated, and (wide screens) the
navigation on one line."""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "Sources"

# Codes from the county's reference data: a user sees their names, never these.
def _codes(section):
    text = (RESOURCES / "BaiqiangCore/Resources/county/heshan.yaml").read_text(encoding="utf-8")
    block = text.split(f"\n{section}:\n", 1)[1].split("\n\n", 1)[0]
    block = re.split(r"\n[a-zA-Z]", block, maxsplit=1)[0]
    return re.findall(r"\{code: ([a-z0-9_]+),", block)

TOWN_CODES = _codes("towns")
DEPARTMENT_CODES = _codes("departments")
# Demand states and evaluation classes by their machine names: English words, so they count as a
# leak on Chinese pages only.
STATE_CODES = ["submitted", "accepted", "assigned", "returned", "responded", "resolved", "unsatisfied",
               "closed", "in_progress", "not_started", "basically_satisfied"]

# Codes a page may show for now, each with why: (path prefix, code) -> reason.
ALLOWED = {
}

# Pages whose key-shaped text is data, not a lost translation, each with why.
KEY_SHAPED_DATA = {
    # The audit log names actions by their machine codes (`login.succeeded`, `projects.created`)
    # until the names-instead-of-codes work gives each a name.
    "/admin/audit": "audit action codes",
}

# The catalogue's keys; a page showing one (or anything shaped like one under a known prefix)
# has lost its translation.
def _catalogue():
    keys = set()
    for file in (RESOURCES / "BaiqiangApp/Resources/i18n").glob("*/*.json"):
        keys.update(json.loads(file.read_text(encoding="utf-8")).keys())
    return keys

CATALOGUE_KEYS = _catalogue()
KEY_PREFIXES = sorted({key.split(".", 1)[0] for key in CATALOGUE_KEYS})
KEY_PATTERN = re.compile(r"(?<![\w./@-])(?:%s)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*(?![\w/-])" % "|".join(map(re.escape, KEY_PREFIXES)))


def _word(code):
    return re.compile(r"(?<![\w./@:-])%s(?![\w/@-])" % re.escape(code))


RAW_CODE_PATTERNS = [(code, _word(code)) for code in TOWN_CODES + DEPARTMENT_CODES]
RAW_CODE_PATTERNS.append(("DEMO placeholder", re.compile(r"\bDEMO\d+\b")))
STATE_PATTERNS = [(code, _word(code)) for code in STATE_CODES]

PAGE_STATE = """
const nav = Array.from(document.querySelectorAll('.site-nav a')).filter(a => a.offsetParent !== null);
return {
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  text: document.body ? document.body.innerText : '',
  lang: document.documentElement.lang,
  navTops: nav.map(a => Math.round(a.getBoundingClientRect().top)),
  errorPage: !!document.querySelector('.error-page'),
  title: document.title,
};
"""


def page_problems(driver, path, width, language):
    """Everything wrong with the page the driver shows now."""
    problems = []
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
    state = driver.execute_script(PAGE_STATE)
    if state["errorPage"]:
        problems.append(f"error page: {state['title']}")
    if state["scrollWidth"] > state["clientWidth"]:
        problems.append(f"wider than the screen: {state['scrollWidth']} px in {state['clientWidth']} px")
    if width >= 1440 and len(set(state["navTops"])) > 1:
        problems.append(f"navigation wraps onto {len(set(state['navTops']))} lines")
    expected = "en" if language == "en" else "zh-Hans"
    if state["lang"] != expected:
        problems.append(f"page language {state['lang']}, expected {expected}")
    text = state["text"]
    patterns = RAW_CODE_PATTERNS + (STATE_PATTERNS if language != "en" else [])
    for code, pattern in patterns:
        if any(path.startswith(prefix) and code == allowed for prefix, allowed in ALLOWED):
            continue
        match = pattern.search(text)
        if match:
            around = text[max(0, match.start() - 30):match.end() + 30].replace("\n", " ")
            problems.append(f"raw code {code!r}: …{around}…")
    if any(path.startswith(prefix) for prefix in KEY_SHAPED_DATA):
        return problems
    for match in KEY_PATTERN.finditer(text):
        problems.append(f"untranslated key {match.group(0)!r}")
    return problems
