// Splits the release build's WebAssembly: the parts of the page that are not shown at first (declared with src/ui/split.rs)
// become modules of their own, downloaded when they are first shown.
//
// The split points are leptos's (`wasm_split`, `--cfg wasm_split`), the tool is wasm_split_cli_support's
// `wasm-split-cli` (the one `cargo leptos --split` uses). It must run between cargo and wasm-bindgen, where
// Trunk offers no hook, so `make dist` puts scripts/split-bin first on Trunk's PATH: its `wasm-bindgen`
// runs this script, which splits the module and hands the main part to the real wasm-bindgen.
//
//   node split.mjs bindgen ARGS...  (as wasm-bindgen) split, then run wasm-bindgen on the main module
//   node split.mjs post             (post-build, before minify.mjs) optimise the parts, name them by their
//                                   content and link them into the staged build
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SPLIT_DIR = "wasm-split";
const LINK = "./__wasm_split.js";
const here = dirname(fileURLToPath(import.meta.url));

function fail(why) {
  console.error(`split.mjs: ${why}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited with ${result.status}`);
  return result;
}

const sha = (data, n = 16) => createHash("sha256").update(data).digest("hex").slice(0, n);

/** The first `name` on PATH that is not this script's shim. */
function onPath(name) {
  const shims = resolve(here, "split-bin");
  for (const entry of (process.env.PATH || "").split(delimiter)) {
    if (!entry || resolve(entry) === shims) continue;
    const candidate = join(entry, name);
    if (existsSync(candidate)) return candidate;
  }
  fail(`${name} is not installed (scripts/ensure-tools.sh installs it)`);
}

function bindgen(args) {
  const wasmBindgen = onPath("wasm-bindgen");
  const input = args.find((a) => !a.startsWith("-") && a.endsWith(".wasm"));
  if (!input) {
    // `--version` and the like.
    process.exit(spawnSync(wasmBindgen, args, { stdio: "inherit" }).status ?? 1);
  }
  const outDir = args.find((a) => a.startsWith("--out-dir="))?.slice("--out-dir=".length);
  const outName = args.find((a) => a.startsWith("--out-name="))?.slice("--out-name=".length);
  if (!outDir || !outName) fail("wasm-bindgen was called without --out-dir= and --out-name=");
  const parts = join(outDir, SPLIT_DIR);
  rmSync(parts, { recursive: true, force: true });
  mkdirSync(parts, { recursive: true });
  run(onPath("wasm-split-cli"), [input, parts, "--out-name", outName]);
  const main = join(parts, `${outName}.wasm`);
  // The parts reach the main module's functions through its exports, which wasm-bindgen keeps.
  run(wasmBindgen, [...args.map((a) => (a === input ? main : a)), "--keep-lld-exports"]);
  rmSync(main);
  // Which glue these parts belong to: `post` refuses parts of another build.
  writeFileSync(join(parts, "build.json"), JSON.stringify({ glue: sha(readFileSync(join(outDir, `${outName}.js`))) }));
}

function post() {
  const staging = process.env.TRUNK_STAGING_DIR || fail("post runs as a Trunk post_build step");
  const glueName = readdirSync(staging).find(
    (name) => name.endsWith(".js") && readFileSync(join(staging, name), "utf8").includes(`from "${LINK}"`),
  );
  // A build without split points (`trunk build` by hand, `make dev`) has nothing to link.
  if (!glueName) return;
  const glueFile = join(staging, glueName);
  const glue = readFileSync(glueFile, "utf8");

  const meta = run("cargo", ["metadata", "--format-version", "1", "--no-deps"], { stdio: ["ignore", "pipe", "inherit"] });
  const target = JSON.parse(meta.stdout).target_directory;
  const parts = join(target, "wasm-bindgen", process.env.TRUNK_PROFILE === "release" ? "release" : "debug", SPLIT_DIR);
  const built = existsSync(join(parts, "build.json")) ? JSON.parse(readFileSync(join(parts, "build.json"), "utf8")) : {};
  if (built.glue !== sha(glue)) fail(`the split parts in ${parts} are not those of this build`);

  let link = readFileSync(join(parts, basename(LINK)), "utf8");
  const modules = readdirSync(parts).filter((n) => n.endsWith(".wasm")).sort();
  // The splitter writes a subsection of the name section that wasm-opt does not know (and drops).
  const noise = /^warning: unknown name subsection/;
  for (const name of modules) {
    const optimised = join(parts, `${name}.opt`);
    // As Trunk optimises the main module (index.html's data-wasm-opt and its parameters).
    const opt = run(onPath("wasm-opt"), [`--output=${optimised}`, "-Oz", join(parts, name), "--converge", "--low-memory-unused", "--strip-producers", "--strip-target-features"], {
      stdio: ["ignore", "inherit", "pipe"],
    });
    process.stderr.write(opt.stderr.toString().split("\n").filter((l) => l && !noise.test(l)).map((l) => `${l}\n`).join(""));
    const body = readFileSync(optimised);
    const hashed = `part-${name.replace(/^split_|\.wasm$/g, "")}-${sha(body)}.wasm`;
    writeFileSync(join(staging, hashed), body);
    // Loaded with the Subresource Integrity of its content, like the main module: a module that is not
    // this build's is refused rather than run. The hashes cost the first load about 1 KB (brotli cannot
    // shrink them), which code the page executes is worth; SHA-256 (the main module's is Trunk's
    // SHA-384) keeps that a third smaller, and is as much proof that the bytes are this build's.
    const url = `new URL("./${name}", import.meta.url)`;
    if (!link.includes(url)) fail(`${basename(LINK)} does not load ${name} as expected`);
    const integrity = `sha256-${createHash("sha256").update(body).digest("base64")}`;
    link = link.replaceAll(url, `new URL("./${hashed}", import.meta.url), { integrity: "${integrity}", credentials: "same-origin" }`);
  }
  const from = /from "\.\/[^"]+\.js"/;
  if (!from.test(link)) fail(`${basename(LINK)} does not import the glue`);
  link = link.replace(from, `from "./${glueName}"`);
  const linkName = `parts-${sha(link)}.js`;
  writeFileSync(join(staging, linkName), link);
  // The table of parts is itself downloaded with the first part asked for: a first visit asks for none,
  // so it is not in the first load. The glue imports a small stand-in instead, with one function per
  // split point that loads the table, then calls the real one; if the table cannot be downloaded, the
  // split point is told so (as the table itself tells it when a part cannot be), and may try again.
  const names = [...link.matchAll(/export const (__wasm_split_load_\w+)\s*=/g)].map((m) => m[1]);
  if (names.length === 0) fail(`${linkName} exports no loader`);
  const standIn = [
    `import{initSync}from"./${glueName}";`,
    `let table;`,
    `const load=()=>(table??=import("./${linkName}").catch((e)=>{table=void 0;throw e}));`,
    `const lazy=(name)=>(callback,data)=>load().then((m)=>m[name](callback,data),(e)=>{console.error(e);initSync(void 0,void 0).__indirect_function_table.get(callback)(data,!1)});`,
    ...names.map((name) => `export const ${name}=lazy("${name}");`),
  ].join("\n");
  const standInName = `parts-load-${sha(standIn)}.js`;
  writeFileSync(join(staging, standInName), standIn);
  // Only where the glue imports it (which is how it was found): the module's own import is still named
  // "./__wasm_split.js".
  writeFileSync(glueFile, glue.replaceAll(`from "${LINK}"`, `from "./${standInName}"`));
  console.log(`split.mjs: linked ${modules.length} parts through ${linkName}, loaded on the first through ${standInName}`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "bindgen") bindgen(rest);
else if (mode === "post") post();
else fail("usage: split.mjs bindgen ARGS... | post");
