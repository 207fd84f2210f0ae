// Serves a built site on 127.0.0.1, at "/" and also under "/nested/path/" to prove the build works from
// any path, compressed with brotli or gzip as a real host would (see the README). No dependencies: it is
// used by `make serve`, the Playwright tests and `make bench`.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { readdirSync, readFileSync, statSync } from "node:fs";
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

// Compressed bodies, by file, encoding and modification time: each file is compressed once.
const compressed = new Map();
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

function encode(file, mtime, body, accepted) {
  if (!COMPRESSIBLE.has(extname(file))) return [null, body];
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  if (!encoding) return [null, body];
  const key = `${encoding} ${mtime} ${file}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return [encoding, compressed.get(key)];
}

// Compresses the site once before listening, as a host compresses (or stores compressed) its files
// ahead of time: brotli at its highest quality takes seconds for the .wasm, which must not delay the
// first visit (a test's first page load would wait on it). Files that change later are compressed when
// first asked for.
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const body = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  encode(file, mtime, body, "br");
  encode(file, mtime, body, "gzip");
}

createServer(async (req, res) => {
  const file = await fileFor(req.url ?? "/");
  if (file === null) {
    res.writeHead(301, { Location: SUB_PATH }).end();
    return;
  }
  try {
    if (!file) throw new Error("not found");
    const [raw, info] = await Promise.all([readFile(file), stat(file)]);
    const [encoding, body] = encode(file, info.mtimeMs, raw, req.headers["accept-encoding"] ?? "");
    const headers = {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "Content-Length": body.length,
      Vary: "Accept-Encoding",
    };
    if (encoding) headers["Content-Encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (and ${SUB_PATH})`);
});
