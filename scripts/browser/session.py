"""A headless Chromium driven by selenium, signed in as one demo account at a time."""
import shutil

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def chromium(binary=None, driver_path=None):
    # Debian's chromium and chromium-driver, named outright: selenium would otherwise try to
    # download a browser, and the intranet has no internet.
    binary = binary or shutil.which("chromium")
    driver_path = driver_path or shutil.which("chromedriver")
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1440,900", "--lang=zh-CN"):
        options.add_argument(argument)
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(driver_path) if driver_path else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return driver


class Browser:
    def __init__(self, driver, base):
        self.driver = driver
        self.base = base

    def open(self, path):
        self.driver.get(self.base + path)

    def path(self):
        return self.driver.current_url.replace(self.base, "", 1)

    def is_error_page(self):
        """Whether the page shown is the application's error page (not found, forbidden …)."""
        return bool(self.driver.find_elements(By.CSS_SELECTOR, ".error-page"))

    def width(self, pixels):
        self.driver.set_window_size(pixels, 900)

    def language(self, code):
        self.open(f"/language/{code}")

    def sign_in(self, username, password):
        self.driver.delete_all_cookies()
        self.open("/login")
        self.driver.find_element(By.NAME, "username").send_keys(username)
        self.driver.find_element(By.NAME, "password").send_keys(password)
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()
        # The click returns before the next page has loaded: wait for it to leave the login form.
        try:
            WebDriverWait(self.driver, 20).until(lambda driver: "/login" not in driver.current_url)
        except Exception:
            raise AssertionError(f"{username} could not sign in") from None

    def click_and_wait(self, element):
        """Clicks a submit button and waits until the page it posted to has replaced this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(_driver):
            # Chromium answers a question about a node of the page being replaced either as a
            # stale element or as "does not belong to the document": both mean it is gone.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(self.driver, 30).until(replaced)
        WebDriverWait(self.driver, 30).until(
            lambda driver: driver.execute_script("return document.readyState") == "complete")

    def navigation(self):
        """The addresses in the signed-in account's navigation."""
        links = self.driver.find_elements(By.CSS_SELECTOR, ".site-nav a")
        return [link.get_attribute("href").replace(self.base, "", 1) for link in links]

    def css(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def submit_action(self, action, fields=None):
        """Fills and posts the form of one demand action on the demand's page."""
        form = self.driver.find_element(By.XPATH, f"//form[.//input[@name='action' and @value='{action}']]")
        for name, value in (fields or {}).items():
            field = form.find_element(By.NAME, name)
            if field.tag_name == "select":
                field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
            else:
                field.send_keys(value)
        self.click_and_wait(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
