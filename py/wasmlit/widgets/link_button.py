"""st.link_button (an <a> styled as a button) and st.page_link."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.elements.text_util import help_text
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.widgets.button import check_button_type, normalize_icon_position, width_from_container_width
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.shortcuts import normalize_shortcut
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.serde import TriggerSerde
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.navigation.page import Page
from wasmlit.navigation.switch_page import find_page
from wasmlit.runtime.query_params import encode_query_params, parse_query_string
from wasmlit.type_aliases import ButtonType, IconPosition, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_URL = re.compile(r"^(https?|mailto|tel):", re.IGNORECASE)


def is_url(page: str) -> bool:
    return bool(_URL.match(page.strip()))


def page_name_from_path(page: str) -> str:
    """The page title Streamlit derives from a script name ("1_📈_Plots.py" -> "📈 Plots")."""
    stem = Path(page).stem
    stem = re.sub(r"^[0-9]*[_ -]*", "", stem) or stem
    return stem.replace("_", " ").strip()


class LinkButtonMixin:
    def link_button(
        self,
        label: str,
        url: str,
        *,
        key: Key | None = None,
        on_click: OnChange = "ignore",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        help: str | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        icon_position: IconPosition = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Width = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> Any:
        """A button that opens ``url``. With ``on_click`` other than "ignore" it
        also reruns the app and returns True during that run.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            help: A tooltip shown beside the label (Markdown; None: none).
            type: "primary", "secondary" or "tertiary".
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            icon_position: "left" or "right" of the label.
            disabled: Shown greyed out and not usable.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            shortcut: A keyboard shortcut that clicks it, such as "Ctrl+K" (None: none).
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        dg = as_dg(self)
        check_button_type(type)
        icon_position = normalize_icon_position(icon_position)
        width = width_from_container_width(use_container_width, width)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback = validate_callback_mode(on_click, supported_modes=("rerun", "ignore"), param_name="on_click")
        rerun_mode = on_click != "ignore"
        normalized_shortcut = None if shortcut is None else normalize_shortcut(shortcut)
        widget_id = None
        check_policies = rerun_mode or key is not None
        if check_policies:
            check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        if check_policies or normalized_shortcut is not None:
            widget_id = compute_widget_id(
                "link_button",
                dg,
                user_key=key,
                key_as_main_identity=check_policies,
                label=label,
                icon=icon,
                url=url,
                help=help,
                type=type,
                width=width,
                icon_position=icon_position,
                shortcut=normalized_shortcut,
            )
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        extra = dict(
            kind=type,
            icon=icon_text or None,
            iconPosition=icon_position,
            url=str(url),
            useContainerWidth=width == "stretch",
            ignoreRerun=not rerun_mode,
            shortcut=normalized_shortcut,
            wrap=wrap,
            layout=layout_props(width=width, allow_content_width=True, default_width="content"),
        )
        if not rerun_mode:
            # A plain link: no widget value, so no registration.
            props = {
                "id": widget_id,
                "key": key,
                "label": label,
                "help": help_text(help),
                "disabled": bool(disabled),
                **extra,
            }
            return dg._enqueue("linkButton", props)
        assert widget_id is not None  # a rerunning link button always has an id
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            args=args,
            kwargs=kwargs,
            label=label,
            help=help,
            disabled=disabled,
        )
        return bool(
            register_and_enqueue(
                call,
                "linkButton",
                TriggerSerde(),
                value_type="trigger_value",
                default=False,
                show_value=False,
                props=extra,
            )
        )

    def page_link(
        self,
        page: Any,
        *,
        label: str | None = None,
        icon: str | None = None,
        icon_position: IconPosition = "left",
        help: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Width = "content",
        query_params: Any = None,
    ) -> "DeltaGenerator":
        """A link to another page of the app (or to a URL).

        Args:
            label: The link's text (None: the page's title).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            icon_position: "left" or "right" of the label.
            help: A tooltip shown beside the label (Markdown; None: none).
            disabled: Shown greyed out and not usable.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            query_params: Query parameters for the page's URL (a dict, or a list of pairs).
        """
        dg = as_dg(self)
        width = width_from_container_width(use_container_width, width)
        if dg._in_sidebar:
            width = "stretch"
        icon_position = normalize_icon_position(icon_position)
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        if icon is not None:
            icon = validate_icon_or_emoji(icon) or None
        if isinstance(page, os.PathLike):
            page = str(page)
        if isinstance(page, Page) and page.is_external:
            page = page.external_url
            label = label or None
        external = isinstance(page, str) and is_url(page)
        if external and not label:
            raise StreamlitMissingRequiredParameterError(
                "label", detail="Streamlit cannot infer a label for an external URL."
            )
        page_hash = ""
        url_path = ""
        page_icon = None
        if not external:
            ctx = get_script_run_ctx()
            found = find_page(ctx, page, for_link=True) if ctx is not None else None
            if found is not None:
                page_hash, url_path, page_icon = found.page_script_hash, found.url_path, found.icon or None
                if label is None:
                    label = found.title
            if label is None:
                label = page.title if isinstance(page, Page) else page_name_from_path(str(page))
        query = ""
        if query_params is not None:
            pairs = query_params.items() if hasattr(query_params, "items") else query_params
            query = encode_query_params({str(k): v if isinstance(v, list) else str(v) for k, v in pairs})
            parse_query_string(query)
        return dg._enqueue(
            "pageLink",
            {
                "page": page if external else url_path,
                "pageScriptHash": page_hash,
                "queryString": query,
                "label": str(label),
                "icon": icon if icon is not None else page_icon,
                "help": help_text(help),
                "disabled": bool(disabled),
                "external": external,
                "useContainerWidth": width == "stretch",
                **({"iconPosition": icon_position} if icon_position != "left" else {}),
                "layout": layout,
            },
        )
