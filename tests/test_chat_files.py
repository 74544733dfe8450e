"""st.chat_input(accept_file=...): files attached in the page reach Python as
UploadedFiles with the text (a real file chooser, bytes through the worker)."""

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("chat_files")


def test_text_and_files_are_sent_together(page, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("alpha")
    b = tmp_path / "b.csv"
    b.write_text("x,y")
    chat = page.get_by_test_id("stChatInput")
    expect(chat.get_by_test_id("stChatInputFileUploadButton")).to_be_visible()
    with page.expect_file_chooser() as chooser:
        chat.get_by_test_id("stChatInputFileUploadButton").click()
    chooser.value.set_files([str(a), str(b)])
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(2)
    chat.get_by_test_id("stChatInputTextArea").fill("two files")
    click_and_wait(page, chat.get_by_test_id("stChatInputSubmitButton"))
    expect(markdown(page, "text: two files")).to_have_count(1)
    expect(markdown(page, "file: a.txt 5 alpha")).to_have_count(1)
    expect(markdown(page, "file: b.csv 3 x,y")).to_have_count(1)
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(0)


def test_a_file_of_another_type_is_refused_in_the_page(page, tmp_path):
    bad = tmp_path / "c.png"
    bad.write_bytes(b"\x89PNG")
    chat = page.get_by_test_id("stChatInput")
    chat.get_by_test_id("stChatInputFileInput").set_input_files(str(bad))
    expect(chat.get_by_test_id("stChatInputFile")).to_contain_text("files are not allowed")
    expect(chat.get_by_test_id("stChatInputSubmitButton")).to_be_disabled()
    assert page.errors == [] and page.offsite_requests == []
