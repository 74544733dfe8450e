"""Which Streamlit command made an element: the name recorded on each node.

The outermost public ``DeltaGenerator`` method on the call stack is the
command the script called (``st.divider`` puts a markdown node, ``st.write``
a markdown or a dataframe node, ...). Nodes carry it as ``command`` so tools
such as AppTest need not guess it from the props. Found by walking the stack
from the element's ``_enqueue``: no public method needs to pass its name on.
"""

import sys
from wasmlit import dg_singletons
from types import CodeType, FrameType
from typing import Any

_COMMANDS: dict[CodeType, str] | None = None


def _public_method_codes(cls: type) -> dict[CodeType, str]:
    codes: dict[CodeType, str] = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        function: Any = getattr(cls, name, None)
        while function is not None:
            code = getattr(function, "__code__", None)
            if code is not None:
                codes.setdefault(code, name)
            function = getattr(function, "__wrapped__", None)
    return codes


def current_command() -> str | None:
    """The name of the outermost public DeltaGenerator method now running, if any."""
    global _COMMANDS
    if _COMMANDS is None:
        _COMMANDS = _public_method_codes(dg_singletons.dg_class())
    command = None
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        name = _COMMANDS.get(frame.f_code)
        if name is not None:
            command = name
        frame = frame.f_back
    return command
