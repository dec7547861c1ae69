"""Stored XSS and htmx injection, in Chromium, with the CSP on and with it off.

Every payload of tests/data/xss/payloads.txt is stored as review text, as the reviewer's
display name and as a draft body, then every page that shows it is loaded in Chromium:
review detail, draft editor (plus the live check fired by typing), the editor read-only for
another staff member, the manager's approval page, the approved-reply page, and the "Paste a
review" form re-shown with the typed text and name after a validation error. The second
run turns the CSP off (settings.csp_enabled=False) to prove escaping and hx-disable hold on
their own.

Detection, installed before any page script runs: window.alert/confirm/prompt/print and a
setter on window.__x log a marker; securitypolicyviolation events and htmx:beforeRequest
events are collected; every request the browser makes is recorded. After each page the test
asserts: nothing executed, no CSP violation, no request other than the page, its static
files and the live check, no element with an hx-*/data-hx-* attribute (or any element but
the app's own <mark>/<span class=phi-label>) inside the untrusted-text containers, and every
payload present, whole, as text (which is the proof it was not parsed as markup).

Payloads are batched (about 25 per review / draft) but counted one by one: N = payloads x 11
(placement, page) pairs: review text and display name on the review page, the approval page
and the re-shown form; the draft body in the editor, after the live check, in the read-only
editor, on the approval page and on the reply page.

test_harness_detects_unescaped_payloads is the positive control: the same detection sees
unescaped payloads run (and htmx fire requests even under the CSP).

Chromium runs in a thread of its own (browser_thread in conftest.py).
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from pathlib import Path

import pytest

from app.db import utcnow
from app.drafting import service as drafting_service
from app.drafting.models import Draft, DraftStatus
from app.web.deps import session_cookie_name
from tests.factories import make_practice, make_review
from tests.security._support import load_payloads, report, serve, start_session

pytestmark = pytest.mark.browser

BATCH = 25
STATIC_DIR = Path(__file__).resolve().parents[2] / "static"

INIT_SCRIPT = r"""
(() => {
  const hit = (how) => console.log('__XSS_EXECUTED__ ' + how);
  let x;
  Object.defineProperty(window, '__x', {configurable: false, get() { return x; }, set(v) { x = v; hit('__x'); }});
  const trap = function () { window.__x = 1; };
  window.alert = trap; window.confirm = trap; window.prompt = trap; window.print = trap;
  window.__csp = [];
  document.addEventListener('securitypolicyviolation',
    e => { window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '')); console.log('__CSP_VIOLATION__ ' + e.violatedDirective); });
  window.__hx = [];
  document.addEventListener('htmx:beforeRequest', e => window.__hx.push(e.detail.requestConfig.verb + ' ' + e.detail.requestConfig.path));
  document.addEventListener('htmx:oobBeforeSwap', e => window.__hx.push('oob-swap'));
})();
"""

# Everything a page of ours may legitimately contain; anything else means markup got through.
DOM_CHECK = r"""
() => {
  const isHx = (name) => /^(data-)?hx-/.test(name) || /^(data-)?(sse|ws)-/.test(name);
  const containers = Array.from(document.querySelectorAll('[hx-disable], #review-text, #draft-preview, .draft-text, .reply-text'));
  let hxInside = 0; const foreign = [];
  for (const c of containers) {
    for (const el of c.querySelectorAll('*')) {
      for (const a of el.attributes) if (isHx(a.name)) hxInside++;
      const ours = el.tagName === 'MARK' || (el.tagName === 'SPAN' && el.classList.contains('phi-label'));
      if (!ours) foreign.push(el.tagName);
    }
  }
  // Elements carrying hx attributes anywhere: only <body> (hx-history, hx-headers), the editor's
  // textarea (the live check) and containers whose only hx attribute is hx-disable.
  const hxElements = [];
  for (const el of document.querySelectorAll('*')) {
    const names = Array.from(el.attributes).map(a => a.name).filter(isHx);
    if (!names.length) continue;
    const ok = (el.tagName === 'BODY' && names.every(n => n === 'hx-history' || n === 'hx-headers'))
      || (el.tagName === 'TEXTAREA' && el.id === 'draft-body')
      || (names.length === 1 && names[0] === 'hx-disable');
    if (!ok) hxElements.push(el.tagName + '[' + names.join(',') + ']');
  }
  const onAttrs = [];
  const badUrls = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) onAttrs.push(el.tagName + '[' + a.name + ']');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'srcset'].includes(a.name)
          && /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\x00-\x20]/g, ''))) badUrls.push(el.tagName + '[' + a.name + ']');
    }
  }
  const scripts = Array.from(document.scripts).map(s => s.getAttribute('src') || 'inline');
  const metas = Array.from(document.querySelectorAll('meta[name=htmx-config]')).map(m => m.content);
  const active = Array.from(document.querySelectorAll(
    'iframe, frame, frameset, object, embed, base, meta[http-equiv], style, svg, math, img, image, video, audio, source, picture, template, marquee, dialog, xmp, plaintext, noembed, keygen, isindex'
  )).map(el => el.tagName);
  const ids = {}; const dupIds = [];
  for (const el of document.querySelectorAll('[id]')) { if (ids[el.id]) dupIds.push(el.id); ids[el.id] = 1; }
  return {
    x: window.__x === undefined ? null : String(window.__x),
    csp: window.__csp, hx: window.__hx, htmxLoaded: typeof window.htmx === 'object',
    hxInside, foreign, hxElements, onAttrs, badUrls, scripts, metas, active, dupIds,
    title: document.title,
  };
}
"""

TEXT_OF = r"""
(sel) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return el.value;
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.phi-label').forEach(s => s.remove());
  return copy.textContent;
}
"""


def _norm(text: str) -> str:
    """What the HTML parser does to text: CR/CRLF become LF; NUL is dropped (or U+FFFD in RCDATA)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffd", "")


class Browsing:
    """One logged-in browser context with the detection hooks; checks each page it loads."""

    STATIC_OK = ("/static/app.css", "/static/app.js", "/static/vendor/htmx.min.js", "/favicon.ico")

    def __init__(self, browser, base: str, cookie_name: str, token: str, expected_meta: str) -> None:
        self.base = base
        self.expected_meta = expected_meta
        self.context = browser.new_context()
        self.context.add_cookies([{"name": cookie_name, "value": token, "url": base}])
        self.context.add_init_script(INIT_SCRIPT)
        self.requests: list[tuple[str, str, bool]] = []
        self.console: list[str] = []
        self.context.on("request", lambda r: self.requests.append((r.method, r.url, r.headers.get("hx-request") == "true")))
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.on("dialog", lambda d: (self.console.append("__XSS_EXECUTED__ dialog " + d.message), d.dismiss()))
        self.executed = 0
        self.htmx_fired = 0

    def close(self) -> None:
        self.context.close()

    def open(self, path: str):
        self.requests.clear()
        self.console.clear()
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        self.page.wait_for_function("() => typeof window.htmx === 'object'")
        self.page.wait_for_timeout(300)  # time for any hx-trigger=load / autofocus / onerror to fire
        return response

    def check(self, path: str, *, allowed_posts: tuple[str, ...] = ()) -> dict:
        """Assert nothing ran and nothing was requested that the page itself did not ask for."""
        state = self.page.evaluate(DOM_CHECK)
        executed = [m for m in self.console if "__XSS_EXECUTED__" in m]
        csp_console = [m for m in self.console if "Content Security Policy" in m or "__CSP_VIOLATION__" in m]
        unexpected, htmx_requests = [], []
        for method, url, is_htmx in self.requests:
            rel = url[len(self.base):] if url.startswith(self.base) else url
            rel_path = rel.split("?")[0]
            if method == "POST" and rel_path in allowed_posts:
                continue
            if is_htmx:
                htmx_requests.append(f"{method} {rel}")
            if "/pwned" in url or not url.startswith(self.base):
                unexpected.append(f"{method} {url}")
            elif method == "GET" and rel_path in (path, *self.STATIC_OK):
                continue
            else:
                unexpected.append(f"{method} {rel}")
        # htmx's own record of requests it started (verb lowercase, path as written or absolute).
        hx_events = [e for e in state["hx"]
                     if not (e.upper().startswith("POST ") and e.split(" ", 1)[1].removeprefix(self.base) in allowed_posts)]
        self.executed += 1 if (executed or state["x"] is not None) else 0
        self.htmx_fired += len(htmx_requests) + len(hx_events)
        where = f"{path}: "
        assert state["htmxLoaded"], where + "htmx did not load, so htmx payloads could not have been tested"
        assert state["x"] is None and not executed, where + f"payload executed: {executed}"
        assert not state["csp"] and not csp_console, where + f"CSP violations (injected markup reached the parser): {state['csp'] or csp_console}"
        assert not htmx_requests and not hx_events, where + f"htmx requests fired: {htmx_requests or hx_events}"
        assert not unexpected, where + f"unexpected requests: {unexpected}"
        assert state["hxInside"] == 0 and not state["foreign"], where + f"elements inside untrusted-text containers: {state['foreign']}"
        assert not state["hxElements"], where + f"unexpected hx elements: {state['hxElements']}"
        assert not state["onAttrs"] and not state["badUrls"], where + f"{state['onAttrs']} {state['badUrls']}"
        scripts = [src[len(self.base):] if src.startswith(self.base) else src for src in state["scripts"]]
        assert scripts == ["/static/vendor/htmx.min.js", "/static/app.js"], where + f"scripts: {state['scripts']}"
        assert state["metas"] == [self.expected_meta], where + f"htmx-config metas: {state['metas']}"
        assert not state["active"], where + f"active elements in the page: {state['active']}"
        assert not state["dupIds"], where + f"duplicate ids (an injected id would shadow ours): {state['dupIds']}"
        return state

    def shown(self, selector: str, payloads: list[str]) -> int:
        """How many payloads appear whole, as text, in the element; all must."""
        text = self.page.evaluate(TEXT_OF, selector)
        assert text is not None, f"{selector} is not on the page"
        text = _norm(text)
        missing = [p for p in payloads if _norm(p) not in text]
        assert not missing, f"{selector}: {len(missing)} payloads not shown as text, e.g. {missing[:2]!r}"
        return len(payloads)

    def has(self, selector: str) -> bool:
        return self.page.locator(selector).count() > 0


def _batches(payloads: list[str]) -> list[list[str]]:
    n = math.ceil(len(payloads) / BATCH)
    return [payloads[i::n] for i in range(n)]  # interleaved: long payloads spread over batches


def _expected_meta() -> str:
    base_html = (Path(__file__).resolve().parents[2] / "templates" / "base.html").read_text(encoding="utf-8")
    return re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", base_html).group(1)


def browse_everything(browser, base: str, cookie: str, tokens: dict[str, str], items: list, csp_enabled: bool) -> tuple[int, int, int]:
    """All page loads of one run (in the browser thread); returns (payload placements shown,
    pages where something executed, htmx requests fired)."""
    count = 0
    meta = _expected_meta()
    as_manager = Browsing(browser, base, cookie, tokens["manager"], meta)
    as_staff2 = Browsing(browser, base, cookie, tokens["staff2"], meta)
    try:
        for batch, review_id, pending_id, approved_id in items:
            m = as_manager
            # Review detail: the review text and the display name.
            path = f"/reviews/{review_id}"
            response = m.open(path)
            assert ("content-security-policy" in response.headers) == csp_enabled
            m.check(path)
            count += m.shown("#review-text", batch) + m.shown("#reviewer-name mark.phi-name", batch)

            # Draft editor (the manager may edit any draft): textarea and the check's preview.
            path = f"/drafts/{pending_id}"
            m.open(path)
            m.check(path)
            count += m.shown("#draft-body", batch)
            if m.has("#draft-preview"):
                m.shown("#draft-preview", batch)

            # Live check: type in the textarea; the fragment is swapped in by htmx.
            check_url = f"/drafts/{pending_id}/check"
            m.requests.clear()
            m.console.clear()
            m.page.evaluate("() => { document.querySelector('#reply-check').__old = true; }")
            with m.page.expect_response(lambda r: r.url.endswith(check_url)) as resp:
                m.page.locator("#draft-body").focus()
                m.page.keyboard.press("Control+End")
                m.page.keyboard.type(" ")
            assert resp.value.status == 200
            m.page.wait_for_function("() => { const s = document.querySelector('#reply-check'); return s && !s.__old; }")
            m.page.wait_for_timeout(300)
            m.check(path, allowed_posts=(check_url,))
            assert any(meth == "POST" and url.endswith(check_url) for meth, url, _ in m.requests), "live check did not fire"
            if m.has("#draft-preview"):
                count += m.shown("#draft-preview", batch)

            # The same editor, read-only for another staff member.
            s = as_staff2
            s.open(path)
            s.check(path)
            count += s.shown("#draft-text", batch)

            # The manager's approval page: review text, display name and draft.
            path = f"/approvals/{pending_id}"
            m.open(path)
            m.check(path)
            count += m.shown("#review-text", batch) + m.shown("#reviewer-name mark.phi-name", batch) + m.shown("#draft-text", batch)

            # The approved reply page.
            path = f"/replies/{approved_id}"
            m.open(path)
            m.check(path)
            count += m.shown("#reply-text", batch)

            # "Paste a review" re-shown with what was typed after a validation error (422):
            # the same text and display name, submitted through the real form.
            m.open("/reviews/new")
            m.check("/reviews/new")
            m.requests.clear()
            m.console.clear()
            m.page.select_option("#platform", "google")
            m.page.select_option("#rating", "1")
            m.page.evaluate(
                "([name, text]) => { document.querySelector('#reviewer_name').value = name;"
                " document.querySelector('#text').value = text;"
                " document.querySelector('#url').value = 'javascript:alert(1)'; }",  # refused: forces the 422
                ["\n".join(batch), "\n".join(batch)],
            )
            with m.page.expect_navigation() as nav:
                m.page.click("#review-form button[type=submit]")
            assert nav.value.status == 422
            m.page.wait_for_function("() => typeof window.htmx === 'object'")
            m.page.wait_for_timeout(300)
            m.check("/reviews", allowed_posts=("/reviews",))
            assert m.has("#form-errors")
            count += m.shown("#text", batch) + m.shown("#reviewer_name", batch)
        return count, as_manager.executed + as_staff2.executed, as_manager.htmx_fired + as_staff2.htmx_fired
    finally:
        as_manager.close()
        as_staff2.close()


@pytest.mark.parametrize("csp_enabled", [True, False], ids=["csp-on", "csp-off"])
def test_no_payload_executes_or_fires_htmx(csp_enabled, browser_thread, settings, detector, db, sec_users):
    from app.main import create_app

    payloads = load_payloads()
    assert len(payloads) >= 150
    app_settings = settings if csp_enabled else settings.model_copy(update={"csp_enabled": False})
    drafting_service.seed_templates(session=db)
    make_practice(db)
    author, approver = sec_users["staff"], sec_users["manager2"]

    # Data straight through the services: one review, one pending and one approved draft per batch.
    items = []
    for batch in _batches(payloads):
        text = "\n".join(batch)
        assert len(text) < 9_500  # the editor's textarea has maxlength=10000
        review = make_review(db, detector, author, text=text, reviewer_name="\n".join(batch), rating=1)
        now = utcnow()
        pending = Draft(review_id=review.id, body=text, author_id=author.id, status=DraftStatus.PENDING_APPROVAL,
                        submitted_at=now - timedelta(minutes=5))
        approved = Draft(review_id=review.id, body=text, author_id=author.id, status=DraftStatus.APPROVED,
                         approver_id=approver.id, approved_at=now, approved_version=1,
                         approved_sha256=drafting_service.sha256_text(text), submitted_at=now)
        db.add_all([pending, approved])
        db.commit()
        items.append((batch, review.id, pending.id, approved.id))

    app = create_app(app_settings, detector=detector)
    tokens = {key: start_session(db, app_settings, sec_users[key])[0] for key in ("manager", "staff2")}
    with serve(app) as base:
        count, executed, fired = browser_thread.run(
            browse_everything, base, session_cookie_name(app_settings), tokens, items, csp_enabled
        )
    app.state.engine.dispose()
    assert count == len(payloads) * 11  # 2 + 2 placements on review pages, 5 draft pages, 2 on the 422 form
    assert executed == 0 and fired == 0
    report(f"XSS: {executed} of {count} executed, {fired} htmx requests fired (CSP {'on' if csp_enabled else 'off'})")


CONTROL_PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<div hx-get=\"/pwned\" hx-trigger=\"load\">x</div>",
    "<div data-hx-get=\"/pwned\" data-hx-trigger=\"load\"></div>",
]


@pytest.mark.parametrize("csp_enabled", [True, False], ids=["csp-on", "csp-off"])
def test_harness_detects_unescaped_payloads(csp_enabled, browser_thread):
    """Positive control: the hooks above do see payloads run when they are NOT escaped, and
    hx-disable stops htmx inside it (so escaping plus hx-disable are both doing work)."""
    from app.web.security import CSP

    payloads = load_payloads()
    assert all(p in payloads for p in CONTROL_PAYLOADS)
    base = "http://control.test"
    html = (
        "<!doctype html><html><head>"
        f"<meta name=\"htmx-config\" content='{_expected_meta()}'>"
        "<script src=\"/static/vendor/htmx.min.js\"></script></head><body>"
        + "".join(CONTROL_PAYLOADS)
        + "<div hx-disable><div hx-get=\"/pwned/inside-hx-disable\" hx-trigger=\"load\"></div></div>"
        "</body></html>"
    )
    htmx_js = (STATIC_DIR / "vendor" / "htmx.min.js").read_bytes()
    headers = {"content-security-policy": CSP} if csp_enabled else {}

    def handle(route):
        url = route.request.url
        if url == base + "/":
            route.fulfill(status=200, body=html, headers={**headers, "content-type": "text/html"})
        elif url.endswith("/static/vendor/htmx.min.js"):
            route.fulfill(status=200, body=htmx_js, headers={"content-type": "text/javascript"})
        else:
            route.fulfill(status=204, body="")

    def visit(browser):
        context = browser.new_context()
        try:
            context.add_init_script(INIT_SCRIPT)
            requests: list[str] = []
            context.on("request", lambda r: requests.append(r.url) if r.headers.get("hx-request") == "true" else None)
            context.route(base + "/**", handle)
            page = context.new_page()
            page.goto(base + "/")
            page.wait_for_function("() => typeof window.htmx === 'object'")
            page.wait_for_timeout(500)
            return page.evaluate("() => window.__x"), page.evaluate("() => window.__csp"), requests
        finally:
            context.close()

    x, csp, requests = browser_thread.run(visit)
    pwned = [u for u in requests if "/pwned" in u]
    assert len(pwned) == 2 and not any("inside-hx-disable" in u for u in requests), requests
    if csp_enabled:
        assert x is None and csp, "the CSP should block the inline handler, and report it"
    else:
        assert x == 1
    outcome = f"inline handler {'blocked by the CSP' if csp_enabled else 'executed'}"
    report(f"XSS control: unescaped payloads detected ({outcome}; {len(pwned)} htmx requests fired; 0 inside hx-disable) (CSP {'on' if csp_enabled else 'off'})")
