// Where the app runs, for the Python runtime (wasmlit.runtime.app_environment):
// the app folder's path as its author knows it, its requirements, and where
// Pyodide's compiled packages can come from. Error messages use it to show the
// author's own paths and to say what to do.
import { pyodideDistribution } from "../cli/pyodide-distribution.js";

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {import("pyodide").PyodideAPI} pyodide
 */
export function appEnvironment(msg, pyodide) {
  const plan = msg.packages ?? null;
  const version = String(pyodide?.version ?? plan?.pyodideVersion ?? "");
  return {
    sourceDir: msg.sourceDir ?? null,
    requirements: msg.requirements ?? [],
    pyodidePackages: plan?.pyodideSource ?? (plan?.pyodideBaseURL ? "url" : null),
    distribution: pyodideDistribution(version),
  };
}
