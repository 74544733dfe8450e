"""st.image: one image or a list of them, each with an optional caption."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from wasmlit.elements.image_data import image_source
from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _image_list(image: Any) -> list[Any]:
    # As in Streamlit, a list/tuple/set is always a list of images (nested
    # lists of pixel values are not an image: pixels come as a NumPy array).
    if isinstance(image, (list, tuple, set)):
        return list(image)
    if type(image).__name__ == "ndarray" and len(image.shape) == 4:
        return [image[i] for i in range(image.shape[0])]
    return [image]


def _captions(caption: Any, count: int) -> list[str | None]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif caption is None:
        captions = [None] * count
    elif type(caption).__name__ == "ndarray" and len(caption.shape) == 1:
        captions = caption.tolist()
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if c is None else str(c) for c in captions]


def _alts(alt: Any, count: int, from_set: bool) -> list[str | None]:
    if alt is None:
        return [None] * count
    if isinstance(alt, (str, bytes, bytearray)) or not isinstance(alt, Sequence):
        if count != 1:
            what = "string" if isinstance(alt, str) else "value"
            raise StreamlitAPIException(
                f"A single `alt` {what} can only be used with a single image. "
                f"You passed {count} images; provide a sequence of "
                f"{count} alt values (use None to skip an image)."
            )
        alts = [alt]
    else:
        if from_set:
            raise StreamlitAPIException(
                "A sequence-valued `alt` cannot be paired with a set of images "
                "because set order is undefined. Pass a list or tuple of images."
            )
        alts = list(alt)
        if len(alts) != count:
            raise StreamlitAPIException(f"Cannot pair {len(alts)} alt values with {count} images.")
    return [None if a is None else str(a).strip() for a in alts]


class ImageMixin:
    def image(
        self,
        image: Any,
        caption: Any = None,
        width: Width = "content",
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool | None = None,
        link: str | None = None,
        use_column_width: Any = None,
        alt: Any = None,
    ) -> "DeltaGenerator":
        """Shows an image (or a list of images).

        Args:
            image: The image: a URL, path, bytes, PIL image, NumPy array, SVG text, or a list of
                them.
            caption: A caption (or one per image).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            clamp: Clamp NumPy values to 0..255.
            channels: "RGB" or "BGR" for NumPy arrays.
            output_format: "auto", "JPEG" or "PNG".
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            link: A URL it links to (None: no link).
            use_column_width: Deprecated: use ``width``.
            alt: A description of it for screen readers.
        """
        if use_container_width is True:
            width = "stretch"
        elif use_container_width is False and not isinstance(width, int):
            width = "content"
        validate_width(width, allow_content=True)
        images = _image_list(image)
        captions = _captions(caption, len(images))
        alts = _alts(alt, len(images), isinstance(image, set))
        channels = str(channels).upper()
        items = [
            {**image_source(item, clamp, channels, output_format), "caption": cap, "alt": text}
            for item, cap, text in zip(images, captions, alts)
        ]
        if link and len(items) > 1:
            raise StreamlitAPIException(
                "The `link` parameter is only supported when displaying a single image. "
                f"You passed {len(items)} images."
            )
        return as_dg(self)._enqueue("image", {"images": items, "width": width, "link": link or None})
