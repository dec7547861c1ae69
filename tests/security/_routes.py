"""Every route of the app, and for each one a valid request built on fresh, real objects.

`World.call(key, actor)` returns a request that succeeds when `actor` is allowed to make it,
so a rejection seen by a test comes from the control under test (CSRF, role, ownership),
never from a 404, a 409 or a 422 that would mask a missing check.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import timedelta

from fastapi.routing import APIRoute
from starlette.routing import Mount, Route

from app.auth.models import Role, User
from app.db import utcnow
from app.drafting import service as drafting_service
from app.drafting.models import Draft, DraftStatus
from app.web.deps import session_cookie_name
from tests.conftest import PASSWORD, csrf_from
from tests.factories import CLAUDE_TEXT, UNSAFE_REPLY, make_review
from tests.security._support import _password_hash, start_session

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
STATIC_KEY = ("GET", "/static/{path}")


def iter_routes(app):
    """(route, path, methods) of every route, with included routers flattened (FastAPI >= 0.16x
    keeps them as lazy _IncludedRouter entries in app.routes)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        for route in app.routes:
            yield route, getattr(route, "path", None), getattr(route, "methods", None)
        return
    for ctx in iter_route_contexts(app.routes):
        yield ctx.original_route, ctx.path, ctx.methods


def route_keys(app) -> set[tuple[str, str]]:
    """(method, path template) of every route; HEAD is implied by GET; the static mount is one key."""
    keys = set()
    for route, path, methods in iter_routes(app):
        if isinstance(route, Mount):
            assert path == "/static", f"unexpected mount {path}"
            keys.add(STATIC_KEY)
        elif isinstance(route, (APIRoute, Route)):
            assert methods, f"route without methods: {path}"
            for method in methods:
                if method != "HEAD":
                    keys.add((method, path))
        else:
            raise AssertionError(f"unknown route type {route!r}")
    return keys


@dataclass
class Call:
    method: str
    url: str
    form: dict | None = None  # form fields, without csrf_token
    json: dict | None = None
    login_form: bool = False  # POST /login: needs the login page's token and cookie
    target: dict = field(default_factory=dict)  # ids of the objects the call acts on

    @property
    def csrf_protected(self) -> bool:
        return self.method in STATE_CHANGING and self.json is None


class World:
    """Users, practice and templates, plus factories for fresh objects per call."""

    _seq = itertools.count(1)

    def __init__(self, db, detector, settings, users: dict[str, User]) -> None:
        self.db, self.detector, self.settings, self.users = db, detector, settings, users
        drafting_service.seed_templates(session=db)
        from tests.factories import make_practice

        self.practice = make_practice(db)
        templates = drafting_service.list_templates(session=db)
        probe = make_review(db, detector, users["staff"], text=CLAUDE_TEXT)
        suggested = drafting_service.suggest_template(session=db, review=probe)

        def passes(template) -> bool:
            body = drafting_service.render_for_practice(template, self.practice)
            return not drafting_service.blocking(drafting_service.check_text(session=db, detector=detector, review=probe, body=body))

        # Submit and approve need a body the reply check lets through: the suggested template's,
        # or else the first that passes (so a change to one template's wording cannot mask a test).
        ordered = sorted(templates, key=lambda t: (suggested is None or t.id != suggested.id, t.language != "en", t.id))
        clean = list(itertools.islice((t for t in ordered if passes(t)), 2))
        assert len(clean) >= 2, "fewer than two seed templates pass the reply check for the sample review"
        self.template_id, self.other_template_id = clean[0].id, clean[1].id
        self.safe_body = drafting_service.render_for_practice(clean[0], self.practice)

    # --- objects ---

    def user(self, role: str = "staff") -> User:
        n = next(self._seq)
        user = User(username=f"target{n}", role=Role(role), password_hash=_password_hash(), is_active=True)
        self.db.add(user)
        self.db.commit()
        return user

    def review(self, **kw):
        return make_review(self.db, self.detector, self.users["staff"], text=CLAUDE_TEXT, **kw)

    def draft(self, author: User, status: DraftStatus = DraftStatus.DRAFT, body: str | None = None, review=None) -> Draft:
        review = review or self.review()
        body = self.safe_body if body is None else body
        now = utcnow()
        draft = Draft(review_id=review.id, template_id=self.template_id, body=body, author_id=author.id, status=status)
        if status in (DraftStatus.PENDING_APPROVAL, DraftStatus.APPROVED, DraftStatus.POSTED):
            draft.submitted_at = now
        if status in (DraftStatus.APPROVED, DraftStatus.POSTED):
            approver = self.users["manager2"] if author.id != self.users["manager2"].id else self.users["manager"]
            draft.approver_id, draft.approved_at = approver.id, now
            draft.approved_sha256, draft.approved_version = drafting_service.sha256_text(body), 1
        if status == DraftStatus.POSTED:
            draft.posted_at = now
        self.db.add(draft)
        self.db.commit()
        return draft

    def reply_finding(self, draft: Draft):
        findings = drafting_service.check_text(session=self.db, detector=self.detector, review=draft.review, body=draft.body)
        return next(f for f in findings if f.is_blocking and f.end > f.start)

    def due_review(self):
        review = self.review()
        review.closed_at = utcnow() - timedelta(days=self.settings.retention_days + 5)
        self.db.commit()
        return review

    # --- requests ---

    def _author_for(self, actor: User | None) -> User:
        return actor or self.users["staff"]

    def call(self, key: tuple[str, str], actor: User | None) -> Call:
        """A request for route `key` that `actor` (None: anonymous) would be allowed to make."""
        method, path = key
        today = utcnow().date()
        own = self._author_for(actor)
        other_author = self.users["staff2"]
        match key:
            case ("POST", "/login"):
                username = actor.username if actor else self.users["staff"].username
                return Call(method, path, {"username": username, "password": PASSWORD}, login_form=True)
            case ("POST", "/logout"):
                return Call(method, path, {})
            case ("POST", "/users"):
                return Call(method, path, {"username": f"newbie{next(self._seq)}", "password": "a much longer passphrase 42", "role": "staff"})
            case ("POST", "/users/{user_id}/active"):
                target = self.user("staff")
                return Call(method, f"/users/{target.id}/active", {"active": "no"}, target={"user": target.id})
            case ("POST", "/reviews"):
                return Call(method, path, {"platform": "google", "rating": "1", "reviewer_name": "Claude Jones", "text": CLAUDE_TEXT})
            case ("GET", "/reviews/{review_id}"):
                return Call(method, f"/reviews/{self.review().id}")
            case ("POST", "/reviews/{review_id}/findings/{finding_id}/dismiss"):
                review = self.review()
                finding = review.findings[0]
                return Call(method, f"/reviews/{review.id}/findings/{finding.id}/dismiss",
                            {"reason": "This is not the reviewer's own information."}, target={"review": review.id, "finding": finding.id})
            case ("POST", "/reviews/{review_id}/drafts"):
                review = self.review()
                return Call(method, f"/reviews/{review.id}/drafts", {"template_id": str(self.template_id)}, target={"review": review.id})
            case ("POST", "/reviews/{review_id}/close"):
                review = self.review()
                return Call(method, f"/reviews/{review.id}/close", {}, target={"review": review.id})
            case ("GET", "/drafts/{draft_id}"):
                return Call(method, f"/drafts/{self.draft(own).id}")
            case ("POST", "/drafts/{draft_id}/check"):
                draft = self.draft(own)
                return Call(method, f"/drafts/{draft.id}/check", {"body": "Thank you for the feedback."}, target={"draft": draft.id})
            case ("POST", "/drafts/{draft_id}"):
                draft = self.draft(own)
                return Call(method, f"/drafts/{draft.id}", {"body": self.safe_body + "\n\nThank you again."}, target={"draft": draft.id})
            case ("POST", "/drafts/{draft_id}/submit"):
                draft = self.draft(own)
                return Call(method, f"/drafts/{draft.id}/submit", {"body": self.safe_body}, target={"draft": draft.id})
            case ("POST", "/drafts/{draft_id}/template"):
                draft = self.draft(own)
                return Call(method, f"/drafts/{draft.id}/template", {"template_id": str(self.other_template_id)}, target={"draft": draft.id})
            case ("POST", "/drafts/{draft_id}/findings/dismiss"):
                draft = self.draft(own, body=UNSAFE_REPLY)
                f = self.reply_finding(draft)
                form = {"rule": f.rule, "start": str(f.start), "end": str(f.end), "reason": "Reviewed: this wording is safe here.", "return_to": "editor"}
                return Call(method, f"/drafts/{draft.id}/findings/dismiss", form, target={"draft": draft.id, "review": draft.review_id})
            case ("GET", "/approvals/{draft_id}"):
                return Call(method, f"/approvals/{self.draft(other_author, DraftStatus.PENDING_APPROVAL).id}")
            case ("POST", "/approvals/{draft_id}/approve"):
                draft = self.draft(other_author, DraftStatus.PENDING_APPROVAL)
                return Call(method, f"/approvals/{draft.id}/approve", {"version": str(draft.version)}, target={"draft": draft.id})
            case ("POST", "/approvals/{draft_id}/return"):
                draft = self.draft(other_author, DraftStatus.PENDING_APPROVAL)
                return Call(method, f"/approvals/{draft.id}/return", {"comment": "Please make the second sentence warmer."}, target={"draft": draft.id})
            case ("GET", "/replies/{draft_id}"):
                return Call(method, f"/replies/{self.draft(other_author, DraftStatus.APPROVED).id}")
            case ("POST", "/replies/{draft_id}/posted"):
                draft = self.draft(other_author, DraftStatus.APPROVED)
                return Call(method, f"/replies/{draft.id}/posted", {}, target={"draft": draft.id})
            case ("POST", "/exports/replies.csv"):
                self.draft(other_author, DraftStatus.APPROVED)
                return Call(method, path, {"day_from": (today - timedelta(days=7)).isoformat(), "day_to": today.isoformat()})
            case ("POST", "/settings"):
                form = {"name": f"Maple Grove Dental Care {next(self._seq)}", "contact_name": "Dana Reyes", "phone": "(555) 010-0199",
                        "email": "office@maplegrove.example", "website": "https://maplegrove.example", "staff_names": "Dr. Lee"}
                return Call(method, path, form)
            case ("POST", "/retention/purge"):
                review = self.due_review()
                return Call(method, path, {}, target={"review": review.id})
            case ("POST", "/api/v1/scan"):
                return Call(method, path, json={"text": CLAUDE_TEXT, "reviewer_name": "Claude Jones"})
            case ("POST", "/api/v1/check"):
                return Call(method, path, json={"review": CLAUDE_TEXT, "reviewer_name": "Claude Jones", "draft": self.safe_body, "platform": "google", "rating": 1})
            case ("GET", "/static/{path}"):
                return Call(method, "/static/app.css")
            case ("GET", _) if "{" not in path:
                return Call(method, path)
        raise AssertionError(f"no scenario for route {key}: add one to tests/security/_routes.py")


# --- sending --------------------------------------------------------------------------------

ROLES = ("anonymous", "staff", "manager", "admin")


def sign_in(client, world: World, role: str) -> User | None:
    """Clear the client's cookies and give it a fresh session for `role` (None for anonymous)."""
    client.cookies.clear()
    client.csrf = ""
    if role == "anonymous":
        return None
    user = world.users[role]
    token, csrf = start_session(world.db, world.settings, user)
    client.cookies.set(session_cookie_name(world.settings), token)
    client.csrf = csrf
    return user


def send(client, call: Call, *, token: str | None = "session", headers: dict | None = None, extra: dict | None = None):
    """Send a call. token="session" uses the client's own CSRF token; None sends none."""
    headers = dict(headers or {})
    if call.json is not None:
        return client.request(call.method, call.url, json={**call.json, **(extra or {})}, headers=headers)
    if call.method == "GET":
        return client.get(call.url, headers=headers)
    data = {**(call.form or {}), **(extra or {})}
    if call.login_form:
        page_token = csrf_from(client.get("/login").text)
        if token == "session":
            token = page_token
    elif token == "session":
        token = client.csrf
    if token is not None:
        data["csrf_token"] = token
    return client.request(call.method, call.url, data=data, headers=headers)
