"""``streamlit.components.v1``: html() and iframe() render into a sandboxed
iframe, as in Streamlit. Custom components (declare_component) need their
frontend served by a Streamlit server, which wasmlit does not have: declaring
one works (so libraries import), and using it shows an error in the app and
returns the default value."""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitAPIException


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
         *, tab_index: int | None = None) -> Any:
    from wasmlit.delta_generator import main_dg

    return main_dg._active_dg._html(html, width, height, scrolling, tab_index=tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
           *, tab_index: int | None = None) -> Any:
    from wasmlit.delta_generator import main_dg

    return main_dg._active_dg._iframe(src, width, height, scrolling, tab_index=tab_index)


class CustomComponent:
    """What declare_component returns: calling it shows why it cannot run."""

    def __init__(self, name: str, path: str | None, url: str | None) -> None:
        self.name = name
        self.path = path
        self.url = url

    def __call__(self, *args: Any, default: Any = None, key: Any = None, **kwargs: Any) -> Any:
        from wasmlit.delta_generator import main_dg

        main_dg._active_dg.exception(
            StreamlitAPIException(
                f"The custom component `{self.name}` cannot run in wasmlit: custom components "
                "need their frontend served by a Streamlit server. Its value is its default."
            )
        )
        return default

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r})"


def declare_component(name: str, path: Any = None, url: str | None = None) -> Callable[..., Any]:
    return CustomComponent(name, None if path is None else str(path), url)


__all__ = ["declare_component", "html", "iframe"]
