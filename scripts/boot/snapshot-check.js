// Checks a memory snapshot before it is shipped: it must hold no reference to a
// JavaScript object (those belong to the process that made it and cannot be
// restored in a browser).
import { readSnapshotHeader, snapshotJsReferences } from "../../worker/snapshot-format.js";

export function checkSnapshot(bytes) {
  const header = readSnapshotHeader(bytes);
  const references = snapshotJsReferences(header.config);
  if (references.length > 0) {
    throw new Error(`the snapshot refers to ${references.length} JavaScript object(s): ${JSON.stringify(references).slice(0, 300)}`);
  }
  return header;
}
