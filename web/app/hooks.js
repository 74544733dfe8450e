// Small hooks shared by components.
import { useRef } from "preact/hooks";

let counter = 0;

/** A page-unique DOM id, stable for the component's lifetime. */
export function useUid(prefix = "wl") {
  const ref = useRef(null);
  if (ref.current === null) ref.current = `${prefix}-${++counter}`;
  return ref.current;
}
