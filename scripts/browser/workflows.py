"""The flows staff walk most: a demand from submission to return visit, each step by the role
that does it; evaluation runs started, published and compared; and the big screen seen on a
1920×1080 display, page by page."""
import re

from selenium.webdriver.common.by import By


def _expect_no_error(browser, step):
    errors = [e.text for e in browser.css(".notice-error, .error-page")]
    if errors:
        raise AssertionError(f"{step}: {errors[0][:200]}")


def demand_lifecycle(browser, accounts):
    """Submit as the enterprise; accept, assign, reassign (改派) as the centre; respond and
    resolve as the town it was moved to; the return visit as the centre."""
    browser.sign_in("enterprise", accounts["enterprise"])
    browser.language("zh-Hans")
    browser.open("/demands/new")
    form = browser.driver.find_element(By.CSS_SELECTOR, "form textarea[name=description]").find_element(By.XPATH, "./ancestor::form")
    form.find_element(By.NAME, "description").send_keys("浏览器测试：厂房用电增容报装，请协调供电部门加快办理。")
    browser.click_and_wait(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    if browser.css("input[name=confirm]"):  # a similar open demand exists: submit anyway
        browser.click_and_wait(browser.driver.find_element(By.XPATH, "//form[.//input[@name='confirm']]//button[@type='submit']"))
    _expect_no_error(browser, "submit")
    match = re.search(r"/demands/([^/?#]+)(?:[?#].*)?$", browser.path())
    if not match:
        raise AssertionError(f"submit: ended on {browser.path()}")
    number = match.group(1)
    page = f"/demands/{number}"

    steps = [
        ("admin", "accept", {}),
        ("admin", "assign", {"handler": "department:gxj"}),
        ("admin", "reassign", {"handler": "town:shaping", "note": "浏览器测试：属地镇街办理"}),
        ("town", "respond", {"note": "浏览器测试：已联系企业"}),
        ("town", "resolve", {"note": "浏览器测试：已办结"}),
        ("admin", "return_visit", {"satisfaction": "satisfied", "note": "浏览器测试：企业满意"}),
    ]
    signed_in = None
    for username, action, fields in steps:
        if username != signed_in:
            browser.sign_in(username, accounts[username])
            browser.language("zh-Hans")
            signed_in = username
        browser.open(page)
        browser.submit_action(action, fields)
        _expect_no_error(browser, f"{action} by {username}")
    browser.open(page)
    if "已结案" not in browser.driver.find_element(By.TAG_NAME, "main").text:
        raise AssertionError(f"{number} is not closed after the return visit")
    return number


def evaluation_runs(browser, accounts):
    """Two runs of the latest year, the second published, then the two compared."""
    browser.sign_in("admin", accounts["admin"])
    browser.language("zh-Hans")
    runs = []
    for _ in range(2):
        browser.open("/evaluation")
        form = browser.driver.find_element(By.CSS_SELECTOR, "form[action='/evaluation/runs']")
        browser.click_and_wait(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        _expect_no_error(browser, "start a run")
        if not re.search(r"/evaluation/runs/[0-9A-Fa-f-]{36}$", browser.path()):
            raise AssertionError(f"start a run: ended on {browser.path()}")
        runs.append(browser.path())
    browser.open(runs[-1])
    browser.click_and_wait(browser.driver.find_element(By.CSS_SELECTOR, "form[action$='/publish'] button[type=submit]"))
    _expect_no_error(browser, "publish")
    browser.open("/evaluation")
    for run in runs:
        run_id = run.rsplit("/", 1)[1]
        browser.driver.find_element(By.CSS_SELECTOR, f"input[name=run][value='{run_id}']").click()
    browser.click_and_wait(browser.driver.find_element(By.CSS_SELECTOR, "form[action='/evaluation/compare'] button[type=submit]"))
    _expect_no_error(browser, "compare")
    if "/evaluation/compare" not in browser.path():
        raise AssertionError(f"compare: ended on {browser.path()}")
    return runs


_SCREEN_FIT = """
const outside = [];
for (const element of document.querySelectorAll('.screen-head, .screen-main > *, .screen-side > *, .kpi-card')) {
  const box = element.getBoundingClientRect();
  if (box.height > 0 && (box.bottom > innerHeight + 1 || box.right > innerWidth + 1)) outside.push(element.className);
}
for (const card of document.querySelectorAll('.kpi-card')) {
  if (card.scrollHeight > card.clientHeight + 1) outside.push('cut off: ' + card.querySelector('.kpi-name').textContent);
}
return outside;
"""


def _walk_screen(browser, first, what):
    """Every page of one plan's big screen from `first`, following the page turns the screen's
    own refresh asks for; fails on an error page or anything outside the 1920×1080 display.
    Returns how many pages were seen and whether the final review's notice was on them."""
    driver = browser.driver
    pages_seen, reviewed = 0, False
    page_url = first
    while True:
        browser.open(page_url)
        _expect_no_error(browser, f"{what} {page_url}")
        outside = driver.execute_script(_SCREEN_FIT)
        if outside:
            raise AssertionError(f"{what} {page_url}: not within 1920×1080: {outside[:5]}")
        pages_seen += 1
        reviewed = reviewed or bool(browser.css(".review-notice"))
        refresh = driver.find_element(By.CSS_SELECTOR, "meta[http-equiv=refresh]").get_attribute("content")
        turn = re.search(r"url=(\S+)", refresh)
        page = re.search(r"page=(\d+)", page_url)
        next_page = re.search(r"page=(\d+)", turn.group(1)) if turn else None
        if not next_page or int(next_page.group(1)) <= (int(page.group(1)) if page else 1):
            return pages_seen, reviewed
        page_url = turn.group(1)


def _on_big_display(browser, walk):
    driver = browser.driver
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    try:
        return walk()
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def big_screen(browser, accounts):
    """The leader's big screen on an exact 1920×1080 display, in both languages: every page of
    target cards, the light counts and the side panels inside the screen, no card cut off."""
    browser.sign_in("leader", accounts["leader"])

    def walk():
        seen = 0
        for language in ("zh-Hans", "en"):
            browser.language(language)
            pages, _ = _walk_screen(browser, "/plan/screen?page=1", f"screen ({language})")
            seen += pages
        return seen
    return f"{_on_big_display(browser, walk)} screens"


LIVE_PLAN = "heshan-2026-live"


def live_screen(browser, accounts):
    """A plan whose period is running, on the big screen: the administrator starts the next plan
    from the demo's ended one (the plans page's form, targets kept, a period around today), then
    the leader walks every page of its screen at 1920×1080 in both languages. A running plan shows
    lights and forecasts, not the final review, and must fit the display as the review does."""
    browser.sign_in("admin", accounts["admin"])
    browser.open("/plan/plans")
    forms = browser.css("form[action$='/next']")
    if not forms:
        raise AssertionError("the plans page offers the administrator no form to start the next plan")
    form = forms[0]
    # The form sits in a folded "start the next plan" section: unfold it as a user would.
    browser.driver.find_element(By.XPATH, "//details[.//form[substring(@action, string-length(@action) - 4) = '/next']]/summary").click()
    year = int(browser.driver.execute_script("return new Date().getFullYear()"))
    values = {"code": LIVE_PLAN, "title_zh": "鹤山市制造业当家行动（浏览器测试）",
              "start": f"{year - 1}-01-01", "end": f"{year + 2}-12-31"}
    for name, value in values.items():
        browser.driver.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, name), value)
    browser.click_and_wait(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    _expect_no_error(browser, "starting the next plan")
    if LIVE_PLAN not in browser.path():
        raise AssertionError(f"starting the next plan did not open it: at {browser.path()}")

    browser.sign_in("leader", accounts["leader"])

    def walk():
        seen = 0
        for language in ("zh-Hans", "en"):
            browser.language(language)
            pages, reviewed = _walk_screen(browser, f"/plan/screen?plan={LIVE_PLAN}&page=1", f"live screen ({language})")
            if reviewed:
                raise AssertionError(f"live screen ({language}): a running plan shows the final review")
            if not browser.css(".screen-summary .light-summary"):
                raise AssertionError(f"live screen ({language}): no light counts")
            seen += pages
        return seen
    return f"{_on_big_display(browser, walk)} screens"
