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


def big_screen(browser, accounts):
    """The leader's big screen on an exact 1920×1080 display, in both languages: every page of
    target cards, the light counts and the side panels inside the screen, no card cut off."""
    browser.sign_in("leader", accounts["leader"])
    driver = browser.driver
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    pages_seen = 0
    try:
        for language in ("zh-Hans", "en"):
            browser.language(language)
            page = 1
            while True:
                browser.open(f"/plan/screen?page={page}")
                _expect_no_error(browser, f"screen page {page} ({language})")
                outside = driver.execute_script(_SCREEN_FIT)
                if outside:
                    raise AssertionError(f"screen page {page} ({language}): not within 1920×1080: {outside[:5]}")
                pages_seen += 1
                refresh = driver.find_element(By.CSS_SELECTOR, "meta[http-equiv=refresh]").get_attribute("content")
                turn = re.search(r"page=(\d+)", refresh)
                if not turn or int(turn.group(1)) <= page:
                    break
                page = int(turn.group(1))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return f"{pages_seen} screens"
