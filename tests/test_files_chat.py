"""Files, links and chat in the browser: a real file chooser upload read back
by Python, a Blob download, link buttons, page links, chat messages and the
pinned chat input. The tests share one page in file order."""

import re
import pytest
from conftest import click_and_wait, markdown, record_script_states, runs_recorded, wait_idle
from playwright.sync_api import expect

APP = "files_chat"


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def uploader(page, label):
    return page.get_by_test_id("stFileUploader").filter(has_text=label)


def test_file_uploader_dom(page):
    up = uploader(page, "Upload a CSV")
    expect(up).to_have_count(1)
    expect(page.locator(".st-key-doc [data-testid=stFileUploader]")).to_have_count(1)
    dropzone = up.get_by_test_id("stFileUploaderDropzone")
    expect(dropzone).to_have_attribute("aria-label", "Upload a CSV")
    file_input = dropzone.locator("input[type=file]")
    expect(file_input).to_have_attribute("accept", ".csv")
    expect(up.get_by_test_id("stFileUploaderDropzoneInstructions")).to_have_text("200MB per file • CSV")
    expect(up.get_by_test_id("stTooltipIcon")).to_have_count(1)
    expect(uploader(page, "Many files").locator("input[type=file]")).to_have_attribute("multiple", "")
    expect(markdown(page, "no file")).to_have_count(1)


def test_upload_through_the_file_chooser(page):
    up = uploader(page, "Upload a CSV")
    with page.expect_file_chooser() as chooser:
        up.get_by_role("button", name="Upload", exact=True).click()
    chooser.value.set_files(files=[{"name": "data.csv", "mimeType": "text/csv", "buffer": b"x,y\n3,4\n"}])
    wait_idle(page)
    expect(markdown(page, "name=data.csv type=text/csv size=8")).to_have_count(1)
    expect(page.get_by_test_id("stText").filter(has_text="x,y")).to_contain_text("3,4")
    expect(markdown(page, "uploader changes: 1")).to_have_count(1)
    chip = up.get_by_test_id("stFileChip")
    expect(chip).to_have_count(1)
    expect(chip.get_by_test_id("stFileChipName")).to_have_text("data.csv")
    expect(chip).to_have_attribute("aria-label", "data.csv, 8.0B")
    # The older test ids (Streamlit before file chips) select the same file and button.
    expect(up.get_by_test_id("stFileUploaderFile")).to_have_count(1)
    expect(up.get_by_test_id("stFileUploaderDeleteBtn").get_by_role("button")).to_have_attribute("aria-label", "Remove data.csv")


def test_rejected_type_shows_streamlits_error(page):
    up = uploader(page, "Upload a CSV")
    up.locator("input[type=file]").set_input_files(files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hi"}])
    expect(up.get_by_role("alert")).to_have_text("Error: text/plain files are not allowed.")
    # The accepted file is still the value; nothing was sent for the rejected one.
    expect(markdown(page, "name=data.csv type=text/csv size=8")).to_have_count(1)
    up.get_by_role("button", name="Remove notes.txt").click()
    expect(up.get_by_role("alert")).to_have_count(0)


def test_multiple_files_with_set_input_files(page):
    many = uploader(page, "Many files")
    many.locator("input[type=file]").set_input_files(files=[
        {"name": "a.txt", "mimeType": "text/plain", "buffer": b"A"},
        {"name": "b.png", "mimeType": "image/png", "buffer": b"\x89PNG"},
    ])
    wait_idle(page)
    expect(markdown(page, "many: a.txt, b.png")).to_have_count(1)
    expect(many.get_by_test_id("stFileChip")).to_have_count(2)


def test_delete_an_uploaded_file(page):
    up = uploader(page, "Upload a CSV")
    click_and_wait(page, up.get_by_test_id("stFileChipDeleteBtn").get_by_role("button", name="Remove data.csv"))
    expect(markdown(page, "no file")).to_have_count(1)
    expect(markdown(page, "uploader changes: 2")).to_have_count(1)
    expect(up.get_by_test_id("stFileChip")).to_have_count(0)
    expect(up.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_visible()


def test_download_button_downloads_the_bytes_and_reruns(page, tmp_path):
    button = page.get_by_test_id("stDownloadButton").filter(has_text="Download data")
    expect(page.locator(".st-key-dl [data-testid=stDownloadButton]")).to_have_count(1)
    with page.expect_download() as info:
        button.get_by_role("button").click()
    download = info.value
    assert download.suggested_filename == "data.csv"
    target = tmp_path / "data.csv"
    download.save_as(target)
    assert target.read_bytes() == b"a,b\n1,2\n"
    wait_idle(page)
    expect(markdown(page, "download clicked: True")).to_have_count(1)


def test_download_button_with_on_click_ignore(page, tmp_path):
    expect(markdown(page, "download clicked: True")).to_have_count(1)
    record_script_states(page)
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="Download bytes").get_by_role("button").click()
    target = tmp_path / "blob.bin"
    info.value.save_as(target)
    assert info.value.suggested_filename == "blob.bin"
    assert target.read_bytes() == b"\x00\x01binary"
    # No rerun: the click handler that started the download would have marked
    # the run (synchronously, when it sends), and the other download button's
    # trigger is still shown as True.
    assert runs_recorded(page) == 0
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(markdown(page, "download clicked: True")).to_have_count(1)


def test_link_button_and_page_links(page):
    link = page.get_by_test_id("stLinkButton").get_by_role("link", name="Open docs")
    expect(link).to_have_attribute("href", "https://docs.streamlit.io")
    expect(link).to_have_attribute("target", "_blank")
    expect(page.get_by_test_id("stLinkButton").locator("a[data-testid=stBaseLinkButton-secondary]")).to_have_count(1)
    external = page.get_by_test_id("stPageLink").filter(has_text="Example site").get_by_test_id("stPageLink-NavLink")
    expect(external).to_have_attribute("href", "https://example.com")
    expect(external).to_contain_text("🌎")
    internal = page.get_by_test_id("stPageLink").filter(has_text="Other").get_by_test_id("stPageLink-NavLink")
    expect(internal).to_have_attribute("href", re.compile(r"^/(\?.*)?$"))


def test_chat_messages(page):
    messages = page.get_by_test_id("stChatMessage")
    expect(messages).to_have_count(3)
    expect(messages.nth(0).get_by_test_id("stChatMessageAvatarUser")).to_have_count(1)
    expect(messages.nth(1).get_by_test_id("stChatMessageAvatarAssistant")).to_have_count(1)
    expect(messages.nth(0).get_by_test_id("stChatMessageContent")).to_have_attribute("aria-label", "Chat message from user")
    expect(messages.nth(0).get_by_test_id("stChatMessageContent")).to_contain_text("hello from user")
    expect(messages.nth(2)).to_contain_text("🦜")
    expect(messages.nth(2).get_by_test_id("stChatMessageContent")).to_contain_text("parrot says hi")


def test_chat_input_is_pinned_at_the_bottom(page):
    chat = page.get_by_test_id("stBottom").get_by_test_id("stChatInput")
    expect(chat).to_have_count(1)
    expect(page.locator(".st-key-chat [data-testid=stChatInput]")).to_have_count(1)
    area = chat.get_by_test_id("stChatInputTextArea")
    expect(area).to_have_attribute("placeholder", "Say something")
    expect(chat.get_by_test_id("stChatInputSubmitButton")).to_be_disabled()
    expect(markdown(page, "prompt: None")).to_have_count(1)


def test_chat_input_value_is_one_shot(page):
    chat = page.get_by_test_id("stChatInput")
    area = chat.get_by_test_id("stChatInputTextArea")
    area.fill("hello there")
    click_and_wait(page, chat.get_by_test_id("stChatInputSubmitButton"))
    expect(markdown(page, "prompt: hello there")).to_have_count(1)
    expect(area).to_have_value("")
    area.fill("second")
    area.press("Enter")
    wait_idle(page)
    expect(markdown(page, "prompt: second")).to_have_count(1)
    # Any other rerun: the submitted text is gone.
    click_and_wait(page, page.get_by_test_id("stDownloadButton").filter(has_text="Download data").get_by_role("button"))
    expect(markdown(page, "prompt: None")).to_have_count(1)


def test_no_page_errors(page):
    assert not [e for e in page.errors if "Failed to load resource" not in e], page.errors
    assert page.offsite_requests == []
