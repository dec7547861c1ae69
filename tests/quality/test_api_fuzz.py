"""Schemathesis against the JSON API (OpenAPI enabled in tests): no server errors, no echo."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.conftest import PASSWORD, login

EXAMPLES_PER_OPERATION = 60


def test_api_has_no_server_errors(client, users, app_instance):
    login(client, "sam", PASSWORD)
    cookies = dict(client.cookies.items())
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app_instance)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/scan", "/api/v1/check"}
    calls = {"total": 0, "server_errors": 0}

    for operation in operations:

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def run(case):
            response = case.call(cookies=cookies)
            calls["total"] += 1
            if response.status_code >= 500:
                calls["server_errors"] += 1
            assert response.status_code < 500, f"{operation.label}: {response.status_code}"
            if response.status_code == 422:
                assert set(response.json()) == {"detail"}  # field names only, never the input

        run()
    print(f"schemathesis: {calls['server_errors']} server errors in {calls['total']} generated API calls")
    assert calls["total"] >= EXAMPLES_PER_OPERATION and calls["server_errors"] == 0
