"""Checks Baiqiang's Open311 GeoReport v2 endpoint with PyPI's `georeport` client.

Usage: open311_client_test.py ROOT_URL API_KEY CREDIT_CODE
Prints one line per check and a closing 'N passed, N failed'; exits non-zero on any failure.
"""
import sys
import traceback

import requests
from georeport import GeoReport

root, api_key, credit_code = sys.argv[1], sys.argv[2], sys.argv[3]
json_client = GeoReport(root, api_key=api_key)
xml_client = GeoReport(root, api_key=api_key, output_format="xml")
results = {"passed": 0, "failed": 0}
state = {}


def check(name):
    def run(test):
        try:
            test()
            results["passed"] += 1
            print(f"ok   {name}")
        except Exception:  # noqa: BLE001 - every failure is reported, none stops the run
            results["failed"] += 1
            print(f"FAIL {name}")
            print("     | " + traceback.format_exc().strip().replace("\n", "\n     | "))
        return test
    return run


def post(fields):
    return requests.post(f"{root}/requests.json", data=fields, timeout=10)


@check("services (JSON) lists the categories with string service codes")
def _():
    services = json_client.get_service_list()
    codes = [s["service_code"] for s in services]
    assert "sme" in codes and "12345-complaint" in codes, codes
    assert all(isinstance(c, str) for c in codes)


@check("services (XML) reads the same services")
def _():
    services = xml_client.get_service_list()
    assert [s["service_code"] for s in services] == [s["service_code"] for s in json_client.get_service_list()]


@check("a service definition names the credit_code attribute")
def _():
    definition = json_client.get_service_definition("12345-help")
    assert definition["service_code"] == "12345-help"
    assert definition["attributes"][0]["code"] == "credit_code"


@check("an unknown service is a 404 with the spec's error list")
def _():
    response = requests.get(f"{root}/services/no-such-service.json", timeout=10)
    assert response.status_code == 404, response.status_code
    assert response.json()[0]["code"] == 404


@check("POST requests without an api_key is refused with 403")
def _():
    response = post({"service_code": "12345-help", "description": "x", "attribute[credit_code]": credit_code})
    assert response.status_code == 403, response.status_code
    assert "api_key" in response.json()[0]["description"]


@check("POST requests with a wrong api_key is refused with 403")
def _():
    response = post({"api_key": "o311_wrong", "service_code": "12345-help", "description": "x",
                     "attribute[credit_code]": credit_code})
    assert response.status_code == 403, response.status_code


@check("POST requests with the issued key files a demand")
def _():
    response = post({"api_key": api_key, "service_code": "12345-help", "description": "厂区门前道路破损，货车进出困难",
                     "attribute[credit_code]": credit_code, "address_string": "鹤山市沙坪街道"})
    assert response.status_code == 201, (response.status_code, response.text)
    created = response.json()[0]
    assert created["service_request_id"].startswith("SQ")
    state["id"] = created["service_request_id"]
    state["token"] = created["token"]


@check("the request reads back (JSON) with its working-day deadline as expected_datetime")
def _():
    request = json_client.get_service_request(state["id"])
    assert request["status"] == "open"
    assert request["service_code"] == "12345-help"
    assert request["expected_datetime"].endswith("T23:59:59+08:00"), request["expected_datetime"]


@check("the request reads back (XML)")
def _():
    request = xml_client.get_service_request(state["id"])
    assert request["service_request_id"] == state["id"]
    assert request["expected_datetime"] == json_client.get_service_request(state["id"])["expected_datetime"]


@check("the token resolves to the request")
def _():
    response = requests.get(f"{root}/tokens/{state['token']}.json", timeout=10)
    assert response.json()[0]["service_request_id"] == state["id"]


@check("requests filters by service_code and status")
def _():
    found = json_client.get_service_requests(service_code="12345-help", status="open")
    assert state["id"] in [r["service_request_id"] for r in found]
    assert json_client.get_service_requests(status="closed") == []


@check("requests by service_request_id")
def _():
    found = json_client.get_service_requests(service_request_id=state["id"])
    assert [r["service_request_id"] for r in found] == [state["id"]]


@check("a date range over 90 days is a 400 error")
def _():
    try:
        json_client.get_service_requests(start_date="2026-01-01T00:00:00Z", end_date="2026-06-01T00:00:00Z")
    except requests.HTTPError as error:
        assert error.response.status_code == 400
        assert "90" in error.response.json()[0]["description"]
    else:
        raise AssertionError("a 200 for a 151-day range")


print(f"{results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
