// web/app/widgets/color-model.js: st.color_picker's colour fields.
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyField, fieldTexts, hexToHsv, hsvToHex, normalizeHex } from "../../web/app/widgets/color-model.js";

test("hex round-trips through HSV for every channel value", () => {
  for (let c = 0; c < 256; c += 5) {
    const hex = `#${c.toString(16).padStart(2, "0")}${(255 - c).toString(16).padStart(2, "0")}7f`;
    assert.equal(hsvToHex(hexToHsv(hex)), hex);
  }
  assert.equal(normalizeHex("ABC"), "#aabbcc");
  assert.equal(normalizeHex("#12345"), null);
});

test("the fields show hex, r/g/b/a and h/s/l/a as the 1.67 picker does", () => {
  const red = hexToHsv("#ff0000");
  assert.deepEqual(fieldTexts("hex", red), [["hex", "#FF0000"]]);
  assert.deepEqual(fieldTexts("rgb", red), [["r", "255"], ["g", "0"], ["b", "0"], ["a", "1"]]);
  assert.deepEqual(fieldTexts("hsl", red), [["h", "0"], ["s", "100%"], ["l", "50%"], ["a", "1"]]);
});

test("typed field values change the colour; partial input does not", () => {
  const black = hexToHsv("#000000");
  assert.equal(hsvToHex(applyField("hex", "#ffffff", black)), "#ffffff");
  assert.equal(hsvToHex(applyField("hex", "0xFFFFFF", black)), "#ffffff");
  assert.equal(applyField("hex", "#ff", black), null);
  assert.equal(hsvToHex(applyField("r", "0255", black)), "#ff0000");
  assert.equal(hsvToHex(applyField("g", "2550", black)), "#00ff00");
  let hsv = hexToHsv("#ff0000");
  hsv = applyField("s", "0%", hsv);
  hsv = applyField("l", "100%", hsv);
  assert.equal(hsvToHex(hsv), "#ffffff");
  assert.equal(applyField("r", "", black), null);
});
