"""The XSS corpus: every payload class in every element that shows user text or
takes a URL. Each (payload class, element) pair sits in a container keyed
``xss-<class>-<element>``, so a test can read what each one shows. Every payload
tries to set ``top.__xss`` (to the name of its class): a page where that flag is
set has run a payload. Runs unchanged under Streamlit 1.67 (for comparing).
"""

import streamlit as st

# Payload classes for text (markdown-capable and plain-text elements).
TEXT_PAYLOADS = {
    "script": "<script>top.__xss='script'</script>pay-script",
    "img": "<img src=x onerror=\"top.__xss='img'\">pay-img",
    "svg": "<svg onload=\"top.__xss='svg'\"><circle r=1 /></svg>pay-svg",
    "jslink": "[pay-jslink](javascript:top.__xss='jslink') <a href=\"javascript:top.__xss='jslink'\">pay-jsa</a>",
    "datalink": "[pay-datalink](data:text/html,<script>top.__xss='datalink'</script>) "
    "<a href=\"data:text/html,&lt;script&gt;top.__xss='datalink'&lt;/script&gt;\">pay-dataa</a>",
    "css": "<style>@import 'javascript:top.__xss=1'; .stApp{--x:url(javascript:top.__xss='css')}</style>"
    "<div style=\"background-image:url(javascript:top.__xss='css')\">pay-css</div>\\3c img src=x onerror=top.__xss='css'\\3e",
    "attr": "x\" onmouseover=\"top.__xss='attr'\" y=\"pay-attr",
}

# Payload classes for URLs (links, images, avatars).
URL_PAYLOADS = {
    "js": "javascript:top.__xss='js'",
    "jscase": "JaVaScRiPt:top.__xss='jscase'",
    "jsspace": " \x01javascript:top.__xss='jsspace'",
    "jstab": "java\tscript:top.__xss='jstab'",
    "datahtml": "data:text/html,<script>top.__xss='datahtml'</script>",
    "vbscript": "vbscript:msgbox(1)",
}


def box(name, kind):
    return st.container(key=f"xss-{name}-{kind}")


def text_elements(name, p):
    with box(name, "markdown"):
        st.markdown(p)
    with box(name, "markdown_html"):
        st.markdown(p, unsafe_allow_html=True)
    with box(name, "html"):
        st.html(f"<div>{p}</div>")
    with box(name, "write"):
        st.write(p)
    with box(name, "caption"):
        st.caption(p)
    with box(name, "title"):
        st.title(p)
    with box(name, "header"):
        st.header(p)
    with box(name, "subheader"):
        st.subheader(p)
    with box(name, "text"):
        st.text(p)
    with box(name, "code"):
        st.code(p)
    with box(name, "json"):
        st.json({"k": p})
    with box(name, "table"):
        st.table([{"col": p}])
    with box(name, "dataframe"):
        st.dataframe([{"col": p}])
    with box(name, "error"):
        st.error(p)
    with box(name, "warning"):
        st.warning(p)
    with box(name, "info"):
        st.info(p)
    with box(name, "success"):
        st.success(p)
    with box(name, "exception"):
        st.exception(ValueError(p))
    with box(name, "metric"):
        st.metric(p, p, p)
    with box(name, "badge"):
        st.badge(p)
    with box(name, "latex"):
        st.latex(r"\href{javascript:top.__xss='latex'}{x}" + p.replace("\\", ""))
    with box(name, "button"):
        st.button(p, key=f"b-{name}", help=p)
    with box(name, "checkbox"):
        st.checkbox(p, key=f"c-{name}", help=p)
    with box(name, "toggle"):
        st.toggle(p, key=f"t-{name}", help=p)
    with box(name, "text_input"):
        st.text_input(p, p, key=f"ti-{name}", help=p, placeholder=p)
    with box(name, "text_area"):
        st.text_area(p, p, key=f"ta-{name}", help=p)
    with box(name, "number_input"):
        st.number_input(p, key=f"n-{name}", help=p)
    with box(name, "slider"):
        st.slider(p, key=f"s-{name}", help=p)
    with box(name, "select_slider"):
        st.select_slider(p, options=[p, "other"], key=f"ss-{name}", help=p)
    with box(name, "selectbox"):
        st.selectbox(p, [p, "other"], key=f"sb-{name}", help=p)
    with box(name, "radio"):
        st.radio(p, [p, "other"], key=f"r-{name}", help=p, captions=[p, "c"])
    with box(name, "multiselect"):
        st.multiselect(p, [p, "other"], default=[p], key=f"ms-{name}", help=p)
    with box(name, "pills"):
        st.pills(p, [p, "other"], key=f"p-{name}", help=p)
    with box(name, "segmented_control"):
        st.segmented_control(p, [p, "other"], key=f"sc-{name}", help=p)
    with box(name, "date_input"):
        st.date_input(p, key=f"d-{name}", help=p)
    with box(name, "time_input"):
        st.time_input(p, key=f"tm-{name}", help=p)
    with box(name, "color_picker"):
        st.color_picker(p, key=f"cp-{name}", help=p)
    with box(name, "file_uploader"):
        st.file_uploader(p, key=f"f-{name}", help=p)
    with box(name, "download_button"):
        st.download_button(p, b"x", key=f"db-{name}", help=p)
    with box(name, "link_button"):
        st.link_button(p, "https://example.com/", help=p)
    with box(name, "progress"):
        st.progress(10, text=p)
    with box(name, "expander"):
        with st.expander(p):
            st.write("inside")
    with box(name, "tabs"):
        (tab,) = st.tabs([p])
        tab.write("tab body")
    with box(name, "popover"):
        with st.popover(p):
            st.write("pop")
    with box(name, "status"):
        with st.status(p):
            st.write("stat")
    with box(name, "chat_message"):
        with st.chat_message(p):
            st.write(p)
    with box(name, "image_caption"):
        st.image(PIXEL, caption=p)


PIXEL = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


def url_elements(name, url):
    with box(name, "link_button"):
        st.link_button(f"url-{name}", url)
    with box(name, "image_link"):
        st.image(PIXEL, link=url)
    with box(name, "avatar"):
        try:
            with st.chat_message("user", avatar=url):
                st.write(f"avatar-{name}")
        except Exception as error:  # noqa: BLE001 - Streamlit refuses some avatars
            st.write(f"avatar error: {error}")
    with box(name, "markdown_link"):
        st.markdown(f"[md-{name}](<{url}>)")
    with box(name, "markdown_html_link"):
        st.markdown(f"<a href=\"{url}\">mdhtml-{name}</a>", unsafe_allow_html=True)
    with box(name, "page_link"):
        try:
            st.page_link(url, label=f"page-{name}")
        except Exception as error:  # noqa: BLE001 - shown, as the app would
            st.write(f"page_link error: {type(error).__name__}")


echoed = st.query_params.get("q")
if echoed is not None:
    with box("query", "echo"):
        st.write(echoed)
        st.markdown(echoed)
        st.text(echoed)

with st.sidebar:
    with box("sidebar", "markdown"):
        st.markdown(TEXT_PAYLOADS["img"])

uploaded = st.file_uploader("Upload", key="upload", accept_multiple_files=True)
with box("upload", "names"):
    for f in uploaded or []:
        st.write(f.name)
        st.markdown(f.name)

if st.button("Toast", key="toast-button"):
    for name, p in TEXT_PAYLOADS.items():
        st.toast(p, duration="infinite")

for name, p in TEXT_PAYLOADS.items():
    text_elements(name, p)

for name, url in URL_PAYLOADS.items():
    url_elements(name, url)

st.write("corpus done")
