// `GET /_wasmlit/changes` of `wasmlit serve`: a Server-Sent Events stream that
// tells open pages the app bundle's revision, once on connect and again after
// every change of the app's files. Each event is `data: {"revision": N}`; the
// page then fetches `_wasmlit/app.json` and writes what changed into its worker
// (web/boot/source-changes.js).

const HEARTBEAT_MS = 25_000;

export class ChangeStream {
  constructor() {
    /** @type {Set<import("node:http").ServerResponse>} */
    this.clients = new Set();
    this.revision = 0;
    this.heartbeat = null;
  }

  /** Answers the request with the event stream (headers: the server's base headers). */
  handle(req, res, headers = {}) {
    res.writeHead(200, {
      ...headers,
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
    });
    if (req.method === "HEAD") return res.end();
    res.write("retry: 1000\n\n");
    this.#send(res);
    this.clients.add(res);
    req.on("close", () => this.clients.delete(res));
    this.heartbeat ??= setInterval(() => {
      for (const client of this.clients) client.write(": still here\n\n");
    }, HEARTBEAT_MS).unref();
  }

  /** Tells every open page about a new revision. */
  publish(revision) {
    if (revision === this.revision) return;
    this.revision = revision;
    for (const client of this.clients) this.#send(client);
  }

  #send(res) {
    res.write(`data: ${JSON.stringify({ revision: this.revision })}\n\n`);
  }

  /** Ends every stream (the server can then close). */
  close() {
    clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
