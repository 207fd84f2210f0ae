// The first load's size as a visitor downloads it: the files a first visit requests until its chart is
// drawn and the network is idle, plus the service worker registered after that, each compressed as a
// host would serve it. Shared by the bench (`scripts/bench.mjs`, which prints the table) and the ceiling
// test (`e2e/first-load.spec.ts`, run by `make test` on every build).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The first load may never be larger than this, brotli-compressed: a ceiling, not a target. */
export const FIRST_LOAD_CEILING = 300 * 1024;

export function compressedSizes(file) {
  const body = readFileSync(file);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Starts recording the paths `page` requests from `origin`; the returned list fills as it loads. A
 *  request to any other origin fails the caller: nothing leaves the browser. */
export function recordRequests(page, origin) {
  const paths = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) throw new Error(`request to another origin: ${url}`);
    paths.push(url.pathname === "/" ? "/index.html" : url.pathname);
  });
  return paths;
}

/** Each file of the first load (requested `paths`, and the service worker) with its sizes, and the
 *  total. */
export function firstLoadSizes(dist, paths) {
  const files = [...new Set(paths)].map((path) => ({ path, ...compressedSizes(join(dist, path)) }));
  files.push({ path: "/sw.js (service worker, registered once the page is built)", ...compressedSizes(join(dist, "sw.js")) });
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}
