"""The worker's entry point: rerun requests as the worker sends them (JSON
text), with -0 (which JSON cannot hold) and one-shot triggers."""

import json

from wasmlit.bridge import create_session


def test_rerun_request_keeps_negative_zero_and_triggers(tmp_path):
    (tmp_path / "app.py").write_text(
        "import math\n"
        "import streamlit as st\n"
        "x = st.number_input('Real', value=1.5)\n"
        "st.write(f'sign {math.copysign(1, x)}')\n"
        "if st.button('Go'):\n"
        "    st.write('clicked')\n"
    )
    sent = []
    session = create_session(str(tmp_path), "app.py", "{}", lambda text: sent.append(json.loads(text)))
    session.handle_rerun("{}")
    widgets = {
        m["node"]["props"]["label"]: m["node"]["props"]["id"]
        for m in sent
        if m["type"] == "delta" and "id" in m["node"]["props"]
    }
    sent.clear()
    request = {"widgets": {widgets["Real"]: {"$float": "-0"}, widgets["Go"]: True}, "triggers": [widgets["Go"]]}
    session.handle_rerun(json.dumps(request))
    bodies = [m["node"]["props"].get("body") for m in sent if m["type"] == "delta"]
    assert "sign -1.0" in bodies
    assert "clicked" in bodies
