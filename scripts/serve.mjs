// Serves a built site on 127.0.0.1, at "/" and also under "/nested/path/" to prove the build works from
// any path. No dependencies: it is used by `make serve` and by the Playwright tests.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
const SUB_PATH = "/nested/path/";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath.split("?")[0]);
  if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
  if (path === SUB_PATH.slice(0, -1)) return null; // "/nested/path" without the slash: redirect
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return undefined;
  try {
    const s = await stat(full);
    return s.isDirectory() ? join(full, "index.html") : full;
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const file = await fileFor(req.url ?? "/");
  if (file === null) {
    res.writeHead(301, { Location: SUB_PATH }).end();
    return;
  }
  try {
    if (!file) throw new Error("not found");
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (and ${SUB_PATH})`);
});
