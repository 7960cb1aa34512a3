"""The real-browser suite: every demo account walks every page of its navigation in Chinese and
English at 1440 and 390 px, then the demand and evaluation flows run end to end.
Usage: suite.py BASE_URL ACCOUNTS_FILE (lines of `username password`)."""
import sys
import time

import checks
import workflows
from session import Browser, chromium

WIDTHS = (1440, 390)
LANGUAGES = ("zh-Hans", "en")
# Pages reached from other pages rather than the navigation, walked as well: the visits overview
# (every account) and a leader's own page (leaders only: for others it is not found, and skipped).
# Field staff open these on phones, so they are held to 390 px like the rest.
EXTRA_PAGES = ("/visits", "/leaders/me")


def read_accounts(path):
    accounts = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 2:
            accounts[parts[0]] = parts[1]
    return accounts


def walk(browser, username, password):
    """Every page of the account's navigation, in both languages and at both widths."""
    problems = []
    visited = 0
    browser.sign_in(username, password)
    pages = ["/"] + browser.navigation()
    for path in EXTRA_PAGES:
        browser.open(path)
        if path not in pages and not browser.is_error_page():
            pages.append(path)
    # The probe of a page that is not the account's logs its 404 to the console; drop those
    # lines so they are not charged to the next page checked.
    browser.driver.get_log("browser")
    for language in LANGUAGES:
        browser.language(language)
        for width in WIDTHS:
            browser.width(width)
            for path in pages:
                browser.open(path)
                visited += 1
                for problem in checks.page_problems(browser.driver, path, width, language):
                    problems.append(f"{username} {language} {width}px {path}: {problem}")
    return visited, problems


def main():
    base, accounts_file = sys.argv[1], sys.argv[2]
    accounts = read_accounts(accounts_file)
    started = time.monotonic()
    browser = Browser(chromium(), base)
    failures = []
    try:
        for username in accounts:
            visited, problems = walk(browser, username, accounts[username])
            print(f"{username}: {visited} pages, {len(problems)} problems", flush=True)
            failures += problems
        for name, flow in (("demand lifecycle", workflows.demand_lifecycle), ("evaluation runs", workflows.evaluation_runs),
                           ("big screen", workflows.big_screen),
                           ("live big screen", workflows.live_screen)):
            try:
                result = flow(browser, accounts)
                print(f"{name}: ok ({result})", flush=True)
            except Exception as error:  # one flow failing does not hide the other's result
                failures.append(f"{name}: {error}")
                print(f"{name}: FAILED", flush=True)
    finally:
        browser.driver.quit()
    for failure in failures:
        print("FAIL", failure)
    print(f"browser suite: {time.monotonic() - started:.0f} s, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
