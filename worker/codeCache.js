// For measurements only (`?wasmlit_boot=no-code-cache`): hands Pyodide's wasm
// to instantiateStreaming as a response made in memory, which Chromium never
// pairs with its compiled-code cache (it does so only for responses from the
// HTTP cache), while the bytes still come from the HTTP cache.

export function withoutCodeCache(scope, pyodideFolderURL) {
  const networkFetch = scope.fetch.bind(scope);
  const wasmURL = `${pyodideFolderURL}pyodide.asm.wasm`;
  scope.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input?.url ?? String(input);
    const response = await networkFetch(input, init);
    if (url !== wasmURL || !response.ok) return response;
    const bytes = await response.arrayBuffer();
    return new Response(bytes, { status: 200, headers: { "Content-Type": "application/wasm" } });
  };
}
