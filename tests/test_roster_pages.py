"""The web import: upload, progress, errors or preview, import."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jinlin.members.models import Member
from jinlin.roster.models import ImportJob
from tests.roster_files import member_row, write_roster


def _upload(client, path):
    with path.open("rb") as handle:
        return client.post("/roster/", {"file": SimpleUploadedFile("名册.xlsx", handle.read())})


def test_upload_shows_the_errors_with_row_and_column(cast, as_user, tmp_path):
    client = as_user(cast.community_admin)
    path = write_roster(tmp_path / "r.xlsx", members=[member_row("王五", "12345")])
    response = _upload(client, path)
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == f"/roster/{job.pk}/"
    page = client.get(response.url).content.decode()
    assert job.status == "invalid"
    assert 'id="issues"' in page and '<td class="num">2</td><td>B</td>' in page
    assert not Member.objects.filter(name="王五").exists()


def test_upload_previews_then_imports(cast, as_user, tmp_path):
    client = as_user(cast.community_admin)
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000", branch="", party="否")]
    )
    response = _upload(client, path)
    page = client.get(response.url).content.decode()
    assert "王五" in page and "13700137000" in page  # in full: the clerk checks what was read
    assert not Member.objects.filter(name="王五").exists()
    client.post(f"{response.url}import/")
    page = client.get(response.url).content.decode()
    assert Member.objects.filter(name="王五").exists()
    assert ImportJob.objects.get().summary["imported"]["members"] == 1
    # Importing twice is refused.
    client.post(f"{response.url}import/", follow=True)
    assert Member.objects.filter(name="王五").count() == 1


def test_a_running_job_shows_a_progress_bar_that_polls(cast, as_user):
    job = ImportJob.objects.create(
        filename="x.xlsx", stored_path="/nonexistent", created_by=cast.community_admin
    )
    page = as_user(cast.community_admin).get(f"/roster/{job.pk}/").content.decode()
    assert 'role="progressbar"' in page and "hx-trigger" in page


def test_nobody_else_sees_or_imports_my_job(cast, as_user, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000", branch="", party="否")]
    )
    response = _upload(as_user(cast.community_admin), path)
    other = as_user(cast.community2_admin)
    assert other.get(response.url).status_code == 404
    assert other.post(f"{response.url}import/").status_code == 404
    assert as_user(cast.member_user).get("/roster/").status_code == 403


def test_uploading_nothing_or_a_non_excel_file_is_explained(cast, as_user):
    client = as_user(cast.community_admin)
    response = client.post("/roster/", {})
    assert response.status_code == 400
    response = client.post("/roster/", {"file": SimpleUploadedFile("a.xlsx", b"hello")})
    page = client.get(response.url).content.decode()
    assert "xlsx" in page and ImportJob.objects.get().status == "invalid"


@pytest.mark.django_db(transaction=True)
def test_the_web_import_runs_on_a_background_thread(cast, as_user, tmp_path, settings):
    settings.JINLIN_INLINE_JOBS = False
    client = as_user(cast.community_admin)
    rows = [member_row(f"队员{i}", f"137{i:08d}", branch="", party="否") for i in range(400)]
    response = _upload(client, write_roster(tmp_path / "r.xlsx", members=rows))
    job = ImportJob.objects.get()
    deadline = time.monotonic() + 60
    while job.status == "checking" and time.monotonic() < deadline:
        time.sleep(0.1)
        job.refresh_from_db()
    assert job.status == "ready", job.issues
    client.post(f"{response.url}import/")
    while job.status != "done" and time.monotonic() < deadline:
        time.sleep(0.1)
        job.refresh_from_db()
    assert job.status == "done"
    assert Member.objects.filter(name__startswith="队员").count() == 400
