#!/usr/bin/env node
// Fetches the micropip wheel into vendor-cache/ (gitignored) with pip, once.
// Used by the Vite build (scripts/vite-plugin-pyodide.js); runnable on its own.
import { existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { MICROPIP_VERSION, MICROPIP_WHEEL, VENDOR_CACHE } from "./pyodide-files.js";

export function ensureMicropipWheel() {
  const wheel = path.join(VENDOR_CACHE, MICROPIP_WHEEL);
  if (existsSync(wheel)) return wheel;
  mkdirSync(VENDOR_CACHE, { recursive: true });
  const python = process.env.PYTHON || "python3";
  const args = [
    "-m", "pip", "download", "--no-deps", "--python-version", "3.14",
    "--only-binary=:all:", `micropip==${MICROPIP_VERSION}`, "-d", VENDOR_CACHE,
  ];
  const result = spawnSync(python, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0 || !existsSync(wheel)) {
    throw new Error(
      `could not download ${MICROPIP_WHEEL} with \`${python} ${args.join(" ")}\`:\n` +
        `${result.error ?? ""}${result.stdout ?? ""}${result.stderr ?? ""}\n` +
        `Put the wheel into ${VENDOR_CACHE}/ by hand to build offline.`,
    );
  }
  return wheel;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(ensureMicropipWheel());
}
