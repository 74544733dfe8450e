// Values scripts/vite-plugin-pyodide.js defines at build time (for `tsc --noEmit`).
declare const __WASMLIT_MICROPIP_WHEEL__: string;
declare const __WASMLIT_PYODIDE_VERSION__: string;
/** The boot manifest (worker/boot-files.js): where a build put Pyodide's folder and wasmlit's boot files. */
declare const __WASMLIT_BOOT__: {
  pyodideFolder: string;
  buildId: string | null;
  stdlib: string | null;
  runtime: string;
  snapshot: { file: string; bytes: number; identity?: unknown } | null;
};
