// The page's requests about the app's files and packages (TO_WORKER.WRITE_FILES,
// READ_FILE, INSTALL), each answered by one FROM_WORKER.REPLY with its requestId.
// They act on the booted Pyodide between runs or during one (a run in progress
// keeps the code it compiled; the page reruns after writing files).
import { FROM_WORKER, TO_WORKER } from "../protocol/messages.js";
import { APP_DIR } from "./boot.js";
import { installPackages } from "./packages.js";
import { describeError } from "./errors.js";
import { removeFiles, safeJoin, writeTree } from "./fs.js";

/**
 * @param {{pyodide: any, bootMsg: import("../protocol/messages.js").BootMsg, session: import("./session.js").Session}|null} runtime
 *   null until the boot is done
 * @param {import("../protocol/messages.js").WriteFilesMsg|import("../protocol/messages.js").ReadFileMsg|
 *         import("../protocol/messages.js").InstallMsg} msg
 * @param {(msg: object, transfer?: Transferable[]) => void} post
 */
export async function handleRequest(runtime, msg, post) {
  const requestId = msg.requestId;
  try {
    if (!runtime) throw new Error("the app has not started yet");
    const { value, transfer } = await act(runtime, msg);
    post({ type: FROM_WORKER.REPLY, requestId, ok: true, value }, transfer);
  } catch (error) {
    post({ type: FROM_WORKER.REPLY, requestId, ok: false, error: describeError(failure(msg.type), error) });
  }
}

function failure(type) {
  if (type === TO_WORKER.WRITE_FILES) return "Could not write the files";
  if (type === TO_WORKER.READ_FILE) return "Could not read the file";
  return "Could not install the packages";
}

async function act({ pyodide, bootMsg, session }, msg) {
  switch (msg.type) {
    case TO_WORKER.WRITE_FILES: {
      const files = msg.files ?? {};
      const removed = (msg.removed ?? []).map(String);
      writeTree(pyodide.FS, APP_DIR, files);
      removeFiles(pyodide.FS, APP_DIR, removed);
      // Drops the app's modules if one changed; says whether (and how) to rerun.
      return { value: session.filesChanged(APP_DIR, [...Object.keys(files), ...removed]), transfer: [] };
    }
    case TO_WORKER.READ_FILE: {
      const bytes = pyodide.FS.readFile(safeJoin(APP_DIR, String(msg.path ?? "")));
      return { value: bytes, transfer: [bytes.buffer] };
    }
    case TO_WORKER.INSTALL: {
      const requirements = (msg.requirements ?? []).map(String).filter((r) => r.trim() !== "");
      if (requirements.length) {
        // Not in the site's wheelhouse plan: micropip, from the index the site was built for (if any).
        const plan = { indexURLs: bootMsg.packages?.indexURLs ?? null, wheels: [], pyodide: [] };
        await installPackages(pyodide, { requirements, packages: plan, micropipURL: bootMsg.micropipURL }, () => {});
      }
      return { value: null, transfer: [] };
    }
    default:
      throw new Error(`unknown request ${JSON.stringify(msg.type)}`);
  }
}
