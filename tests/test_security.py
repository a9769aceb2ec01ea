"""API keys, CORS and security headers, on apps configured for each."""
from __future__ import annotations

import pytest

from timeline_api.config import from_env
from timeline_api.web import create_app

from test_api_errors import assert_problem

KEYS = ("k3y-one-0123456789", "k3y-two-9876543210")


@pytest.fixture(scope="module")
def keyed():
    return create_app({"TESTING": True, "API_KEYS": KEYS, "PRELOAD_PIPELINE": False}).test_client()


@pytest.fixture(scope="module")
def cors():
    return create_app({"TESTING": True, "CORS_ORIGINS": ("https://news.example", "http://localhost:3000"),
                       "PRELOAD_PIPELINE": False}).test_client()


# API keys.


@pytest.mark.parametrize("path", ["/v1/timeline", "/v1/temporal-expressions", "/v1/timelines"])
@pytest.mark.parametrize(
    "authorization, challenge",
    [
        (None, 'Bearer realm="timeline-api"'),
        ("", 'Bearer realm="timeline-api"'),
        ("Bearer", 'Bearer realm="timeline-api"'),
        (f"Basic {KEYS[0]}", 'Bearer realm="timeline-api"'),
        ("Bearer wrong-key", 'Bearer realm="timeline-api", error="invalid_token"'),
        (f"Bearer {KEYS[0]}x", 'Bearer realm="timeline-api", error="invalid_token"'),
        (f"Bearer {KEYS[0][:-1]}", 'Bearer realm="timeline-api", error="invalid_token"'),
        ("Bearer ключ", 'Bearer realm="timeline-api", error="invalid_token"'),
    ],
)
def test_missing_or_wrong_key_is_401(keyed, fake_extract, path, authorization, challenge):
    headers = {} if authorization is None else {"Authorization": authorization}
    response = keyed.post(path, json={"text": "On Monday."}, headers=headers)

    assert_problem(response, 401, "Authorization")
    assert response.headers["WWW-Authenticate"] == challenge
    assert fake_extract == []


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("scheme", ["Bearer", "bearer"])
def test_any_configured_key_is_accepted(keyed, fake_extract, key, scheme):
    response = keyed.post("/v1/timeline", json={"text": "On Monday."}, headers={"Authorization": f"{scheme} {key}"})
    assert response.status_code == 200
    assert fake_extract == [("On Monday.", None)]


def test_the_key_is_checked_before_the_body_is_read(keyed, fake_extract):
    from test_api_errors import UnreadableStream

    response = keyed.post("/v1/timeline", content_type="application/json",
                          environ_overrides={"wsgi.input": UnreadableStream(), "CONTENT_LENGTH": "10"})
    assert_problem(response, 401)


@pytest.mark.parametrize("path", ["/health", "/ready", "/metrics", "/openapi.yaml", "/docs"])
def test_service_endpoints_stay_open(keyed, path):
    assert keyed.get(path).status_code in (200, 503)  # /ready: 503 until the pipeline is loaded


def test_unknown_v1_paths_are_not_revealed_without_a_key(keyed):
    assert_problem(keyed.get("/v1/nothing"), 401)
    assert_problem(keyed.get("/v1/nothing", headers={"Authorization": f"Bearer {KEYS[1]}"}), 404)


def test_no_keys_means_open(client, fake_extract):
    assert client.post("/v1/timeline", json={"text": "On Monday."}).status_code == 200


def test_keys_from_the_environment_and_a_file(tmp_path):
    key_file = tmp_path / "keys"
    key_file.write_text("# analysts\nfile-key-1\n\n  file-key-2  \n", encoding="utf-8")

    assert from_env({"TIMELINE_API_KEYS": "env-1, env-2,"})["API_KEYS"] == ("env-1", "env-2")
    assert from_env({"TIMELINE_API_KEYS_FILE": str(key_file), "TIMELINE_API_KEYS": "env-1"})["API_KEYS"] == (
        "env-1", "file-key-1", "file-key-2")


@pytest.mark.parametrize(
    "env, message",
    [
        ({"TIMELINE_API_KEYS_FILE": "/nonexistent/keys"}, "TIMELINE_API_KEYS_FILE"),
        ({"TIMELINE_API_KEYS": "clé"}, "TIMELINE_API_KEYS"),
        ({"TIMELINE_API_CORS_ORIGINS": "https://x.example/path"}, "TIMELINE_API_CORS_ORIGINS"),
        ({"TIMELINE_API_CORS_ORIGINS": "x.example"}, "TIMELINE_API_CORS_ORIGINS"),
    ],
)
def test_bad_security_settings_stop_start_up(env, message):
    with pytest.raises(ValueError, match=message):
        from_env(env)


def test_keys_never_reach_the_logs(keyed, fake_extract, capsys):
    keyed.post("/v1/timeline", json={"text": "On Monday."}, headers={"Authorization": f"Bearer {KEYS[0]}"})
    keyed.post("/v1/timeline", json={"text": "On Monday."}, headers={"Authorization": "Bearer guessed-key"})
    err = capsys.readouterr().err
    assert '"status": 401' in err
    assert KEYS[0] not in err and "guessed-key" not in err


# CORS.


def test_cors_is_off_by_default(client, fake_extract):
    response = client.post("/v1/timeline", json={"text": "On Monday."}, headers={"Origin": "https://news.example"})
    assert response.status_code == 200
    assert not [h for h in response.headers.keys() if h.lower().startswith("access-control-")]
    preflight = client.options("/v1/timeline", headers={"Origin": "https://news.example",
                                                        "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_an_allowed_origin_may_read_the_answer(cors, fake_extract):
    response = cors.post("/v1/timeline", json={"text": "On Monday."}, headers={"Origin": "https://news.example"})

    assert response.headers["Access-Control-Allow-Origin"] == "https://news.example"
    assert "X-Request-ID" in response.headers["Access-Control-Expose-Headers"]
    assert "Origin" in response.headers["Vary"]


def test_another_origin_gets_no_cors_headers(cors, fake_extract):
    response = cors.post("/v1/timeline", json={"text": "On Monday."}, headers={"Origin": "https://evil.example"})

    assert response.status_code == 200  # CORS is enforced by the browser, which will not show it the answer
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Origin" in response.headers["Vary"]


def test_preflight_of_an_allowed_origin(cors):
    response = cors.options("/v1/timeline", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})

    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    allowed = {h.strip().lower() for h in response.headers["Access-Control-Allow-Headers"].split(",")}
    assert {"authorization", "content-type"} <= allowed


def test_preflight_needs_no_key():
    app = create_app({"TESTING": True, "API_KEYS": KEYS, "CORS_ORIGINS": ("https://news.example",),
                      "PRELOAD_PIPELINE": False})
    response = app.test_client().options("/v1/timeline", headers={"Origin": "https://news.example",
                                                                   "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "https://news.example"


def test_wildcard_allows_every_origin(fake_extract):
    app = create_app({"TESTING": True, "CORS_ORIGINS": ("*",), "PRELOAD_PIPELINE": False})
    response = app.test_client().post("/v1/timeline", json={"text": "On Monday."},
                                      headers={"Origin": "https://anywhere.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


# Headers of every response.


@pytest.mark.parametrize("method, path", [("get", "/health"), ("get", "/nowhere"), ("post", "/v1/timeline")])
def test_security_headers(client, method, path):
    response = getattr(client, method)(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_docs_page_policy_allows_only_its_own_files(client):
    policy = client.get("/docs").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
