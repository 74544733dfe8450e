// Values scripts/vite-plugin-pyodide.js defines at build time (for `tsc --noEmit`).
declare const __WASMLIT_MICROPIP_WHEEL__: string;
declare const __WASMLIT_PYODIDE_VERSION__: string;
