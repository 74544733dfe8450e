// Graphviz compiled to WebAssembly (the wasm is inlined in the module), in its own lazily loaded chunk.
export { Graphviz } from "@hpcc-js/wasm-graphviz";
