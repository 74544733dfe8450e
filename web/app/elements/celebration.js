// st.balloons / st.snow -> stBalloons / stSnow: emoji particles that rise
// (balloons) or fall (snow) across the viewport once, then the overlay empties.
// As in Streamlit 1.67 the overlay is portalled out of the app's layout (to
// the end of <body>): the element's own container (width=auto) stays empty.
import { createPortal, h } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { usePortalRoot } from "../portal.js";

const KINDS = {
  balloons: { testid: "stBalloons", count: 30, glyphs: ["🎈", "🎈", "🎈", "🎉"], duration: 1500, spread: 1000 },
  snow: { testid: "stSnow", count: 100, glyphs: ["❄", "❅", "❆"], duration: 3000, spread: 1000 },
};

function Particles({ kind, runId }) {
  const spec = KINDS[kind];
  const [done, setDone] = useState(false);
  const particles = useMemo(() => Array.from({ length: spec.count }, (_, i) => ({
    glyph: spec.glyphs[i % spec.glyphs.length],
    left: `${(Math.random() * 90 + 5).toFixed(2)}vw`,
    delay: `${Math.round(Math.random() * spec.spread)}ms`,
    size: `${(kind === "snow" ? 0.8 + Math.random() * 1.2 : 2.5 + Math.random() * 1.5).toFixed(2)}rem`,
  })), [runId]);
  useEffect(() => {
    setDone(false);
    const timer = setTimeout(() => setDone(true), spec.duration + spec.spread + 200);
    return () => clearTimeout(timer);
  }, [runId]);
  const portalRoot = usePortalRoot();
  return createPortal(h("div", { class: `${spec.testid} st-particles st-particles-${kind}`, "data-testid": spec.testid, "aria-hidden": "true" },
    done ? null : particles.map((p, i) => h("span", {
      key: i,
      class: "st-particle",
      style: { left: p.left, animationDelay: p.delay, animationDuration: `${spec.duration}ms`, fontSize: p.size },
    }, p.glyph))), portalRoot);
}

export function BalloonsElement({ props }) {
  return h(Particles, { kind: "balloons", runId: props.runId });
}

export function SnowElement({ props }) {
  return h(Particles, { kind: "snow", runId: props.runId });
}
