"""Geometry of the server-rendered status chart: stacked bars per field of action.

Computed here so the SVG template only draws; no JavaScript is needed and the table next to it
carries the same numbers for screen readers.
"""

import io

from .enums import RecommendationStatus

# Colours with at least 4.5:1 contrast against white text and against the white background.
STATUS_COLOURS = {
    RecommendationStatus.OPEN: "#5a6370",
    RecommendationStatus.UNDER_REVIEW: "#7a4a00",
    RecommendationStatus.IN_PROGRESS: "#00566e",
    RecommendationStatus.IMPLEMENTED: "#1d6b2f",
    RecommendationStatus.REJECTED: "#a4000f",
}
LABEL_WIDTH = 280
BAR_AREA_WIDTH = 420
BAR_HEIGHT = 26
ROW_GAP = 10
LEGEND_HEIGHT = 40


def svg_number(value):
    """SVG coordinates need a decimal point; templates would localise it into a comma."""
    return f"{value:g}"


def status_chart(status_rows):
    """Bars (with segments per status) and a legend for ``rollup.status_table`` rows."""
    largest = max((row["total"] for row in status_rows), default=0) or 1
    bars = []
    for index, row in enumerate(status_rows):
        y = LEGEND_HEIGHT + index * (BAR_HEIGHT + ROW_GAP)
        x = LABEL_WIDTH
        segments = []
        for status, count in zip(RecommendationStatus, row["cells"], strict=True):
            width = round(BAR_AREA_WIDTH * count / largest, 1)
            if count:
                segments.append(
                    {
                        "x": svg_number(x),
                        "width": svg_number(width),
                        "colour": STATUS_COLOURS[status],
                        "count": count,
                    }
                )
            x += width
        bars.append(
            {
                "y": svg_number(y),
                "text_y": svg_number(y + BAR_HEIGHT / 2 + 5),
                "label": row["field"].name,
                "total": row["total"],
                "total_x": svg_number(x + 6),
                "segments": segments,
            }
        )
    legend = [
        {"x": index * 140, "colour": STATUS_COLOURS[status], "label": status.label}
        for index, status in enumerate(RecommendationStatus)
    ]
    height = LEGEND_HEIGHT + len(status_rows) * (BAR_HEIGHT + ROW_GAP)
    return {
        "width": LABEL_WIDTH + BAR_AREA_WIDTH + 40,
        "height": height,
        "bar_height": BAR_HEIGHT,
        "bars": bars,
        "legend": legend,
    }


def status_chart_png(chart, scale=2):
    """The same chart as a PNG, for documents that cannot hold SVG (Word).

    Drawn from the geometry above, so page, PDF and Word show the same bars; ``scale`` gives
    print resolution. DejaVu Sans (the PDF's font, from the system's fonts) when found,
    Pillow's own font otherwise.
    """
    from PIL import Image, ImageDraw, ImageFont

    def font(size):
        try:
            return ImageFont.truetype("DejaVuSans.ttf", size * scale)
        except OSError:
            try:
                return ImageFont.load_default(size * scale)
            except TypeError:  # Pillow before 10.1: one small bitmap font
                return ImageFont.load_default()

    def box(x, y, width, height):
        return [x * scale, y * scale, (x + width) * scale - 1, (y + height) * scale - 1]

    text_font = font(13)
    image = Image.new("RGB", (chart["width"] * scale, chart["height"] * scale), "white")
    draw = ImageDraw.Draw(image)
    for item in chart["legend"]:
        draw.rectangle(box(item["x"], 6, 14, 14), fill=item["colour"])
        draw.text(
            ((item["x"] + 20) * scale, 18 * scale),
            str(item["label"]),
            "#1b1f24",
            text_font,
            anchor="ls",
        )
    for bar in chart["bars"]:
        y, text_y = float(bar["y"]), float(bar["text_y"])
        label = bar["label"] if len(bar["label"]) <= 38 else bar["label"][:37] + "…"
        draw.text((0, text_y * scale), label, "#1b1f24", text_font, anchor="ls")
        for segment in bar["segments"]:
            draw.rectangle(
                box(float(segment["x"]), y, float(segment["width"]), chart["bar_height"]),
                fill=segment["colour"],
            )
        draw.text(
            (float(bar["total_x"]) * scale, text_y * scale),
            str(bar["total"]),
            "#1b1f24",
            text_font,
            anchor="ls",
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
