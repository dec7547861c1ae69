"""PHI columns are encrypted in the database; rotation and the migration re-encrypt rows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app import crypto
from app.drafting.models import Draft
from app.retention import service as retention_service
from app.reviews.models import Review
from tests.factories import make_review, make_user

CANARY = "Canary-Zebra-4417 had a filling"


def test_review_and_draft_text_are_ciphertext_in_the_database(db, detector, users):
    review = make_review(db, detector, users["staff"], text=f"{CANARY} and paid $120.", reviewer_name="Quinn Canary")
    db.add(Draft(review_id=review.id, body="Reply canary-draft-88", author_id=users["staff"].id))
    db.commit()
    row = db.execute(text("SELECT text, reviewer_name FROM review WHERE id = :id"), {"id": review.id}).one()
    body = db.execute(text("SELECT body FROM draft WHERE review_id = :id"), {"id": review.id}).scalar_one()
    assert all(v.startswith("v1:") for v in (*row, body))
    assert "Canary" not in row.text + row.reviewer_name and "canary" not in body
    db.expire_all()
    assert db.get(Review, review.id).text.startswith(CANARY)


def test_ciphertext_copied_to_another_row_does_not_decrypt(db, detector, users):
    a = make_review(db, detector, users["staff"], text="first review text", reviewer_name="A")
    b = make_review(db, detector, users["staff"], text="second review text", reviewer_name="B")
    stolen = db.execute(text("SELECT text FROM review WHERE id = :id"), {"id": a.id}).scalar_one()
    db.execute(text("UPDATE review SET text = :t WHERE id = :id"), {"t": stolen, "id": b.id})
    db.commit()
    db.expire_all()
    with pytest.raises(crypto.EncryptionError):
        _ = db.get(Review, b.id).text


def test_rotate_keys_reencrypts_every_row(db, detector, users, settings):
    reviews = [make_review(db, detector, users["staff"], text=f"review {i}", reviewer_name=f"R{i}") for i in range(3)]
    old_ring = crypto.keyring()
    new_spec = crypto.new_key()
    old_spec = settings.encryption_keys.get_secret_value()
    crypto.configure(crypto.parse_keyring(f"{new_spec},{old_spec}"))
    try:
        count = retention_service.rotate_keys(session=db)
        assert count == len(reviews) + db.execute(text("SELECT count(*) FROM draft")).scalar_one()
        kids = {v.split(":")[1] for (v,) in db.execute(text("SELECT text FROM review"))}
        assert kids == {new_spec.split(":")[0]}
        db.expire_all()
        assert sorted(db.get(Review, r.id).text for r in reviews) == ["review 0", "review 1", "review 2"]
    finally:
        crypto.configure(old_ring)
        retention_service.rotate_keys(session=db)


def test_migration_encrypts_existing_plaintext_rows(tmp_path, settings):
    from alembic import command
    from alembic.config import Config

    from app.db import make_engine

    url = f"sqlite:///{tmp_path}/old.db"
    cfg = Config(str(settings.migrations_dir / "alembic.ini"))
    cfg.set_main_option("script_location", str(settings.migrations_dir))
    cfg.attributes.update(database_url=url, configure_logging=False)
    command.upgrade(cfg, "0002")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO user_account (id, username, role, is_active, password_hash, created_at) VALUES (1, 'u', 'staff', 1, 'x', '2026-01-01')"))
        conn.execute(text("INSERT INTO review (id, platform, rating, reviewer_name, text, created_by_id, created_at) VALUES (1, 'google', 2, 'Old Name', 'old plaintext review', 1, '2026-01-01')"))
        conn.execute(text("INSERT INTO finding (review_id, entity_type, start, \"end\", score, recognizer) VALUES (1, 'HEALTH', 4, 9, 0.9, 'x')"))
        conn.execute(text("INSERT INTO draft (review_id, body, version, status, author_id, created_at, updated_at) VALUES (1, 'old reply', 1, 'draft', 1, '2026-01-01', '2026-01-01')"))
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT text, reviewer_name, row_key FROM review")).one()
    assert stored.text.startswith("v1:") and "plaintext" not in stored.text
    aad = crypto.associated_data("review", "text", stored.row_key)
    assert crypto.keyring().decrypt(stored.text, aad) == "old plaintext review"
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert conn.execute(text("SELECT count(*) FROM finding")).scalar_one() == 1
    command.downgrade(cfg, "0002")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM review")).scalar_one() == "old plaintext review"
    engine.dispose()
